import { basename } from 'node:path';
import {
  type AccountsResponseSchema,
  AGENT_PATHS,
  ProbeRequestSchema,
  SigninRequestSchema,
  TestMailRequestSchema,
} from '@wcoa/shared/protocol';
import type { Response, Router } from 'express';
import type { z } from 'zod';
import { TokenError } from '../../auth/accounts.ts';
import { smtpHostsAllowed } from '../../config.ts';
import { sendTestMail, TokenUnavailable } from '../../mail/test-mail.ts';
import { probeSmtp } from '../../probe/probe.ts';
import type { AgentContext } from '../context.ts';
import { ApiHttpError, langOf, parseBody } from '../errors.ts';
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

  router.get(AGENT_PATHS.accounts, (_req, res) => {
    res.json(ctx.accounts.list() satisfies z.infer<typeof AccountsResponseSchema>);
  });

  router.post(AGENT_PATHS.signin, async (req, res) => {
    const body = parseBody(SigninRequestSchema, req.body, langOf(req.headers['accept-language']));
    res.json(await ctx.accounts.startSignin(body, callerKey(res)));
  });

  router.post(AGENT_PATHS.testMail, async (req, res) => {
    const lang = langOf(req.headers['accept-language']);
    const body = parseBody(TestMailRequestSchema, req.body, lang);
    const account = body.account.toLowerCase();
    const wait = testMailLimit.hit(account);
    if (wait) throw new ApiHttpError(429, 'rate-limited', { seconds: wait }, { 'Retry-After': String(wait) });
    const to = (body.to ?? account).toLowerCase();
    const allowed = ctx.config.testMail.allowedRecipients.map((r) => r.toLowerCase());
    // Never an open relay: the account itself, or a recipient the admin configured.
    if (to !== account && !allowed.includes(to)) {
      throw new ApiHttpError(400, 'recipient-not-allowed', { to, config: basename(ctx.home.config) });
    }
    const smtp = body.smtp ?? ctx.config.smtp;
    const allowedHosts = smtpHostsAllowed(ctx.config);
    if (!allowedHosts.includes(smtp.host.toLowerCase())) {
      throw new ApiHttpError(400, 'smtp-host-not-allowed', {
        host: smtp.host,
        allowed: allowedHosts.join(', '),
        config: basename(ctx.home.config),
      });
    }
    if (!ctx.store.getAccount(account)) throw new ApiHttpError(404, 'account-unknown', { account });
    const input = { account, from: body.from ?? account, to, smtp, lang, extraCa: ctx.extraCa };
    let used: string | undefined;
    const token = (opts: { rejected?: string }) => () =>
      ctx.accounts.accessToken(account, opts).then(
        (t) => {
          used = t;
          return t;
        },
        (error: unknown) => {
          if (error instanceof TokenError) throw new TokenUnavailable(error.message, error.causes);
          throw error;
        },
      );
    let result = await sendTestMail(input, token({}));
    // Any 535 after XOAUTH2 (Exchange's 5.7.3, Dovecot's and Postfix's 5.7.8, …) to a token we
    // thought valid: force a new one from the token endpoint and try once more, never with the
    // same token and never more than once.
    const rejected = used;
    if (!result.ok && result.stage === 'auth' && rejected && /^535\b/.test(result.reply ?? '')) {
      const first = result;
      const renew = token({ rejected });
      result = await sendTestMail(input, async () => {
        const fresh = await renew();
        if (fresh === rejected)
          throw new TokenUnavailable('the token endpoint returned the rejected token again', first.causes);
        return fresh;
      });
      result.transcript = [
        ...first.transcript,
        `* ${(first.reply ?? '').match(/^\d{3}(?: \d\.\d{1,3}\.\d{1,3})?/)?.[0] ?? '535'}: token renewed, trying once more`,
        ...result.transcript,
      ];
      if (!result.ok && result.stage === 'auth' && !result.causes.length) result.causes = first.causes;
    }
    ctx.store.recordTestMail({
      at: result.at,
      account,
      from: result.from,
      to: result.to,
      smtpHost: smtp.host,
      smtpPort: smtp.port,
      ok: result.ok,
      stage: result.stage,
      reply: result.reply,
      causes: result.causes,
      timings: result.timings,
      printerId: body.printerId ?? null,
    });
    ctx.logger.info(
      {
        account,
        to,
        smtp,
        ok: result.ok,
        stage: result.stage,
        reply: result.reply,
        causes: result.causes,
        timings: result.timings,
      },
      'test mail',
    );
    res.json(result);
  });

  router.post(AGENT_PATHS.probe, async (req, res) => {
    const body = parseBody(ProbeRequestSchema, req.body, langOf(req.headers['accept-language']));
    // Paced per caller: one probe at a time, PROBES_PER_MINUTE a minute (a probe opens
    // connections to hosts the caller names; unpaced, 100 ports went in under half a second).
    const who = callerKey(res);
    if (probing.has(who)) throw new ApiHttpError(429, 'rate-limited', { seconds: 1 }, { 'Retry-After': '1' });
    const wait = probeLimit.hit(who);
    if (wait) throw new ApiHttpError(429, 'rate-limited', { seconds: wait }, { 'Retry-After': String(wait) });
    probing.add(who);
    const result = await probeSmtp(body.host, body.port, { extraCa: ctx.extraCa }).finally(() =>
      probing.delete(who),
    );
    ctx.store.recordProbe({ at: result.at, host: result.host, port: result.port, ok: result.ok, result });
    ctx.logger.info({ host: body.host, port: body.port, ok: result.ok, causes: result.causes }, 'probe');
    res.json(result);
  });
}
