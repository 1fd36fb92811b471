/**
 * Conditional Access as the emulators enforce it: the rule that picks the policies a sign-in meets
 * (unit), and one tenant configuration seen the same way by Graph, the sign-in and SMTP (through
 * startEmulators and the real protocols).
 */
import { describe, expect, it } from 'vitest';
import {
  type ConditionalAccessPolicy,
  conditionalAccessFault,
  DEFAULT_CLIENT_ID,
  DIRECTORY_ROLES,
  conditionalAccessPolicy as policy,
  type SignInFacts,
} from '../src/emulators/index.ts';
import { emulatorCalls, emulatorsForFile } from './helpers/emulators.ts';

const device: SignInFacts = {
  userId: 'u1',
  roleTemplateIds: [],
  clientId: DEFAULT_CLIENT_ID,
  grant: 'device_code',
};

describe('conditionalAccessFault', () => {
  it('blocks, asks for MFA, or lets through by the grant controls', () => {
    expect(conditionalAccessFault([policy()], device)).toBe('AADSTS53003');
    expect(
      conditionalAccessFault(
        [policy({ grantControls: { operator: 'OR', builtInControls: ['mfa'] } })],
        device,
      ),
    ).toBe('AADSTS50076');
    expect(
      conditionalAccessFault(
        [policy({ grantControls: { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] } })],
        device,
      ),
    ).toBe('AADSTS50076');
    // A device that signs in by code can be neither compliant nor domain joined.
    expect(
      conditionalAccessFault(
        [policy({ grantControls: { operator: 'AND', builtInControls: ['mfa', 'compliantDevice'] } })],
        device,
      ),
    ).toBe('AADSTS53003');
    expect(conditionalAccessFault([], device)).toBeUndefined();
  });

  it('ignores disabled and report-only policies', () => {
    expect(
      conditionalAccessFault(
        [policy({ state: 'disabled' }), policy({ state: 'enabledForReportingButNotEnforced' })],
        device,
      ),
    ).toBeUndefined();
  });

  it('matches the device code transfer method only for the device flow', () => {
    const p = policy({}, { authenticationFlows: { transferMethods: 'deviceCodeFlow' } });
    expect(conditionalAccessFault([p], device)).toBe('AADSTS53003');
    expect(conditionalAccessFault([p], { ...device, grant: 'authorization_code' })).toBeUndefined();
  });

  it('honours users, roles, exclusions, applications and client app types', () => {
    const scoped = (
      users: ConditionalAccessPolicy['conditions']['users'],
      apps = ['All'],
      types: ConditionalAccessPolicy['conditions']['clientAppTypes'] = ['all'],
    ) => policy({}, { users, applications: { includeApplications: apps }, clientAppTypes: types });
    expect(conditionalAccessFault([scoped({ includeUsers: ['u2'] })], device)).toBeUndefined();
    expect(conditionalAccessFault([scoped({ includeUsers: ['u1'] })], device)).toBe('AADSTS53003');
    expect(
      conditionalAccessFault([scoped({ includeUsers: ['All'], excludeUsers: ['u1'] })], device),
    ).toBeUndefined();
    const admin = { ...device, roleTemplateIds: [DIRECTORY_ROLES['Global Administrator']] };
    expect(
      conditionalAccessFault(
        [scoped({ includeUsers: [], includeRoles: [DIRECTORY_ROLES['Global Administrator']] })],
        admin,
      ),
    ).toBe('AADSTS53003');
    expect(
      conditionalAccessFault(
        [scoped({ includeUsers: ['All'] }, ['00000002-0000-0ff1-ce00-000000000000'])],
        device,
      ),
    ).toBeUndefined();
    expect(
      conditionalAccessFault(
        [scoped({ includeUsers: ['All'] }, ['All'], ['exchangeActiveSync', 'other'])],
        device,
      ),
    ).toBeUndefined();
  });
});

// For the second part: the emulators together, started once for the file.
const emu = await emulatorsForFile({ pollIntervalSec: 1 });

describe('one tenant configuration across the emulators', () => {
  const { admin, form, send } = emulatorCalls(emu);

  async function deviceSignIn(
    email: string,
  ): Promise<{ access_token?: string; refresh_token?: string; error_description?: string }> {
    const dc = JSON.parse(
      (
        await form('/organizations/oauth2/v2.0/devicecode', {
          client_id: DEFAULT_CLIENT_ID,
          scope: 'https://outlook.office.com/SMTP.Send offline_access',
        })
      ).text,
    ) as { user_code: string; device_code: string };
    await emu.identity.approve(dc.user_code, email);
    return JSON.parse(
      (
        await form('/organizations/oauth2/v2.0/token', {
          grant_type: 'device_code',
          client_id: DEFAULT_CLIENT_ID,
          device_code: dc.device_code,
        })
      ).text,
    );
  }

  it('a policy blocking the device code flow, set through Graph, stops the printer sign-in', async () => {
    emu.identity.addUser({ email: 'mfp@contoso.com', isAdmin: false });
    const before = await deviceSignIn('mfp@contoso.com');
    expect(before.access_token).toEqual(expect.any(String));
    const blockDeviceCode = policy(
      { displayName: 'Block device code flow' },
      { authenticationFlows: { transferMethods: 'deviceCodeFlow' } },
    );
    expect((await admin('/graph/conditional-access', { policies: [blockDeviceCode] })).status).toBe(200);
    try {
      expect((await deviceSignIn('mfp@contoso.com')).error_description).toMatch(/^AADSTS53003:/);
      // The refresh is no device code flow: it still works, as in Entra.
      const refreshed = await form('/organizations/oauth2/v2.0/token', {
        grant_type: 'refresh_token',
        client_id: DEFAULT_CLIENT_ID,
        refresh_token: before.refresh_token!,
        scope: 'https://outlook.office.com/SMTP.Send offline_access',
      });
      expect(refreshed.status).toBe(200);
      // An MFA policy for everyone reaches the refresh.
      await admin('/graph/conditional-access', {
        policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['mfa'] } })],
      });
      const mfa = await form('/organizations/oauth2/v2.0/token', {
        grant_type: 'refresh_token',
        client_id: DEFAULT_CLIENT_ID,
        refresh_token: before.refresh_token!,
        scope: 'https://outlook.office.com/SMTP.Send offline_access',
      });
      expect(JSON.parse(mfa.text)).toMatchObject({ error: 'interaction_required', error_codes: [50076] });
    } finally {
      await admin('/graph/conditional-access', { policies: [] });
    }
  });

  it('security defaults on in Graph lock SMTP AUTH, whatever the mailbox setting', async () => {
    emu.identity.addUser({ email: 'scanner@contoso.com' });
    const { access_token } = await deviceSignIn('scanner@contoso.com');
    emu.smtp.setMailbox('scanner@contoso.com', { smtpAuthDisabled: false });
    const sendAsScanner = () => send('scanner@contoso.com', access_token!);
    await sendAsScanner();
    await admin('/graph/security-defaults', { enabled: true });
    try {
      await expect(sendAsScanner()).rejects.toMatchObject({
        response: expect.stringMatching(
          /^535 5\.7\.139 Authentication unsuccessful, user is locked by your organization's security defaults policy\./,
        ),
      });
    } finally {
      await admin('/graph/security-defaults', { enabled: false });
    }
    await sendAsScanner();
  });
});
