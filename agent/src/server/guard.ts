import { timingSafeEqual } from 'node:crypto';
import { type Client, ENDPOINTS } from '@wcoa/shared/protocol';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { AgentError } from '../errors.ts';

export type Caller =
  | { kind: 'cli' }
  | { kind: 'extension'; client: Client }
  | { kind: 'pairing'; origin: string };

export const BODY_LIMIT = '64kb';
const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[A-Za-z0-9-]{1,64}$/;

export function isExtensionOrigin(origin: string): boolean {
  return EXTENSION_ORIGIN.test(origin);
}

export interface GuardDeps {
  port: () => number;
  cliToken: string;
  /** The paired client for this origin whose token matches, or null. */
  authenticate(origin: string, token: string): Client | null;
  isPairedOrigin(origin: string): boolean;
  /**
   * The paired client whose token this is, whatever its origin. Chrome's extension service workers
   * send no Origin on GET (host access bypasses CORS), so a GET presenting a paired token is that client.
   */
  authenticateToken?(token: string): Client | null;
  /** Told when a request's caller is known (its connection no longer counts as unauthenticated). */
  onAuthenticated?(req: Request): void;
}

export function callerOf(res: Response): Caller {
  return res.locals.caller as Caller;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function bearer(req: Request): string | null {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(req.headers.authorization ?? '');
  return match ? match[1]! : null;
}

/** 1. Host: only our loopback names with our port (defeats DNS rebinding). */
function checkHost(deps: GuardDeps): RequestHandler {
  return (req, _res, next) => {
    const port = deps.port();
    const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
    if (!allowed.includes((req.headers.host ?? '').toLowerCase())) throw new AgentError('forbidden-host');
    next();
  };
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * 3. JSON only (415), at most 64 KiB (413, from the parser before it reads past the limit). After
 * the caller check: nobody's body is read before the agent knows who sent it.
 */
function checkBody(): RequestHandler[] {
  const json = express.json({ limit: BODY_LIMIT, type: 'application/json', strict: true });
  return [
    (req, _res, next) => {
      if (hasBody(req) && !req.is('application/json')) throw new AgentError('unsupported-media-type');
      next();
    },
    json,
  ];
}

/**
 * 2. Who is calling, from the headers alone. An extension: an extension-scheme Origin and a
 * pairing's bearer for it; a web page's Origin is refused (403), and a wrong or missing token is
 * 401 whether or not that extension origin is paired (the answer never tells which origins are).
 * The CLI: no Origin, the CLI token from the home (401). POST /v1/pair: an extension-scheme Origin
 * only; the code is the credential. GET /v1/health: anyone who passed the Host check.
 */
function checkCaller(deps: GuardDeps): RequestHandler {
  return (req, res, next) => {
    if (req.method === ENDPOINTS.health.method && req.path === ENDPOINTS.health.path) return next();
    const origin = req.headers.origin;
    if (req.method === ENDPOINTS.pair.method && req.path === ENDPOINTS.pair.path) {
      if (!origin || !isExtensionOrigin(origin)) throw new AgentError('forbidden-origin');
      res.locals.caller = { kind: 'pairing', origin } satisfies Caller;
      return next();
    }
    const token = bearer(req);
    if (origin === undefined) {
      const extension =
        req.method === 'GET' && token && !sameSecret(token, deps.cliToken)
          ? deps.authenticateToken?.(token)
          : null;
      if (extension) {
        res.locals.caller = { kind: 'extension', client: extension } satisfies Caller;
        deps.onAuthenticated?.(req);
        return next();
      }
      if (!token || !sameSecret(token, deps.cliToken)) throw new AgentError('unauthorized');
      res.locals.caller = { kind: 'cli' } satisfies Caller;
      deps.onAuthenticated?.(req);
      return next();
    }
    if (!isExtensionOrigin(origin)) throw new AgentError('forbidden-origin');
    const client = token && deps.isPairedOrigin(origin) ? deps.authenticate(origin, token) : null;
    if (!client) throw new AgentError('unauthorized');
    res.locals.caller = { kind: 'extension', client } satisfies Caller;
    deps.onAuthenticated?.(req);
    next();
  };
}

/**
 * The guard: Host, caller, then body; rate limits follow in the routes that have them. DESIGN.md
 * had the body before the caller; the caller moved first so that no unauthenticated request gets
 * its body read (4,000 strangers holding 64 KiB bodies cost the agent 300 MB).
 */
export function guard(deps: GuardDeps): RequestHandler[] {
  return [checkHost(deps), checkCaller(deps), ...checkBody()];
}

/** For routes only the CLI may call (pairing codes, the client list). */
export function requireCli(_req: Request, res: Response, next: NextFunction): void {
  if (callerOf(res).kind !== 'cli') throw new AgentError('forbidden-origin');
  next();
}
