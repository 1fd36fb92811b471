import { type ConditionalAccessPolicy, conditionalAccessPolicy } from '@wcoa/test/emulators/graph-model';
import { describe, expect, it } from 'vitest';
import {
  checkAdminRole,
  checkConditionalAccess,
  checkMailbox,
  checkSecurityDefaults,
  policyReasons,
  ROLE_TEMPLATES,
} from '../src/tenant/checks.ts';
import { graphGetter, runTenantChecks } from '../src/tenant/run-checks.ts';

const denied = {
  status: 403,
  body: {
    error: {
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    },
  },
};
const ok = (body: unknown) => ({ status: 200, body });
const PRINTER = '5b1e0c2a-0000-4000-8000-000000000001';

/** The policy these tests start from: MFA for everyone. */
function policy(
  over: Partial<ConditionalAccessPolicy> = {},
  conditions: Partial<ConditionalAccessPolicy['conditions']> = {},
) {
  return conditionalAccessPolicy(
    {
      displayName: 'Require MFA for all users',
      grantControls: { operator: 'OR', builtInControls: ['mfa'] },
      ...over,
    },
    conditions,
  );
}

describe('security defaults', () => {
  it('flags isEnabled true, passes false', () => {
    expect(checkSecurityDefaults(ok({ isEnabled: true }))).toEqual([
      {
        check: 'security-defaults',
        causeId: 'security-defaults-on',
        severity: 'blocker',
        outcome: 'problem',
      },
    ]);
    expect(checkSecurityDefaults(ok({ isEnabled: false }))).toEqual([]);
  });
  it('a 403 says who can read it', () => {
    const [f] = checkSecurityDefaults(denied);
    expect(f?.outcome).toBe('unreadable');
    expect(f?.canRead?.permissions).toEqual(['Policy.Read.All']);
    expect(f?.canRead?.roles).toContain('Global Reader');
  });
  it('any other refusal is an error, not a clean result', () => {
    expect(() =>
      checkSecurityDefaults({
        status: 401,
        body: { error: { code: 'InvalidAuthenticationToken', message: 'x' } },
      }),
    ).toThrow(/x/);
  });
});

