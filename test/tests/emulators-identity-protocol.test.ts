/**
 * The identity emulator's wire dialect, checked at the HTTP level (what a non-MSAL client, or MSAL's
 * error handling, depends on), and its sign-in pages walked as a browser would post them.
 */
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { CONSUMER_TENANT_ID, DEFAULT_CLIENT_ID, httpsCall } from '../src/emulators/index.ts';
import { identityEmulatorForFile } from './helpers/emulators.ts';

const SINGLE_TENANT_APP = '22222222-3333-4444-8555-666666666666';
const { ca, idp } = await identityEmulatorForFile({
  pollIntervalSec: 1,
  retryAfterSec: 7,
  clientIds: [DEFAULT_CLIENT_ID, SINGLE_TENANT_APP],
  singleTenantClientIds: [SINGLE_TENANT_APP],
});

/** The JSON fields these tests read, from any of the emulator's endpoints. */
interface Json {
  error?: string;
  error_description?: string;
  error_codes?: number[];
  timestamp?: string;
  suberror?: string;
  correlation_id?: string;
  access_token?: string;
  refresh_token?: string;
  id_token?: string;
  client_info?: string;
  user_code?: string;
  device_code?: string;
  issuer?: string;
  token_endpoint?: string;
  device_authorization_endpoint?: string;
  keys?: { kty: string; use: string }[];
  metadata?: { aliases: string[] }[];
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Json;
}

async function call(path: string, form?: Record<string, string>): Promise<Reply> {
  const r = await httpsCall(`${idp.url}${path}`, { ca: ca.caCertPem, ...(form ? { form } : {}) });
  let json: Json = {};
  try {
    json = JSON.parse(r.text) as Json;
  } catch {
    // an HTML page
  }
  return { ...r, json };
}

const SCOPE = 'https://outlook.office.com/SMTP.Send offline_access openid profile';
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
let n = 0;
function user(password?: string): string {
  n += 1;
  const email = `device${n}@contoso.com`;
  idp.addUser({ email, ...(password ? { password } : {}) });
  return email;
}

async function deviceCode(tenant = 'organizations', extra: Record<string, string> = {}) {
  const r = await call(`/${tenant}/oauth2/v2.0/devicecode`, {
    client_id: DEFAULT_CLIENT_ID,
    scope: SCOPE,
    ...extra,
  });
  expect(r.status).toBe(200);
  return r.json as {
    user_code: string;
    device_code: string;
    verification_uri: string;
    expires_in: number;
    interval: number;
  };
}

function poll(deviceCodeValue: string, extra: Record<string, string> = {}, tenant = 'organizations') {
  return call(`/${tenant}/oauth2/v2.0/token`, {
    grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    client_id: DEFAULT_CLIENT_ID,
    device_code: deviceCodeValue,
    ...extra,
  });
}

