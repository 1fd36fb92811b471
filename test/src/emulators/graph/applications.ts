/**
 * Graph v1.0's app registration slice, what `wcoa setup` (and Graph PowerShell) uses to make an
 * app for a tenant, in Graph's shapes and errors:
 *
 *   GET/POST /v1.0/applications, GET/PATCH /v1.0/applications/{id}        Application.Read(Write).All
 *   GET/POST /v1.0/servicePrincipals                                        Application.Read(Write).All
 *   GET/POST /v1.0/oauth2PermissionGrants, PATCH /v1.0/oauth2PermissionGrants/{id}
 *                                                                          DelegatedPermissionGrant.ReadWrite.All
 *
 * Writes need a directory role too (403 Authorization_RequestDenied "Insufficient privileges…"
 * otherwise, as Graph says it): an app or service principal needs an application administrator role,
 * an organisation-wide grant a role that may consent for everyone. Lists take `$filter` with
 * `<property> eq '<value>'` only (what the setup uses). Microsoft's own service principals (Graph,
 * Exchange Online, Graph Command Line Tools) exist in every tenant with their real permission ids.
 * What is created is also registered with the identity emulator, so sign-ins see the new app, its
 * public client switch and its organisation consent.
 */
import { createHash, randomUUID } from 'node:crypto';
import { json, type Request, type Response, Router } from 'express';
import type { User } from '../identity/directory.ts';
import { GRAPH_CLI_CLIENT_ID } from '../identity/directory.ts';
import type { IdentityEmulator } from '../identity/start.ts';
import { APP_WRITER_ROLES, CONSENT_ROLES, type DirectoryRole } from './model.ts';

/** Microsoft's first-party resources and clients, with the delegated permission ids Entra publishes. */
const FIRST_PARTY: Record<string, { displayName: string; scopes: Record<string, string> }> = {
  '00000003-0000-0000-c000-000000000000': {
    displayName: 'Microsoft Graph',
    scopes: {
      'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
      'User.Read.All': 'a154be20-db9c-4678-8ab7-66f6cc099a59',
      offline_access: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
      openid: '37f7f235-527c-4136-accd-4a02d197296e',
      profile: '14dad69e-099b-42c9-810b-d002981feec1',
      'Policy.Read.All': '572fea84-0151-49b2-9301-11cb16974376',
      'RoleManagement.Read.Directory': '741c54c3-0c1e-44a1-818b-3f97ab4e8c83',
      'Directory.Read.All': '06da0dbc-49e2-44d2-8312-53f166ab848a',
      'Application.ReadWrite.All': 'bdfbf15f-ee85-4955-8675-146e8e5296b5',
      'DelegatedPermissionGrant.ReadWrite.All': '41ce6ca6-6826-4807-84f1-1c82854f7ee5',
    },
  },
  '00000002-0000-0ff1-ce00-000000000000': {
    displayName: 'Office 365 Exchange Online',
    scopes: { 'SMTP.Send': '258f6531-6087-4cc4-bb90-092c5fb3ed3f' },
  },
  [GRAPH_CLI_CLIENT_ID]: { displayName: 'Microsoft Graph Command Line Tools', scopes: {} },
};

interface Application {
  id: string;
  appId: string;
  tenantId: string;
  displayName: string;
  signInAudience: string;
  isFallbackPublicClient: boolean;
  publicClient: { redirectUris: string[] };
  spa: { redirectUris: string[] };
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
  createdDateTime: string;
}

interface ServicePrincipal {
  id: string;
  appId: string;
  tenantId: string;
  displayName: string;
  oauth2PermissionScopes: { id: string; value: string; type: 'Admin' | 'User'; isEnabled: boolean }[];
}

interface Grant {
  id: string;
  tenantId: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal';
  principalId: string | null;
  resourceId: string;
  scope: string;
}

export interface AppRegistrationDeps {
  identity: Pick<IdentityEmulator, 'putApp' | 'grantOrgConsent'>;
  caller(res: Response): { user: User; scopes: Set<string> };
  rolesOf(user: User): DirectoryRole[];
  fail(res: Response, status: number, code: string, message: string): void;
}

