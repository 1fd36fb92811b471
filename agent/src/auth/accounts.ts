import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { AccountInfo, DeviceCodeRequest, PublicClientApplication } from '@azure/msal-node';
import type { CauseId } from '@wcoa/shared/diagnosis';
import type { Account, DeviceCode, SigninRequest, SigninResponse } from '@wcoa/shared/protocol';
import type { Config } from '../config.ts';
import { causesOf } from '../diagnose.ts';
import { AgentError, rateLimited } from '../errors.ts';
import type { Logger } from '../log.ts';
import { tlsCauses } from '../mail/failure.ts';
import { newId } from '../pairing.ts';
import { redact } from '../redact.ts';
import type { Store } from '../store/store.ts';
import { createMsalApp, SMTP_SCOPES } from './msal-app.ts';
import type { AgentNetworkModule } from './network.ts';

/** Why no token could be had: the causes, and whether the account now needs a new sign-in. */
export class TokenError extends Error {
  constructor(
    message: string,
    readonly causes: CauseId[],
    readonly expired: boolean,
  ) {
    super(message);
  }
}

interface Flow {
  id: string;
  /** Who started it (the CLI, or a paired extension's id): one pending sign-in per account each. */
  owner: string;
  /** The first answer (the device code), shared by every repeat of the same sign-in. */
  answer: Promise<SigninResponse>;
  email: string | null;
  tenant: string;
  request: DeviceCodeRequest;
  signin: DeviceCode | null;
  startedAt: string;
}

/** What an msal error says, as one redacted line (code, AADSTS text, status). */
export function describeAuthError(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { errorCode?: string; errorMessage?: string; message?: string; status?: number };
    const parts = [e.errorCode, e.errorMessage || e.message, e.status ? `HTTP ${e.status}` : undefined];
    return redact(parts.filter(Boolean).join(': '));
  }
  return redact(String(error));
}

const TOKEN_REUSE_MARGIN_MS = 60_000;

/** Device-code sign-ins polling at once, over every caller (each is a poller of the token endpoint). */
export const MAX_PENDING_SIGNINS = 10;

/** msal's own client-side outcomes, which no server text accompanies. */
const MSAL_CLIENT_CAUSES: Record<string, CauseId> = { device_code_expired: 'device-code-expired' };

/** Sign-in reasons after which only a new interactive sign-in helps (no retry loop). */
const NEEDS_SIGNIN: CauseId[] = [
  'sign-in-expired',
  'mfa-required',
  'conditional-access-blocked',
  'consent-missing',
];

/**
 * Accounts: device-code sign-in (answers at once, polls in the background), their states, and
 * access tokens with single-flight refresh per account.
 */
export class AccountService {
  private readonly apps = new Map<string, PublicClientApplication>();
  private readonly flows = new Map<string, Flow>();
  private readonly inflight = new Map<string, Promise<string>>();
  /** Access tokens msal handed out, reused until a minute before they lapse (msal itself renews 5 min early). */
  private readonly tokens = new Map<string, { token: string; expiresOn: number }>();

  constructor(
    private readonly config: Config,
    private readonly store: Store,
    private readonly network: AgentNetworkModule,
    private readonly logger: Logger,
    /** Named in the message when sign-in is not configured. */
    private readonly configPath: string,
  ) {
    store.onUnreadableCache = (partition) => this.markUnreadable(partition);
  }

  /**
   * A sealed cache row failed authentication and was set aside: every account it held needs a new
   * sign-in, and says why (a fresh sign-in writes a new row and clears the reason).
   */
  private markUnreadable(partition: string): void {
    for (const account of this.store.listAccounts()) {
      if (`${this.config.authorityHost}/${account.tenant}` !== partition) continue;
      this.tokens.delete(account.id);
      this.store.upsertAccount({
        id: account.id,
        email: account.email,
        tenant: account.tenant,
        state: 'expired',
        cause: 'sign-in-required',
        reason: 'stored-sign-in-unreadable',
      });
      this.logger.warn(
        { account: account.id, partition },
        'stored sign-in failed authentication: set aside, account needs a new sign-in',
      );
    }
  }

  private app(tenant: string): PublicClientApplication {
    const clientId = this.config.clientId;
    if (!clientId) throw new AgentError('signin-not-configured', { config: basename(this.configPath) });
    let app = this.apps.get(tenant);
    if (!app) {
      app = createMsalApp({
        clientId,
        authorityHost: this.config.authorityHost,
        tenant,
        store: this.store,
        network: this.network,
        logger: this.logger,
      });
      this.apps.set(tenant, app);
    }
    return app;
  }

