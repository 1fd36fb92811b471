/**
 * startGraphEmulator: the slice of Microsoft Graph v1.0 a tenant pre-flight reads, over https with
 * the test CA, accepting only Graph tokens from the identity emulator (aud Graph, scp holding the
 * permission, and for policies a directory role that may read them), with Graph's error bodies
 * ({error: {code, message, innerError}}) and CORS as graph.microsoft.com answers extension pages.
 *
 *   GET /v1.0/me
 *   GET /v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole   RoleManagement.Read.Directory | Directory.Read.All
 *   GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy      Policy.Read.All + a policy reader role
 *   GET /v1.0/identity/conditionalAccess/policies                     Policy.Read.All + a policy reader role
 *   GET /v1.0/users/{upn or id}, /v1.0/users/{upn or id}/licenseDetails   User.Read.All (or the account itself)
 *   applications, servicePrincipals, oauth2PermissionGrants: see applications.ts (`wcoa setup`)
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { User } from '../identity/directory.ts';
import type { IdentityEmulator } from '../identity/start.ts';
import type { SignInPolicy } from '../identity/state.ts';
import type { TestCa } from '../tls.ts';
import { LOOPBACK_NAMES } from '../tls.ts';
import { appRegistrationRoutes } from './applications.ts';
import { conditionalAccessFault } from './conditional-access.ts';
import {
  type ConditionalAccessPolicy,
  DIRECTORY_ROLES,
  type DirectoryRole,
  EXCHANGE_LICENCE,
  type GraphUserSettings,
  POLICY_READER_ROLES,
} from './model.ts';

const GRAPH_AUDIENCES = new Set(['https://graph.microsoft.com', '00000003-0000-0000-c000-000000000000']);

export interface GraphRequestRecord {
  method: string;
  path: string;
  status: number;
  caller?: string;
}

export interface GraphEmulator {
  /** https://127.0.0.1:PORT; the Graph base URL is `${url}/v1.0`. */
  url: string;
  close(): Promise<void>;
  setSecurityDefaults(enabled: boolean): void;
  setConditionalAccessPolicies(policies: ConditionalAccessPolicy[]): void;
  setUser(email: string, settings: GraphUserSettings): void;
  requests(): GraphRequestRecord[];
  /** The tenant's Conditional Access as a sign-in policy for the identity emulator (startEmulators connects it). */
  signInPolicy: SignInPolicy;
  securityDefaultsEnabled(): boolean;
}

export interface GraphEmulatorOptions {
  tls: Pick<TestCa, 'issue'>;
  identity: Pick<IdentityEmulator, 'verifyAccessToken' | 'user' | 'now' | 'putApp' | 'grantOrgConsent'>;
  port?: number;
}

interface Caller {
  user: User;
  scopes: Set<string>;
}

type Locals = { caller: Caller };

