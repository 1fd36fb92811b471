import type { z } from 'zod';
import { type AgentErrorCode, ApiErrorSchema } from './agent-api.ts';
import {
  type EndpointParams,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  endpointPath,
} from './endpoints.ts';

/**
 * Calling the agent from any client (the extension's service worker, the CLI): the endpoint from
 * ENDPOINTS, the answer checked against its schema, and an error reply read in one place.
 */

/** The agent answered with an error (or with something its schema does not accept). */
export class AgentReplyError extends Error {
  constructor(
    readonly code: AgentErrorCode,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'AgentReplyError';
  }
}

/** Nothing answered: no agent listens there, or the connection broke before a reply. */
export class AgentUnreachableError extends Error {
  constructor(
    readonly url: string,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'AgentUnreachableError';
  }
}

/**
 * The one reader of an error reply: the agent's own code and message when the body has its error
 * shape; otherwise (a proxy, an older agent, a truncated body) `unauthorized` for 401/403 and
 * `internal` for anything else, with the status as the message.
 */
export function readErrorReply(status: number, body: string): AgentReplyError {
  let json: unknown = null;
  try {
    json = JSON.parse(body);
  } catch {
    json = null;
  }
  const parsed = ApiErrorSchema.safeParse(json);
  if (parsed.success) return new AgentReplyError(parsed.data.error.code, parsed.data.error.message, status);
  const code = status === 401 || status === 403 ? 'unauthorized' : 'internal';
  return new AgentReplyError(code, `HTTP ${status}`, status);
}

export interface AgentTransport {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** The bearer token (a pairing's, or the CLI's); none before pairing. */
  token?: string | null;
  /** Extra headers (Accept-Language). */
  headers?: Record<string, string>;
  /** Extra fetch options (the worker's `credentials: 'omit'`, `cache: 'no-store'`). */
  init?: Pick<RequestInit, 'credentials' | 'cache'>;
  fetch?: typeof fetch;
}

type ParamNames<E extends EndpointSpec> = keyof EndpointParams<E>;
export type EndpointArgs<E extends EndpointSpec> = {
  query?: Record<string, string | undefined>;
} & ([ParamNames<E>] extends [never] ? { params?: undefined } : { params: EndpointParams<E> }) &
  (E['request'] extends z.ZodType ? { body: EndpointRequest<E> } : { body?: undefined });

/**
 * Sends one request to an endpoint and answers the agent's reply when it is a success; an error
 * reply throws AgentReplyError (readErrorReply), no answer at all AgentUnreachableError.
 */
export async function requestEndpoint<E extends EndpointSpec>(
  transport: AgentTransport,
  endpoint: E,
  args: EndpointArgs<E>,
  accept = 'application/json',
): Promise<Response> {
  const path = endpointPath(endpoint, (args.params ?? {}) as EndpointParams<E>, args.query);
  const url = `${transport.baseUrl}${path}`;
  const headers: Record<string, string> = { Accept: accept, ...transport.headers };
  if (args.body !== undefined) headers['Content-Type'] = 'application/json';
  if (transport.token) headers.Authorization = `Bearer ${transport.token}`;
  let response: Response;
  try {
    response = await (transport.fetch ?? fetch)(url, {
      method: endpoint.method,
      headers,
      ...(args.body === undefined ? {} : { body: JSON.stringify(args.body) }),
      ...transport.init,
    });
  } catch (error) {
    throw new AgentUnreachableError(url, error);
  }
  if (!response.ok) throw readErrorReply(response.status, await response.text().catch(() => ''));
  return response;
}

/** A JSON endpoint's answer, checked against its response schema. */
export async function callEndpoint<E extends EndpointSpec & { response: z.ZodType }>(
  transport: AgentTransport,
  endpoint: E,
  args: EndpointArgs<E>,
): Promise<EndpointResponse<E>> {
  const response = await requestEndpoint(transport, endpoint, args);
  const json: unknown = await response.json().catch(() => null);
  const parsed = endpoint.response.safeParse(json);
  if (!parsed.success)
    throw new AgentReplyError('internal', `unexpected answer from ${endpoint.path}`, response.status);
  return parsed.data as EndpointResponse<E>;
}
