import type { CauseId } from '@wcoa/shared/diagnosis';
import type { CaReason, TenantCheck, TenantFinding } from '@wcoa/shared/protocol';

/**
 * The pre-flight's checks as pure functions of Microsoft Graph's answers (status and JSON body as
 * Graph sent them) → findings. They read only documented, language-neutral fields (isEnabled,
 * state, conditions, grantControls, roleTemplateId, servicePlanName), never display texts.
 */

export interface GraphReply {
  status: number;
  body: unknown;
}

/** Built-in role template ids are the same in every tenant; display names can be localised. */
export const ROLE_TEMPLATES = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
} as const;

/** Who may read what (Microsoft Graph permissions reference and the built-in roles' permissions). */
export const READERS = {
  policies: {
    permissions: ['Policy.Read.All'],
    roles: [
      'Global Reader',
      'Security Reader',
      'Security Administrator',
      'Conditional Access Administrator',
      'Global Administrator',
    ],
  },
  roles: {
    permissions: ['RoleManagement.Read.Directory'],
    roles: ['Directory Readers', 'Global Reader', 'Global Administrator'],
  },
  users: {
    permissions: ['User.Read.All'],
    roles: ['User Administrator', 'Global Reader', 'Global Administrator'],
  },
} as const;

/** Exchange Online's resource app id: policies naming it cover SMTP AUTH sign-ins. */
const EXCHANGE_ONLINE_APP = '00000002-0000-0ff1-ce00-000000000000';
/** Graph's app groupings that include Exchange Online. */
const APP_GROUPS_WITH_EXCHANGE = new Set(['all', 'office365', EXCHANGE_ONLINE_APP]);
const LEGACY_CLIENTS = new Set(['exchangeActiveSync', 'other']);
const MODERN_CLIENTS = new Set(['all', 'mobileAppsAndDesktopClients', 'browser']);
/** Exchange service plans that give a mailbox (EXCHANGE_S_FOUNDATION gives none). */
const MAILBOX_PLAN = /^EXCHANGE_S_(?!FOUNDATION)/;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');
const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());

function unreadable(check: TenantCheck, causeId: CauseId, readers: keyof typeof READERS): TenantFinding {
  const r = READERS[readers];
  return {
    check,
    causeId,
    severity: 'warning',
    outcome: 'unreadable',
    canRead: { permissions: [...r.permissions], roles: [...r.roles] },
  };
}

/** A reply the check cannot use: anything but 2xx with a JSON object. */
export class GraphReadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function ok(reply: GraphReply): Json {
  if (reply.status >= 200 && reply.status < 300) return obj(reply.body);
  const error = obj(obj(reply.body).error);
  throw new GraphReadError(
    reply.status,
    typeof error.code === 'string' ? error.code : `HTTP ${reply.status}`,
    typeof error.message === 'string' ? error.message : '',
  );
}

/** GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy */
export function checkSecurityDefaults(reply: GraphReply): TenantFinding[] {
  if (reply.status === 403) return [unreadable('security-defaults', 'security-defaults-on', 'policies')];
  if (ok(reply).isEnabled !== true) return [];
  return [
    { check: 'security-defaults', causeId: 'security-defaults-on', severity: 'blocker', outcome: 'problem' },
  ];
}

/** The printer's account as far as Conditional Access assignments go. */
export interface PrinterAccount {
  id?: string;
}

/**
 * Whether a policy's assignment covers the printer's account: yes (All, or the account by id), no,
 * or maybe: groups and roles cannot be resolved with these permissions, nor named users when the
 * account is unknown, so such a policy is reported as possibly applying rather than missed.
 */
function appliesToAccount(conditions: Json, account: PrinterAccount): 'yes' | 'maybe' | 'no' {
  const users = obj(conditions.users);
  const include = lower(strings(users.includeUsers));
  const exclude = lower(strings(users.excludeUsers));
  const id = account.id?.toLowerCase();
  if (id && exclude.includes(id)) return 'no';
  if (include.includes('all') || (id && include.includes(id))) return 'yes';
  const byGroupOrRole = strings(users.includeGroups).length + strings(users.includeRoles).length > 0;
  const namedUsers = include.filter((u) => u !== 'none' && u !== 'guestsorexternalusers').length > 0;
  return byGroupOrRole || (!id && namedUsers) ? 'maybe' : 'no';
}

function appliesToExchange(conditions: Json): boolean {
  const apps = obj(conditions.applications);
  const include = lower(strings(apps.includeApplications));
  const exclude = lower(strings(apps.excludeApplications));
  if ([...exclude].some((a) => APP_GROUPS_WITH_EXCHANGE.has(a) && a !== 'all')) return false;
  return include.some((a) => APP_GROUPS_WITH_EXCHANGE.has(a));
}

/** Why one policy stands in the way of the printer's sign-in (empty: it does not). */
export function policyReasons(policy: Json, account: PrinterAccount = {}): CaReason[] {
  const conditions = obj(policy.conditions);
  const assignment = appliesToAccount(conditions, account);
  if (assignment === 'no' || !appliesToExchange(conditions)) return [];
  const reasons = grantReasons(policy, conditions);
  return reasons.length > 0 && assignment === 'maybe' ? [...reasons, 'may-apply'] : reasons;
}

