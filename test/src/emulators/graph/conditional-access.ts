/**
 * Which Conditional Access policies apply to a sign-in, and the AADSTS fault Entra then gives: an
 * enabled policy (report-only ones never enforce) whose users, applications, client app types and
 * authentication flows all match. A device-code or public-client sign-in counts as
 * `mobileAppsAndDesktopClients`; the `deviceCodeFlow` transfer method matches only the device flow.
 * Block wins (53003); a grant a device cannot satisfy blocks too; MFA asks for MFA (50076).
 */
import type { IdentityFault, SignInPolicy } from '../identity/state.ts';
import type { ConditionalAccessPolicy } from './model.ts';

export interface SignInFacts {
  userId: string;
  roleTemplateIds: string[];
  clientId: string;
  grant: Parameters<SignInPolicy>[0]['grant'];
}

function appliesTo(p: ConditionalAccessPolicy, s: SignInFacts): boolean {
  if (p.state !== 'enabled') return false;
  const { users, applications, clientAppTypes, authenticationFlows } = p.conditions;
  const included =
    users.includeUsers.includes('All') ||
    users.includeUsers.includes(s.userId) ||
    (users.includeRoles ?? []).some((r) => s.roleTemplateIds.includes(r));
  if (!included || (users.excludeUsers ?? []).includes(s.userId)) return false;
  const apps = applications.includeApplications;
  if (!apps.includes('All') && !apps.some((a) => a.toLowerCase() === s.clientId.toLowerCase())) return false;
  if (!clientAppTypes.includes('all') && !clientAppTypes.includes('mobileAppsAndDesktopClients'))
    return false;
  if (authenticationFlows?.transferMethods) {
    const methods = authenticationFlows.transferMethods.split(',').map((m) => m.trim());
    if (!(methods.includes('deviceCodeFlow') && s.grant === 'device_code')) return false;
  }
  return true;
}

export function conditionalAccessFault(
  policies: ConditionalAccessPolicy[],
  s: SignInFacts,
): IdentityFault | undefined {
  let fault: IdentityFault | undefined;
  for (const p of policies) {
    if (!appliesTo(p, s)) continue;
    const controls = p.grantControls?.builtInControls ?? [];
    if (controls.includes('block')) return 'AADSTS53003';
    const satisfiable =
      p.grantControls?.operator === 'OR' ? controls.includes('mfa') : controls.every((c) => c === 'mfa');
    if (!satisfiable) return 'AADSTS53003';
    if (controls.includes('mfa')) fault = 'AADSTS50076';
  }
  return fault;
}
