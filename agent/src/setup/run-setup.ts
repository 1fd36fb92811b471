import { existsSync, readFileSync } from 'node:fs';
import { format, type Messages } from '@wcoa/shared/i18n';
import { APP_REGISTRATION_NAME, EXTENSION_ID_PATTERN, GRAPH_PERMISSIONS } from '@wcoa/shared/protocol';
import { type Config, loadConfig, readExtraCa } from '../config.ts';
import { ensureHome } from '../home.ts';
import { writeFileAtomic } from '../store/atomic-file.ts';
import {
  applyStep,
  type GraphApplication,
  planSteps,
  ROLES_FOR,
  readCurrent,
  type Step,
} from './app-registration.ts';
import { signInAdmin } from './device-signin.ts';
import { GraphClient, GraphError, GraphUnreachable } from './graph-client.ts';

export class SetupFailed extends Error {}

export interface SetupOptions {
  homeDir: string;
  tenant?: string;
  extensionId: string | null;
  messages: Messages['install']['setup'];
  out(line: string): void;
  env?: NodeJS.ProcessEnv;
}

/** Chrome's id for an extension's public key (base64 DER): sha256, first 32 hex digits as a-p. */
export async function extensionIdFromKey(base64Der: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

function describe(
  step: Step,
  m: SetupOptions['messages'],
  ctx: { clientId: string; tenant: string; config: string },
) {
  switch (step.kind) {
    case 'createApp':
      return format(m.plan.createApp, { name: APP_REGISTRATION_NAME, graph: GRAPH_PERMISSIONS.join(', ') });
    case 'fixApp':
      return format(m.plan.fixApp, {
        clientId: ctx.clientId,
        changes: [
          ...(step.publicClient ? [m.plan.publicClient] : []),
          ...step.redirects.map((uri) => format(m.plan.addRedirect, { uri })),
          ...(step.permissions.length
            ? [format(m.plan.addPermissions, { permissions: step.permissions.join(', ') })]
            : []),
        ].join('; '),
      });
    case 'createPrincipal':
      return m.plan.createPrincipal;
    case 'grant':
      return format(m.plan.grant, { resource: step.resource.name, scopes: step.scopes.join(' ') });
    case 'writeConfig':
      return format(m.plan.writeConfig, {
        clientId: ctx.clientId || '…',
        tenant: ctx.tenant,
        config: ctx.config,
      });
  }
}

/** The config file as written (not the env-merged view), with clientId and tenant set. */
function writeConfig(path: string, clientId: string, tenant: string): void {
  const raw = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
  writeFileAtomic(path, `${JSON.stringify({ ...raw, clientId, tenant }, null, 2)}\n`, 0o600);
}

/**
 * `wcoa setup`: sign in the admin, read the registration, say what will change, change it, say
 * what changed. A registration that is right changes nothing; a refusal names the roles it needs.
 */
export async function runSetup(opts: SetupOptions): Promise<void> {
  const m = opts.messages;
  const home = ensureHome(opts.homeDir);
  const config: Config = loadConfig(home.config, opts.env ?? process.env);
  const extraCa = readExtraCa(config);
  if (opts.extensionId !== null && !EXTENSION_ID_PATTERN.test(opts.extensionId)) {
    throw new SetupFailed(format(m.badExtensionId, { value: opts.extensionId }));
  }

  let admin: Awaited<ReturnType<typeof signInAdmin>>;
  try {
    admin = await signInAdmin({
      authorityHost: config.authorityHost,
      tenant: opts.tenant ?? config.tenant,
      ...(extraCa ? { extraCa } : {}),
      onCode: (c) => opts.out(format(m.signIn, { url: c.verificationUri, code: c.userCode })),
    });
  } catch (error) {
    const e = error as { errorMessage?: string; message?: string };
    throw new SetupFailed(
      format(m.signInFailed, { reason: (e.errorMessage || e.message || String(error)).split('\n')[0] ?? '' }),
    );
  }
  opts.out(format(m.signedIn, { account: admin.account, tenant: admin.tenantId }));

  const graph = new GraphClient({
    baseUrl: config.graphUrl,
    accessToken: admin.accessToken,
    ...(extraCa ? { extraCa } : {}),
  });
  const guarded = async <T>(step: string, roles: readonly string[], run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof GraphError && error.status === 403 && roles.length) {
        throw new SetupFailed(
          format(m.missingRole, { step, message: error.message, roles: roles.join(', ') }),
        );
      }
      if (error instanceof GraphError) {
        throw new SetupFailed(format(m.graphError, { status: error.status, step, message: error.message }));
      }
      if (error instanceof GraphUnreachable) {
        throw new SetupFailed(format(m.unreachable, { url: config.graphUrl, reason: error.message }));
      }
      throw error;
    }
  };

  const readRoles = ROLES_FOR.createApp;
  const current = await guarded('read the app registrations', readRoles, () =>
    readCurrent(graph, config.clientId),
  );
  const steps = planSteps(current, {
    extensionId: opts.extensionId,
    ...(config.clientId ? { configClientId: config.clientId } : {}),
    configTenant: config.tenant,
    tenantId: admin.tenantId,
  });
  const ctx = () => ({ clientId: state.app?.appId ?? '', tenant: admin.tenantId, config: home.config });
  const state: {
    app: GraphApplication | null;
    principal: typeof current.principal;
    resources: typeof current.resources;
  } = {
    app: current.app,
    principal: current.principal,
    resources: current.resources,
  };
  if (opts.extensionId === null) opts.out(m.noExtensionId);
  if (steps.length === 0) {
    opts.out(format(m.nothingToDo, { name: APP_REGISTRATION_NAME, clientId: current.app?.appId ?? '' }));
    return;
  }
  opts.out(m.willDo);
  for (const step of steps) opts.out(`  - ${describe(step, m, ctx())}`);

  const done: string[] = [];
  for (const step of steps) {
    const what = describe(step, m, ctx());
    if (step.kind === 'writeConfig') {
      writeConfig(home.config, (state.app as GraphApplication).appId, admin.tenantId);
      done.push(format(m.did.writeConfig, { config: home.config }));
      continue;
    }
    try {
      await guarded(what, ROLES_FOR[step.kind], () => applyStep(graph, step, state, opts.extensionId));
    } catch (error) {
      if (done.length) {
        opts.out(m.done);
        for (const line of done) opts.out(`  ✓ ${line}`);
      }
      throw error;
    }
    const app = state.app as GraphApplication;
    if (step.kind === 'createApp')
      done.push(format(m.did.createApp, { name: app.displayName, clientId: app.appId }));
    if (step.kind === 'fixApp') done.push(format(m.did.fixApp, { clientId: app.appId }));
    if (step.kind === 'createPrincipal')
      done.push(format(m.did.createPrincipal, { id: state.principal?.id ?? '' }));
    if (step.kind === 'grant') {
      done.push(format(m.did.grant, { resource: step.resource.name, scopes: step.scopes.join(' ') }));
    }
  }
  opts.out(m.done);
  for (const line of done) opts.out(`  ✓ ${line}`);
  if (steps.some((s) => s.kind === 'writeConfig')) opts.out(m.restart);
}