/** A stable id for a first-party service principal in a tenant (as each tenant has its own object). */
function firstPartyId(tenantId: string, appId: string): string {
  const h = createHash('sha256').update(`${tenantId} ${appId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `prop eq 'value'` (Graph's quotes doubled inside); anything else is not supported here. */
function parseFilter(filter: unknown): { prop: string; value: string } | null | 'bad' {
  if (filter === undefined) return null;
  if (typeof filter !== 'string' || filter.length > 500) return 'bad';
  const m = /^\s*(\w+) eq '((?:[^']|'')*)'\s*$/.exec(filter);
  return m?.[1] && m[2] !== undefined ? { prop: m[1], value: m[2].replace(/''/g, "'") } : 'bad';
}

export function appRegistrationRoutes(deps: AppRegistrationDeps): Router {
  const applications = new Map<string, Application>();
  const principals = new Map<string, ServicePrincipal>();
  const grants = new Map<string, Grant>();
  const router = Router();
  router.use(json({ limit: '256kb' }));

  const tenantOf = (res: Response) => deps.caller(res).user.tenantId;
  const has = (res: Response, ...any: string[]) => any.some((s) => deps.caller(res).scopes.has(s));
  const holds = (res: Response, roles: readonly DirectoryRole[]) =>
    deps.rolesOf(deps.caller(res).user).some((r) => roles.includes(r));
  const denied = (res: Response) =>
    deps.fail(res, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  const notFound = (res: Response, id: string) =>
    deps.fail(
      res,
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    );
  const badFilter = (res: Response) =>
    deps.fail(res, 400, 'Request_UnsupportedQuery', 'Unsupported or invalid query filter clause specified.');
  const body = (req: Request) =>
    req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 256) : [];

  /** The tenant's service principals: Microsoft's, always there, and the ones created. */
  const principalsOf = (tenantId: string): ServicePrincipal[] => [
    ...Object.entries(FIRST_PARTY).map(([appId, fp]) => ({
      id: firstPartyId(tenantId, appId),
      appId,
      tenantId,
      displayName: fp.displayName,
      oauth2PermissionScopes: Object.entries(fp.scopes).map(([value, id]) => ({
        id,
        value,
        type: 'Admin' as const,
        isEnabled: true,
      })),
    })),
    ...[...principals.values()].filter((p) => p.tenantId === tenantId),
  ];

  const syncIdentity = (app: Application) =>
    deps.identity.putApp({
      clientId: app.appId,
      name: app.displayName,
      publicClient: app.isFallbackPublicClient,
    });

  const applyApp = (app: Application, b: Record<string, unknown>) => {
    if (typeof b.displayName === 'string') app.displayName = b.displayName.slice(0, 256);
    if (typeof b.signInAudience === 'string') app.signInAudience = b.signInAudience;
    if (typeof b.isFallbackPublicClient === 'boolean') app.isFallbackPublicClient = b.isFallbackPublicClient;
    const pc = b.publicClient as { redirectUris?: unknown } | undefined;
    if (pc && typeof pc === 'object') app.publicClient = { redirectUris: strings(pc.redirectUris) };
    const spa = b.spa as { redirectUris?: unknown } | undefined;
    if (spa && typeof spa === 'object') app.spa = { redirectUris: strings(spa.redirectUris) };
    if (Array.isArray(b.requiredResourceAccess)) {
      app.requiredResourceAccess = (b.requiredResourceAccess as Record<string, unknown>[])
        .slice(0, 50)
        .map((r) => ({
          resourceAppId: String(r.resourceAppId ?? ''),
          resourceAccess: (Array.isArray(r.resourceAccess) ? r.resourceAccess : [])
            .slice(0, 100)
            .map((a: Record<string, unknown>) => ({ id: String(a.id ?? ''), type: String(a.type ?? '') })),
        }));
    }
  };

  const list = <T extends object>(res: Response, items: T[], filter: unknown, context: string) => {
    const f = parseFilter(filter);
    if (f === 'bad') return badFilter(res);
    const value = f
      ? items.filter((item) => String((item as Record<string, unknown>)[f.prop]) === f.value)
      : items;
    res.json({ '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#${context}`, value });
  };
  const outward = <T extends { tenantId: string }>({ tenantId: _t, ...rest }: T) => rest;

  router.get('/v1.0/applications', (req, res) => {
    if (!has(res, 'Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All')) {
      return denied(res);
    }
    const mine = [...applications.values()].filter((a) => a.tenantId === tenantOf(res)).map(outward);
    list(res, mine, req.query.$filter, 'applications');
  });

  router.get('/v1.0/applications/:id', (req, res) => {
    if (!has(res, 'Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All')) {
      return denied(res);
    }
    const app = applications.get(req.params.id);
    if (!app || app.tenantId !== tenantOf(res)) return notFound(res, req.params.id);
    res.json(outward(app));
  });

  router.post('/v1.0/applications', (req, res) => {
    if (!has(res, 'Application.ReadWrite.All') || !holds(res, APP_WRITER_ROLES)) return denied(res);
    const b = body(req);
    if (typeof b.displayName !== 'string' || !b.displayName.trim()) {
      return deps.fail(res, 400, 'Request_BadRequest', "Property 'displayName' is required.");
    }
    const app: Application = {
      id: randomUUID(),
      appId: randomUUID(),
      tenantId: tenantOf(res),
      displayName: '',
      signInAudience: 'AzureADMyOrg',
      isFallbackPublicClient: false,
      publicClient: { redirectUris: [] },
      spa: { redirectUris: [] },
      requiredResourceAccess: [],
      createdDateTime: new Date().toISOString(),
    };
    applyApp(app, b);
    applications.set(app.id, app);
    syncIdentity(app);
    res.status(201).json(outward(app));
  });

  router.patch('/v1.0/applications/:id', (req, res) => {
    if (!has(res, 'Application.ReadWrite.All') || !holds(res, APP_WRITER_ROLES)) return denied(res);
    const app = applications.get(req.params.id);
    if (!app || app.tenantId !== tenantOf(res)) return notFound(res, req.params.id);
    applyApp(app, body(req));
    syncIdentity(app);
    res.status(204).end();
  });

  router.get('/v1.0/servicePrincipals', (req, res) => {
    if (!has(res, 'Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All')) {
      return denied(res);
    }
    list(res, principalsOf(tenantOf(res)).map(outward), req.query.$filter, 'servicePrincipals');
  });

  router.post('/v1.0/servicePrincipals', (req, res) => {
    if (!has(res, 'Application.ReadWrite.All') || !holds(res, APP_WRITER_ROLES)) return denied(res);
    const appId = String(body(req).appId ?? '');
    const tenantId = tenantOf(res);
    const app = [...applications.values()].find((a) => a.appId === appId && a.tenantId === tenantId);
    if (!app) {
      return deps.fail(
        res,
        400,
        'Request_BadRequest',
        `The appId '${appId}' of the service principal does not reference a valid application object.`,
      );
    }
    if (principalsOf(tenantId).some((p) => p.appId === appId)) {
      return deps.fail(
        res,
        409,
        'Request_MultipleObjectsWithSameKeyValue',
        'The service principal cannot be created, updated, or restored because the service principal name is already in use.',
      );
    }
    const sp: ServicePrincipal = {
      id: randomUUID(),
      appId,
      tenantId,
      displayName: app.displayName,
      oauth2PermissionScopes: [],
    };
    principals.set(sp.id, sp);
    res.status(201).json(outward(sp));
  });

  const grantsOf = (tenantId: string) => [...grants.values()].filter((g) => g.tenantId === tenantId);
  const recordConsent = (g: Grant) => {
    const client = principalsOf(g.tenantId).find((p) => p.id === g.clientId);
    if (client && g.consentType === 'AllPrincipals') deps.identity.grantOrgConsent(g.tenantId, client.appId);
  };

  router.get('/v1.0/oauth2PermissionGrants', (req, res) => {
    if (!has(res, 'DelegatedPermissionGrant.ReadWrite.All', 'Directory.Read.All')) return denied(res);
    list(res, grantsOf(tenantOf(res)).map(outward), req.query.$filter, 'oauth2PermissionGrants');
  });

  router.post('/v1.0/oauth2PermissionGrants', (req, res) => {
    const b = body(req);
    const forEveryone = b.consentType === 'AllPrincipals';
    if (!has(res, 'DelegatedPermissionGrant.ReadWrite.All') || (forEveryone && !holds(res, CONSENT_ROLES))) {
      return denied(res);
    }
    const tenantId = tenantOf(res);
    const ids = new Set(principalsOf(tenantId).map((p) => p.id));
    const clientId = String(b.clientId ?? '');
    const resourceId = String(b.resourceId ?? '');
    if (!ids.has(clientId) || !ids.has(resourceId)) {
      return deps.fail(
        res,
        400,
        'Request_BadRequest',
        'Invalid value specified for property clientId or resourceId.',
      );
    }
    if (grantsOf(tenantId).some((g) => g.clientId === clientId && g.resourceId === resourceId)) {
      return deps.fail(
        res,
        409,
        'Request_MultipleObjectsWithSameKeyValue',
        'Permission entry already exists.',
      );
    }
    const grant: Grant = {
      id: randomUUID(),
      tenantId,
      clientId,
      consentType: forEveryone ? 'AllPrincipals' : 'Principal',
      principalId: forEveryone ? null : String(b.principalId ?? ''),
      resourceId,
      scope: String(b.scope ?? '').slice(0, 4000),
    };
    grants.set(grant.id, grant);
    recordConsent(grant);
    res.status(201).json(outward(grant));
  });

  router.patch('/v1.0/oauth2PermissionGrants/:id', (req, res) => {
    const grant = grants.get(req.params.id);
    if (!grant || grant.tenantId !== tenantOf(res)) return notFound(res, req.params.id);
    const forEveryone = grant.consentType === 'AllPrincipals';
    if (!has(res, 'DelegatedPermissionGrant.ReadWrite.All') || (forEveryone && !holds(res, CONSENT_ROLES))) {
      return denied(res);
    }
    const scope = body(req).scope;
    if (typeof scope === 'string') grant.scope = scope.slice(0, 4000);
    recordConsent(grant);
    res.status(204).end();
  });

  return router;
}
