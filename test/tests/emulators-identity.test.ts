/**
 * Acceptance of the identity emulator: real msal-node 7 runs the device code flow, silent refresh
 * and each fault against it over https trusted through the test CA.
 */

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  type AuthenticationResult,
  type DeviceCodeRequest,
  InteractionRequiredAuthError,
  type PublicClientApplication,
  ServerError,
} from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { CONSUMER_TENANT_ID, emulatorMsal } from '../src/emulators/index.ts';
import { identityEmulatorForFile } from './helpers/emulators.ts';

const SMTP_SCOPE = 'https://outlook.office.com/SMTP.Send';
// 120 s < MSAL's 300 s renewal offset, so every acquireTokenSilent goes to the token endpoint.
const { ca, idp } = await identityEmulatorForFile({
  pollIntervalSec: 1,
  accessTokenLifetimeSec: 120,
  retryAfterSec: 1,
  clientIds: ['6f1c9a2e-3b7d-4c58-9e21-0a4d7b8c5e13', '11111111-2222-4333-8444-555555555555'],
  publicClientClientIds: ['6f1c9a2e-3b7d-4c58-9e21-0a4d7b8c5e13'],
});

function msal(opts: { tenant?: string; clientId?: string } = {}): PublicClientApplication {
  return emulatorMsal(idp, ca.caCertPem, opts);
}

let n = 0;
function newUser(extra: { password?: string; domain?: string } = {}): string {
  n += 1;
  const email = `scan${n}@${extra.domain ?? 'contoso.com'}`;
  idp.addUser({
    email,
    displayName: `Scanner ${n}`,
    ...(extra.password ? { password: extra.password } : {}),
  });
  return email;
}

/** Starts MSAL's device code flow and, once MSAL has its code, lets `act` play the user. */
async function deviceFlow(
  app: PublicClientApplication,
  act: (userCode: string) => Promise<void>,
  scopes = [SMTP_SCOPE],
): Promise<AuthenticationResult | null> {
  let resolveCode: (c: string) => void = () => {};
  const codeSeen = new Promise<string>((r) => {
    resolveCode = r;
  });
  const request: DeviceCodeRequest = { scopes, deviceCodeCallback: (r) => resolveCode(r.userCode) };
  const result = app.acquireTokenByDeviceCode(request);
  const userCode = await codeSeen;
  await act(userCode);
  return result;
}

describe('device code flow with msal-node', () => {
  it('issues an Exchange Online SMTP token after programmatic approval', async () => {
    const email = newUser();
    let message = '';
    const app = msal();
    const resultP = app.acquireTokenByDeviceCode({
      scopes: [SMTP_SCOPE],
      deviceCodeCallback: (r) => {
        message = r.message;
        void idp.approve(r.userCode, email);
      },
    });
    const result = await resultP;
    expect(message).toMatch(
      /^To sign in, use a web browser to open the page https:\/\/127\.0\.0\.1:\d+\/devicelogin and enter the code [A-Z0-9]{9} to authenticate\.$/,
    );
    expect(result?.account?.username).toBe(email);
    const claims = decodeJwt(result!.accessToken);
    expect(claims.aud).toBe('https://outlook.office.com');
    expect(claims.scp).toBe('SMTP.Send');
    expect(claims.upn).toBe(email);
    expect(claims.iss).toBe(`https://sts.windows.net/${claims.tid}/`);
    expect(result?.idTokenClaims).toMatchObject({ preferred_username: email, aud: idp.clientId });
    expect(result?.account?.homeAccountId).toBe(`${claims.oid}.${claims.tid}`);
    expect(idp.consents()).toContainEqual(
      expect.objectContaining({ clientId: idp.clientId, onBehalfOfOrganization: true }),
    );
    const log = idp.tokenRequests().filter((r) => r.email === email);
    expect(log.at(-1)).toMatchObject({ grantType: 'device_code', status: 200, outcome: 'tokens' });
  }, 20_000);

  it('keeps answering authorization_pending until the user acts', async () => {
    const email = newUser();
    const result = await deviceFlow(msal(), async (code) => {
      await new Promise((r) => setTimeout(r, 2200));
      await idp.approve(code, email);
    });
    expect(result?.account?.username).toBe(email);
    const pending = idp.tokenRequests().filter((r) => r.outcome === 'authorization_pending AADSTS70016');
    expect(pending.length).toBeGreaterThanOrEqual(2);
  }, 20_000);

  it('refreshes through acquireTokenSilent with a rotated refresh token', async () => {
    const email = newUser();
    const app = msal();
    const first = await deviceFlow(app, (code) => idp.approve(code, email));
    const before = idp.tokenRequests().length;
    const second = await app.acquireTokenSilent({ account: first!.account!, scopes: [SMTP_SCOPE] });
    expect(idp.tokenRequests().slice(before)).toEqual([
      expect.objectContaining({ grantType: 'refresh_token', outcome: 'tokens' }),
    ]);
    expect(second.accessToken).not.toBe(first!.accessToken);
    expect(decodeJwt(second.accessToken).aud).toBe('https://outlook.office.com');
  }, 20_000);

  it('gives a Graph token for a Graph scope (the audience trap)', async () => {
    const email = newUser();
    const result = await deviceFlow(msal(), (code) => idp.approve(code, email), [
      'https://graph.microsoft.com/Mail.Send',
    ]);
    expect(decodeJwt(result!.accessToken).aud).toBe('https://graph.microsoft.com');
  }, 20_000);

  it('serves personal accounts on /consumers with the MSA tenant id', async () => {
    n += 1;
    const email = `printer${n}@outlook.com`;
    idp.addUser({ email });
    const result = await deviceFlow(msal({ tenant: 'consumers' }), (code) => idp.approve(code, email));
    expect(result?.tenantId).toBe(CONSUMER_TENANT_ID);
  }, 20_000);
});

