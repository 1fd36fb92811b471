import { MICROSOFT_LOGIN_URL } from '@wcoa/shared/diagnosis';
import {
  APP_REGISTRATION_NAME,
  EXCHANGE_ONLINE_APP_ID,
  GRAPH_PERMISSIONS,
  MICROSOFT_GRAPH_APP_ID,
  SMTP_PERMISSIONS,
  spaRedirectUri,
} from '@wcoa/shared/protocol';
import type { GraphClient } from './graph-client.ts';

/**
 * The one app registration, read from Graph and compared with what wcoa needs, as a list of steps:
 * the plan is shown before anything is written, and a registration that is right yields no step.
 */

/** Microsoft's redirect URI for native public clients (the device code flow needs none, but the portal sets it). */
const NATIVE_CLIENT_REDIRECT = `${MICROSOFT_LOGIN_URL}/common/oauth2/nativeclient`;

export interface GraphApplication {
  id: string;
  appId: string;
  displayName: string;
  isFallbackPublicClient?: boolean | null;
  publicClient?: { redirectUris?: string[] } | null;
  spa?: { redirectUris?: string[] } | null;
  requiredResourceAccess?: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
}
interface ServicePrincipal {
  id: string;
  appId: string;
  oauth2PermissionScopes?: { id: string; value: string }[];
}
interface PermissionGrant {
  id: string;
  clientId: string;
  resourceId: string;
  consentType: string;
  scope: string;
}

/** A resource API whose delegated permissions the app asks for, with their ids in this tenant. */
export interface Resource {
  key: 'exchange' | 'graph';
  appId: string;
  name: string;
  principalId: string;
  permissions: readonly string[];
  ids: Map<string, string>;
}

export type Step =
  | { kind: 'createApp' }
  | { kind: 'fixApp'; publicClient: boolean; redirects: string[]; permissions: string[] }
  | { kind: 'createPrincipal' }
  | { kind: 'grant'; resource: Resource; scopes: string[]; existing: PermissionGrant | null }
  | { kind: 'writeConfig' };

export interface Current {
  app: GraphApplication | null;
  principal: ServicePrincipal | null;
  resources: Resource[];
  grants: PermissionGrant[];
}

/** What a step needs of the signed-in admin beyond the Graph permission: the Entra roles that may do it. */
export const ROLES_FOR: Record<Step['kind'], readonly string[]> = {
  createApp: ['Application Administrator', 'Cloud Application Administrator', 'Global Administrator'],
  fixApp: ['Application Administrator', 'Cloud Application Administrator', 'Global Administrator'],
  createPrincipal: ['Application Administrator', 'Cloud Application Administrator', 'Global Administrator'],
  grant: [
    'Cloud Application Administrator',
    'Application Administrator',
    'Privileged Role Administrator',
    'Global Administrator',
  ],
  writeConfig: [],
};

async function resource(
  graph: GraphClient,
  key: Resource['key'],
  appId: string,
  permissions: readonly string[],
): Promise<Resource> {
  const [sp] = await graph.list<ServicePrincipal & { displayName: string }>(
    'servicePrincipals',
    'appId',
    appId,
  );
  if (!sp) throw new Error(`the tenant has no service principal for ${appId}`);
  const ids = new Map((sp.oauth2PermissionScopes ?? []).map((s) => [s.value, s.id]));
  const unknown = permissions.filter((p) => !ids.has(p));
  if (unknown.length) throw new Error(`${sp.displayName} publishes no permission ${unknown.join(', ')}`);
  return { key, appId, name: sp.displayName, principalId: sp.id, permissions, ids };
}

/** Reads the registration (by the configured client id, else by name), its principal and its grants. */
export async function readCurrent(graph: GraphClient, clientId: string | undefined): Promise<Current> {
  const byId = clientId ? await graph.list<GraphApplication>('applications', 'appId', clientId) : [];
  const app =
    byId[0] ??
    (await graph.list<GraphApplication>('applications', 'displayName', APP_REGISTRATION_NAME))[0] ??
    null;
  const resources = [
    await resource(graph, 'exchange', EXCHANGE_ONLINE_APP_ID, SMTP_PERMISSIONS),
    await resource(graph, 'graph', MICROSOFT_GRAPH_APP_ID, GRAPH_PERMISSIONS),
  ];
  const principal = app
    ? ((await graph.list<ServicePrincipal>('servicePrincipals', 'appId', app.appId))[0] ?? null)
    : null;
  const grants = principal
    ? await graph.list<PermissionGrant>('oauth2PermissionGrants', 'clientId', principal.id)
    : [];
  return { app, principal, resources, grants };
}