describe('Conditional Access', () => {
  it('names a policy that blocks the device code flow', () => {
    const p = policy(
      {
        displayName: 'Block device code flow',
        grantControls: { operator: 'OR', builtInControls: ['block'] },
      },
      { authenticationFlows: { transferMethods: 'deviceCodeFlow,authenticationTransfer' } },
    );
    expect(checkConditionalAccess(ok({ value: [p] }))).toEqual([
      {
        check: 'conditional-access',
        causeId: 'ca-blocks-device-code',
        severity: 'blocker',
        outcome: 'problem',
        subject: 'Block device code flow',
        reasons: ['device-code'],
      },
    ]);
  });
  it('a block for all modern clients is conditional-access-blocked; MFA is mfa-required', () => {
    const block = policy({
      displayName: 'Block all',
      grantControls: { operator: 'OR', builtInControls: ['block'] },
    });
    const [b, m] = checkConditionalAccess(ok({ value: [block, policy()] }));
    expect(b).toMatchObject({
      causeId: 'conditional-access-blocked',
      severity: 'blocker',
      subject: 'Block all',
    });
    expect(m).toMatchObject({ causeId: 'mfa-required', severity: 'warning', reasons: ['mfa'] });
  });
  it('legacy client app types are reported', () => {
    const legacy = policy(
      {
        displayName: 'Block legacy authentication',
        grantControls: { operator: 'OR', builtInControls: ['block'] },
      },
      { clientAppTypes: ['exchangeActiveSync', 'other'] },
    );
    expect(checkConditionalAccess(ok({ value: [legacy] }))[0]).toMatchObject({
      causeId: 'conditional-access-blocked',
      severity: 'warning',
      reasons: ['legacy-clients'],
    });
  });
  it('report-only policies are info; disabled ones are ignored', () => {
    const found = checkConditionalAccess(
      ok({
        value: [
          policy({ state: 'enabledForReportingButNotEnforced' }),
          policy({ state: 'disabled', id: 'p2' }),
        ],
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', outcome: 'report-only' });
  });
  it('a policy that excludes the printer account, or another app, does not count', () => {
    const excl = policy({}, { users: { includeUsers: ['All'], excludeUsers: [PRINTER] } });
    expect(policyReasons(excl, { id: PRINTER })).toEqual([]);
    expect(policyReasons(excl, {})).toEqual(['mfa']);
    const otherApp = policy(
      {},
      { applications: { includeApplications: ['00000003-0000-0ff1-ce00-000000000000'] } },
    );
    expect(policyReasons(otherApp)).toEqual([]);
    const exchange = policy({}, { applications: { includeApplications: ['Office365'] } });
    expect(policyReasons(exchange)).toEqual(['mfa']);
  });
  it('a policy for other named users does not count once the printer account is known', () => {
    const someone = policy({}, { users: { includeUsers: ['11111111-1111-4111-8111-111111111111'] } });
    expect(policyReasons(someone, { id: PRINTER })).toEqual([]);
    expect(policyReasons(policy({}, { users: { includeUsers: [PRINTER] } }), { id: PRINTER })).toEqual([
      'mfa',
    ]);
  });
  it('a policy assigned to groups or roles may cover the printer: a warning saying so, not a silent pass', () => {
    const byGroup = policy(
      {
        displayName: 'Block for Printers group',
        grantControls: { operator: 'OR', builtInControls: ['block'] },
      },
      { users: { includeUsers: [], includeGroups: ['0c1e5b1a-0000-4000-8000-00000000000a'] } },
    );
    expect(policyReasons(byGroup, { id: PRINTER })).toEqual(['block', 'may-apply']);
    expect(checkConditionalAccess(ok({ value: [byGroup] }), { id: PRINTER })[0]).toMatchObject({
      causeId: 'conditional-access-blocked',
      severity: 'warning',
    });
    const byRole = policy(
      {},
      { users: { includeUsers: ['None'], includeRoles: ['62e90394-69f5-4237-9190-012177145e10'] } },
    );
    expect(policyReasons(byRole, { id: PRINTER })).toEqual(['mfa', 'may-apply']);
    const excluded = policy(
      {},
      { users: { includeUsers: [], includeGroups: ['g'], excludeUsers: [PRINTER] } },
    );
    expect(policyReasons(excluded, { id: PRINTER })).toEqual([]);
    const named = policy({}, { users: { includeUsers: ['11111111-1111-4111-8111-111111111111'] } });
    expect(policyReasons(named, {})).toEqual(['mfa', 'may-apply']);
    expect(policyReasons(policy({}, { users: { includeUsers: ['None'] } }), {})).toEqual([]);
  });
  it('compliant device demanded with AND blocks the printer', () => {
    const p = policy({ grantControls: { operator: 'AND', builtInControls: ['mfa', 'compliantDevice'] } });
    expect(checkConditionalAccess(ok({ value: [p] }))[0]).toMatchObject({
      causeId: 'conditional-access-blocked',
      reasons: ['mfa', 'device'],
    });
  });
  it('a 403 says who can read the policies', () => {
    expect(checkConditionalAccess(denied)[0]).toMatchObject({
      outcome: 'unreadable',
      causeId: 'conditional-access-blocked',
    });
  });
});

describe('admin role', () => {
  const role = (displayName: string, roleTemplateId: string) => ({ displayName, roleTemplateId });
  it('Global Administrator or Cloud Application Administrator passes, by template id not name', () => {
    expect(
      checkAdminRole(ok({ value: [role('Administrador global', ROLE_TEMPLATES.globalAdministrator)] })),
    ).toEqual([]);
    expect(checkAdminRole(ok({ value: [role('x', ROLE_TEMPLATES.cloudApplicationAdministrator)] }))).toEqual(
      [],
    );
  });
  it('other roles, or none, are admin-role-missing naming the roles held', () => {
    const [f] = checkAdminRole(
      ok({ value: [role('Global Reader', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451')] }),
    );
    expect(f).toMatchObject({ causeId: 'admin-role-missing', severity: 'blocker', roles: ['Global Reader'] });
    expect(checkAdminRole(ok({ value: [] }))[0]?.roles).toEqual([]);
    expect(checkAdminRole(denied)[0]?.canRead?.permissions).toEqual(['RoleManagement.Read.Directory']);
  });
});

describe('mailbox', () => {
  const plan = (servicePlanName: string, provisioningStatus = 'Success') => ({
    value: [{ skuPartNumber: 'X', servicePlans: [{ servicePlanName, provisioningStatus }] }],
  });
  const user = ok({ id: PRINTER, userPrincipalName: 'scan@contoso.com' });
  it('an Exchange plan passes; none, a disabled one or the foundation plan does not', () => {
    expect(checkMailbox('scan@contoso.com', user, ok(plan('EXCHANGE_S_STANDARD')))).toEqual([]);
    for (const bad of [
      ok({ value: [] }),
      ok(plan('EXCHANGE_S_STANDARD', 'Disabled')),
      ok(plan('EXCHANGE_S_FOUNDATION')),
    ]) {
      expect(checkMailbox('scan@contoso.com', user, bad)).toEqual([
        {
          check: 'mailbox',
          causeId: 'mailbox-unlicensed',
          subject: 'scan@contoso.com',
          severity: 'blocker',
          outcome: 'problem',
        },
      ]);
    }
  });
  it('a 404 is a missing account; a 403 says who can read it', () => {
    expect(checkMailbox('no@contoso.com', { status: 404, body: {} })[0]?.outcome).toBe('missing');
    expect(checkMailbox('no@contoso.com', denied)[0]?.canRead?.permissions).toEqual(['User.Read.All']);
  });
});

describe('runTenantChecks', () => {
  it('reads each endpoint once, with the mailbox, and lists the checks Graph answered', async () => {
    const asked: string[] = [];
    const replies: Record<string, { status: number; body: unknown }> = {
      '/policies/identitySecurityDefaultsEnforcementPolicy': ok({ isEnabled: false }),
      '/identity/conditionalAccess/policies': denied,
      '/me/transitiveMemberOf/microsoft.graph.directoryRole': ok({
        value: [{ roleTemplateId: ROLE_TEMPLATES.globalAdministrator }],
      }),
      '/users/scan%40contoso.com?$select=id,userPrincipalName,mail': ok({ id: PRINTER }),
      '/users/scan%40contoso.com/licenseDetails': ok({ value: [] }),
    };
    const report = await runTenantChecks(
      async (path) => {
        asked.push(path);
        return replies[path] ?? { status: 404, body: {} };
      },
      { account: 'admin@contoso.com', mailbox: ' scan@contoso.com ', now: () => new Date(0) },
    );
    expect(asked.sort()).toEqual(Object.keys(replies).sort());
    expect(report.checked).toEqual(['security-defaults', 'admin-role', 'mailbox']);
    expect(report.findings.map((f) => `${f.check}:${f.outcome}`)).toEqual([
      'conditional-access:unreadable',
      'mailbox:problem',
    ]);
    expect(report).toMatchObject({
      account: 'admin@contoso.com',
      mailbox: 'scan@contoso.com',
      checkedAt: '1970-01-01T00:00:00.000Z',
    });
  });
});

describe('graphGetter', () => {
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
  it('follows @odata.nextLink on Graph’s origin, and sends the token nowhere else', async () => {
    const asked: string[] = [];
    const fake = async (url: string | URL | Request, init?: RequestInit) => {
      asked.push(`${String(url)} ${new Headers(init?.headers).get('authorization')}`);
      if (String(url).endsWith('/policies'))
        return json({ value: [1], '@odata.nextLink': 'https://graph.test/v1.0/policies?$skiptoken=2' });
      if (String(url).includes('skiptoken=2'))
        return json({ value: [2], '@odata.nextLink': 'https://evil.test/steal' });
      return json({}, 404);
    };
    const get = graphGetter('https://graph.test/v1.0/', 'T0KEN', fake as typeof fetch);
    const reply = await get('/policies');
    expect(reply).toEqual({
      status: 200,
      body: { value: [1, 2], '@odata.nextLink': 'https://graph.test/v1.0/policies?$skiptoken=2' },
    });
    expect(asked).toEqual([
      'https://graph.test/v1.0/policies Bearer T0KEN',
      'https://graph.test/v1.0/policies?$skiptoken=2 Bearer T0KEN',
    ]);
  });
  it('passes refusals and single objects through as Graph sent them', async () => {
    const denied = { error: { code: 'Authorization_RequestDenied', message: 'no' } };
    const fake = async (url: string | URL | Request) =>
      String(url).endsWith('/x') ? json(denied, 403) : json({ isEnabled: true });
    const get = graphGetter('https://graph.test/v1.0', 'T', fake as typeof fetch);
    expect(await get('/x')).toEqual({ status: 403, body: denied });
    expect(await get('/policies/identitySecurityDefaultsEnforcementPolicy')).toEqual({
      status: 200,
      body: { isEnabled: true },
    });
  });
});