  /** Stored accounts, with any sign-in under way shown over its account (or on its own, address unknown). */
  list(): Account[] {
    const accounts = new Map<string, Account>();
    for (const { homeAccountId: _omit, ...account } of this.store.listAccounts())
      accounts.set(account.id, account);
    for (const flow of this.flows.values()) {
      accounts.set(flow.id, {
        ...(accounts.get(flow.id) ?? {
          id: flow.id,
          email: flow.email,
          tenant: flow.tenant,
          updatedAt: flow.startedAt,
        }),
        state: 'signing-in',
        cause: undefined,
        reason: undefined,
        ...(flow.signin ? { signin: flow.signin } : {}),
      });
    }
    return [...accounts.values()].map(({ cause, reason, ...a }) => ({
      ...a,
      ...(cause ? { cause } : {}),
      ...(reason ? { reason } : {}),
    }));
  }

  /**
   * Starts a device-code sign-in; resolves as soon as the code is known. One pending sign-in per
   * account (and one without an address per caller): asking again while it runs answers with the
   * same code instead of starting another poller; and at most MAX_PENDING_SIGNINS at once.
   */
  startSignin(req: SigninRequest, owner = 'cli'): Promise<SigninResponse> {
    const tenant = req.tenant ?? this.config.tenant;
    const app = this.app(tenant);
    const email = req.email?.toLowerCase() ?? null;
    const same = [...this.flows.values()].find((f) =>
      email ? f.id === email : f.email === null && f.owner === owner,
    );
    if (same && same.tenant === tenant) return same.answer;
    if (same)
      same.request.cancel = true; // another tenant asked for: that one is replaced
    else if (this.flows.size >= MAX_PENDING_SIGNINS) {
      throw rateLimited(60);
    }
    const id = email ?? `signin-${newId()}`;

    let flow!: Flow;
    const answer = new Promise<SigninResponse>((resolve, reject) => {
      let answered = false;
      flow = {
        id,
        owner,
        answer: Promise.resolve() as unknown as Promise<SigninResponse>,
        email,
        tenant,
        signin: null,
        startedAt: new Date().toISOString(),
        request: {
          scopes: SMTP_SCOPES,
          correlationId: randomUUID(),
          deviceCodeCallback: (response) => {
            flow.signin = {
              userCode: response.userCode,
              verificationUri: response.verificationUri,
              expiresAt: new Date(Date.now() + response.expiresIn * 1000).toISOString(),
            };
            answered = true;
            resolve({ id, ...flow.signin });
          },
        },
      };
      this.flows.set(id, flow);
      this.logger.info({ account: id, tenant }, 'sign-in started');
      app.acquireTokenByDeviceCode(flow.request).then(
        (result) => {
          if (this.flows.get(id) === flow) this.flows.delete(id);
          const account = result?.account;
          if (!account) return;
          const signedIn = account.username.toLowerCase();
          if (id !== signedIn) this.store.removeAccount(id);
          this.tokens.delete(signedIn);
          this.store.upsertAccount({
            id: signedIn,
            email: signedIn,
            tenant,
            state: 'signed-in',
            cause: null,
            homeAccountId: account.homeAccountId,
          });
          this.logger.info({ account: signedIn, tenant }, 'signed in');
        },
        (error: unknown) => {
          if (this.flows.get(id) !== flow) return; // replaced by a newer sign-in
          this.flows.delete(id);
          const detail = this.detail(error, flow.request.correlationId);
          // The OAuth error alone as well: it names the outcome when an AADSTS number is not known.
          const e = error as { errorCode?: string; errorMessage?: string };
          const own = MSAL_CLIENT_CAUSES[e.errorCode ?? ''];
          const causes = [
            ...new Set([
              ...(own ? [own] : []),
              ...this.transportCauses(flow.request.correlationId),
              ...causesOf(detail, e.errorMessage ?? ''),
            ]),
          ];
          this.store.upsertAccount({ id, email, tenant, state: 'failed', cause: causes[0] ?? null });
          this.logger.warn({ account: id, error: detail, causes }, 'sign-in failed');
          if (!answered) reject(new AgentError('signin-failed', { reason: detail }));
        },
      );
    });
    flow.answer = answer;
    answer.catch(() => {}); // a repeat that never awaits it must not make it unhandled
    return answer;
  }

  private async msalAccount(app: PublicClientApplication, homeAccountId: string | null, email: string) {
    const cache = app.getTokenCache();
    const byHome = homeAccountId ? await cache.getAccountByHomeId(homeAccountId) : null;
    if (byHome) return byHome;
    const all: AccountInfo[] = await cache.getAllAccounts();
    return all.find((a) => a.username.toLowerCase() === email) ?? null;
  }

