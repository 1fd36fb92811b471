/**
 * The authorization code flow with PKCE against the identity emulator, driven by real msal-node
 * (getAuthCodeUrl / acquireTokenByCode) with the sign-in pages posted as a browser would.
 */
import { CryptoProvider, type PublicClientApplication } from '@azure/msal-node';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { emulatorMsal, httpsCall } from '../src/emulators/index.ts';
import { identityEmulatorForFile } from './helpers/emulators.ts';

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/msal';
const SCOPES = ['https://outlook.office.com/SMTP.Send'];
const { ca, idp } = await identityEmulatorForFile();
const app: PublicClientApplication = emulatorMsal(idp, ca.caCertPem);

let n = 0;
function newUser(): string {
  n += 1;
  const email = `admin${n}@contoso.com`;
  idp.addUser({ email });
  return email;
}

const get = (url: string) => httpsCall(url, { ca: ca.caCertPem });
const post = (form: Record<string, string>) =>
  httpsCall(`${idp.url}/devicelogin`, { ca: ca.caCertPem, form });
const flowToken = (html: string) => /name="flowToken" value="([^"]*)"/.exec(html)?.[1] ?? '';

/** Opens the authorize URL and signs in; returns where the browser is sent back to. */
async function signInAt(url: string, email: string, consent: 'accept' | 'cancel' = 'accept'): Promise<URL> {
  const first = await get(url);
  if (first.status === 302) return new URL(String(first.headers.location));
  expect(first.status, first.text).toBe(200);
  const token = flowToken(first.text);
  let r = await post({ flowToken: token, step: 'email', loginfmt: email });
  if (r.status === 200 && r.text.includes('Permissions requested')) {
    r = await post({ flowToken: token, step: 'consent', action: consent, consentToOrg: '1' });
  }
  expect(r.status, r.text).toBe(302);
  return new URL(String(r.headers.location));
}

async function authorize(extra: Record<string, string> = {}) {
  const pkce = await new CryptoProvider().generatePkceCodes();
  const url = await app.getAuthCodeUrl({
    scopes: SCOPES,
    redirectUri: REDIRECT,
    codeChallenge: pkce.challenge,
    codeChallengeMethod: 'S256',
    state: 'opaque-state',
    ...extra,
  });
  return { url, verifier: pkce.verifier };
}

describe('authorization code with PKCE', () => {
  it('signs in, returns code and state to the redirect URI, and msal-node redeems it', async () => {
    const email = newUser();
    const { url, verifier } = await authorize();
    expect(url.startsWith(`${idp.url}/organizations/oauth2/v2.0/authorize?`)).toBe(true);
    const back = await signInAt(url, email);
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('opaque-state');
    const code = back.searchParams.get('code')!;
    const result = await app.acquireTokenByCode({
      code,
      scopes: SCOPES,
      redirectUri: REDIRECT,
      codeVerifier: verifier,
    });
    expect(result.account?.username).toBe(email);
    expect(decodeJwt(result.accessToken)).toMatchObject({ aud: 'https://outlook.office.com', upn: email });
    expect(idp.tokenRequests().at(-1)).toMatchObject({ grantType: 'authorization_code', outcome: 'tokens' });

    const again = await app
      .acquireTokenByCode({ code, scopes: SCOPES, redirectUri: REDIRECT, codeVerifier: verifier })
      .catch((e: { errorMessage: string }) => e);
    expect((again as { errorMessage: string }).errorMessage).toMatch(/Description: AADSTS54005:/);
  });

  it('refuses a code_verifier that does not match, and another redirect URI', async () => {
    const email = newUser();
    const { url } = await authorize();
    const code = (await signInAt(url, email)).searchParams.get('code')!;
    const wrong = await app
      .acquireTokenByCode({ code, scopes: SCOPES, redirectUri: REDIRECT, codeVerifier: 'x'.repeat(43) })
      .catch((e: { errorCode: string; errorMessage: string }) => e);
    expect(wrong).toMatchObject({
      errorCode: 'invalid_grant',
      errorMessage: expect.stringMatching(/Description: AADSTS50148:/),
    });

    const { url: url2, verifier } = await authorize();
    const code2 = (await signInAt(url2, email)).searchParams.get('code')!;
    const other = await app
      .acquireTokenByCode({
        code: code2,
        scopes: SCOPES,
        redirectUri: 'http://localhost:3000/',
        codeVerifier: verifier,
      })
      .catch((e: { errorMessage: string }) => e);
    expect((other as { errorMessage: string }).errorMessage).toMatch(/Description: AADSTS500112:/);
  });

  it('Cancel on the consent screen → access_denied AADSTS65004 at the redirect URI', async () => {
    idp.resetConsents();
    const { url } = await authorize();
    const back = await signInAt(url, newUser(), 'cancel');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('error_description')).toMatch(/^AADSTS65004: User declined to consent/);
    expect(back.searchParams.get('state')).toBe('opaque-state');
  });

  it('a Conditional Access block comes back as an error redirect', async () => {
    const email = newUser();
    idp.setFault(email, 'AADSTS53003');
    const { url } = await authorize();
    const back = await signInAt(url, email);
    expect(back.searchParams.get('error')).toBe('interaction_required');
    expect(back.searchParams.get('error_description')).toMatch(/^AADSTS53003:/);
  });

  it('answers in the fragment when asked', async () => {
    const { url } = await authorize({ responseMode: 'fragment' });
    const back = await signInAt(url, newUser());
    expect(new URLSearchParams(back.hash.slice(1)).get('code')).toEqual(expect.any(String));
  });

  it('lets an extension page read discovery and redeem codes cross-origin (msal-browser)', async () => {
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await httpsCall(`${idp.url}/organizations/oauth2/v2.0/token`, {
      ca: ca.caCertPem,
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(origin);
    expect(preflight.headers['access-control-allow-methods']).toContain('POST');
    const discovery = await httpsCall(`${idp.url}/organizations/v2.0/.well-known/openid-configuration`, {
      ca: ca.caCertPem,
      headers: { origin },
    });
    expect(discovery.headers['access-control-allow-origin']).toBe(origin);
    const control = await httpsCall(`${idp.url}/_emulator/codes`, { ca: ca.caCertPem, headers: { origin } });
    expect(control.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never redirects for an unknown app: it says why on the page', async () => {
    const r = await get(
      `${idp.url}/organizations/oauth2/v2.0/authorize?client_id=nope&response_type=code&redirect_uri=${encodeURIComponent(REDIRECT)}`,
    );
    expect(r.status).toBe(400);
    expect(r.text).toContain('AADSTS700016');
  });
});