function expectAad(r: Reply, status: number, error: string, code: number) {
  expect(r.status).toBe(status);
  expect(r.json).toMatchObject({ error, error_codes: [code], error_uri: `${idp.url}/error?code=${code}` });
  expect(r.json.error_description).toMatch(
    new RegExp(
      `^AADSTS${code}: .+\\r\\nTrace ID: ${GUID}\\r\\nCorrelation ID: ${GUID}\\r\\nTimestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$`,
    ),
  );
  expect(r.json.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
}

describe('discovery', () => {
  it('serves openid-configuration with Microsoft tenant semantics', async () => {
    const orgs = (await call('/organizations/v2.0/.well-known/openid-configuration')).json;
    expect(orgs.issuer).toBe(`${idp.url}/{tenantid}/v2.0`);
    expect(orgs.device_authorization_endpoint).toBe(`${idp.url}/organizations/oauth2/v2.0/devicecode`);
    expect(orgs.token_endpoint).toBe(`${idp.url}/organizations/oauth2/v2.0/token`);
    const consumers = (await call('/consumers/v2.0/.well-known/openid-configuration')).json;
    expect(consumers.issuer).toBe(`${idp.url}/${CONSUMER_TENANT_ID}/v2.0`);
    const email = user();
    const tid = decodeJwt(await tokensFor(email)).tid as string;
    const byDomain = (await call('/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration')).json;
    expect(byDomain.issuer).toBe(`${idp.url}/${tid}/v2.0`);
    expect(byDomain.token_endpoint).toBe(`${idp.url}/${tid}/oauth2/v2.0/token`);
    expectAad(
      await call('/nosuch.example/v2.0/.well-known/openid-configuration'),
      400,
      'invalid_tenant',
      90002,
    );
    const keys = (await call('/common/discovery/v2.0/keys')).json;
    expect(keys.keys![0]).toMatchObject({ kty: 'RSA', use: 'sig' });
    const instance = (await call('/common/discovery/instance?api-version=1.1')).json;
    expect(instance.metadata![0]!.aliases).toEqual([new URL(idp.url).host]);
  });
});

async function tokensFor(email: string): Promise<string> {
  const dc = await deviceCode();
  await idp.approve(dc.user_code, email);
  const r = await poll(dc.device_code);
  expect(r.status).toBe(200);
  return r.json.access_token as string;
}

describe('device code endpoint', () => {
  it('returns a Microsoft-shaped device code', async () => {
    const dc = await deviceCode();
    expect(dc.user_code).toMatch(/^[A-Z0-9]{9}$/);
    expect(dc.expires_in).toBe(900);
    expect(dc.interval).toBe(1);
    expect(dc.verification_uri).toBe(`${idp.url}/devicelogin`);
  });

  it('refuses unknown apps, missing and mixed scopes, unknown tenants, single-tenant apps on /common', async () => {
    expectAad(
      await call('/organizations/oauth2/v2.0/devicecode', { client_id: 'nope', scope: SCOPE }),
      400,
      'unauthorized_client',
      700016,
    );
    expectAad(
      await call('/organizations/oauth2/v2.0/devicecode', { client_id: DEFAULT_CLIENT_ID }),
      400,
      'invalid_request',
      900144,
    );
    expectAad(
      await call('/organizations/oauth2/v2.0/devicecode', {
        client_id: DEFAULT_CLIENT_ID,
        scope: 'https://outlook.office.com/SMTP.Send https://graph.microsoft.com/User.Read',
      }),
      400,
      'invalid_scope',
      28000,
    );
    expectAad(
      await call('/nosuch.example/oauth2/v2.0/devicecode', { client_id: DEFAULT_CLIENT_ID, scope: SCOPE }),
      400,
      'invalid_tenant',
      90002,
    );
    expectAad(
      await call('/common/oauth2/v2.0/devicecode', { client_id: SINGLE_TENANT_APP, scope: SCOPE }),
      400,
      'invalid_request',
      50194,
    );
  });
});

describe('token endpoint, device code grant', () => {
  it('pending, then tokens for the RFC 8628 grant name, then already redeemed', async () => {
    const email = user();
    const dc = await deviceCode();
    expectAad(await poll(dc.device_code), 400, 'authorization_pending', 70016);
    await idp.approve(dc.user_code, email);
    const ok = await poll(dc.device_code);
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({
      token_type: 'Bearer',
      scope: 'https://outlook.office.com/SMTP.Send',
      expires_in: 3600,
    });
    expect(ok.json.refresh_token).toEqual(expect.any(String));
    expect(JSON.parse(Buffer.from(ok.json.client_info!, 'base64url').toString())).toEqual({
      uid: decodeJwt(ok.json.access_token!).oid,
      utid: decodeJwt(ok.json.access_token!).tid,
    });
    expect(decodeJwt(ok.json.id_token!)).toMatchObject({
      aud: DEFAULT_CLIENT_ID,
      preferred_username: email,
      ver: '2.0',
    });
    expectAad(await poll(dc.device_code), 400, 'invalid_grant', 54005);
  });

  it('expired, unknown, secret from a public client, unsupported grant', async () => {
    const dc = await deviceCode();
    idp.advanceClock(901);
    try {
      expectAad(await poll(dc.device_code), 400, 'expired_token', 70019);
    } finally {
      idp.advanceClock(-901);
    }
    expectAad(await poll('not-a-device-code'), 400, 'invalid_grant', 7000014);
    expectAad(await poll(dc.device_code, { client_secret: 's3cret' }), 401, 'invalid_client', 700025);
    expectAad(
      await call('/organizations/oauth2/v2.0/token', {
        grant_type: 'password',
        client_id: DEFAULT_CLIENT_ID,
      }),
      400,
      'unsupported_grant_type',
      70003,
    );
  });

  it("echoes MSAL's client-request-id as the correlation id", async () => {
    const dc = await deviceCode();
    const correlation = '0b5f6a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const r = await call(`/organizations/oauth2/v2.0/token?client-request-id=${correlation}`, {
      grant_type: 'device_code',
      client_id: DEFAULT_CLIENT_ID,
      device_code: dc.device_code,
    });
    expect(r.json).toMatchObject({ error: 'authorization_pending', correlation_id: correlation });
    expect(r.json.error_description).toContain(`Correlation ID: ${correlation}`);
  });

  it('no offline_access → no refresh token; no openid → no id token', async () => {
    const email = user();
    const r = await call('/organizations/oauth2/v2.0/devicecode', {
      client_id: DEFAULT_CLIENT_ID,
      scope: 'https://outlook.office.com/SMTP.Send',
    });
    await idp.approve(r.json.user_code!, email);
    const t = await poll(r.json.device_code!);
    expect(t.json.access_token).toEqual(expect.any(String));
    expect(t.json.refresh_token).toBeUndefined();
    expect(t.json.id_token).toBeUndefined();
  });

  it('429 and 503 faults carry Retry-After; "*" takes the whole service down', async () => {
    const email = user();
    const dc = await deviceCode();
    await idp.approve(dc.user_code, email);
    idp.setFault(email, 'http429');
    const throttled = await poll(dc.device_code);
    expectAad(throttled, 429, 'temporarily_unavailable', 90055);
    expect(throttled.headers['retry-after']).toBe('7');
    idp.setFault(email, null);
    expect((await poll(dc.device_code)).status).toBe(200);
    idp.setFault('*', 'http503');
    try {
      const down = await call('/organizations/oauth2/v2.0/devicecode', {
        client_id: DEFAULT_CLIENT_ID,
        scope: SCOPE,
      });
      expectAad(down, 503, 'temporarily_unavailable', 90033);
    } finally {
      idp.setFault('*', null);
    }
  });

  it('refuses an account from another tenant on a tenant-specific authority', async () => {
    idp.addUser({ email: 'guest@fabrikam.com' });
    const dc = await deviceCode('contoso.com');
    await expect(idp.approve(dc.user_code, 'guest@fabrikam.com')).rejects.toThrow(/AADSTS50020/);
  });
});