  /**
   * An access token for SMTP.Send. Concurrent callers for one account share one refresh.
   * Throws AgentError (account-unknown, signin-not-configured) or TokenError when no token can be had.
   */
  accessToken(email: string, opts: { rejected?: string } = {}): Promise<string> {
    const id = email.toLowerCase();
    const stored = this.store.getAccount(id);
    if (!stored) throw new AgentError('account-unknown', { account: email });
    const cached = this.tokens.get(id);
    // A token the server refused is renewed even if it looks fresh (revoked, or a skewed clock);
    // if a concurrent caller already renewed it, the new one is used.
    const refused = opts.rejected !== undefined && cached?.token === opts.rejected;
    if (refused) this.tokens.delete(id);
    if (cached && !refused && cached.expiresOn - Date.now() > TOKEN_REUSE_MARGIN_MS) {
      return Promise.resolve(cached.token);
    }
    const running = this.inflight.get(id);
    if (running) return running;
    const work = this.acquire(id, stored.tenant, stored.homeAccountId, opts.rejected !== undefined).finally(
      () => this.inflight.delete(id),
    );
    this.inflight.set(id, work);
    return work;
  }

  private async acquire(
    id: string,
    tenant: string,
    homeAccountId: string | null,
    forceRefresh = false,
  ): Promise<string> {
    const stored = this.store.getAccount(id);
    if (stored && (stored.state === 'expired' || stored.state === 'failed')) {
      throw new TokenError(`account is ${stored.state}`, [stored.cause ?? 'sign-in-required'], true);
    }
    const app = this.app(tenant);
    const account = await this.msalAccount(app, homeAccountId, id);
    if (!account) {
      // The cache may have just been set aside as unreadable: keep the reason it was given.
      const reason = this.store.getAccount(id)?.reason ?? null;
      this.store.upsertAccount({
        id,
        email: id,
        tenant,
        state: 'expired',
        cause: 'sign-in-required',
        reason,
      });
      throw new TokenError('no cached sign-in for this account', ['sign-in-required'], true);
    }
    const correlationId = randomUUID();
    try {
      const result = await app.acquireTokenSilent({
        account,
        scopes: SMTP_SCOPES,
        correlationId,
        forceRefresh,
      });
      if (!result?.accessToken) throw new Error('the token endpoint returned no access token');
      if (result.expiresOn)
        this.tokens.set(id, { token: result.accessToken, expiresOn: result.expiresOn.getTime() });
      return result.accessToken;
    } catch (error) {
      const detail = this.detail(error, correlationId);
      const causes = [...new Set([...this.transportCauses(correlationId), ...causesOf(detail)])];
      const code = (error as { errorCode?: string }).errorCode ?? '';
      const expired =
        code === 'invalid_grant' ||
        code === 'interaction_required' ||
        code === 'no_tokens_found' ||
        causes.some((c) => NEEDS_SIGNIN.includes(c));
      this.tokens.delete(id);
      if (expired) {
        const cause = causes[0] ?? 'sign-in-expired';
        this.store.upsertAccount({ id, email: id, tenant, state: 'expired', cause });
        this.logger.warn({ account: id, error: detail, cause }, 'token refresh refused: sign-in needed');
        throw new TokenError(detail, causes.length ? causes : ['sign-in-expired'], true);
      }
      this.logger.warn({ account: id, error: detail }, 'token refresh failed');
      throw new TokenError(detail, causes.length ? causes : ['transient-server-error'], false);
    }
  }

  /**
   * A TLS failure on the way to the authority (an untrusted chain: a company CA, a TLS-inspecting
   * proxy) is a certificate problem the agent's tls.caFile fixes, whatever msal calls it.
   */
  private transportCauses(correlationId: string | undefined): CauseId[] {
    const failure = this.network.transportFailure(correlationId);
    const tls = failure ? tlsCauses(failure.code) : null;
    if (!tls) return [];
    return tls.includes('agent-ca-untrusted')
      ? tls
      : ['certificate-invalid', ...tls.filter((c) => c !== 'wrong-server')];
  }

  /** The platform's own words for a failure where we have them (AADSTS text), else msal's. */
  private detail(error: unknown, correlationId: string | undefined): string {
    const transport = this.network.transportFailure(correlationId);
    if (transport) {
      return redact(
        `${transport.code}: ${transport.message} (${transport.host}) (${describeAuthError(error)})`,
      );
    }
    const platform = correlationId ? this.network.errorDetail(correlationId) : undefined;
    const msal = describeAuthError(error);
    if (!platform) return msal;
    // msal's message quotes the server's own (AADSTS) text: Microsoft's words are said once.
    const aadsts = /AADSTS\d{1,9}/.exec(platform)?.[0];
    if (aadsts && msal.includes(aadsts)) return redact(platform);
    return redact(`${platform} (${msal})`);
  }

  /** Stops background polling (agent shutdown). */
  close(): void {
    for (const flow of this.flows.values()) flow.request.cancel = true;
  }
}
