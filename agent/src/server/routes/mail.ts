import { ENDPOINTS } from '@wcoa/shared/protocol';
import type { Response, Router } from 'express';
import { rateLimited } from '../../errors.ts';
import { MailService } from '../../mail/service.ts';
import { probeSmtp } from '../../probe/probe.ts';
import { HistoryStore } from '../../store/history.ts';
import type { AgentContext } from '../context.ts';
import { serve } from '../endpoint.ts';
import { callerOf } from '../guard.ts';
import { RateLimiter } from '../rate-limit.ts';

export const PROBES_PER_MINUTE = 20;

/** Limits are per caller: the CLI, or one paired extension. */
function callerKey(res: Response): string {
  const caller = callerOf(res);
  return caller.kind === 'extension' ? `extension:${caller.client.id}` : caller.kind;
}

/** Accounts and sign-in, the test mail and the probe. */
export function mailRoutes(router: Router, ctx: AgentContext): void {
  const testMailLimit = new RateLimiter(ctx.config.testMail.ratePerMinute, 60_000);
  const probeLimit = new RateLimiter(PROBES_PER_MINUTE, 60_000);
  const probing = new Set<string>();
  const history = new HistoryStore(ctx.store.db, (what, detail) => ctx.logger.warn(detail, what));
  const mail = new MailService({
    config: ctx.config,
    configPath: ctx.home.config,
    store: ctx.store,
    accounts: ctx.accounts,
    history,
    logger: ctx.logger,
    extraCa: ctx.extraCa,
  });

  serve(router, ENDPOINTS.accounts, () => ctx.accounts.list());

  serve(router, ENDPOINTS.signin, ({ res, body }) => ctx.accounts.startSignin(body(), callerKey(res)));

  serve(router, ENDPOINTS.testMail, ({ body, lang }) => {
    const request = body();
    // Paced per account (testMail.ratePerMinute), whoever asks.
    const wait = testMailLimit.hit(request.account.toLowerCase());
    if (wait) throw rateLimited(wait);
    return mail.testMail(request, lang);
  });

  serve(router, ENDPOINTS.probe, async ({ res, body }) => {
    const request = body();
    // Paced per caller: one probe at a time, PROBES_PER_MINUTE a minute (a probe opens
    // connections to hosts the caller names; unpaced, 100 ports went in under half a second).
    const who = callerKey(res);
    if (probing.has(who)) throw rateLimited(1);
    const wait = probeLimit.hit(who);
    if (wait) throw rateLimited(wait);
    probing.add(who);
    const result = await probeSmtp(request.host, request.port, { extraCa: ctx.extraCa }).finally(() =>
      probing.delete(who),
    );
    history.recordProbe(result);
    ctx.logger.info(
      { host: request.host, port: request.port, ok: result.ok, causes: result.causes },
      'probe',
    );
    return result;
  });
}
