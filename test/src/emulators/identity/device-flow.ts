/**
 * The device authorization grant (RFC 8628) in Microsoft's dialect: POST /devicecode hands out a
 * 9-character user code and an opaque device code; the device polls /token (MSAL sends
 * grant_type=device_code, RFC 8628 clients the URN) and gets authorization_pending (70016) until the
 * person signs in on the pages, then tokens once; expired_token (70019), authorization_declined,
 * or the sign-in's fault otherwise.
 */
import { randomBytes } from 'node:crypto';
import { parseScopes } from './scopes.ts';
import type { IdentityState, Outcome, SignInRequest, TokenResponseBody } from './state.ts';
import { randomToken } from './tokens.ts';

export interface DeviceFlow extends SignInRequest {
  kind: 'device';
  deviceCode: string;
  userCode: string;
}

export interface DeviceCodeResponseBody {
  user_code: string;
  device_code: string;
  verification_uri: string;
  expires_in: number;
  interval: number;
  message: string;
}

/** Microsoft's user codes: 9 upper-case letters and digits (32 symbols, so a byte maps without bias). */
const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function newUserCode(): string {
  return [...randomBytes(9)].map((b) => USER_CODE_ALPHABET[b % 32]).join('');
}

export function normaliseUserCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

export interface DeviceFlowOptions {
  deviceCodeLifetimeSec: number;
  pollIntervalSec: number;
}

export class DeviceFlows {
  private readonly flows = new Map<string, DeviceFlow>();

  constructor(
    private readonly state: IdentityState,
    private readonly opts: DeviceFlowOptions,
  ) {}

  pendingCodes(): {
    userCode: string;
    deviceCode: string;
    clientId: string;
    scope: string;
    expiresAt: number;
  }[] {
    const now = this.state.now();
    return [...this.flows.values()]
      .filter((f) => f.status === 'pending' && f.expiresAt > now)
      .map(({ userCode, deviceCode, clientId, scope, expiresAt }) => ({
        userCode,
        deviceCode,
        clientId,
        scope,
        expiresAt,
      }));
  }

  start(
    tenantPath: string,
    params: { client_id?: string; scope?: string; client_secret?: string },
  ): Outcome<DeviceCodeResponseBody> {
    const http = this.state.httpFault(this.state.faultOf(undefined));
    if (http) return http;
    const client = this.state.checkClient(tenantPath, params.client_id, params.client_secret);
    if ('status' in client) return client;
    if (!params.scope) return this.state.error(900144, { parameter: 'scope' });
    const scopes = parseScopes(params.scope);
    if (!scopes.ok)
      return this.state.error(scopes.code, { ...scopes.params, tenant: tenantPath, scope: params.scope });
    const base = this.state.baseUrl();
    const flow: DeviceFlow = {
      kind: 'device',
      deviceCode: `DAQABIQEAAAD${randomToken(96)}`,
      userCode: newUserCode(),
      clientId: client.app.clientId,
      scope: params.scope,
      scopes: scopes.value,
      tenant: client.tenant,
      expiresAt: this.state.now() + this.opts.deviceCodeLifetimeSec * 1000,
      status: 'pending',
    };
    this.flows.set(flow.deviceCode, flow);
    const verificationUri = `${base}/devicelogin`;
    return {
      status: 200,
      body: {
        user_code: flow.userCode,
        device_code: flow.deviceCode,
        verification_uri: verificationUri,
        expires_in: this.opts.deviceCodeLifetimeSec,
        interval: this.opts.pollIntervalSec,
        message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${flow.userCode} to authenticate.`,
      },
    };
  }

  /** The flow a user code names, or why it cannot be used. */
  forUserCode(userCode: string): { flow: DeviceFlow } | { problem: 'unknown' | 'expired' | 'used' } {
    const wanted = normaliseUserCode(userCode);
    const flow = [...this.flows.values()].find((f) => f.userCode === wanted);
    if (!flow) return { problem: 'unknown' };
    if (flow.expiresAt <= this.state.now()) return { problem: 'expired' };
    if (flow.status !== 'pending') return { problem: 'used' };
    return { flow };
  }

  /** POST /token with a device code grant (both `device_code` and the RFC 8628 URN). */
  async redeem(
    tenantPath: string,
    p: {
      grant_type: string;
      client_id?: string;
      device_code?: string;
      client_secret?: string;
      client_request_id?: string;
    },
  ): Promise<Outcome<TokenResponseBody>> {
    const flow = p.device_code ? this.flows.get(p.device_code) : undefined;
    const outcome = await this.redeemInner(tenantPath, p, flow);
    return this.state.record(p.grant_type, p.client_id ?? '', flow?.email, outcome);
  }

  private async redeemInner(
    tenantPath: string,
    p: { client_id?: string; device_code?: string; client_secret?: string; client_request_id?: string },
    flow: DeviceFlow | undefined,
  ): Promise<Outcome<TokenResponseBody>> {
    const cid = p.client_request_id;
    const client = this.state.checkClient(tenantPath, p.client_id, p.client_secret);
    if ('status' in client) return client;
    if (!p.device_code) return this.state.error(900144, { parameter: 'device_code' }, undefined, cid);
    if (!flow || flow.clientId.toLowerCase() !== client.app.clientId.toLowerCase())
      return this.state.error(7000014, {}, undefined, cid);
    const fault = this.state.faultOf(flow.email);
    const http = this.state.httpFault(fault, cid);
    if (http) return http;
    if (flow.status === 'redeemed') return this.state.error(54005, {}, undefined, cid);
    if (flow.expiresAt <= this.state.now()) return this.state.error(70019, {}, undefined, cid);
    if (flow.status === 'pending') return this.state.error(70016, {}, undefined, cid);
    if (flow.status === 'declined') return this.state.error(70000, {}, undefined, cid);
    if (flow.status === 'failed' && flow.failure)
      return this.state.error(flow.failure, this.state.faultParams(flow), undefined, cid);
    const user = flow.email ? this.state.directory.user(flow.email) : undefined;
    if (!user) return this.state.error(7000014, {}, undefined, cid);
    const blocked = this.state.accountFault(client.app, fault, false);
    if (blocked) return this.state.error(blocked, this.state.faultParams(flow), undefined, cid);
    flow.status = 'redeemed';
    return { status: 200, body: await this.state.issue(user, client.app, flow.scopes, flow.tenant) };
  }
}
