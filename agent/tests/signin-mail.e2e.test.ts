import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Account,
  AccountsResponseSchema,
  type TestMailResponse,
  TestMailResponseSchema,
} from '@wcoa/shared/protocol';
import { type AgentProcess, until } from '@wcoa/test/agent-process';
import { createTestCa, type IdentityFault, startSmtpEmulator } from '@wcoa/test/emulators';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { agentEnvWithSmtp, agentForTests, emulatorsForTests } from './helpers/for-tests.ts';

/**
 * The agent as a process against the Microsoft-side emulators: device-code sign-in, test mails
 * received and parsed at the SMTP emulator, every fault switch → the cause id the admin sees.
 */

// Access tokens live 200 s: inside msal's 5-minute renewal margin, so the token a sign-in leaves
// counts as expired and the first send needs a refresh; the agent then reuses the new one.
const emu = emulatorsForTests({ pollIntervalSec: 1, accessTokenLifetimeSec: 200, retryAfterSec: 1 });
const agent = agentForTests(() => ({ env: agentEnv({ WCOA_TEST_MAIL_RATE: '100' }) }));
let n = 0;
/** A fresh mailbox per test, so one test's switches never leak into another's. */
function newUser(): string {
  const email = `printer${++n}@contoso.example`;
  emu.identity.addUser({ email });
  return email;
}

async function startSignin(a: AgentProcess, email: string): Promise<string> {
  const started = await a.cli('POST', '/v1/accounts/signin', { email });
  expect(started.status, started.text).toBe(200);
  return (started.json as { userCode: string }).userCode;
}

async function accountState(a: AgentProcess, email: string, notState = 'signing-in'): Promise<Account> {
  return until(async () => {
    const accounts = AccountsResponseSchema.parse((await a.cli('GET', '/v1/accounts')).json);
    return accounts.find((x) => x.id === email && x.state !== notState);
  });
}

async function signIn(a: AgentProcess, email: string): Promise<void> {
  await emu.identity.approve(await startSignin(a, email), email);
  expect((await accountState(a, email)).state).toBe('signed-in');
}

async function testMail(a: AgentProcess, body: Record<string, unknown>): Promise<TestMailResponse> {
  const res = await a.cli('POST', '/v1/test-mail', body);
  expect(res.status, res.text).toBe(200);
  // The reply as the contract says the agent sends it.
  return TestMailResponseSchema.parse(res.json);
}

function agentEnv(extra: Record<string, string> = {}): Record<string, string> {
  return agentEnvWithSmtp(emu, { WCOA_ALLOWED_RECIPIENTS: 'helpdesk@contoso.example', ...extra });
}

describe('sign-in and test mail', () => {
  it('signs in by device code and sends a test mail that arrives, parsed, at the SMTP emulator', async () => {
    const email = newUser();
    await signIn(agent, email);
    const result = await testMail(agent, { account: email });
    expect(result).toMatchObject({ ok: true, stage: 'ok', causes: [] });
    expect(result.reply).toMatch(/^250 2\.0\.0 OK/);
    for (const t of ['dns', 'connect', 'tls', 'auth', 'send'] as const)
      expect(result.timings[t]).toBeGreaterThanOrEqual(0);
    expect(result.transcript).toContain('C: STARTTLS');
    expect(result.transcript.some((l) => l.startsWith('C: AUTH XOAUTH2'))).toBe(true);

    const delivered = await emu.smtp.waitForMessage((m) => m.envelope.to.includes(email));
    const parsed = await simpleParser(delivered.raw);
    expect(parsed.subject).toContain(email);
    expect(parsed.headers.get('x-wcoa-test-mail')).toBe('1');
    expect(parsed.text).toContain('XOAUTH2');
  });

  it('sends to a configured recipient and as a sender the mailbox may send as', async () => {
    const email = newUser();
    await signIn(agent, email);
    emu.smtp.setMailbox(email, { sendAs: ['scanner@contoso.example'] });
    const result = await testMail(agent, {
      account: email,
      from: 'scanner@contoso.example',
      to: 'helpdesk@contoso.example',
    });
    expect(result).toMatchObject({ ok: true, stage: 'ok' });
    const delivered = await emu.smtp.waitForMessage((m) =>
      m.envelope.to.includes('helpdesk@contoso.example'),
    );
    expect((await simpleParser(delivered.raw)).from?.text).toContain('scanner@contoso.example');
  });

  it('refuses a test mail for an account that never signed in', async () => {
    const res = await agent.cli('POST', '/v1/test-mail', { account: 'nobody@contoso.example' });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ error: { code: 'account-unknown' } });
  });

  it('a terminal sign-in started without an address ends under the signed-in address', async () => {
    const email = newUser();
    const started = await agent.cli('POST', '/v1/accounts/signin', {});
    const { id, userCode } = started.json as { id: string; userCode: string };
    expect((await agent.cli('GET', '/v1/accounts')).json).toContainEqual(
      expect.objectContaining({ id, email: null, state: 'signing-in' }),
    );
    await emu.identity.approve(userCode, email);
    expect((await accountState(agent, email)).state).toBe('signed-in');
  });
});

