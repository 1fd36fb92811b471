/**
 * The identity emulator answers cross-origin callers as login.microsoftonline.com answers
 * single-page apps (msal-browser in an extension page): preflight, and readable replies.
 */
import { describe, expect, it } from 'vitest';
import { httpsCall } from '../src/emulators/index.ts';
import { identityEmulatorForFile } from './helpers/emulators.ts';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const { ca, idp } = await identityEmulatorForFile();

describe('CORS at the identity emulator', () => {
  it('answers the token endpoint’s preflight with what the browser asked for', async () => {
    const reply = await httpsCall(`${idp.url}/organizations/oauth2/v2.0/token`, {
      ca: ca.caCertPem,
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(reply.headers['access-control-allow-headers']).toBe('content-type');
  });

  it('lets the calling origin read discovery and token errors; no Origin, no CORS headers', async () => {
    const discovery = await httpsCall(`${idp.url}/organizations/v2.0/.well-known/openid-configuration`, {
      ca: ca.caCertPem,
      headers: { origin: ORIGIN },
    });
    expect(discovery.status).toBe(200);
    expect(discovery.headers['access-control-allow-origin']).toBe(ORIGIN);
    const token = await httpsCall(`${idp.url}/organizations/oauth2/v2.0/token`, {
      ca: ca.caCertPem,
      form: { grant_type: 'authorization_code', client_id: idp.clientId, code: 'nope' },
      headers: { origin: ORIGIN },
    });
    expect(token.status).toBe(400);
    expect(token.headers['access-control-allow-origin']).toBe(ORIGIN);
    const plain = await httpsCall(`${idp.url}/organizations/v2.0/.well-known/openid-configuration`, {
      ca: ca.caCertPem,
    });
    expect(plain.headers['access-control-allow-origin']).toBeUndefined();
  });
});
