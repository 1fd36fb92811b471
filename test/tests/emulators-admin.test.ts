/**
 * startEmulators and the /_emulator control API a demo drives with curl: users, approval, identity
 * faults and the SMTP switches, each observed through the real protocol afterwards.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_ID, httpsCall } from '../src/emulators/index.ts';
import { emulatorCalls, emulatorsForFile } from './helpers/emulators.ts';

const emu = await emulatorsForFile({ pollIntervalSec: 1 });
const { admin, form, send } = emulatorCalls(emu);

async function signInOverHttp(
  email: string,
  scope = 'https://outlook.office.com/SMTP.Send offline_access',
): Promise<string> {
  const dc = JSON.parse(
    (
      await form('/organizations/oauth2/v2.0/devicecode', {
        client_id: DEFAULT_CLIENT_ID,
        scope,
      })
    ).text,
  ) as { user_code: string; device_code: string };
  const codes = JSON.parse((await admin('/codes')).text) as { userCode: string }[];
  expect(codes.map((c) => c.userCode)).toContain(dc.user_code);
  expect((await admin('/approve', { userCode: dc.user_code, email })).status).toBe(200);
  const token = await form('/organizations/oauth2/v2.0/token', {
    grant_type: 'device_code',
    client_id: DEFAULT_CLIENT_ID,
    device_code: dc.device_code,
  });
  const body = JSON.parse(token.text) as { access_token?: string; error_description?: string };
  if (!body.access_token) throw new Error(body.error_description);
  return body.access_token;
}

describe('the /_emulator API', () => {
  it('adds a user, approves a code and shows the delivered message', async () => {
    expect((await admin('/users', { email: 'demo@contoso.com' })).status).toBe(200);
    const token = await signInOverHttp('demo@contoso.com');
    await send('demo@contoso.com', token, 'admin api');
    const messages = JSON.parse((await admin('/smtp/messages')).text) as {
      authUser: string;
      subject: string;
    }[];
    expect(messages).toContainEqual(
      expect.objectContaining({ authUser: 'demo@contoso.com', subject: 'admin api' }),
    );
    const log = JSON.parse((await admin('/token-requests')).text) as { grantType: string; outcome: string }[];
    expect(log.at(-1)).toMatchObject({ grantType: 'device_code', outcome: 'tokens' });
  });

  it('flips SMTP switches for the tenant and a mailbox', async () => {
    await admin('/users', { email: 'switch@contoso.com' });
    const token = await signInOverHttp('switch@contoso.com');
    await admin('/smtp/tenant', { smtpAuthDisabled: true });
    await expect(send('switch@contoso.com', token)).rejects.toMatchObject({ responseCode: 535 });
    await admin('/smtp/tenant', {});
    await admin('/smtp/mailbox', { email: 'switch@contoso.com', sendAsDenied: true });
    await expect(send('switch@contoso.com', token)).rejects.toMatchObject({ responseCode: 554 });
    await admin('/smtp/mailbox', { email: 'switch@contoso.com' });
    await send('switch@contoso.com', token);
  });

  it('sets and clears identity faults, and expires access tokens', async () => {
    await admin('/users', { email: 'fault@contoso.com' });
    const token = await signInOverHttp('fault@contoso.com');
    expect((await admin('/faults', { email: 'fault@contoso.com', fault: 'AADSTS53003' })).status).toBe(200);
    await expect(signInOverHttp('fault@contoso.com')).rejects.toThrow(
      /^AADSTS53003: Access has been blocked by Conditional Access/,
    );
    await admin('/faults', { email: 'fault@contoso.com', fault: null });
    await admin('/expire-access-tokens', {});
    await expect(send('fault@contoso.com', token)).rejects.toMatchObject({ responseCode: 535 });
  });

  it('flips Graph switches that the Graph emulator then reports', async () => {
    await admin('/users', { email: 'graph@contoso.com' });
    const token = await signInOverHttp('graph@contoso.com', 'https://graph.microsoft.com/Policy.Read.All');
    const read = async () =>
      JSON.parse(
        (
          await httpsCall(`${emu.graph.url}/v1.0/policies/identitySecurityDefaultsEnforcementPolicy`, {
            ca: emu.ca.caCertPem,
            headers: { authorization: `Bearer ${token}` },
          })
        ).text,
      ) as { isEnabled?: boolean; error?: { code: string } };
    expect((await admin('/graph/security-defaults', { enabled: true })).status).toBe(200);
    expect(await read()).toMatchObject({ isEnabled: true });
    await admin('/graph/users', { email: 'graph@contoso.com', roles: [] });
    expect(await read()).toMatchObject({ error: { code: 'Authorization_RequestDenied' } });
    expect((await admin('/graph/users', { email: 'graph@contoso.com', roles: ['Emperor'] })).status).toBe(
      400,
    );
  });

  it('answers bad input with what is wrong and what it accepts', async () => {
    const r = await admin('/faults', { email: 'x@contoso.com', fault: 'AADSTS1' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toMatchObject({ error: 'unknown fault AADSTS1' });
    expect((await admin('/users', {})).status).toBe(400);
    expect((await admin('/approve', { userCode: 'NOPE', email: 'x@contoso.com' })).text).toContain(
      'user code NOPE is unknown',
    );
    expect((await admin('/smtp/mailbox', { smtpAuthDisabled: true })).status).toBe(400);
  });
});
