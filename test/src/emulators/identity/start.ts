/**
 * startIdentityEmulator: Microsoft's identity platform (login.microsoftonline.com) for tests and
 * demos, over https on 127.0.0.1 with a certificate from the test CA.
 *
 * Written by hand with express + jose rather than oidc-provider: Microsoft's dialect (tenant paths
 * common/organizations/consumers, the `device_code` grant name MSAL sends, AADSTS error bodies with
 * suberror, client_info, v1 access tokens with sts.windows.net issuers) is the point of the
 * emulator, and a generic OpenID provider would need more bending than the code it saves.
 */

import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express, { type Router } from 'express';
import type { JSONWebKeySet } from 'jose';
import type { TestCa } from '../tls.ts';
import { LOOPBACK_NAMES } from '../tls.ts';
import { AuthCodeFlows } from './auth-code.ts';
import { DeviceFlows } from './device-flow.ts';
import {
  type App,
  DEFAULT_APP_NAMES,
  DEFAULT_CLIENT_ID,
  GRAPH_CLI_CLIENT_ID,
  type NewUser,
  PRINTER_CLIENT_ID,
  type User,
} from './directory.ts';
import { adminRoutes } from './routes/admin.ts';
import { corsRoutes } from './routes/cors.ts';
import { discoveryRoutes } from './routes/discovery.ts';
import { oauthRoutes } from './routes/oauth.ts';
import { verificationRoutes } from './routes/verification-ui.ts';
import { type IdentityFault, IdentityState, type SignInPolicy, type TokenRequestRecord } from './state.ts';
import { type AccessTokenClaims, createSigner } from './tokens.ts';

export interface IdentityEmulatorOptions {
  tls: Pick<TestCa, 'issue'>;
  port?: number;
  /**
   * Registered applications; any other client id gets AADSTS700016. Default [DEFAULT_CLIENT_ID (wcoa),
   * PRINTER_CLIENT_ID (what the Web Config simulator signs in with)].
   */
  clientIds?: string[];
  /** Apps with "Allow public client flows" on; the rest get AADSTS7000218. Default: all of clientIds. */
  publicClientClientIds?: string[];
  /** Apps registered single-tenant: /common and /organizations give AADSTS50194. */
  singleTenantClientIds?: string[];
  /** Display names on the consent screen, by client id. */
  appNames?: Record<string, string>;
  /** Default 3600 (Microsoft's is 60-90 min). MSAL refreshes 5 min before expiry, so < 300 forces refresh. */
  accessTokenLifetimeSec?: number;
  /** Default 900, as Microsoft's. */
  deviceCodeLifetimeSec?: number;
  /** Polling interval returned with a device code. Default 5, as Microsoft's; tests use 1. */
  pollIntervalSec?: number;
  /** Retry-After sent with the http429/http503 faults. Default 5. */
  retryAfterSec?: number;
  /** More routes under /_emulator (the runner mounts the SMTP switches here). */
  adminExtensions?: Router;
}

export type AccessTokenCheck =
  | { ok: true; claims: AccessTokenClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'not-yet-valid' };

export interface PendingCode {
  userCode: string;
  deviceCode: string;
  clientId: string;
  scope: string;
  expiresAt: number;
}

export interface IdentityEmulator {
  /** https://127.0.0.1:PORT; MSAL's knownAuthorities entry is `new URL(url).host`. */
  url: string;
  port: number;
  /** `${url}/${tenant}`, e.g. authority('organizations'). */
  authority(tenant: string): string;
  /** The first registered client id (DEFAULT_CLIENT_ID unless clientIds says otherwise). */
  clientId: string;
  jwksUrl: string;
  publicJwks(): JSONWebKeySet;
  close(): Promise<void>;
  addUser(user: NewUser): void;
  /** The directory's view of an account (tenant id, object id, admin or not), for the Graph emulator. */
  user(emailOrObjectId: string): User | undefined;
  /**
   * As if the user entered the code, signed in (password skipped) and accepted, consenting for the
   * org by default. A sign-in fault or a Conditional Access block does not throw: the device's next
   * poll fails with it, as it would in Entra. Throws for an unknown user or code, or a wrong tenant.
   */
  approve(userCode: string, email: string, opts?: { consentOnBehalfOfOrganization?: boolean }): Promise<void>;
  decline(userCode: string): Promise<void>;
  /** Conditional Access for every sign-in and refresh (startEmulators connects the Graph emulator's). */
  setSignInPolicy(policy: SignInPolicy | null): void;
  /** Per-account fault switch; email '*' affects every request, including the device code endpoint. */
  setFault(email: string, fault: IdentityFault | null): void;
  pendingCodes(): PendingCode[];
  /** Resolves with the first pending code matching pred (polls every 25 ms). */
  waitForCode(pred?: (c: PendingCode) => boolean, timeoutMs?: number): Promise<PendingCode>;
  revokeRefreshTokens(email: string): void;
  /** Every access token issued so far is refused from now on (SMTP gets 535 5.7.3). */
  expireAccessTokensNow(): void;
  /** Moves the emulator's clock (token exp, device code expiry, 90-day refresh inactivity). */
  advanceClock(seconds: number): void;
  now(): number;
  tokenRequests(): TokenRequestRecord[];
  consents(): { tenantId: string; clientId: string; onBehalfOfOrganization: boolean; email?: string }[];
  resetConsents(): void;
  /** The registration a sign-in sees for a client id (the Graph emulator creates and changes them). */
  app(clientId: string): App | undefined;
  putApp(app: App): void;
  grantOrgConsent(tenantId: string, clientId: string): void;
  /** Signature and lifetime against the emulator's key and clock; audience and scope are the caller's business. */
  verifyAccessToken(token: string): Promise<AccessTokenCheck>;
}

