import type { Lang } from '@wcoa/shared/i18n';
import type { EndpointParams, EndpointSpec } from '@wcoa/shared/protocol';
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import { langOf, parseBody } from './errors.ts';
import { requireCli } from './guard.ts';

/** What a route's handler gets: the request, the caller's language, and the body on demand. */
export interface EndpointCall<E extends EndpointSpec> {
  req: Request;
  res: Response;
  lang: Lang;
  params: EndpointParams<E>;
  /**
   * The body checked against the endpoint's request schema (a 400 in the caller's language when it
   * fails). Read when the handler asks: a handler may refuse first (a rate limit) without parsing.
   */
  body: () => E['request'] extends z.ZodType ? z.infer<E['request']> : undefined;
}

// biome-ignore lint/suspicious/noConfusingVoidType: an endpoint that answers itself (the sheet) returns nothing.
type Answer<E extends EndpointSpec> = E['response'] extends z.ZodType ? z.input<E['response']> : void;

type Handler<E extends EndpointSpec> = (call: EndpointCall<E>) => Answer<E> | Promise<Answer<E>>;

/**
 * Mounts one endpoint of the shared table (ENDPOINTS): its method and path, the CLI-only check,
 * and the JSON answer, typed by the endpoint's response schema. An endpoint that answers
 * something else than JSON (`response: null`) sends its own answer and returns nothing.
 */
export function serve<E extends EndpointSpec>(
  router: Router,
  endpoint: E,
  handler: NoInfer<Handler<E>>,
): void {
  const method = endpoint.method === 'GET' ? 'get' : endpoint.method === 'POST' ? 'post' : 'delete';
  const run = async (req: Request, res: Response) => {
    const lang = langOf(req.headers['accept-language']);
    const body = () =>
      (endpoint.request ? parseBody(endpoint.request, req.body, lang) : undefined) as ReturnType<
        EndpointCall<E>['body']
      >;
    const params = Object.fromEntries(
      Object.entries(req.params).map(([k, v]) => [k, String(v)]),
    ) as EndpointParams<E>;
    const answer = await handler({ req, res, lang, params, body });
    if (endpoint.response) res.json(answer);
  };
  if (endpoint.cliOnly) router[method](endpoint.path, requireCli, run);
  else router[method](endpoint.path, run);
}
