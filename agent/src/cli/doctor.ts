import { MICROSOFT_SMTP } from '@wcoa/shared/diagnosis';
import { format, type Messages } from '@wcoa/shared/i18n';
import { ENDPOINTS, type StatusResponse } from '@wcoa/shared/protocol';
import { type Config, loadConfig, readExtraCa } from '../config.ts';
import { type AgentOptions, callAgent, cliError, resolveTarget } from './agent-client.ts';

/**
 * `wcoa doctor`: each link from this machine to a signed-in mailbox, in the order they depend on
 * each other, as a checklist; the first broken link's line is the next thing to do.
 */

export interface Check {
  /** true: fine; false: broken (the line says what to do); null: skipped (an earlier link is broken). */
  ok: boolean | null;
  line: string;
}

type M = Messages['install']['doctor'];
const MIN_NODE = [20, 19] as const;

function nodeCheck(m: M): Check {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  const version = process.versions.node;
  return ok
    ? { ok, line: format(m.node, { version }) }
    : { ok, line: format(m.nodeOld, { version, wanted: MIN_NODE.join('.') }) };
}

/** Asks the identity platform for a device code with the configured app: it answers only for an app the tenant knows. */
async function appReachable(config: Config, clientId: string): Promise<string | null> {
  const { AgentNetworkModule } = await import('../auth/network.ts');
  const extraCa = readExtraCa(config);
  const network = new AgentNetworkModule({ maxRetries: 1, ...(extraCa ? { extraCa } : {}) });
  const body = new URLSearchParams({
    client_id: clientId,
    scope: 'https://outlook.office.com/SMTP.Send offline_access',
  }).toString();
  try {
    const response = await network.sendPostRequestAsync<{ error?: string; error_description?: string }>(
      `${config.authorityHost}/${config.tenant}/oauth2/v2.0/devicecode`,
      { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    );
    if (response.status === 200) return null;
    const b = response.body ?? {};
    return (b.error_description ?? b.error ?? `HTTP ${response.status}`).split(/\r?\n/)[0] ?? '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function runDoctor(
  m: M,
  opts: AgentOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Check[]> {
  const checks: Check[] = [nodeCheck(m)];
  const skip = (what: string): Check => ({ ok: null, line: format(m.skipped, { what }) });

  const { home } = resolveTarget(opts, env);
  let status: StatusResponse | null = null;
  try {
    status = await callAgent(opts, ENDPOINTS.status, {});
    checks.push({ ok: true, line: format(m.agentUp, { version: status.version, port: status.port }) });
  } catch {
    checks.push({ ok: false, line: m.agentDown });
  }

  if (status) {
    checks.push(
      status.clients > 0
        ? { ok: true, line: format(m.paired, { count: status.clients }) }
        : { ok: false, line: m.notPaired },
    );
  } else {
    checks.push(skip(m.what.pairing));
  }

  let config: Config | null = null;
  try {
    config = loadConfig(home.config, env);
  } catch {
    config = null;
  }
  const clientId = config?.clientId;
  if (!config || !clientId) {
    checks.push({ ok: false, line: m.appMissing });
  } else {
    const publicOff = status?.accounts.some((a) => a.cause === 'public-client-disabled');
    const problem = publicOff
      ? 'public client flows are off (AADSTS7000218)'
      : await appReachable(config, clientId);
    checks.push(
      problem === null
        ? { ok: true, line: format(m.appSet, { clientId, tenant: config.tenant }) }
        : { ok: false, line: format(m.appBroken, { clientId, reason: problem }) },
    );
  }

  const smtp = config?.smtp ?? { ...MICROSOFT_SMTP };
  if (status) {
    try {
      const probe = await callAgent(opts, ENDPOINTS.probe, { body: smtp });
      const xoauth2 = probe.authMechanisms.some((a) => a.toUpperCase() === 'XOAUTH2');
      const failed = probe.stages.find((s) => !s.ok);
      checks.push(
        probe.ok && xoauth2
          ? { ok: true, line: format(m.smtpOk, smtp) }
          : {
              ok: false,
              line: format(m.smtpBad, {
                ...smtp,
                reason: failed ? `${failed.stage}: ${failed.detail ?? ''}`.trim() : 'no XOAUTH2',
              }),
            },
      );
    } catch (error) {
      const reason = (cliError(error) as Error).message;
      checks.push({ ok: false, line: format(m.smtpBad, { ...smtp, reason }) });
    }
    const account = status.accounts.find((a) => a.state === 'signed-in');
    checks.push(
      account
        ? { ok: true, line: format(m.accountOk, { email: account.email ?? account.id }) }
        : { ok: false, line: m.accountMissing },
    );
  } else {
    checks.push(skip(m.what.smtp), skip(m.what.account));
  }
  return checks;
}

export function doctorLines(m: M, checks: Check[]): string[] {
  const mark = (c: Check) => (c.ok === true ? '✓' : c.ok === false ? '✗' : '–');
  const lines = checks.map((c) => `${mark(c)} ${c.line}`);
  const first = checks.find((c) => c.ok === false);
  lines.push('', first ? format(m.next, { action: first.line }) : m.allGood);
  return lines;
}
