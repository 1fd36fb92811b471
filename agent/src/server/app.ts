import express, { type ErrorRequestHandler, type Router } from 'express';
import { AgentError } from '../errors.ts';
import { LOG_FILE } from '../log.ts';
import type { AgentContext } from './context.ts';
import { errorBody, HTTP_STATUS, httpAnswerOf, langOf } from './errors.ts';
import { guard } from './guard.ts';
import { coreRoutes } from './routes/core.ts';
import { mailRoutes } from './routes/mail.ts';
import { printersRoutes } from './routes/printers.ts';

/** Route modules; a new feature (printers, the status sheet) adds one line here. */
export type RouteModule = (router: Router, ctx: AgentContext) => void;
export const ROUTES: RouteModule[] = [coreRoutes, mailRoutes, printersRoutes];

/** The JSON parser's refusals (body-parser's error types) as the API's codes. */
const BODY_ERRORS: Record<string, 'payload-too-large' | 'invalid-json' | 'unsupported-media-type'> = {
  'entity.too.large': 'payload-too-large',
  'entity.parse.failed': 'invalid-json',
  'encoding.unsupported': 'unsupported-media-type',
  'charset.unsupported': 'unsupported-media-type',
};

export function createApp(ctx: AgentContext, cliToken: string, routes: RouteModule[] = ROUTES) {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.set('trust proxy', false);
  app.use((_req, res, next) => {
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    next();
  });
  app.use(
    guard({
      port: ctx.port,
      cliToken,
      authenticate: (origin, token) => ctx.store.authenticateClient(origin, token),
      isPairedOrigin: (origin) => ctx.store.listClients().some((c) => c.origin === origin),
      authenticateToken: (token) => {
        for (const origin of new Set(ctx.store.listClients().map((c) => c.origin))) {
          const client = ctx.store.authenticateClient(origin, token);
          if (client) return client;
        }
        return null;
      },
      onAuthenticated: (req) => ctx.connections?.authenticated(req.socket),
    }),
  );
  const router = express.Router();
  for (const register of routes) register(router, ctx);
  app.use(router);
  app.use((req, _res, next) => next(new AgentError('not-found', { path: req.path })));

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const lang = langOf(req.headers['accept-language']);
    // Refused before its body was read (unknown caller, wrong type, too large): close the
    // connection after answering rather than read and discard what the caller is still sending.
    if (!req.complete) res.set('Connection', 'close');
    const bodyError = typeof error?.type === 'string' ? BODY_ERRORS[error.type] : undefined;
    if (error instanceof AgentError) {
      const { status, headers } = httpAnswerOf(error);
      const level = status >= 500 ? 'error' : 'info';
      ctx.logger[level]({ method: req.method, path: req.path, status, error: error.code }, 'refused');
      res
        .status(status)
        .set(headers)
        .json(errorBody(lang, error.code, error.params));
    } else if (bodyError) {
      const status = HTTP_STATUS[bodyError];
      ctx.logger.info({ method: req.method, path: req.path, status }, 'refused body');
      res.status(status).json(errorBody(lang, bodyError));
    } else {
      ctx.logger.error({ err: error, method: req.method, path: req.path }, 'unexpected error');
      res.status(500).json(errorBody(lang, 'internal', { logs: LOG_FILE }));
    }
  };
  app.use(onError);
  return app;
}
