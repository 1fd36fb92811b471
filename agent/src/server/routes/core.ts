import { format, messagesFor } from '@wcoa/shared/i18n';
import {
  AGENT_PATHS,
  type AppRegistrationResponse,
  type HealthResponse,
  type PairingCodeResponse,
  PairRequestSchema,
  type PairResponse,
  type StatusResponse,
} from '@wcoa/shared/protocol';
import type { Router } from 'express';
import { adminAllowedHosts } from '../../config.ts';
import { newClientToken, newId } from '../../pairing.ts';
import type { AgentContext } from '../context.ts';
import { ApiHttpError, langOf, parseBody } from '../errors.ts';
import { callerOf, requireCli } from '../guard.ts';
import { RateLimiter } from '../rate-limit.ts';

/** Health, status, pairing and paired clients. */
export function coreRoutes(router: Router, ctx: AgentContext): void {
  // Per origin: one extension guessing wrong never locks out another. And a ceiling over all
  // origins, since a process outside a browser can claim any: 60 guesses a minute against 32^8
  // codes that live five minutes.
  const pairLimit = new RateLimiter(5, 60_000);
  const pairCeiling = new RateLimiter(60, 60_000);

  router.get(AGENT_PATHS.health, (_req, res) => {
    res.json({ ok: true, version: ctx.version } satisfies HealthResponse);
  });

  router.get(AGENT_PATHS.status, (_req, res) => {
    res.json({
      version: ctx.version,
      pid: process.pid,
      port: ctx.port(),
      listening: ctx.listening(),
      home: ctx.home.dir,
      secretBackend: ctx.store.secrets.backend,
      startedAt: ctx.startedAt,
      signin: {
        configured: Boolean(ctx.config.clientId),
        authorityHost: ctx.config.authorityHost,
        tenant: ctx.config.tenant,
      },
      accounts: ctx.accounts.list(),
      clients: ctx.store.listClients().length,
      deviceLinkHosts: adminAllowedHosts(ctx.config),
    } satisfies StatusResponse);
  });

  router.get(AGENT_PATHS.appRegistration, (_req, res) => {
    res.json({
      clientId: ctx.config.clientId ?? null,
      tenant: ctx.config.tenant,
      authorityHost: ctx.config.authorityHost,
    } satisfies AppRegistrationResponse);
  });

  router.post(AGENT_PATHS.pairingCodes, requireCli, (_req, res) => {
    const { code, expiresAt } = ctx.pairing.issue();
    ctx.logger.info({ expiresAt }, 'pairing code issued');
    res.json({ code, expiresAt: expiresAt.toISOString() } satisfies PairingCodeResponse);
  });

  router.post(AGENT_PATHS.pair, (req, res) => {
    const lang = langOf(req.headers['accept-language']);
    const caller = callerOf(res);
    const origin = caller.kind === 'pairing' ? caller.origin : '';
    const wait = pairLimit.hit(origin) || pairCeiling.hit('all');
    if (wait) throw new ApiHttpError(429, 'rate-limited', { seconds: wait }, { 'Retry-After': String(wait) });
    const body = parseBody(PairRequestSchema, req.body, lang);
    if (caller.kind !== 'pairing' || !ctx.pairing.consume(body.code)) {
      ctx.logger.warn('pairing refused: wrong, used or expired code');
      throw new ApiHttpError(403, 'pairing-code-invalid');
    }
    const token = newClientToken();
    const id = newId();
    ctx.store.addClient({
      id,
      name: body.name,
      origin: caller.origin,
      token,
      createdAt: new Date().toISOString(),
    });
    ctx.logger.info({ client: id, origin: caller.origin, name: body.name }, 'extension paired');
    res.json({ token, origin: caller.origin } satisfies PairResponse);
  });

  router.get(AGENT_PATHS.clients, requireCli, (_req, res) => {
    res.json(ctx.store.listClients());
  });

  router.delete('/v1/clients/:id', requireCli, (req, res) => {
    const id = String(req.params.id);
    if (!ctx.store.removeClient(id)) {
      const lang = langOf(req.headers['accept-language']);
      throw new ApiHttpError(404, 'not-found', {
        path: format(messagesFor(lang).agent.cli.noSuchClient, { id }),
      });
    }
    ctx.logger.info({ client: id }, 'pairing revoked');
    res.json({ ok: true });
  });
}
