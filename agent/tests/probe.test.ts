import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { createTestCa, type TestCa } from '@wcoa/test/emulators';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { probeSmtp } from '../src/probe/probe.ts';

/**
 * The probe against SMTP servers that are not Exchange: smtp-server set up the ways a printer's
 * endpoint can be wrong (no STARTTLS, no XOAUTH2), and a port that never greets.
 */

let ca: TestCa;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function smtp(
  options: SMTPServerOptions,
  leaf?: (ca: TestCa) => Promise<{ key: string; cert: string }>,
): Promise<number> {
  ca ??= await createTestCa();
  const { key, cert } = await (leaf ? leaf(ca) : ca.issue(['localhost', '127.0.0.1']));
  const server = new SMTPServer({
    key,
    cert,
    logger: false,
    onAuth: (_a, _s, cb) => cb(null, { user: 'x' }),
    ...options,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  return (server.server.address() as AddressInfo).port;
}

describe('probe', () => {
  it('a server without STARTTLS stops at starttls: wrong-secure-connection', async () => {
    const port = await smtp({ hideSTARTTLS: true });
    const r = await probeSmtp('localhost', port, { extraCa: ca.caCertPem });
    expect(r.ok).toBe(false);
    expect(r.starttls).toBe(false);
    expect(r.stages.at(-1)).toMatchObject({ stage: 'starttls', ok: false });
    expect(r.causes).toContain('wrong-secure-connection');
  });

  it('AUTH without XOAUTH2 after STARTTLS: the mechanisms, and no XOAUTH2', async () => {
    const port = await smtp({ authMethods: ['PLAIN', 'LOGIN'] });
    const r = await probeSmtp('localhost', port, { extraCa: ca.caCertPem });
    expect(r.ok).toBe(false);
    expect(r.tls?.authorized).toBe(true);
    expect(r.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
    expect(r.xoauth2).toBe(false);
    expect(r.stages.at(-1)).toMatchObject({ stage: 'auth', ok: false });
  });

  it('XOAUTH2 offered after STARTTLS: every stage passes, each timed', async () => {
    const port = await smtp({ authMethods: ['PLAIN', 'LOGIN', 'XOAUTH2'] });
    const r = await probeSmtp('127.0.0.1', port, { extraCa: ca.caCertPem });
    expect(r.ok).toBe(true);
    expect(r.xoauth2).toBe(true);
    expect(r.stages.every((s) => s.ok && s.ms >= 0)).toBe(true);
    expect(r.tls?.certificate?.nameMatch).toBe(true);
  });

  it('a port that accepts but never greets (implicit TLS on 465 looks like this) times out at banner', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise<void>((r) => silent.close(() => r())));
    const r = await probeSmtp('127.0.0.1', (silent.address() as AddressInfo).port, { timeoutMs: 300 });
    expect(r.ok).toBe(false);
    expect(r.stages.at(-1)).toMatchObject({ stage: 'banner', ok: false });
    expect(r.stages.at(-1)?.detail).toMatch(/ETIMEDOUT/);
  });

  it('a certificate for another name: "certificate is not for HOST" and wrong-server', async () => {
    const port = await smtp({ authMethods: ['XOAUTH2'] }, (c) => c.issue(['mail.other.example']));
    const r = await probeSmtp('127.0.0.1', port, { extraCa: ca.caCertPem });
    expect(r.ok).toBe(false);
    expect(r.stages.at(-1)).toMatchObject({
      stage: 'tls',
      ok: false,
      detail: 'certificate is not for 127.0.0.1',
    });
    expect(r.tls?.certificate?.nameMatch).toBe(false);
    expect(r.causes).toEqual(['wrong-server']);
  });

  it('a chain the agent does not trust: certificate-invalid and the agent’s tls.caFile remedy', async () => {
    const unknown = await createTestCa();
    closers.push(async () => unknown.dispose());
    const port = await smtp({ authMethods: ['XOAUTH2'] }, () => unknown.issue(['127.0.0.1']));
    const r = await probeSmtp('127.0.0.1', port, { extraCa: ca.caCertPem });
    expect(r.ok).toBe(false);
    expect(r.stages.at(-1)).toMatchObject({ stage: 'tls', ok: false });
    expect(r.causes).toEqual(['certificate-invalid', 'agent-ca-untrusted']);
  });
});
