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

/** Graph pages long lists (@odata.nextLink); more than this many pages is not a tenant we read whole. */
const MAX_PAGES = 20;

export function graphGetter(
  graphBase: string,
  accessToken: string,
  fetchImpl: typeof fetch = fetch,
): GraphGet {
  const base = graphBase.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const getOne = async (url: string): Promise<GraphReply> => {
    const response = await fetchImpl(url, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
    });
    const body: unknown = await response.json().catch(() => null);
    return { status: response.status, body };
  };
  return async (path) => {
    const first = await getOne(`${base}${path}`);
    const value: unknown[] = [];
    let page = first;
    for (let n = 0; n < MAX_PAGES; n++) {
      const body = (page.body ?? {}) as { value?: unknown; '@odata.nextLink'?: unknown };
      if (page.status !== 200 || !Array.isArray(body.value)) return page;
      value.push(...body.value);
      const next = body['@odata.nextLink'];
      // The token goes to Graph's own origin only, whatever a reply says.
      if (typeof next !== 'string' || new URL(next).origin !== origin) break;
      page = await getOne(next);
    }
    return { status: 200, body: { ...(first.body as object), value } };
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