describe('token endpoint, refresh grant', () => {
  async function refreshTokenFor(email: string): Promise<string> {
    const dc = await deviceCode();
    await idp.approve(dc.user_code, email);
    return (await poll(dc.device_code)).json.refresh_token as string;
  }
  const refresh = (rt: string, scope = SCOPE) =>
    call('/organizations/oauth2/v2.0/token', {
      grant_type: 'refresh_token',
      client_id: DEFAULT_CLIENT_ID,
      refresh_token: rt,
      scope,
    });

  it('rotates, keeps the old one valid, and revocation voids both', async () => {
    const email = user();
    const rt1 = await refreshTokenFor(email);
    const r2 = await refresh(rt1);
    expect(r2.status).toBe(200);
    const rt2 = r2.json.refresh_token as string;
    expect(rt2).not.toBe(rt1);
    expect((await refresh(rt1)).status).toBe(200);
    idp.revokeRefreshTokens(email);
    expectAad(await refresh(rt1), 400, 'invalid_grant', 50173);
    expectAad(await refresh(rt2), 400, 'invalid_grant', 50173);
  });

  it('a Graph scope on refresh gives a Graph audience', async () => {
    const rt = await refreshTokenFor(user());
    const r = await refresh(rt, 'https://graph.microsoft.com/User.Read offline_access');
    expect(decodeJwt(r.json.access_token!).aud).toBe('https://graph.microsoft.com');
  });

  it('sign-in faults arrive with the suberror MSAL reads', async () => {
    const email = user();
    const rt = await refreshTokenFor(email);
    idp.setFault(email, 'AADSTS65001');
    const r = await refresh(rt);
    expectAad(r, 400, 'invalid_grant', 65001);
    expect(r.json.suberror).toBe('consent_required');
    idp.setFault(email, 'AADSTS50076');
    expect((await refresh(rt)).json).toMatchObject({
      error: 'interaction_required',
      suberror: 'basic_action',
    });
  });
});

