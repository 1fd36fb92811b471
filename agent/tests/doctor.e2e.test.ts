import { runCli, until } from '@wcoa/test/agent-process';
import { describe, expect, it } from 'vitest';
import { agentEnvWithSmtp, agentForTests, emulatorsForTests } from './helpers/for-tests.ts';

/** `wcoa doctor` against a real agent and the emulators: each link in order, the next action, the exit status. */

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const emu = emulatorsForTests({ pollIntervalSec: 1 });
const agent = agentForTests(() => ({ env: env() }));

function env(extra: Record<string, string> = {}): Record<string, string> {
  return agentEnvWithSmtp(emu, { WCOA_LOG_STDOUT: '0', ...extra });
}

/** Runs `wcoa doctor` as a child process (asynchronously: the emulators answer from this process). */
async function doctor(extra: Record<string, string> = {}) {
  const args = ['doctor', '--home', agent.home, '--port', String(agent.port)];
  const {
    code: status,
    stdout: out,
    stderr,
  } = await runCli(args, { LANG: 'en_US.UTF-8', LC_ALL: '', ...env(extra) });
  if (stderr) process.stderr.write(stderr);
  return { status, out, lines: out.trimEnd().split('\n') };
}

describe('wcoa doctor', () => {
  it('checks each link in order and names the first broken one as the next action', async () => {
    const r = await doctor();
    expect(r.status).toBe(1);
    expect(r.lines[0]).toMatch(/^✓ Node\.js \d+\.\d+\.\d+$/);
    expect(r.lines[1]).toMatch(/^✓ Agent .* listening on port \d+$/);
    expect(r.lines[2]).toMatch(/^✗ No extension paired/);
    expect(r.lines[3]).toBe(
      `✓ App registration ${emu.identity.clientId} (tenant organizations) answers the identity platform`,
    );
    expect(r.lines[4]).toBe(`✓ SMTP localhost:${emu.smtp.port} offers STARTTLS and XOAUTH2`);
    expect(r.lines[5]).toMatch(/^✗ No account signed in/);
    expect(r.lines.at(-1)).toMatch(/^Next: No extension paired: run "wcoa pair"/);
  });

  it("an app the tenant does not know is a broken link with the platform's words", async () => {
    const r = await doctor({ WCOA_CLIENT_ID: '11111111-2222-4333-8444-555555555555' });
    expect(r.out).toContain(
      '✗ The app registration 11111111-2222-4333-8444-555555555555 does not work: AADSTS700016',
    );
  });

  it('all green once paired and signed in, exit 0', async () => {
    const code = ((await agent.cli('POST', '/v1/pairing-codes')).json as { code: string }).code;
    expect((await agent.ext(EXT, null, 'POST', '/v1/pair', { code, name: 'Chrome' })).status).toBe(200);
    emu.identity.addUser({ email: 'scanner@contoso.example' });
    const started = await agent.cli('POST', '/v1/accounts/signin', { email: 'scanner@contoso.example' });
    await emu.identity.approve((started.json as { userCode: string }).userCode, 'scanner@contoso.example');
    await until(async () => {
      const list = (await agent.cli('GET', '/v1/accounts')).json as { id: string; state: string }[];
      return list.find((a) => a.state === 'signed-in');
    });
    const r = await doctor();
    expect(r.out).not.toContain('✗');
    expect(r.out).toContain('✓ Account scanner@contoso.example is signed in');
    expect(r.lines.at(-1)).toBe(
      'Everything is ready: send a test mail with "wcoa test-mail --from <mailbox>".',
    );
    expect(r.status).toBe(0);
  });
});
