/**
 * Scope → resource, as Entra reads a v2 scope string: `https://outlook.office.com/SMTP.Send` asks
 * Exchange Online; a bare `User.Read` (or only OIDC scopes) asks Microsoft Graph. Asking Graph first
 * yields a Graph token, which Exchange rejects (the audience trap).
 */
import type { AadstsCode } from './aadsts.ts';

export const OUTLOOK_RESOURCE = 'https://outlook.office.com';
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
const KNOWN_RESOURCES = new Set([OUTLOOK_RESOURCE, 'https://outlook.office365.com', GRAPH_RESOURCE]);
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
/** What `.default` expands to for each resource (the app's configured permissions). */
const DEFAULT_PERMISSIONS: Record<string, string[]> = {
  [GRAPH_RESOURCE]: ['User.Read'],
};

export interface ScopeRequest {
  resource: string;
  /** Permission names for `scp`, e.g. ["SMTP.Send"]. */
  permissions: string[];
  /** Scopes echoed in the token response, e.g. "https://outlook.office.com/SMTP.Send". */
  grantedScope: string;
  offlineAccess: boolean;
  openid: boolean;
}

export type ScopeResult =
  | { ok: true; value: ScopeRequest }
  | { ok: false; code: AadstsCode; params: Record<string, string> };

export function parseScopes(scope: string): ScopeResult {
  const all = scope.split(/\s+/).filter(Boolean);
  const resourceScopes = all.filter((s) => !OIDC_SCOPES.has(s.toLowerCase()));
  const byResource = new Map<string, string[]>();
  for (const s of resourceScopes) {
    const m = /^(https?:\/\/[^/]+)\/(.+)$/i.exec(s);
    const resource = m?.[1] ? m[1].toLowerCase() : GRAPH_RESOURCE;
    const name = m?.[2] ?? s;
    byResource.set(resource, [...(byResource.get(resource) ?? []), name]);
  }
  if (byResource.size > 1) return { ok: false, code: 28000, params: {} };
  const [entry] = byResource.entries();
  const [resource, names] = entry ?? [GRAPH_RESOURCE, ['User.Read']];
  if (!KNOWN_RESOURCES.has(resource)) return { ok: false, code: 500011, params: { resource } };
  const permissions = names.flatMap((n) =>
    n === '.default' ? (DEFAULT_PERMISSIONS[resource] ?? ['SMTP.Send']) : [n],
  );
  const lower = all.map((s) => s.toLowerCase());
  return {
    ok: true,
    value: {
      resource,
      permissions,
      grantedScope: (entry ? resourceScopes : ['User.Read']).join(' '),
      offlineAccess: lower.includes('offline_access'),
      openid: lower.includes('openid'),
    },
  };
}