export async function startIdentityEmulator(opts: IdentityEmulatorOptions): Promise<IdentityEmulator> {
  const clientIds = opts.clientIds ?? [DEFAULT_CLIENT_ID, PRINTER_CLIENT_ID];
  const publicIds = new Set((opts.publicClientClientIds ?? clientIds).map((c) => c.toLowerCase()));
  const apps: App[] = clientIds.map((clientId) => ({
    clientId,
    name: opts.appNames?.[clientId] ?? DEFAULT_APP_NAMES[clientId] ?? 'Scan to Email',
    publicClient: publicIds.has(clientId.toLowerCase()),
  }));
  // Microsoft's own first-party public client is in every tenant, whatever the test registers.
  if (!apps.some((a) => a.clientId.toLowerCase() === GRAPH_CLI_CLIENT_ID)) {
    apps.push({
      clientId: GRAPH_CLI_CLIENT_ID,
      name: 'Microsoft Graph Command Line Tools',
      publicClient: true,
    });
  }
  const signer = await createSigner();
  let url = '';
  const baseUrl = () => url;
  const state = new IdentityState({
    baseUrl,
    signer,
    apps,
    ...(opts.singleTenantClientIds ? { singleTenantClientIds: opts.singleTenantClientIds } : {}),
    accessTokenLifetimeSec: opts.accessTokenLifetimeSec ?? 3600,
    retryAfterSec: opts.retryAfterSec ?? 5,
  });

  const devices = new DeviceFlows(state, {
    deviceCodeLifetimeSec: opts.deviceCodeLifetimeSec ?? 900,
    pollIntervalSec: opts.pollIntervalSec ?? 5,
  });

  const flowFor = (userCode: string) => {
    const found = devices.forUserCode(userCode);
    if ('problem' in found) throw new Error(`user code ${userCode} is ${found.problem}`);
    return found.flow;
  };

  const emulator: IdentityEmulator = {
    url: '',
    port: 0,
    authority: (tenant) => `${url}/${tenant}`,
    clientId: clientIds[0] ?? DEFAULT_CLIENT_ID,
    jwksUrl: '',
    publicJwks: () => signer.jwks,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Clients keep https connections alive; a stopped emulator should not wait for them.
      server.closeAllConnections();
      await closed;
    },
    addUser: (user) => {
      state.addUser(user);
    },
    user: (key) =>
      state.directory.user(key) ?? state.directory.allUsers().find((u) => u.oid === key.toLowerCase()),
    approve: async (userCode, email, o) => {
      const flow = flowFor(userCode);
      const user = state.directory.user(email);
      if (!user) throw new Error(`no user ${email}: addUser first`);
      const r = state.signIn(flow, email, user.password);
      if (r.result === 'not-admitted') throw new Error(r.text);
      if (r.result === 'consent') state.consent(flow, r.user, o?.consentOnBehalfOfOrganization ?? true);
    },
    decline: async (userCode) => {
      state.decline(flowFor(userCode));
    },
    setFault: (email, fault) => state.setFault(email, fault),
    setSignInPolicy: (policy) => state.setSignInPolicy(policy),
    pendingCodes: () => devices.pendingCodes(),
    waitForCode: async (pred = () => true, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const code = devices.pendingCodes().find(pred);
        if (code) return code;
        if (Date.now() > until) throw new Error(`no pending device code within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    revokeRefreshTokens: (email) => state.revokeRefreshTokens(email),
    expireAccessTokensNow: () => state.expireAccessTokensNow(),
    advanceClock: (s) => state.advanceClock(s),
    now: () => state.now(),
    tokenRequests: () => state.tokenRequests(),
    consents: () => state.directory.consents(),
    resetConsents: () => state.directory.resetConsents(),
    app: (clientId) => state.directory.app(clientId),
    putApp: (app) => state.directory.putApp(app),
    grantOrgConsent: (tenantId, clientId) => state.directory.grantOrgConsent(tenantId, clientId),
    verifyAccessToken: async (token) => {
      let claims: AccessTokenClaims;
      try {
        claims = (await signer.verify(token, new Date(state.now()))) as AccessTokenClaims;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'ERR_JWT_EXPIRED') return { ok: false, reason: 'expired' };
        if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return { ok: false, reason: 'not-yet-valid' };
        if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || code === 'ERR_JWKS_NO_MATCHING_KEY') {
          return { ok: false, reason: 'signature' };
        }
        return { ok: false, reason: 'malformed' };
      }
      if (!state.accessTokenStillValid(String(claims.uti))) return { ok: false, reason: 'expired' };
      return { ok: true, claims };
    },
  };

  const app = express();
  app.disable('x-powered-by');
  app.use(corsRoutes());
  app.use(adminRoutes(emulator, opts.adminExtensions));
  app.use(discoveryRoutes(state, signer, baseUrl));
  const authCode = new AuthCodeFlows(state);
  app.use(oauthRoutes(state, devices, authCode, baseUrl));
  app.use(verificationRoutes(state, devices, authCode));
  app.get('/error', (req, res) => {
    res.type('text').send(`AADSTS${String(req.query.code ?? '')}: see Microsoft's AADSTS error reference.`);
  });

  const { key, cert } = await opts.tls.issue(LOOPBACK_NAMES);
  const server = createServer({ key, cert, minVersion: 'TLSv1.2' }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  url = `https://127.0.0.1:${port}`;
  emulator.url = url;
  emulator.port = port;
  emulator.jwksUrl = `${url}/common/discovery/v2.0/keys`;
  return emulator;
}