async function failure(
  p: Promise<unknown>,
): Promise<{ errorCode: string; errorMessage: string; subError?: string; name: string }> {
  try {
    await p;
  } catch (e) {
    return e as { errorCode: string; errorMessage: string; subError: string; name: string };
  }
  throw new Error('expected a failure');
}

describe('device code faults as msal-node reports them', () => {
  it('declined by the user → authorization_declined', async () => {
    const e = await failure(deviceFlow(msal(), (code) => idp.decline(code)));
    expect(e.errorMessage).toContain('authorization_declined');
  }, 20_000);

  it.each([
    ['AADSTS53003', 'interaction_required'],
    ['AADSTS50076', 'interaction_required'],
    ['AADSTS50079', 'interaction_required'],
    ['AADSTS530035', 'interaction_required'],
    ['AADSTS65001', 'invalid_grant'],
    ['AADSTS7000218', 'invalid_client'],
  ] as const)(
    '%s at sign-in → %s',
    async (fault, error) => {
      const email = newUser();
      idp.setFault(email, fault);
      const e = await failure(deviceFlow(msal(), (code) => idp.approve(code, email)));
      expect(e.errorMessage).toContain(error);
      expect(
        idp
          .tokenRequests()
          .filter((r) => r.email === email)
          .at(-1)?.outcome,
      ).toBe(`${error} ${fault}`);
    },
    20_000,
  );

  it('a refresh-only fault (AADSTS700082) does not stop a new sign-in', async () => {
    const email = newUser();
    idp.setFault(email, 'AADSTS700082');
    const result = await deviceFlow(msal(), (code) => idp.approve(code, email));
    expect(result?.account?.username).toBe(email);
  }, 20_000);

  it('an app without public client flows → invalid_client AADSTS7000218', async () => {
    const email = newUser();
    const e = await failure(
      deviceFlow(msal({ clientId: '11111111-2222-4333-8444-555555555555' }), (code) =>
        idp.approve(code, email),
      ),
    );
    expect(e.errorMessage).toContain('invalid_client');
    expect(idp.tokenRequests().at(-1)?.outcome).toBe('invalid_client AADSTS7000218');
  }, 20_000);
  it('an unknown app: msal-node calls back with an empty response, then fails with unauthorized_client', async () => {
    const responses: unknown[] = [];
    const e = await failure(
      msal({ clientId: '99999999-0000-4000-8000-000000000000' }).acquireTokenByDeviceCode({
        scopes: [SMTP_SCOPE],
        deviceCodeCallback: (r) => responses.push(r),
      }),
    );
    // What the agent must guard against: no user code to show, and the AADSTS700016 text is lost.
    expect(responses).toEqual([{}]);
    expect(e.errorCode).toBe('post_request_failed');
    expect(e.errorMessage).toBe('unauthorized_client');
  }, 20_000);
});

