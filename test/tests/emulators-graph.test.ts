import { afterAll, describe, expect, it } from 'vitest';
import {
  conditionalAccessPolicy,
  DIRECTORY_ROLES,
  deviceCodeToken,
  httpsCall,
  startGraphEmulator,
} from '../src/emulators/index.ts';
import { identityEmulatorForFile } from './helpers/emulators.ts';

const PREFLIGHT = [
  'https://graph.microsoft.com/Policy.Read.All',
  'https://graph.microsoft.com/RoleManagement.Read.Directory',
  'https://graph.microsoft.com/User.Read.All',
];
const { ca, idp } = await identityEmulatorForFile({ pollIntervalSec: 1 });
const graph = await startGraphEmulator({ tls: ca, identity: idp });
afterAll(() => graph.close());
idp.addUser({ email: 'admin@contoso.com' });
idp.addUser({ email: 'clerk@contoso.com', isAdmin: false });
idp.addUser({ email: 'printer@contoso.com', isAdmin: false });
idp.addUser({ email: 'someone@fabrikam.com' });

async function tokenFor(email: string, scopes = PREFLIGHT): Promise<string> {
  return deviceCodeToken(idp, ca.caCertPem, email, scopes);
}

async function read(path: string, token?: string) {
  const r = await httpsCall(`${graph.url}/v1.0${path}`, {
    ca: ca.caCertPem,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
  return {
    status: r.status,
    body: JSON.parse(r.text) as Record<string, unknown> & { value?: Record<string, unknown>[] },
  };
}

describe('what an administrator reads', () => {
  it('security defaults, Conditional Access policies, own roles, the mailbox and its licence', async () => {
    const token = await tokenFor('admin@contoso.com');
    expect((await read('/policies/identitySecurityDefaultsEnforcementPolicy', token)).body).toMatchObject({
      isEnabled: false,
    });
    graph.setSecurityDefaults(true);
    expect((await read('/policies/identitySecurityDefaultsEnforcementPolicy', token)).body).toMatchObject({
      isEnabled: true,
    });
    graph.setSecurityDefaults(false);

    graph.setConditionalAccessPolicies([
      conditionalAccessPolicy(
        { id: '4b1f9c2e-8d7a-4e6b-9c3d-2a1b0f9e8d7c', displayName: 'Block device code flow' },
        { authenticationFlows: { transferMethods: 'deviceCodeFlow' } },
      ),
    ]);
    const listed = await read('/identity/conditionalAccess/policies', token);
    expect(listed.body.value).toEqual([
      expect.objectContaining({
        displayName: 'Block device code flow',
        conditions: expect.objectContaining({ authenticationFlows: { transferMethods: 'deviceCodeFlow' } }),
      }),
    ]);

    const roles = await read('/me/transitiveMemberOf/microsoft.graph.directoryRole', token);
    expect(roles.body.value).toEqual([
      expect.objectContaining({
        displayName: 'Global Administrator',
        roleTemplateId: DIRECTORY_ROLES['Global Administrator'],
      }),
    ]);

    const mailbox = await read('/users/printer@contoso.com', token);
    expect(mailbox.body).toMatchObject({
      userPrincipalName: 'printer@contoso.com',
      assignedPlans: [expect.objectContaining({ service: 'exchange', capabilityStatus: 'Enabled' })],
    });
    graph.setUser('printer@contoso.com', { exchangeLicensed: false });
    expect((await read('/users/printer@contoso.com', token)).body).toMatchObject({
      assignedLicenses: [],
      assignedPlans: [],
    });
    expect((await read('/users/printer@contoso.com/licenseDetails', token)).body.value).toEqual([]);
    graph.setUser('printer@contoso.com', {});
    expect((await read('/users/printer@contoso.com/licenseDetails', token)).body.value?.[0]).toMatchObject({
      servicePlans: [expect.objectContaining({ servicePlanName: 'EXCHANGE_S_STANDARD' })],
    });
    expect(graph.requests().at(-1)).toMatchObject({ caller: 'admin@contoso.com', status: 200 });
  }, 30_000);
});

describe('what a tenant refuses', () => {
  it('policies to an account without a reader role, naming no data', async () => {
    const token = await tokenFor('clerk@contoso.com');
    const r = await read('/identity/conditionalAccess/policies', token);
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ error: { code: 'Authorization_RequestDenied' } });
    expect((await read('/me/transitiveMemberOf/microsoft.graph.directoryRole', token)).body.value).toEqual(
      [],
    );
    graph.setUser('clerk@contoso.com', { roles: ['Security Reader'] });
    expect((await read('/identity/conditionalAccess/policies', token)).status).toBe(200);
  }, 30_000);

  it('a token without the permission, a token for Exchange, and no token', async () => {
    const narrow = await tokenFor('admin@contoso.com', ['https://graph.microsoft.com/User.Read']);
    expect((await read('/policies/identitySecurityDefaultsEnforcementPolicy', narrow)).status).toBe(403);
    expect((await read('/users/printer@contoso.com', narrow)).status).toBe(403);
    expect((await read('/me', narrow)).body).toMatchObject({ userPrincipalName: 'admin@contoso.com' });

    const outlook = await tokenFor('admin@contoso.com', ['https://outlook.office.com/SMTP.Send']);
    const wrongAud = await read('/me', outlook);
    expect(wrongAud.status).toBe(401);
    expect(wrongAud.body).toMatchObject({
      error: { code: 'InvalidAuthenticationToken', message: expect.stringContaining('Invalid audience') },
    });
    expect((await read('/me')).status).toBe(401);
  }, 30_000);

  it('users of another tenant and unknown users are not found', async () => {
    const token = await tokenFor('admin@contoso.com');
    expect((await read('/users/someone@fabrikam.com', token)).body).toMatchObject({
      error: { code: 'Request_ResourceNotFound' },
    });
    expect((await read('/users/nobody@contoso.com', token)).status).toBe(404);
  }, 30_000);

  it('answers a browser preflight as Graph does', async () => {
    const r = await httpsCall(`${graph.url}/v1.0/me`, {
      ca: ca.caCertPem,
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(r.status).toBe(204);
    expect(r.headers['access-control-allow-origin']).toBe(
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    );
    expect(String(r.headers['access-control-allow-headers'])).toContain('Authorization');
  });
});
