import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_CLI_CLIENT_ID } from '@wcoa/shared/protocol';
import { runCli, startAgentProcess, tempHome, until } from '@wcoa/test/agent-process';
import { agentEnvFor, type Emulators, startEmulators } from '@wcoa/test/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `wcoa setup` as the admin runs it, against the identity and Graph emulators: a device-code
 * sign-in as Graph Command Line Tools, one app registration made (public client, SMTP.Send, the
 * tenant check's Graph permissions, the extension's redirect URI), its service principal, the
 * organisation's consent, the config written; a second run changes nothing; an account without
 * the role is told which role; and the agent then signs in with the app setup made.
 */

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
let emu: Emulators;

/** The emulators' authority, Graph and CA, but no client id: setup is what provides it. */
function setupEnv(): Record<string, string> {
  const { WCOA_CLIENT_ID: _none, ...env } = agentEnvFor(emu);
  return env;
}

/** Runs `wcoa setup` and approves its device code as `admin`; resolves with the exit code and output. */
async function runSetup(home: string, admin: string, args: string[] = []) {
  const before = new Set(emu.identity.pendingCodes().map((c) => c.userCode));
  const run = runCli(['setup', '--home', home, ...args], {
    WCOA_CLIENT_ID: '',
    LANG: 'en_US.UTF-8',
    LC_ALL: '',
    ...setupEnv(),
  });
  const code = await emu.identity.waitForCode(
    (c) => c.clientId === GRAPH_CLI_CLIENT_ID && !before.has(c.userCode),
    20_000,
  );
  await emu.identity.approve(code.userCode, admin);
  const { code: status, stdout: out, stderr: err } = await run;
  return { status, out, err, userCode: code.userCode };
}

beforeAll(async () => {
  emu = await startEmulators({ pollIntervalSec: 1 });
}, 60_000);

afterAll(async () => {
  await emu?.close();
});

describe('wcoa setup against the emulators', () => {
  const home = tempHome('wcoa-setup-');
  let clientId = '';

  it('says what it will create, creates it, and writes clientId and tenant', async () => {
    emu.identity.addUser({ email: 'admin@fabrikam.example' });
    const run = await runSetup(home, 'admin@fabrikam.example', ['--extension-id', EXTENSION_ID]);
    expect(run.status, run.out + run.err).toBe(0);
    expect(run.out).toContain(run.userCode);
    const [plan, done] = run.out.split('\nDone:\n');
    expect(plan).toContain('wcoa setup will now:');
    expect(plan).toContain('create the app registration "Web Config OAuth Assistant"');
    expect(plan).toContain('create its service principal');
    expect(plan).toContain('grant consent for the whole organisation: Office 365 Exchange Online SMTP.Send');
    expect(plan).toContain(
      'Microsoft Graph offline_access Policy.Read.All RoleManagement.Read.Directory User.Read.All',
    );
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as {
      clientId: string;
      tenant: string;
    };
    clientId = config.clientId;
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(done).toContain(`client id ${clientId}`);
    expect(config.tenant).toBe(emu.identity.user('admin@fabrikam.example')?.tenantId);
    // What sign-ins now see: the app, public client flows on, consented for the organisation.
    expect(emu.identity.app(clientId)?.publicClient).toBe(true);
    expect(emu.identity.consents()).toContainEqual({
      tenantId: config.tenant,
      clientId,
      onBehalfOfOrganization: true,
    });
    const writes = emu.graph.requests().filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /v1.0/applications 201',
      'POST /v1.0/servicePrincipals 201',
      'POST /v1.0/oauth2PermissionGrants 201',
      'POST /v1.0/oauth2PermissionGrants 201',
    ]);
  }, 60_000);

  it('run again, changes nothing that is right', async () => {
    const writesBefore = emu.graph.requests().filter((r) => r.method !== 'GET').length;
    const run = await runSetup(home, 'admin@fabrikam.example', ['--extension-id', EXTENSION_ID]);
    expect(run.status, run.out + run.err).toBe(0);
    expect(run.out).toContain(
      `Nothing to change: the app registration "Web Config OAuth Assistant" (${clientId})`,
    );
    expect(emu.graph.requests().filter((r) => r.method !== 'GET')).toHaveLength(writesBefore);
  }, 60_000);

  it('repairs the registration for another extension id: one PATCH adding its redirect URI', async () => {
    const other = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    const run = await runSetup(home, 'admin@fabrikam.example', ['--extension-id', other]);
    expect(run.status, run.out + run.err).toBe(0);
    expect(run.out).toContain(
      `update the app registration ${clientId}: add the redirect URI https://${other}.chromiumapp.org/msal`,
    );
    expect(run.out).not.toContain('create the app registration');
    const patches = emu.graph.requests().filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.status)).toEqual([204]);
  }, 60_000);

  it('names the missing role when the account may not create apps, and makes nothing', async () => {
    emu.identity.addUser({ email: 'helpdesk@northwind.example' });
    emu.graph.setUser('helpdesk@northwind.example', { roles: ['Exchange Administrator'] });
    const writesBefore = emu.graph.requests().filter((r) => r.method !== 'GET' && r.status < 300).length;
    const run = await runSetup(tempHome('wcoa-setup-'), 'helpdesk@northwind.example');
    expect(run.status).toBe(1);
    expect(run.err).toContain('Microsoft Graph refused to create the app registration');
    expect(run.err).toContain('Insufficient privileges to complete the operation.');
    expect(run.err).toContain(
      'Application Administrator, Cloud Application Administrator, Global Administrator',
    );
    expect(run.err).toContain('Register the Entra app');
    expect(emu.graph.requests().filter((r) => r.method !== 'GET' && r.status < 300)).toHaveLength(
      writesBefore,
    );
  }, 60_000);

  it('the agent signs a mailbox in with the app setup made', async () => {
    emu.identity.addUser({ email: 'scanner@fabrikam.example' });
    const { WCOA_CLIENT_ID: _none, ...env } = agentEnvFor(emu);
    const agent = await startAgentProcess({ home, env: { ...env, WCOA_CLIENT_ID: '' } });
    try {
      const started = await agent.cli('POST', '/v1/accounts/signin', { email: 'scanner@fabrikam.example' });
      expect(started.status, started.text).toBe(200);
      const code = emu.identity
        .pendingCodes()
        .find((c) => c.userCode === (started.json as { userCode: string }).userCode);
      expect(code?.clientId).toBe(clientId);
      await emu.identity.approve(code!.userCode, 'scanner@fabrikam.example');
      const account = await until(async () => {
        const list = (await agent.cli('GET', '/v1/accounts')).json as { id: string; state: string }[];
        return list.find((a) => a.id === 'scanner@fabrikam.example' && a.state !== 'signing-in');
      });
      expect(account.state).toBe('signed-in');
    } finally {
      await agent.stop();
    }
  }, 60_000);
});