describe('refresh faults as msal-node reports them', () => {
  async function signedIn() {
    const email = newUser();
    const app = msal();
    const result = await deviceFlow(app, (code) => idp.approve(code, email));
    return { email, app, account: result!.account! };
  }

  it.each([
    ['AADSTS700082', 'invalid_grant', 700082],
    ['AADSTS70043', 'invalid_grant', 70043],
    ['AADSTS50173', 'invalid_grant', 50173],
    ['AADSTS50076', 'interaction_required', 50076],
    ['AADSTS53003', 'interaction_required', 53003],
  ] as const)(
    '%s → %s with the code in the error',
    async (fault, error, code) => {
      const { email, app, account } = await signedIn();
      idp.setFault(email, fault);
      const e = await failure(app.acquireTokenSilent({ account, scopes: [SMTP_SCOPE] }));
      expect(e).toBeInstanceOf(InteractionRequiredAuthError);
      expect(e.errorCode).toBe(error);
      expect(e.errorMessage).toContain(`AADSTS${code}:`);
      expect((e as unknown as { errorNo?: unknown }).errorNo).toBe(code);
    },
    20_000,
  );

  it('revoked refresh tokens → AADSTS50173', async () => {
    const { email, app, account } = await signedIn();
    idp.revokeRefreshTokens(email);
    const e = await failure(app.acquireTokenSilent({ account, scopes: [SMTP_SCOPE] }));
    expect(e.errorMessage).toMatch(/^AADSTS50173: The provided grant has expired due to it being revoked/);
  }, 20_000);

  it('90 days of inactivity → AADSTS700082 without a fault switch', async () => {
    const { app, account } = await signedIn();
    idp.advanceClock(91 * 86_400);
    try {
      const e = await failure(app.acquireTokenSilent({ account, scopes: [SMTP_SCOPE] }));
      expect(e.errorMessage).toContain('AADSTS700082');
    } finally {
      idp.advanceClock(-91 * 86_400);
    }
  }, 20_000);

  it('http503 → ServerError carrying Retry-After throttling', async () => {
    const { email, app, account } = await signedIn();
    idp.setFault(email, 'http503');
    const e = await failure(app.acquireTokenSilent({ account, scopes: [SMTP_SCOPE] }));
    expect(e).toBeInstanceOf(ServerError);
    expect(e.errorMessage).toContain('AADSTS90033');
    expect(idp.tokenRequests().at(-1)).toMatchObject({ status: 503, email });
  }, 20_000);
});

/** msal-node in another process with its default fetch client, as the agent runs it. */
const CHILD = `
import { PublicClientApplication } from '@azure/msal-node';
const { AUTHORITY, CLIENT_ID } = process.env;
const app = new PublicClientApplication({
  auth: { clientId: CLIENT_ID, authority: AUTHORITY, knownAuthorities: [new URL(AUTHORITY).host] },
});
try {
  const r = await app.acquireTokenByDeviceCode({ scopes: ['https://outlook.office.com/SMTP.Send'], deviceCodeCallback: () => {} });
  console.log('signed in ' + r.account.username);
} catch (e) {
  console.log('failed ' + e.message);
}`;

function runChild(env: Record<string, string>): Promise<string> {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', CHILD],
      {
        cwd,
        env: { ...process.env, AUTHORITY: idp.authority('organizations'), CLIENT_ID: idp.clientId, ...env },
        timeout: 20_000,
      },
      (err, stdout) => (err ? reject(err) : resolve(stdout.trim())),
    );
  });
}

describe('another process trusting the CA through NODE_EXTRA_CA_CERTS', () => {
  it('signs in with msal-node as shipped (global fetch)', async () => {
    const email = newUser();
    const child = runChild({ NODE_EXTRA_CA_CERTS: ca.caFile });
    const code = await idp.waitForCode((c) => c.clientId === idp.clientId, 15_000);
    await idp.approve(code.userCode, email);
    expect(await child).toBe(`signed in ${email}`);
  }, 30_000);

  it('fails without the CA', async () => {
    const out = await runChild({ NODE_EXTRA_CA_CERTS: '' });
    expect(out).toMatch(/^failed /);
    // MSAL cannot even fetch the OpenID configuration over an untrusted connection.
    expect(out).toMatch(/endpoints_resolution_error|certificate|fetch failed/i);
  }, 30_000);
});