/** The permissions the app must list, as Graph's requiredResourceAccess. */
function requiredAccess(resources: Resource[]) {
  return resources.map((r) => ({
    resourceAppId: r.appId,
    resourceAccess: r.permissions.map((p) => ({ id: r.ids.get(p) as string, type: 'Scope' })),
  }));
}

export function newAppBody(resources: Resource[], extensionId: string | null) {
  return {
    displayName: APP_REGISTRATION_NAME,
    signInAudience: 'AzureADMyOrg',
    isFallbackPublicClient: true,
    publicClient: { redirectUris: [NATIVE_CLIENT_REDIRECT] },
    spa: { redirectUris: extensionId ? [spaRedirectUri(extensionId)] : [] },
    requiredResourceAccess: requiredAccess(resources),
  };
}

/** The steps from what is to what wcoa needs; none when all is right. */
export function planSteps(
  current: Current,
  want: { extensionId: string | null; configClientId?: string; configTenant: string; tenantId: string },
): Step[] {
  const steps: Step[] = [];
  const { app } = current;
  if (!app) {
    steps.push({ kind: 'createApp' });
  } else {
    const redirect = want.extensionId ? spaRedirectUri(want.extensionId) : null;
    const redirects = redirect && !(app.spa?.redirectUris ?? []).includes(redirect) ? [redirect] : [];
    const listed = new Set(
      (app.requiredResourceAccess ?? []).flatMap((r) =>
        r.resourceAccess.map((a) => `${r.resourceAppId} ${a.id}`),
      ),
    );
    const permissions = current.resources.flatMap((r) =>
      r.permissions.filter((p) => !listed.has(`${r.appId} ${r.ids.get(p)}`)).map((p) => `${r.name} ${p}`),
    );
    const publicClient = app.isFallbackPublicClient !== true;
    if (publicClient || redirects.length || permissions.length) {
      steps.push({ kind: 'fixApp', publicClient, redirects, permissions });
    }
  }
  if (!current.principal) steps.push({ kind: 'createPrincipal' });
  for (const r of current.resources) {
    const existing =
      current.grants.find((g) => g.resourceId === r.principalId && g.consentType === 'AllPrincipals') ?? null;
    const granted = new Set((existing?.scope ?? '').split(' ').filter(Boolean));
    const missing = r.permissions.filter((p) => !granted.has(p));
    if (missing.length) steps.push({ kind: 'grant', resource: r, scopes: missing, existing });
  }
  if (!app || app.appId !== want.configClientId || want.configTenant !== want.tenantId) {
    steps.push({ kind: 'writeConfig' });
  }
  return steps;
}

/** Carries out one step; returns what it made (the app or principal) for the steps after it. */
export async function applyStep(
  graph: GraphClient,
  step: Step,
  state: { app: GraphApplication | null; principal: ServicePrincipal | null; resources: Resource[] },
  extensionId: string | null,
): Promise<void> {
  switch (step.kind) {
    case 'createApp':
      state.app = await graph.post<GraphApplication>(
        '/applications',
        newAppBody(state.resources, extensionId),
      );
      return;
    case 'fixApp': {
      const app = state.app as GraphApplication;
      const spa = [...(app.spa?.redirectUris ?? []), ...step.redirects];
      // Keep what the admin added; add what wcoa needs.
      const access = new Map(
        (app.requiredResourceAccess ?? []).map((r) => [r.resourceAppId, [...r.resourceAccess]]),
      );
      for (const r of requiredAccess(state.resources)) {
        const have = access.get(r.resourceAppId) ?? [];
        const ids = new Set(have.map((a) => a.id));
        access.set(r.resourceAppId, [...have, ...r.resourceAccess.filter((a) => !ids.has(a.id))]);
      }
      const patch = {
        isFallbackPublicClient: true,
        spa: { redirectUris: spa },
        requiredResourceAccess: [...access].map(([resourceAppId, resourceAccess]) => ({
          resourceAppId,
          resourceAccess,
        })),
      };
      await graph.patch(`/applications/${app.id}`, patch);
      Object.assign(app, patch);
      return;
    }
    case 'createPrincipal':
      state.principal = await graph.post<ServicePrincipal>('/servicePrincipals', {
        appId: (state.app as GraphApplication).appId,
      });
      return;
    case 'grant': {
      const principal = state.principal as ServicePrincipal;
      if (step.existing) {
        const scope = [...new Set([...step.existing.scope.split(' ').filter(Boolean), ...step.scopes])].join(
          ' ',
        );
        await graph.patch(`/oauth2PermissionGrants/${step.existing.id}`, { scope });
      } else {
        await graph.post('/oauth2PermissionGrants', {
          clientId: principal.id,
          consentType: 'AllPrincipals',
          resourceId: step.resource.principalId,
          scope: step.scopes.join(' '),
        });
      }
      return;
    }
    case 'writeConfig':
      return;
  }
}
