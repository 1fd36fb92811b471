/**
 * The identity emulator's behaviour, free of HTTP: sign-in and consent, token issuing, rotating
 * refresh tokens, per-account fault switches, a clock and a log of token requests; the grant
 * modules (device-flow.ts, auth-code.ts) build on it, and the route modules only translate HTTP.
 */
import { AADSTS, type AadErrorBody, type AadstsCode, aadErrorBody, aadTimestamp } from './aadsts.ts';
import { type App, Directory, type NewUser, type TenantPath, type User } from './directory.ts';
import { parseScopes, type ScopeRequest } from './scopes.ts';
import { clientInfo, mintAccessToken, mintIdToken, randomToken, type Signer } from './tokens.ts';

/**
 * Per-account fault switches. Sign-in faults (MFA, Conditional Access, security defaults) strike at
 * sign-in and on every refresh; refresh faults only on refresh; the rest on any token request.
 */
export const IDENTITY_FAULTS = [
  'AADSTS50076',
  'AADSTS50079',
  'AADSTS53003',
  'AADSTS530035',
  'AADSTS65001',
  'AADSTS700082',
  'AADSTS70043',
  'AADSTS50173',
  'AADSTS7000218',
  'http429',
  'http503',
] as const;
export type IdentityFault = (typeof IDENTITY_FAULTS)[number];

const SIGN_IN_FAULTS = new Set<IdentityFault>(['AADSTS50076', 'AADSTS50079', 'AADSTS53003', 'AADSTS530035']);
const REFRESH_FAULTS = new Set<IdentityFault>(['AADSTS700082', 'AADSTS70043', 'AADSTS50173']);
const REFRESH_TOKEN_INACTIVITY_SEC = 90 * 86_400;
/** Fault switch key that affects every request, including the device code endpoint. */
export const ALL_ACCOUNTS = '*';

/**
 * A tenant's sign-in policy (Conditional Access as the Graph emulator holds it): asked at each
 * sign-in and refresh, it may answer with the fault Entra would give.
 */
export type SignInPolicy = (ctx: {
  user: User;
  clientId: string;
  grant: 'device_code' | 'authorization_code' | 'refresh_token';
}) => IdentityFault | undefined;

/** What a person signs in for on the emulator's pages: a device code, or an authorization request. */
export interface SignInRequest {
  kind: 'device' | 'code';
  clientId: string;
  scope: string;
  scopes: ScopeRequest;
  tenant: TenantPath;
  expiresAt: number;
  status: 'pending' | 'approved' | 'declined' | 'failed' | 'redeemed';
  email?: string;
  failure?: AadstsCode;
}

interface RefreshGrant {
  email: string;
  clientId: string;
  issuedAt: number;
  tenant: TenantPath;
}

export interface TokenRequestRecord {
  at: number;
  grantType: string;
  clientId: string;
  email?: string;
  status: number;
  /** 'tokens', or the OAuth error with its code, e.g. 'authorization_pending AADSTS70016'. */
  outcome: string;
}

export interface TokenResponseBody {
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  client_info: string;
}

export type Outcome<T> =
  | { status: 200; body: T }
  | { status: number; body: AadErrorBody; retryAfterSec?: number };

export interface IdentityStateOptions {
  baseUrl: () => string;
  signer: Signer;
  apps: App[];
  singleTenantClientIds?: string[];
  accessTokenLifetimeSec: number;
  retryAfterSec: number;
}

/** POST /token with grant_type=refresh_token: the form's fields. */
interface RefreshRedemption {
  client_id?: string;
  refresh_token?: string;
  scope?: string;
  client_secret?: string;
  client_request_id?: string;
}