describe('sign-in faults → account failed with the cause', () => {
  const cases: Array<[IdentityFault, string]> = [
    ['AADSTS50076', 'mfa-required'],
    ['AADSTS53003', 'conditional-access-blocked'],
    ['AADSTS530035', 'security-defaults-on'],
    ['AADSTS65001', 'consent-missing'],
    ['AADSTS7000218', 'public-client-disabled'],
  ];
  it.each(cases)('%s → %s', async (fault, cause) => {
    const email = newUser();
    emu.identity.setFault(email, fault);
    const userCode = await startSignin(agent, email);
    await emu.identity.approve(userCode, email).catch(() => undefined);
    const account = await accountState(agent, email);
    expect(account).toMatchObject({ state: 'failed', cause });
  });

  it('declined at the verification page → device-code-declined', async () => {
    const email = newUser();
    await emu.identity.decline(await startSignin(agent, email));
    expect(await accountState(agent, email)).toMatchObject({
      state: 'failed',
      cause: 'device-code-declined',
    });
  });
});

describe('refresh: single flight, expiry, backoff', () => {
  const refreshes = (email: string) =>
    emu.identity.tokenRequests().filter((r) => r.grantType === 'refresh_token' && r.email === email);

  it('20 concurrent test mails with an expired access token make exactly one token request', async () => {
    const email = newUser();
    await signIn(agent, email);
    const before = refreshes(email).length;
    const results = await Promise.all(Array.from({ length: 20 }, () => testMail(agent, { account: email })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(refreshes(email).length - before).toBe(1);
    expect(emu.smtp.messages.filter((m) => m.envelope.to.includes(email))).toHaveLength(20);
  });

  it.each([['AADSTS700082'], ['AADSTS70043'], ['AADSTS50173']] as Array<[IdentityFault]>)(
    '%s on refresh → expired with sign-in-expired, and no retry loop',
    async (fault) => {
      const email = newUser();
      await signIn(agent, email);
      emu.identity.setFault(email, fault);
      const before = refreshes(email).length;
      const first = await testMail(agent, { account: email });
      expect(first).toMatchObject({ ok: false, stage: 'auth' });
      expect(first.causes[0]).toBe('sign-in-expired');
      expect(await accountState(agent, email)).toMatchObject({ state: 'expired', cause: 'sign-in-expired' });
      const second = await testMail(agent, { account: email });
      expect(second.causes).toEqual(['sign-in-expired']);
      expect(refreshes(email).length - before).toBe(1);
    },
  );

  it('revoked refresh token (invalid_grant) → expired', async () => {
    const email = newUser();
    await signIn(agent, email);
    emu.identity.revokeRefreshTokens(email);
    const result = await testMail(agent, { account: email });
    expect(result).toMatchObject({ ok: false, stage: 'auth' });
    expect((await accountState(agent, email)).state).toBe('expired');
  });

  it('535 5.7.3 to a token the agent thought valid: renewed once and sent', async () => {
    const email = newUser();
    await signIn(agent, email);
    expect((await testMail(agent, { account: email })).ok).toBe(true);
    emu.identity.expireAccessTokensNow();
    const before = refreshes(email).length;
    const result = await testMail(agent, { account: email });
    expect(result).toMatchObject({ ok: true, stage: 'ok' });
    expect(result.transcript).toContain('* 535 5.7.3: token renewed, trying once more');
    expect(refreshes(email).length - before).toBe(1);
  });

  it('535 5.7.3 that a new token does not cure: one renewal, then the causes', async () => {
    const email = newUser();
    await signIn(agent, email);
    expect((await testMail(agent, { account: email })).ok).toBe(true);
    emu.smtp.setMailbox(email, { unlicensed: true });
    const before = refreshes(email).length;
    const result = await testMail(agent, { account: email });
    expect(result).toMatchObject({ ok: false, stage: 'auth' });
    expect(result.causes[0]).toBe('token-rejected');
    expect(refreshes(email).length - before).toBe(1);
  });

  it('503 with Retry-After: waits as told, then succeeds once the platform is back', async () => {
    const email = newUser();
    await signIn(agent, email);
    emu.identity.setFault(email, 'http503');
    const before = refreshes(email).length;
    setTimeout(() => emu.identity.setFault(email, null), 1500);
    const result = await testMail(agent, { account: email });
    expect(result).toMatchObject({ ok: true, stage: 'ok' });
    const attempts = refreshes(email).slice(before);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts.length).toBeLessThanOrEqual(4);
    expect(attempts[0]!.status).toBe(503);
    // Retry-After: 1 → at least a second between tries.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it('429 that does not end: a bounded number of tries, then transient-server-error, account kept', async () => {
    const email = newUser();
    await signIn(agent, email);
    emu.identity.setFault(email, 'http429');
    const before = refreshes(email).length;
    const result = await testMail(agent, { account: email });
    emu.identity.setFault(email, null);
    expect(result).toMatchObject({ ok: false, stage: 'auth' });
    expect(result.causes).toContain('transient-server-error');
    expect(refreshes(email).length - before).toBe(4);
    expect((await accountState(agent, email)).state).toBe('signed-in');
  });
});

describe('SMTP switches → stage and cause', () => {
  it('SMTP AUTH disabled for the mailbox → auth stage, smtp-auth-disabled', async () => {
    const email = newUser();
    await signIn(agent, email);
    emu.smtp.setMailbox(email, { smtpAuthDisabled: true });
    const result = await testMail(agent, { account: email });
    expect(result).toMatchObject({ ok: false, stage: 'auth' });
    expect(result.reply).toMatch(/^535 5\.7\.139/);
    expect(result.causes[0]).toBe('smtp-auth-disabled');
  });

  it('a sender the mailbox may not send as → sender-mismatch', async () => {
    const email = newUser();
    await signIn(agent, email);
    emu.smtp.setMailbox(email, { sendAsDenied: true });
    const result = await testMail(agent, { account: email, from: 'other@contoso.example' });
    expect(result.ok).toBe(false);
    expect(['sender', 'data']).toContain(result.stage);
    expect(result.causes[0]).toBe('sender-mismatch');
  });

  it('throttled mailbox → send-throttled or sender-mismatch as Microsoft words it', async () => {
    const email = newUser();
    await signIn(agent, email);
    emu.smtp.setMailbox(email, { throttled: true });
    const result = await testMail(agent, { account: email });
    expect(result.ok).toBe(false);
    expect(result.causes.length).toBeGreaterThan(0);
    expect(['send-throttled', 'sender-mismatch']).toContain(result.causes[0]);
  });

  it('a server whose certificate the agent does not trust → tls stage, certificate-invalid', async () => {
    const email = newUser();
    await signIn(agent, email);
    // The same Exchange-like server, but its certificate comes from a CA the agent was not told about.
    const stranger = await startSmtpEmulator({ tls: await createTestCa(), identity: emu.identity });
    try {
      const result = await testMail(agent, {
        account: email,
        smtp: { host: 'localhost', port: stranger.port },
      });
      expect(result).toMatchObject({ ok: false, stage: 'tls' });
      expect(result.causes).toContain('certificate-invalid');
      expect(stranger.messages).toHaveLength(0);
      const probe = (await agent.cli('POST', '/v1/probe', { host: 'localhost', port: stranger.port }))
        .json as {
        ok: boolean;
        tls: { authorized: boolean; certificate: { issuer: string } };
        causes: string[];
      };
      expect(probe.ok).toBe(false);
      expect(probe.tls.authorized).toBe(false);
      expect(probe.tls.certificate.issuer).toContain('wcoa emulator test CA');
      expect(probe.causes).toContain('certificate-invalid');
    } finally {
      await stranger.close();
    }
  });

  it('nothing listening → connect stage, service-unreachable', async () => {
    const email = newUser();
    await signIn(agent, email);
    const result = await testMail(agent, { account: email, smtp: { host: 'localhost', port: 1 } });
    expect(result).toMatchObject({ ok: false, stage: 'connect' });
    expect(result.causes).toContain('service-unreachable');
  });
});

describe('probe', () => {
  it('reports every stage of the SMTP emulator: STARTTLS, TLS 1.2+, certificate, XOAUTH2', async () => {
    const res = await agent.cli('POST', '/v1/probe', { host: 'localhost', port: emu.smtp.port });
    expect(res.status).toBe(200);
    const probe = res.json as {
      ok: boolean;
      stages: Array<{ stage: string; ok: boolean }>;
      starttls: boolean;
      tls: { version: string; authorized: boolean; certificate: { nameMatch: boolean; daysLeft: number } };
      authMechanisms: string[];
      xoauth2: boolean;
      banner: string;
    };
    expect(probe.ok).toBe(true);
    expect(probe.stages.map((s) => s.stage)).toEqual([
      'dns',
      'connect',
      'banner',
      'ehlo',
      'starttls',
      'tls',
      'auth',
    ]);
    expect(probe.starttls).toBe(true);
    expect(probe.banner).toMatch(/^220 /);
    expect(['TLSv1.2', 'TLSv1.3']).toContain(probe.tls.version);
    expect(probe.tls.authorized).toBe(true);
    expect(probe.tls.certificate.nameMatch).toBe(true);
    expect(probe.tls.certificate.daysLeft).toBeGreaterThan(0);
    expect(probe.authMechanisms).toContain('XOAUTH2');
    expect(probe.xoauth2).toBe(true);
  });

  it('a closed port stops at connect with service-unreachable', async () => {
    const res = await agent.cli('POST', '/v1/probe', { host: '127.0.0.1', port: 1 });
    const probe = res.json as {
      ok: boolean;
      stages: Array<{ stage: string; ok: boolean }>;
      causes: string[];
    };
    expect(probe.ok).toBe(false);
    expect(probe.stages.at(-1)).toMatchObject({ stage: 'connect', ok: false });
    expect(probe.causes).toContain('service-unreachable');
  });
});

describe('device code lifetime', () => {
  // Last in this file: it moves the emulator's clock for everyone.
  it('a code nobody enters in time → failed with device-code-expired', async () => {
    const email = newUser();
    await startSignin(agent, email);
    emu.identity.advanceClock(16 * 60);
    expect(await accountState(agent, email)).toMatchObject({ state: 'failed', cause: 'device-code-expired' });
  });
});

describe('logs', () => {
  it('hold no token, no XOAUTH2 blob, no CLI token', async () => {
    const logs = join(agent.home, 'logs');
    const text = readdirSync(logs)
      .map((f) => readFileSync(join(logs, f), 'utf8'))
      .join('\n');
    expect(text.length).toBeGreaterThan(1000);
    expect(text).toContain('test mail');
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/); // a JWT
    expect(text).not.toMatch(/dXNlcj[A-Za-z0-9+/=]{20,}/); // base64 of "user=…" (XOAUTH2)
    expect(text).not.toMatch(/Bearer [A-Za-z0-9._~+/-]{16,}/);
    expect(text).not.toContain(agent.cliToken());
  });
});
