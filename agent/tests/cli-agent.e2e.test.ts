import { type AgentProcess, runCli, spawnCli, startAgentProcess, tempHome } from '@wcoa/test/agent-process';
import { type Emulators, startEmulators } from '@wcoa/test/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentEnvWithSmtp } from './helpers/for-tests.ts';

/** The terminal commands against a real agent and the emulators, as an admin types them. */

let emu: Emulators;
let agent: AgentProcess;
const EMAIL = 'mfp@fabrikam.example';

beforeAll(async () => {
  emu = await startEmulators({ pollIntervalSec: 1 });
  emu.identity.addUser({ email: EMAIL });
  agent = await startAgentProcess({ env: agentEnvWithSmtp(emu) });
}, 60_000);

afterAll(async () => {
  await agent?.stop();
  await emu?.close();
});

const home = () => ['--home', agent.home];

describe('wcoa CLI', () => {
  it('signin prints the code and the URL, waits, and reports the signed-in account', async () => {
    const child = spawnCli(['signin', '--email', EMAIL, ...home()], { LANG: 'en_US.UTF-8' });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const code = await new Promise<string>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /enter the code ([A-Z0-9]+)/.exec(out);
        if (m) resolve(m[1]!);
      });
    });
    expect(out).toContain(`${emu.identity.url}/devicelogin`);
    await emu.identity.approve(code, EMAIL);
    const exit = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(exit, err).toBe(0);
    expect(out).toContain(`Signed in: ${EMAIL}`);
  }, 60_000);

  it('test-mail prints each stage and the server reply', async () => {
    const r = await runCli(['test-mail', '--account', EMAIL, ...home()], { LANG: 'en_US.UTF-8' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/✓ DNS/);
    expect(r.stdout).toMatch(/✓ TLS/);
    expect(r.stdout).toMatch(/✓ authentication/);
    expect(r.stdout).toMatch(/Test mail accepted: 250 2\.0\.0 OK/);
    expect(emu.smtp.messages.some((m) => m.envelope.to.includes(EMAIL))).toBe(true);
  }, 30_000);

  it('test-mail failing: the stage, the causes in the terminal language, exit 1', async () => {
    emu.smtp.setMailbox(EMAIL, { smtpAuthDisabled: true });
    const r = await runCli(['test-mail', '--account', EMAIL, ...home()], { LANG: 'pt_BR.UTF-8' });
    emu.smtp.setMailbox(EMAIL, {});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('smtp-auth-disabled');
    expect(r.stderr).toMatch(/falhou na etapa autenticação: 535 5\.7\.139/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('probe HOST:PORT prints the stages, TLS and AUTH', async () => {
    const r = await runCli(['probe', `localhost:${emu.smtp.port}`, ...home()], { LANG: 'en_US.UTF-8' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/✓ STARTTLS/);
    expect(r.stdout).toMatch(/TLS TLSv1\.[23], certificate for \S+ from wcoa emulator test CA, valid until/);
    expect(r.stdout).toMatch(/AUTH after STARTTLS: .*XOAUTH2/);
  }, 30_000);

  it('status names the backend and the account; pair prints the code alone', async () => {
    const status = await runCli(['status', ...home()], { LANG: 'en_US.UTF-8' });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/Store key held by: (file|keyring)/);
    expect(status.stdout).toContain(`${EMAIL} (organizations): signed-in`);
    const pair = await runCli(['pair', ...home()]);
    expect(pair.code).toBe(0);
    expect(pair.stdout).toMatch(/^[3467ACDEFGHJKMNPQRTUVWXY]{4}-[3467ACDEFGHJKMNPQRTUVWXY]{4}\n$/);
  }, 30_000);

  it('bad input and no agent: one clear line, exit 1, no stack trace', async () => {
    const cases = [
      ['probe', 'smtp.example:99999', ...home()],
      ['test-mail', '--account', EMAIL, '--smtp', 'a b', ...home()],
      ['status', '--home', tempHome()],
    ];
    for (const args of cases) {
      const r = await runCli(args, { LANG: 'en_US.UTF-8' });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(/^wcoa: /);
    }
  }, 30_000);
});