export class IdentityState {
  readonly directory: Directory;
  private readonly refreshGrants = new Map<string, RefreshGrant>();
  private readonly revokedBefore = new Map<string, number>(); // email → refresh tokens issued before are void
  private readonly faults = new Map<string, IdentityFault>();
  private readonly issuedAccessTokens = new Map<string, number>(); // uti → issued at (ms)
  private readonly expiredAccessTokens = new Set<string>();
  private readonly log: TokenRequestRecord[] = [];
  private clockOffsetMs = 0;
  private policy: SignInPolicy | undefined;

  constructor(private readonly opts: IdentityStateOptions) {
    this.directory = new Directory(opts.apps);
  }

  baseUrl(): string {
    return this.opts.baseUrl();
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  advanceClock(seconds: number): void {
    this.clockOffsetMs += seconds * 1000;
  }

  addUser(user: NewUser): User {
    return this.directory.addUser(user);
  }

  setFault(email: string, fault: IdentityFault | null): void {
    const key = email.trim().toLowerCase();
    if (fault === null) this.faults.delete(key);
    else this.faults.set(key, fault);
  }

  faultOf(email: string | undefined): IdentityFault | undefined {
    return this.faults.get(ALL_ACCOUNTS) ?? (email ? this.faults.get(email.toLowerCase()) : undefined);
  }

  setSignInPolicy(policy: SignInPolicy | null): void {
    this.policy = policy ?? undefined;
  }

  /** A fault switch wins over the policy: tests flip switches on top of a tenant's configuration. */
  private faultFor(
    user: User,
    clientId: string,
    grant: Parameters<SignInPolicy>[0]['grant'],
  ): IdentityFault | undefined {
    return this.faultOf(user.email) ?? this.policy?.({ user, clientId, grant });
  }

  revokeRefreshTokens(email: string): void {
    this.revokedBefore.set(email.toLowerCase(), this.now());
  }

  expireAccessTokensNow(): void {
    for (const uti of this.issuedAccessTokens.keys()) this.expiredAccessTokens.add(uti);
  }

  /** False for a token expired by expireAccessTokensNow(); its `exp` is checked separately. */
  accessTokenStillValid(uti: string): boolean {
    return this.issuedAccessTokens.has(uti) && !this.expiredAccessTokens.has(uti);
  }

  tokenRequests(): TokenRequestRecord[] {
    return [...this.log];
  }

  // The helpers below are shared with the other flow modules (auth-code.ts).

  /** invalid_client answers 401, as Entra does; the rest of the OAuth errors 400. */
  error(code: AadstsCode, params: Record<string, string> = {}, status?: number, correlationId?: string) {
    return {
      status: status ?? (AADSTS[code].error === 'invalid_client' ? 401 : 400),
      body: aadErrorBody(code, {
        baseUrl: this.opts.baseUrl(),
        now: this.now(),
        params,
        ...(correlationId ? { correlationId } : {}),
      }),
    };
  }

  httpFault(fault: IdentityFault | undefined, correlationId?: string) {
    if (fault === 'http429')
      return { ...this.error(90055, {}, 429, correlationId), retryAfterSec: this.opts.retryAfterSec };
    if (fault === 'http503')
      return { ...this.error(90033, {}, 503, correlationId), retryAfterSec: this.opts.retryAfterSec };
    return undefined;
  }

  appParams(app: App | undefined, clientId: string, tenant: string): Record<string, string> {
    return { clientId, appName: app?.name ?? clientId, tenant };
  }

  /** Checks shared by every endpoint a client calls: an error outcome, or the app and tenant. */
  checkClient(tenantPath: string, clientId: string | undefined, clientSecret: string | undefined) {
    if (!clientId) return this.error(900144, { parameter: 'client_id' });
    const tenant = this.directory.resolveTenant(tenantPath);
    if (!tenant) return this.error(90002, { tenant: tenantPath });
    const app = this.directory.app(clientId);
    if (!app) return this.error(700016, this.appParams(app, clientId, tenantPath));
    if (clientSecret && app.publicClient) return this.error(700025);
    const singleTenant = this.opts.singleTenantClientIds?.some(
      (id) => id.toLowerCase() === clientId.toLowerCase(),
    );
    if (singleTenant && tenant.kind !== 'tenant')
      return this.error(50194, this.appParams(app, clientId, tenantPath));
    return { app, tenant };
  }

  /**
   * The account step of the verification page. 'password' when the page must ask for one;
   * a fault code when sign-in is blocked (the flow then fails with it at the next poll).
   */
  signIn(
    flow: SignInRequest,
    email: string,
    password: string | undefined,
  ):
    | { result: 'consent' | 'approved'; user: User }
    | { result: 'password'; user: User }
    | { result: 'unknown-user' | 'wrong-password' }
    | { result: 'not-admitted'; text: string }
    | { result: 'blocked'; code: AadstsCode } {
    const user = this.directory.user(email);
    if (!user) return { result: 'unknown-user' };
    if (!this.directory.admits(flow.tenant, user)) {
      const idp = user.consumer ? 'live.com' : `https://sts.windows.net/${user.tenantId}/`;
      const body = aadErrorBody(50020, {
        baseUrl: this.opts.baseUrl(),
        now: this.now(),
        params: {
          email: user.email,
          idp,
          tenant: flow.tenant.path,
          clientId: flow.clientId,
          appName: this.appName(flow),
        },
      });
      return { result: 'not-admitted', text: body.error_description.split('\r\n')[0] ?? '' };
    }
    if (user.password !== undefined && password === undefined) return { result: 'password', user };
    if (user.password !== undefined && password !== user.password) return { result: 'wrong-password' };
    const fault = this.faultFor(
      user,
      flow.clientId,
      flow.kind === 'device' ? 'device_code' : 'authorization_code',
    );
    if (fault && SIGN_IN_FAULTS.has(fault)) {
      flow.status = 'failed';
      flow.email = user.email;
      flow.failure = faultCode(fault);
      return { result: 'blocked', code: flow.failure };
    }
    if (this.directory.hasConsent(user, flow.clientId)) {
      this.approve(flow, user);
      return { result: 'approved', user };
    }
    return { result: 'consent', user };
  }

  consent(flow: SignInRequest, user: User, onBehalfOfOrganization: boolean): void {
    this.directory.grantConsent(user, flow.clientId, onBehalfOfOrganization);
    this.approve(flow, user);
  }

  private approve(flow: SignInRequest, user: User): void {
    flow.status = 'approved';
    flow.email = user.email;
  }

  decline(flow: SignInRequest): void {
    flow.status = 'declined';
  }

  appName(flow: { clientId: string }): string {
    return this.directory.app(flow.clientId)?.name ?? flow.clientId;
  }

  record<T>(grantType: string, clientId: string, email: string | undefined, o: Outcome<T>): Outcome<T> {
    const err = o.status === 200 ? undefined : (o.body as AadErrorBody);
    const outcome = err ? `${err.error} AADSTS${err.error_codes[0]}` : 'tokens';
    this.log.push({
      at: this.now(),
      grantType,
      clientId,
      ...(email ? { email } : {}),
      status: o.status,
      outcome,
    });
    return o;
  }

  /** POST /token with grant_type=refresh_token. Refresh tokens rotate; the old one stays valid, as in Entra. */
  async redeemRefreshToken(tenantPath: string, p: RefreshRedemption): Promise<Outcome<TokenResponseBody>> {
    const grant = p.refresh_token ? this.refreshGrants.get(p.refresh_token) : undefined;
    const outcome = await this.redeemRefreshTokenInner(tenantPath, p, grant);
    return this.record('refresh_token', p.client_id ?? '', grant?.email, outcome);
  }

  private async redeemRefreshTokenInner(
    tenantPath: string,
    p: RefreshRedemption,
    grant: RefreshGrant | undefined,
  ): Promise<Outcome<TokenResponseBody>> {
    const cid = p.client_request_id;
    const client = this.checkClient(tenantPath, p.client_id, p.client_secret);
    if ('status' in client) return client;
    if (!p.refresh_token) return this.error(900144, { parameter: 'refresh_token' }, undefined, cid);
    if (!grant || grant.clientId.toLowerCase() !== client.app.clientId.toLowerCase())
      return this.error(9002313, {}, undefined, cid);
    const user = this.directory.user(grant.email);
    if (!user) return this.error(9002313, {}, undefined, cid);
    const fault = this.faultFor(user, client.app.clientId, 'refresh_token');
    const http = this.httpFault(fault, cid);
    if (http) return http;
    const params = {
      ...this.appParams(client.app, client.app.clientId, tenantPath),
      resource: '',
      issuedAt: aadTimestamp(grant.issuedAt),
      validFrom: aadTimestamp(this.revokedBefore.get(user.email.toLowerCase()) ?? this.now()),
    };
    const revokedBefore = this.revokedBefore.get(user.email.toLowerCase());
    if (revokedBefore !== undefined && grant.issuedAt <= revokedBefore)
      return this.error(50173, params, undefined, cid);
    if (this.now() - grant.issuedAt > REFRESH_TOKEN_INACTIVITY_SEC * 1000)
      return this.error(700082, params, undefined, cid);
    const scopes = parseScopes(p.scope || 'openid profile offline_access');
    if (!scopes.ok) return this.error(scopes.code, { ...scopes.params, tenant: tenantPath }, undefined, cid);
    params.resource = scopes.value.resource;
    const blocked = this.accountFault(client.app, fault, true);
    if (blocked) return this.error(blocked, params, undefined, cid);
    if (!this.directory.admits(client.tenant, user)) return this.error(9002313, {}, undefined, cid);
    return { status: 200, body: await this.issue(user, client.app, scopes.value, grant.tenant) };
  }

  accountFault(app: App, fault: IdentityFault | undefined, refreshing: boolean): AadstsCode | undefined {
    if (!app.publicClient) return 7000218;
    if (!fault || fault.startsWith('http')) return undefined;
    if (REFRESH_FAULTS.has(fault) && !refreshing) return undefined;
    return faultCode(fault);
  }

  faultParams(flow: SignInRequest): Record<string, string> {
    return {
      clientId: flow.clientId,
      appName: this.appName(flow),
      resource: flow.scopes.resource,
      tenant: flow.tenant.path,
      issuedAt: aadTimestamp(this.now()),
      validFrom: aadTimestamp(this.now()),
    };
  }

  async issue(
    user: User,
    app: App,
    scopes: ScopeRequest,
    tenant: TenantPath,
    nonce?: string,
  ): Promise<TokenResponseBody> {
    const nowSec = Math.floor(this.now() / 1000);
    const mint = {
      user,
      app,
      scopes,
      nowSec,
      accessTokenLifetimeSec: this.opts.accessTokenLifetimeSec,
      issuerBase: this.opts.baseUrl(),
    };
    const access = await mintAccessToken(this.opts.signer, mint);
    this.issuedAccessTokens.set(access.uti, this.now());
    const body: TokenResponseBody = {
      token_type: 'Bearer',
      scope: scopes.grantedScope,
      expires_in: this.opts.accessTokenLifetimeSec,
      ext_expires_in: this.opts.accessTokenLifetimeSec,
      access_token: access.token,
      client_info: clientInfo(user),
    };
    if (scopes.offlineAccess) {
      const refreshToken = `1.AQ${randomToken(180)}`;
      this.refreshGrants.set(refreshToken, {
        email: user.email,
        clientId: app.clientId,
        issuedAt: this.now(),
        tenant,
      });
      body.refresh_token = refreshToken;
    }
    if (scopes.openid) body.id_token = await mintIdToken(this.opts.signer, mint, nonce);
    return body;
  }
}

function faultCode(fault: IdentityFault): AadstsCode {
  return Number(fault.slice('AADSTS'.length)) as AadstsCode;
}