describe('the sign-in pages', () => {
  const field = (html: string, name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';

  it('walks code → account → password → consent for the organization → signed in', async () => {
    const email = user('P@ssw0rd');
    idp.resetConsents();
    const dc = await deviceCode();
    const start = await call(`/devicelogin?otc=${dc.user_code}`);
    expect(start.text).toContain(`value="${dc.user_code}"`);
    expect((await call('/devicelogin', { step: 'code', otc: 'WRONGCODE' })).text).toContain(
      'That code didn&#39;t work',
    );

    const account = await call('/devicelogin', { step: 'code', otc: dc.user_code.toLowerCase() });
    expect(account.text).toContain('Email, phone, or Skype');
    const flowToken = field(account.text, 'flowToken');
    expect(
      (await call('/devicelogin', { flowToken, step: 'email', loginfmt: 'nobody@contoso.com' })).text,
    ).toContain('This username may be incorrect');
    const pw = await call('/devicelogin', { flowToken, step: 'email', loginfmt: email });
    expect(pw.text).toContain('type="password"');
    expect((await call('/devicelogin', { flowToken, step: 'password', passwd: 'nope' })).text).toContain(
      'Your account or password is incorrect',
    );
    const consent = await call('/devicelogin', { flowToken, step: 'password', passwd: 'P@ssw0rd' });
    expect(consent.text).toContain('Permissions requested');
    expect(consent.text).toContain('Consent on behalf of your organization');
    expect(consent.text).toContain('<strong>Web Config OAuth Assistant</strong>');
    expect(consent.text).toContain('Send emails from mailboxes using SMTP AUTH.');
    expectAad(await poll(dc.device_code), 400, 'authorization_pending', 70016);

    const done = await call('/devicelogin', {
      flowToken,
      step: 'consent',
      consentToOrg: '1',
      action: 'accept',
    });
    expect(done.text).toContain('data-outcome="signed-in"');
    expect(done.text).toContain('You may now close this window.');
    expect((await poll(dc.device_code)).status).toBe(200);
    expect(idp.consents()).toEqual([
      expect.objectContaining({ clientId: DEFAULT_CLIENT_ID, onBehalfOfOrganization: true }),
    ]);

    // Consent granted for the organization: the next account of the tenant goes straight through.
    const other = user();
    const dc2 = await deviceCode();
    const t2 = field((await call('/devicelogin', { step: 'code', otc: dc2.user_code })).text, 'flowToken');
    expect((await call('/devicelogin', { flowToken: t2, step: 'email', loginfmt: other })).text).toContain(
      'data-outcome="signed-in"',
    );
  });

  it('Cancel on the consent screen declines the device', async () => {
    idp.resetConsents();
    const email = user();
    const dc = await deviceCode();
    const t = field((await call('/devicelogin', { step: 'code', otc: dc.user_code })).text, 'flowToken');
    await call('/devicelogin', { flowToken: t, step: 'email', loginfmt: email });
    const declined = await call('/devicelogin', { flowToken: t, step: 'consent', action: 'cancel' });
    expect(declined.text).toContain('data-outcome="declined"');
    expectAad(await poll(dc.device_code), 400, 'authorization_declined', 70000);
  });

  it('a Conditional Access block shows on the page and reaches the device', async () => {
    const email = user();
    idp.setFault(email, 'AADSTS53003');
    const dc = await deviceCode();
    const t = field((await call('/devicelogin', { step: 'code', otc: dc.user_code })).text, 'flowToken');
    const blocked = await call('/devicelogin', { flowToken: t, step: 'email', loginfmt: email });
    expect(blocked.text).toContain('data-outcome="blocked"');
    expect(blocked.text).toContain('53003');
    expectAad(await poll(dc.device_code), 400, 'interaction_required', 53003);
  });

  it('escapes what the visitor typed', async () => {
    const r = await call('/devicelogin?otc=%22%3E%3Cscript%3E');
    expect(r.text).not.toContain('"><script>');
    expect(r.text).toContain('&quot;&gt;&lt;script&gt;');
  });
});
