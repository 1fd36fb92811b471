/**
 * The authorization code flow with PKCE (what msal-browser and msal-node's interactive sign-in use):
 * GET /{tenant}/oauth2/v2.0/authorize opens the same sign-in pages as the device flow, then
 * redirects to redirect_uri with code, state and client_info (or error, error_description); the
 * token endpoint redeems the code once, within 10 minutes, with the same redirect_uri and a
 * code_verifier matching the S256 challenge.
 */
import { createHash } from 'node:crypto';
import type { AadstsCode } from './aadsts.ts';
import { aadErrorBody } from './aadsts.ts';
import { parseScopes } from './scopes.ts';
import type { IdentityState, Outcome, SignInRequest, TokenResponseBody } from './state.ts';
import { clientInfo, randomToken } from './tokens.ts';

const CODE_LIFETIME_MS = 10 * 60_000;

export interface AuthorizationRequest extends SignInRequest {
  kind: 'code';
  redirectUri: string;
  responseMode: 'query' | 'fragment';
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  loginHint?: string;
}

interface IssuedCode {
  request: AuthorizationRequest;
  email: string;
  issuedAt: number;
  redeemed: boolean;
}

type Query = Record<string, string | undefined>;

/** POST /token with grant_type=authorization_code: the form's fields. */
interface CodeRedemption {
  client_id?: string;
  code?: string;
  redirect_uri?: string;
  code_verifier?: string;
  client_secret?: string;
}

export class AuthCodeFlows {
  private readonly codes = new Map<string, IssuedCode>();

  constructor(private readonly state: IdentityState) {}

  /**
   * A request the sign-in pages may serve, or an error: as a page when the client or redirect URI
   * cannot be trusted (Entra never redirects to those), else as a redirect.
   */
  start(
    tenantPath: string,
    q: Query,
  ): { request: AuthorizationRequest } | { page: string } | { redirect: string } {
    const client = this.state.checkClient(tenantPath, q.client_id, undefined);
    if ('status' in client)
      return { page: client.body.error_description.split('\r\n')[0] ?? client.body.error };
    if (!q.redirect_uri || !/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)[:/])/.test(q.redirect_uri)) {
      return {
        page: `AADSTS50011: The redirect URI '${q.redirect_uri ?? ''}' specified in the request does not match the redirect URIs configured for the application.`,
      };
    }
    const responseMode = q.response_mode === 'fragment' ? 'fragment' : 'query';
    const base = {
      redirectUri: q.redirect_uri,
      responseMode,
      ...(q.state ? { state: q.state } : {}),
    } as const;
    const fail = (code: AadstsCode, params: Record<string, string> = {}) => ({
      redirect: this.errorRedirect(base, code, params),
    });
    if (q.response_type !== 'code') return fail(900011);
    if (q.code_challenge && q.code_challenge_method !== 'S256') {
      return fail(900144, { parameter: 'code_challenge_method' });
    }
    const scopes = parseScopes(q.scope ?? 'openid profile');
    if (!scopes.ok) return fail(scopes.code, { ...scopes.params, tenant: tenantPath, scope: q.scope ?? '' });
    return {
      request: {
        kind: 'code',
        clientId: client.app.clientId,
        scope: q.scope ?? '',
        scopes: scopes.value,
        tenant: client.tenant,
        expiresAt: this.state.now() + CODE_LIFETIME_MS,
        status: 'pending',
        ...base,
        ...(q.nonce ? { nonce: q.nonce } : {}),
        ...(q.code_challenge ? { codeChallenge: q.code_challenge } : {}),
        ...(q.login_hint ? { loginHint: q.login_hint } : {}),
      },
    };
  }

  /** Where the browser goes once the sign-in pages are done with the request. */
  finish(request: AuthorizationRequest): string {
    if (request.status === 'declined') return this.errorRedirect(request, 65004);
    if (request.status === 'failed' && request.failure) {
      return this.errorRedirect(request, request.failure, this.state.faultParams(request));
    }
    const user = request.email ? this.state.directory.user(request.email) : undefined;
    if (request.status !== 'approved' || !user) return this.errorRedirect(request, 65004);
    const code = `1.AQ${randomToken(96)}`;
    this.codes.set(code, { request, email: user.email, issuedAt: this.state.now(), redeemed: false });
    return this.redirect(request, { code, client_info: clientInfo(user), session_state: randomToken(16) });
  }

  async redeem(tenantPath: string, p: CodeRedemption): Promise<Outcome<TokenResponseBody>> {
    const issued = p.code ? this.codes.get(p.code) : undefined;
    const outcome = await this.redeemInner(tenantPath, p, issued);
    return this.state.record('authorization_code', p.client_id ?? '', issued?.email, outcome);
  }

  private async redeemInner(
    tenantPath: string,
    p: CodeRedemption,
    issued: IssuedCode | undefined,
  ): Promise<Outcome<TokenResponseBody>> {
    const client = this.state.checkClient(tenantPath, p.client_id, p.client_secret);
    if ('status' in client) return client;
    if (!p.code) return this.state.error(900144, { parameter: 'code' });
    if (!issued || issued.request.clientId.toLowerCase() !== client.app.clientId.toLowerCase()) {
      return this.state.error(9002313);
    }
    const fault = this.state.faultOf(issued.email);
    const http = this.state.httpFault(fault);
    if (http) return http;
    if (issued.redeemed) return this.state.error(54005);
    if (this.state.now() - issued.issuedAt > CODE_LIFETIME_MS) return this.state.error(70008);
    if (p.redirect_uri !== issued.request.redirectUri) return this.state.error(500112);
    const challenge = issued.request.codeChallenge;
    if (challenge) {
      if (!p.code_verifier) return this.state.error(900144, { parameter: 'code_verifier' });
      if (createHash('sha256').update(p.code_verifier).digest('base64url') !== challenge)
        return this.state.error(50148);
    }
    const user = this.state.directory.user(issued.email);
    if (!user) return this.state.error(9002313);
    const blocked = this.state.accountFault(client.app, fault, false);
    if (blocked) return this.state.error(blocked, this.state.faultParams(issued.request));
    issued.redeemed = true;
    const r = issued.request;
    return { status: 200, body: await this.state.issue(user, client.app, r.scopes, r.tenant, r.nonce) };
  }

  private errorRedirect(
    r: Pick<AuthorizationRequest, 'redirectUri' | 'responseMode' | 'state'>,
    code: AadstsCode,
    params: Record<string, string> = {},
  ): string {
    const body = aadErrorBody(code, { baseUrl: this.state.baseUrl(), now: this.state.now(), params });
    return this.redirect(r, {
      error: body.error,
      error_description: body.error_description,
      error_uri: body.error_uri,
    });
  }

  private redirect(
    r: Pick<AuthorizationRequest, 'redirectUri' | 'responseMode' | 'state'>,
    params: Record<string, string>,
  ): string {
    const search = new URLSearchParams({ ...params, ...(r.state ? { state: r.state } : {}) }).toString();
    if (r.responseMode === 'fragment') return `${r.redirectUri}#${search}`;
    return `${r.redirectUri}${r.redirectUri.includes('?') ? '&' : '?'}${search}`;
  }
}