export async function startGraphEmulator(opts: GraphEmulatorOptions): Promise<GraphEmulator> {
  let securityDefaults = false;
  let policies: ConditionalAccessPolicy[] = [];
  const userSettings = new Map<string, GraphUserSettings>();
  const log: GraphRequestRecord[] = [];
  const settingsOf = (u: User) => userSettings.get(u.email.toLowerCase()) ?? {};
  const rolesOf = (u: User): DirectoryRole[] =>
    settingsOf(u).roles ?? (u.isAdmin ? ['Global Administrator'] : []);

  const fail = (res: Response, status: number, code: string, message: string) => {
    const now = new Date(opts.identity.now());
    res.status(status).json({
      error: {
        code,
        message,
        innerError: {
          date: now.toISOString().slice(0, 19),
          'request-id': randomUUID(),
          'client-request-id': randomUUID(),
        },
      },
    });
  };

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    // graph.microsoft.com answers browser callers (extension pages) with CORS.
    res.set('Access-Control-Allow-Origin', req.get('origin') ?? '*');
    res.set(
      'Access-Control-Allow-Headers',
      'Authorization, Content-Type, client-request-id, ConsistencyLevel',
    );
    res.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, OPTIONS');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    res.on('finish', () => {
      const caller = (res.locals as Partial<Locals>).caller?.user.email;
      log.push({ method: req.method, path: req.path, status: res.statusCode, ...(caller ? { caller } : {}) });
    });
    next();
  });

  app.use('/v1.0', async (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!token) return fail(res, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const check = await opts.identity.verifyAccessToken(token);
    if (!check.ok) {
      const message =
        check.reason === 'expired'
          ? 'Lifetime validation failed, the token is expired.'
          : 'Access token validation failure.';
      return fail(res, 401, 'InvalidAuthenticationToken', message);
    }
    if (!GRAPH_AUDIENCES.has(String(check.claims.aud))) {
      return fail(
        res,
        401,
        'InvalidAuthenticationToken',
        'Access token validation failure. Invalid audience.',
      );
    }
    const user = opts.identity.user(String(check.claims.oid)) ?? opts.identity.user(String(check.claims.upn));
    if (!user) return fail(res, 401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    (res.locals as Locals).caller = { user, scopes: new Set(String(check.claims.scp ?? '').split(' ')) };
    next();
  });

  const caller = (res: Response) => (res.locals as Locals).caller;
  const hasScope = (res: Response, ...any: string[]) => any.some((s) => caller(res).scopes.has(s));
  const denied = (res: Response) =>
    fail(res, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  const canReadPolicies = (res: Response) =>
    hasScope(res, 'Policy.Read.All') &&
    rolesOf(caller(res).user).some((r) => POLICY_READER_ROLES.includes(r));

  const userJson = (u: User) => ({
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
    id: u.oid,
    displayName: u.displayName,
    userPrincipalName: u.email,
    mail: u.email,
    assignedLicenses:
      settingsOf(u).exchangeLicensed === false ? [] : [{ disabledPlans: [], skuId: EXCHANGE_LICENCE.skuId }],
    assignedPlans:
      settingsOf(u).exchangeLicensed === false
        ? []
        : [
            {
              assignedDateTime: '2025-01-01T00:00:00Z',
              capabilityStatus: 'Enabled',
              service: 'exchange',
              servicePlanId: EXCHANGE_LICENCE.servicePlanId,
            },
          ],
  });

  app.get('/v1.0/me', (_req, res) => {
    res.json(userJson(caller(res).user));
  });

  app.get('/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole', (_req, res) => {
    if (!hasScope(res, 'RoleManagement.Read.Directory', 'Directory.Read.All')) return denied(res);
    res.json({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryRoles',
      value: rolesOf(caller(res).user).map((name) => ({
        '@odata.type': '#microsoft.graph.directoryRole',
        id: randomUUID(),
        displayName: name,
        roleTemplateId: DIRECTORY_ROLES[name],
      })),
    });
  });

  app.get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', (_req, res) => {
    if (!canReadPolicies(res)) return denied(res);
    res.json({
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity',
      id: '00000000-0000-0000-0000-000000000005',
      displayName: 'Security Defaults',
      description:
        'Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization.',
      isEnabled: securityDefaults,
    });
  });

  app.get('/v1.0/identity/conditionalAccess/policies', (_req, res) => {
    if (!canReadPolicies(res)) return denied(res);
    const stamp = new Date(opts.identity.now()).toISOString();
    res.json({
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies',
      value: policies.map((p) => ({ createdDateTime: stamp, modifiedDateTime: stamp, ...p })),
    });
  });

  const lookUp = (req: Request<{ id: string }>, res: Response): User | undefined => {
    const self = caller(res).user;
    const target = opts.identity.user(decodeURIComponent(req.params.id));
    const isSelf = target?.oid === self.oid;
    if (!isSelf && !hasScope(res, 'User.Read.All', 'Directory.Read.All')) {
      denied(res);
      return undefined;
    }
    if (!target || target.tenantId !== self.tenantId) {
      fail(
        res,
        404,
        'Request_ResourceNotFound',
        `Resource '${req.params.id}' does not exist or one of its queried reference-property objects are not present.`,
      );
      return undefined;
    }
    return target;
  };

  app.get('/v1.0/users/:id', (req, res) => {
    const u = lookUp(req, res);
    if (u) res.json(userJson(u));
  });

  app.get('/v1.0/users/:id/licenseDetails', (req, res) => {
    const u = lookUp(req, res);
    if (!u) return;
    res.json({
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#users('${u.oid}')/licenseDetails`,
      value:
        settingsOf(u).exchangeLicensed === false
          ? []
          : [
              {
                id: randomUUID(),
                skuId: EXCHANGE_LICENCE.skuId,
                skuPartNumber: EXCHANGE_LICENCE.skuPartNumber,
                servicePlans: [
                  {
                    servicePlanId: EXCHANGE_LICENCE.servicePlanId,
                    servicePlanName: EXCHANGE_LICENCE.servicePlanName,
                    provisioningStatus: 'Success',
                    appliesTo: 'User',
                  },
                ],
              },
            ],
    });
  });

  app.use(appRegistrationRoutes({ identity: opts.identity, caller, rolesOf, fail }));

  app.use((req, res) => {
    fail(res, 400, 'BadRequest', `Resource not found for the segment '${req.path.split('/').pop() ?? ''}'.`);
  });

  const { key, cert } = await opts.tls.issue(LOOPBACK_NAMES);
  const server = createServer({ key, cert, minVersion: 'TLSv1.2' }, app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
    setSecurityDefaults: (enabled) => {
      securityDefaults = enabled;
    },
    setConditionalAccessPolicies: (p) => {
      policies = p.map((x) => structuredClone(x));
    },
    setUser: (email, settings) => {
      userSettings.set(email.toLowerCase(), { ...settings });
    },
    requests: () => [...log],
    signInPolicy: ({ user, clientId, grant }) =>
      conditionalAccessFault(policies, {
        userId: user.oid,
        roleTemplateIds: rolesOf(user).map((r) => DIRECTORY_ROLES[r]),
        clientId,
        grant,
      }),
    securityDefaultsEnabled: () => securityDefaults,
  };
}
