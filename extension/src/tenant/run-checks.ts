import type { TenantCheck, TenantFinding, TenantReport } from '@wcoa/shared/protocol';
import {
  accountOf,
  checkAdminRole,
  checkConditionalAccess,
  checkMailbox,
  checkSecurityDefaults,
  type GraphReply,
} from './checks.ts';

/** GET one Graph path with the admin's token; the token goes to Graph and nowhere else. */
export type GraphGet = (path: string) => Promise<GraphReply>;

export function graphGetter(
  graphBase: string,
  accessToken: string,
  fetchImpl: typeof fetch = fetch,
): GraphGet {
  const base = graphBase.replace(/\/+$/, '');
  return async (path) => {
    const response = await fetchImpl(`${base}${path}`, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
    });
    const body: unknown = await response.json().catch(() => null);
    return { status: response.status, body };
  };
}

/** Run every check Graph can answer; the mailbox one only when the printer's account is known. */
export async function runTenantChecks(
  get: GraphGet,
  opts: { account: string; mailbox?: string; now?: () => Date },
): Promise<TenantReport> {
  const mailbox = opts.mailbox?.trim() || undefined;
  const id = mailbox ? encodeURIComponent(mailbox) : '';
  const [defaults, policies, roles, user] = await Promise.all([
    get('/policies/identitySecurityDefaultsEnforcementPolicy'),
    get('/identity/conditionalAccess/policies'),
    get('/me/transitiveMemberOf/microsoft.graph.directoryRole'),
    mailbox ? get(`/users/${id}?$select=id,userPrincipalName,mail`) : Promise.resolve(undefined),
  ]);
  const licences = user?.status === 200 ? await get(`/users/${id}/licenseDetails`) : undefined;

  const results: [TenantCheck, TenantFinding[]][] = [
    ['security-defaults', checkSecurityDefaults(defaults)],
    ['conditional-access', checkConditionalAccess(policies, accountOf(user))],
    ['admin-role', checkAdminRole(roles)],
  ];
  if (mailbox && user) results.push(['mailbox', checkMailbox(mailbox, user, licences)]);
  const findings = results.flatMap(([, f]) => f);
  return {
    checkedAt: (opts.now?.() ?? new Date()).toISOString(),
    account: opts.account,
    ...(mailbox ? { mailbox } : {}),
    checked: results.filter(([, f]) => !f.some((x) => x.outcome === 'unreadable')).map(([c]) => c),
    findings,
  };
}
