import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AgentProcess, runCli, startAgentProcess, tempHome, until } from '@wcoa/test/agent-process';
import { agentEnvFor, type Emulators, startEmulators } from '@wcoa/test/emulators';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKey, seal } from '../src/store/crypto.ts';

/**
 * Attack: the sealed token cache is changed on disk (a flipped byte, a row sealed under another
 * key). Before: every later token request of that authority failed with "Unsupported state or
 * unable to authenticate data", no cause, and status still said signed-in, for good. Now the row
 * is quarantined, the account says why it needs a sign-in, and a fresh sign-in just works.
 */

type AccountView = { id: string; state: string; cause?: string; reason?: string };

let emu: Emulators;
const EMAIL = 'healing@contoso.example';

function env(): Record<string, string> {
  return {
    ...agentEnvFor(emu),
    WCOA_SMTP_HOST: 'localhost',
    WCOA_SMTP_PORT: String(emu.smtp.port),
    WCOA_TEST_MAIL_RATE: '100',
  };
}

async function signIn(agent: AgentProcess): Promise<void> {
  const started = await agent.cli('POST', '/v1/accounts/signin', { email: EMAIL });
  expect(started.status, started.text).toBe(200);
  await emu.identity.approve((started.json as { userCode: string }).userCode, EMAIL);
  await until(async () => {
    const list = (await agent.cli('GET', '/v1/accounts')).json as AccountView[];
    return list.find((a) => a.id === EMAIL && a.state === 'signed-in');
  });
}

async function account(agent: AgentProcess): Promise<AccountView | undefined> {
  return ((await agent.cli('GET', '/v1/accounts')).json as AccountView[]).find((a) => a.id === EMAIL);
}

beforeAll(async () => {
  emu = await startEmulators({ pollIntervalSec: 1 });
  emu.identity.addUser({ email: EMAIL });
}, 60_000);

afterAll(async () => {
  await emu?.close();
});

describe.each([
  [
    'a flipped byte',
    (data: Buffer) => {
      const copy = Buffer.from(data);
      copy[copy.length - 1]! ^= 0x01;
      return copy;
    },
  ],
  ['a row sealed under another key', (data: Buffer) => seal(newKey(), data, 'msal_cache:x')],
])('a token-cache row changed on disk (%s) heals', (_name, tamper) => {
  it('is quarantined, the account says why, status tells the truth, and a new sign-in works', async () => {
    const home = tempHome('wcoa-heal-');
    let agent = await startAgentProcess({ home, env: env() });
    try {
      await signIn(agent);
      expect((await agent.cli('POST', '/v1/test-mail', { account: EMAIL })).json).toMatchObject({ ok: true });
    } finally {
      await agent.stop();
    }

    const db = new Database(join(home, 'wcoa.db'));
    const row = db.prepare('SELECT partition, data FROM msal_cache').get() as {
      partition: string;
      data: Buffer;
    };
    db.prepare('UPDATE msal_cache SET data = ? WHERE partition = ?').run(tamper(row.data), row.partition);
    db.close();

    agent = await startAgentProcess({ home, env: env() });
    try {
      expect(await account(agent)).toMatchObject({
        state: 'expired',
        cause: 'sign-in-required',
        reason: 'stored-sign-in-unreadable',
      });
      const status = await runCli(['status', '--home', home, '--port', String(agent.port)], { LANG: 'C' });
      expect(status.code, status.stderr).toBe(0);
      expect(status.stdout).toMatch(new RegExp(`${EMAIL} \\(\\S+\\): expired`));
      expect(status.stdout).toMatch(/why: .*integrity check/);

      // A test mail meanwhile is an answer with the cause, not a 500.
      const refused = await agent.cli('POST', '/v1/test-mail', { account: EMAIL });
      expect(refused.status, refused.text).toBe(200);
      expect(refused.json).toMatchObject({ ok: false, causes: ['sign-in-required'] });

      const check = new Database(join(home, 'wcoa.db'), { readonly: true });
      expect(check.prepare('SELECT source, row_key FROM quarantine').all()).toEqual([
        { source: 'msal_cache', row_key: row.partition },
      ]);
      check.close();

      await signIn(agent);
      expect((await account(agent))?.reason).toBeUndefined();
      const sent = await agent.cli('POST', '/v1/test-mail', { account: EMAIL });
      expect(sent.json).toMatchObject({ ok: true });
      const log = readFileSync(join(home, 'logs', 'agent.log'), 'utf8');
      expect(log).toContain('stored sign-in failed authentication');
      expect(log).not.toContain('"err":{}');
    } finally {
      await agent.stop();
    }
  }, 90_000);
});

describe('sign-ins are limited per caller', () => {
  it('20 sign-ins for one account start one flow, 20 without an address start one, and at most 10 run', async () => {
    const agent = await startAgentProcess({ home: tempHome('wcoa-signins-'), env: env() });
    try {
      const signin = (body: Record<string, string>) => agent.cli('POST', '/v1/accounts/signin', body);
      const started = performance.now();
      const same = await Promise.all(
        Array.from({ length: 20 }, () => signin({ email: 'many@contoso.example' })),
      );
      const anonymous = await Promise.all(Array.from({ length: 20 }, () => signin({})));
      console.log(`ATTACK 40 sign-ins: answered in ${(performance.now() - started).toFixed(0)} ms`);
      for (const batch of [same, anonymous]) {
        expect(batch.every((r) => r.status === 200)).toBe(true);
        expect(new Set(batch.map((r) => (r.json as { userCode: string }).userCode)).size).toBe(1);
      }
      const pending = ((await agent.cli('GET', '/v1/accounts')).json as AccountView[]).filter(
        (a) => a.state === 'signing-in',
      );
      expect(pending).toHaveLength(2);
      const more: number[] = [];
      for (let i = 0; i < 9; i++) more.push((await signin({ email: `other${i}@contoso.example` })).status);
      expect(more.slice(0, 8)).toEqual(Array(8).fill(200));
      expect(more[8]).toBe(429);
    } finally {
      await agent.stop();
    }
  }, 90_000);
});