function grantReasons(policy: Json, conditions: Json): CaReason[] {
  const controls = strings(obj(policy.grantControls).builtInControls);
  const operator = obj(policy.grantControls).operator === 'OR' ? 'OR' : 'AND';
  const reasons: CaReason[] = [];
  const transfer = String(obj(conditions.authenticationFlows).transferMethods ?? '')
    .split(',')
    .map((m) => m.trim());
  const clientTypes = strings(conditions.clientAppTypes);
  const modern = clientTypes.length === 0 || clientTypes.some((c) => MODERN_CLIENTS.has(c));
  const legacy = clientTypes.some((c) => LEGACY_CLIENTS.has(c));
  if (controls.includes('block')) {
    if (transfer.includes('deviceCodeFlow')) reasons.push('device-code');
    else if (modern) reasons.push('block');
    if (legacy) reasons.push('legacy-clients');
    return reasons;
  }
  if (!modern && !legacy) return [];
  // With OR the sign-in passes by any one control; MFA is the one a person can give on the device code page.
  if (controls.includes('mfa')) reasons.push('mfa');
  const deviceOnly = controls.filter((c) => c === 'compliantDevice' || c === 'domainJoinedDevice');
  if (deviceOnly.length > 0 && (operator === 'AND' || deviceOnly.length === controls.length)) {
    reasons.push('device');
  }
  if (legacy && reasons.length > 0) reasons.push('legacy-clients');
  return reasons;
}

function causeFor(reasons: CaReason[]): { causeId: CauseId; severity: TenantFinding['severity'] } {
  // A policy that may not cover the printer's account warns; one that surely does blocks.
  const blocker = reasons.includes('may-apply') ? 'warning' : 'blocker';
  if (reasons.includes('device-code')) return { causeId: 'ca-blocks-device-code', severity: blocker };
  if (reasons.includes('block') || reasons.includes('device'))
    return { causeId: 'conditional-access-blocked', severity: blocker };
  if (reasons.includes('mfa')) return { causeId: 'mfa-required', severity: 'warning' };
  return { causeId: 'conditional-access-blocked', severity: 'warning' };
}

/** GET /v1.0/identity/conditionalAccess/policies: one finding per policy in the way, named. */
export function checkConditionalAccess(reply: GraphReply, account: PrinterAccount = {}): TenantFinding[] {
  if (reply.status === 403)
    return [unreadable('conditional-access', 'conditional-access-blocked', 'policies')];
  const findings: TenantFinding[] = [];
  for (const raw of list(ok(reply).value)) {
    const policy = obj(raw);
    const state = policy.state;
    if (state !== 'enabled' && state !== 'enabledForReportingButNotEnforced') continue;
    const reasons = policyReasons(policy, account);
    if (reasons.length === 0) continue;
    const { causeId, severity } = causeFor(reasons);
    const enforced = state === 'enabled';
    findings.push({
      check: 'conditional-access',
      causeId,
      severity: enforced ? severity : 'info',
      outcome: enforced ? 'problem' : 'report-only',
      subject: typeof policy.displayName === 'string' ? policy.displayName : String(policy.id ?? '?'),
      reasons,
    });
  }
  return findings;
}

/** GET /v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole */
export function checkAdminRole(reply: GraphReply): TenantFinding[] {
  if (reply.status === 403) return [unreadable('admin-role', 'admin-role-missing', 'roles')];
  const roles = list(ok(reply).value).map(obj);
  const templates = new Set(roles.map((r) => String(r.roleTemplateId ?? '').toLowerCase()));
  const canConsent = Object.values(ROLE_TEMPLATES).some((id) => templates.has(id));
  if (canConsent) return [];
  return [
    {
      check: 'admin-role',
      causeId: 'admin-role-missing',
      severity: 'blocker',
      outcome: 'problem',
      roles: roles.map((r) => String(r.displayName ?? r.roleTemplateId ?? '?')),
    },
  ];
}

/** GET /v1.0/users/{mailbox} and /licenseDetails: the account exists and has a mailbox plan. */
export function checkMailbox(mailbox: string, user: GraphReply, licences?: GraphReply): TenantFinding[] {
  const base = { check: 'mailbox', causeId: 'mailbox-unlicensed', subject: mailbox } as const;
  if (user.status === 403 || licences?.status === 403) {
    return [{ ...unreadable('mailbox', 'mailbox-unlicensed', 'users'), subject: mailbox }];
  }
  if (user.status === 404) return [{ ...base, severity: 'blocker', outcome: 'missing' }];
  ok(user);
  if (!licences) return [];
  const plans = list(ok(licences).value).flatMap((d) => list(obj(d).servicePlans).map(obj));
  const hasMailbox = plans.some(
    (p) => MAILBOX_PLAN.test(String(p.servicePlanName ?? '')) && p.provisioningStatus !== 'Disabled',
  );
  return hasMailbox ? [] : [{ ...base, severity: 'blocker', outcome: 'problem' }];
}

/** The printer's account id from GET /users/{mailbox} (for Conditional Access assignments). */
export function accountOf(user: GraphReply | undefined): PrinterAccount {
  if (user?.status !== 200) return {};
  const id = obj(user.body).id;
  return typeof id === 'string' ? { id } : {};
}
