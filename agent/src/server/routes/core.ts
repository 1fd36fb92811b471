import { format, messagesFor } from '@wcoa/shared/i18n';
import { ENDPOINTS } from '@wcoa/shared/protocol';
import type { Router } from 'express';
import { adminAllowedHosts } from '../../config.ts';
import { AgentError, rateLimited } from '../../errors.ts';
import { newClientToken, newId } from '../../pairing.ts';
import type { AgentContext } from '../context.ts';
import { serve } from '../endpoint.ts';
import { callerOf } from '../guard.ts';
import { RateLimiter } from '../rate-limit.ts';

/** Health, status, pairing and paired clients. */
export function coreRoutes(router: Router, ctx: AgentContext): void {
  // Per origin: one extension guessing wrong never locks out another. And a ceiling over all
  // origins, since a process outside a browser can claim any: 60 guesses a minute against 32^8
  // codes that live five minutes.
  const pairLimit = new RateLimiter(5, 60_000);
  const pairCeiling = new RateLimiter(60, 60_000);

  serve(router, ENDPOINTS.health, () => ({ ok: true, version: ctx.version }));

  serve(router, ENDPOINTS.status, () => ({
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
  }));

  serve(router, ENDPOINTS.appRegistration, () => ({
    clientId: ctx.config.clientId ?? null,
    tenant: ctx.config.tenant,
    authorityHost: ctx.config.authorityHost,
  }));

  serve(router, ENDPOINTS.pairingCodes, () => {
    const { code, expiresAt } = ctx.pairing.issue();
    ctx.logger.info({ expiresAt }, 'pairing code issued');
    return { code, expiresAt: expiresAt.toISOString() };
  });

  serve(router, ENDPOINTS.pair, ({ res, body }) => {
    const caller = callerOf(res);
    const origin = caller.kind === 'pairing' ? caller.origin : '';
    const wait = pairLimit.hit(origin) || pairCeiling.hit('all');
    if (wait) throw rateLimited(wait);
    const request = body();
    if (caller.kind !== 'pairing' || !ctx.pairing.consume(request.code)) {
      ctx.logger.warn('pairing refused: wrong, used or expired code');
      throw new AgentError('pairing-code-invalid');
    }
    const token = newClientToken();
    const id = newId();
    ctx.store.addClient({
      id,
      name: request.name,
      origin: caller.origin,
      token,
      createdAt: ctx.clock().toISOString(),
    });
    ctx.logger.info({ client: id, origin: caller.origin, name: request.name }, 'extension paired');
    return { token, origin: caller.origin };
  });

  serve(router, ENDPOINTS.clients, () => ctx.store.listClients());

  serve(router, ENDPOINTS.removeClient, ({ params, lang }) => {
    if (!ctx.store.removeClient(params.id)) {
      throw new AgentError('not-found', {
        path: format(messagesFor(lang).agent.cli.noSuchClient, { id: params.id }),
      });
    }
    ctx.logger.info({ client: params.id }, 'pairing revoked');
    return { ok: true };
  });
}
