import { basename } from 'node:path';
import type { Lang } from '@wcoa/shared/i18n';
import type { TestMailRequest, TestMailResponse } from '@wcoa/shared/protocol';
import { type AccountService, TokenError } from '../auth/accounts.ts';
import { type Config, smtpHostsAllowed } from '../config.ts';
import { AgentError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { HistoryStore } from '../store/history.ts';
import type { Store } from '../store/store.ts';
import { attemptTestMail, type SmtpReplyCode, TokenUnavailable } from './test-mail.ts';

export interface MailServiceDeps {
  config: Config;
  /** The agent's config.json, named (by file name only) where a refusal says what to change. */
  configPath: string;
  /** The agent's accounts: which exist, and their access tokens. */
  store: Pick<Store, 'getAccount'>;
  accounts: Pick<AccountService, 'accessToken'>;
  history: Pick<HistoryStore, 'recordTestMail'>;
  logger: Pick<Logger, 'info'>;
  /** Trusted besides the system CAs. */
  extraCa: string | undefined;
}

/**
 * RFC 4954 §6's 535 ("authentication credentials invalid", 5.7.8 on Dovecot and Postfix, 5.7.3 or
 * 5.7.139 on Exchange) after XOAUTH2: the server refused the token itself, the one failure a new
 * token from the token endpoint may cure.
 */
const TOKEN_REFUSED = 535;

/**
 * The test mail's policy, whoever asks (the CLI, the extension): never an open relay (the account
 * itself or an allowed recipient), the token only to allowed SMTP hosts, the agent's own token
 * for the account, and one retry with a renewed token when the server refuses the first; then
 * the record in the history and the log.
 */
export class MailService {
  constructor(private readonly deps: MailServiceDeps) {}

  async testMail(request: TestMailRequest & { account: string }, lang: Lang): Promise<TestMailResponse> {
    const { config, logger } = this.deps;
    const account = request.account.toLowerCase();
    const to = (request.to ?? account).toLowerCase();
    const allowed = config.testMail.allowedRecipients.map((r) => r.toLowerCase());
    if (to !== account && !allowed.includes(to)) {
      throw new AgentError('recipient-not-allowed', { to, config: basename(this.deps.configPath) });
    }
    const smtp = request.smtp ?? config.smtp;
    const allowedHosts = smtpHostsAllowed(config);
    if (!allowedHosts.includes(smtp.host.toLowerCase())) {
      throw new AgentError('smtp-host-not-allowed', {
        host: smtp.host,
        allowed: allowedHosts.join(', '),
        config: basename(this.deps.configPath),
      });
    }
    if (!this.deps.store.getAccount(account)) throw new AgentError('account-unknown', { account });

    const result = await this.sendWithOneRetry({
      account,
      from: request.from ?? account,
      to,
      smtp,
      lang,
      extraCa: this.deps.extraCa,
    });
    this.deps.history.recordTestMail({
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
      printerId: request.printerId ?? null,
    });
    const { ok, stage, reply, causes, timings } = result;
    logger.info({ account, to, smtp, ok, stage, reply, causes, timings }, 'test mail');
    return result;
  }

  /**
   * The test mail with the account's token; if the server refuses that token (TOKEN_REFUSED after
   * AUTH), once more with a token forced fresh from the token endpoint: never the same token
   * twice, never more than one retry.
   */
  private async sendWithOneRetry(input: Parameters<typeof attemptTestMail>[0]): Promise<TestMailResponse> {
    const tokens = new TokenSource(this.deps.accounts, input.account);
    const first = await attemptTestMail(input, () => tokens.get());
    const rejected = tokens.used;
    if (!isTokenRefusal(first.result, first.failedOn) || rejected === undefined) return first.result;
    const second = await attemptTestMail(input, async () => {
      const fresh = await tokens.get({ rejected });
      if (fresh === rejected)
        throw new TokenUnavailable(
          'the token endpoint returned the rejected token again',
          first.result.causes,
        );
      return fresh;
    });
    const result = second.result;
    const code = first.failedOn ?? { code: TOKEN_REFUSED, enhanced: null };
    result.transcript = [
      ...first.result.transcript,
      `* ${code.code}${code.enhanced ? ` ${code.enhanced}` : ''}: token renewed, trying once more`,
      ...result.transcript,
    ];
    if (!result.ok && result.stage === 'auth' && !result.causes.length) result.causes = first.result.causes;
    return result;
  }
}

/** The server refused the token the agent sent: AUTH failed with TOKEN_REFUSED. */
function isTokenRefusal(result: TestMailResponse, failedOn: SmtpReplyCode | null): boolean {
  return !result.ok && result.stage === 'auth' && failedOn?.code === TOKEN_REFUSED;
}

/** The account's access tokens for one test mail, remembering the one it handed out last. */
class TokenSource {
  used: string | undefined;

  constructor(
    private readonly accounts: MailServiceDeps['accounts'],
    private readonly account: string,
  ) {}

  async get(opts: { rejected?: string } = {}): Promise<string> {
    try {
      this.used = await this.accounts.accessToken(this.account, opts);
      return this.used;
    } catch (error) {
      // No token to be had (expired, refused, unreachable): the test mail fails at `auth` with its causes.
      if (error instanceof TokenError) throw new TokenUnavailable(error.message, error.causes);
      throw error;
    }
  }
}
