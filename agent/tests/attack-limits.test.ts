import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http } from '@wcoa/test/agent-process';
import { createTestCa } from '@wcoa/test/emulators';
import { describe, expect, it } from 'vitest';
import { AgentNetworkModule } from '../src/auth/network.ts';
import { createLogger } from '../src/log.ts';
import { agentForTests } from './helpers/for-tests.ts';

/**
 * Attacks on the agent's limits, from outside the real process: unauthenticated floods with
 * bodies, probes in bulk, pairing guesses from one origin. Figures are printed for the record.
 */

const agent = agentForTests();

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** Opens a raw connection that sends a POST with a 64 KiB body and no token; resolves on its status (or 0 when closed). */
function strangerWithBody(port: number): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.on('data', (c) => {
      reply += c.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0)));
    const body = `{"pad":"${'x'.repeat(64 * 1024 - 10)}"}`;
    socket.write(
      `POST /v1/test-mail HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    socket.write(body);
  });
}

describe('unauthenticated floods', () => {
  it('1,000 strangers posting 64 KiB bodies get 401 without the agent reading them, and it keeps serving', async () => {
    const pid = agent.child.pid!;
    const before = rssMb(pid);
    const started = performance.now();
    const statuses = await Promise.all(Array.from({ length: 1000 }, () => strangerWithBody(agent.port)));
    const ms = performance.now() - started;
    const after = rssMb(pid);
    console.log(
      `ATTACK 1000 unauthenticated 64 KiB posts: ${ms.toFixed(0)} ms to answer all, RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB, statuses ${JSON.stringify(countOf(statuses))}`,
    );
    // Every one refused as unknown, or closed by the cap on unauthenticated connections; none
    // read into a 413 or a route.
    expect(statuses.every((s) => s === 401 || s === 0)).toBe(true);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThanOrEqual(100);
    expect(after - before).toBeLessThan(100);
    expect((await agent.cli('GET', '/v1/status')).status).toBe(200);
  }, 60_000);
});

describe('the caller before the body', () => {
  it('a stranger with a 1 MB body is refused as unknown (401), not read into a 413', async () => {
    const started = performance.now();
    const res = await http(agent.port, {
      method: 'POST',
      path: '/v1/test-mail',
      headers: { host: `127.0.0.1:${agent.port}`, 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(1024 * 1024) }),
    }).catch(() => null);
    console.log(
      `ATTACK 1 MB unauthenticated body: answered in ${(performance.now() - started).toFixed(0)} ms`,
    );
    // The agent may close before the client has written it all: then no status reaches us at all.
    if (res) expect(res.status).toBe(401);
  });
});

describe('logged errors', () => {
  it('carry message, code and stack (not "err":{}), with secrets still redacted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wcoa-logs-'));
    const logger = createLogger(dir, { stdout: false });
    const error = Object.assign(new Error('refresh failed: refresh_token=0.AAAsecret'), { code: 'EBOOM' });
    logger.error({ err: error, code: 'device-code-secret' }, 'unexpected error');
    logger.flush();
    const line = JSON.parse(readFileSync(join(dir, 'agent.log'), 'utf8').trim()) as Record<string, unknown>;
    expect(line.err).toMatchObject({
      type: 'Error',
      code: 'EBOOM',
      message: expect.stringContaining('refresh failed'),
    });
    expect(String((line.err as { stack: string }).stack)).toContain('attack-limits.test.ts');
    expect(JSON.stringify(line)).not.toContain('0.AAAsecret');
    expect(line.code).toBe('[redacted]');
  });
});

function countOf(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

describe('probes are paced per caller', () => {
  it('100 probes at once: one runs, the rest get 429 with Retry-After at once', async () => {
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        agent.cli('POST', '/v1/probe', { host: '127.0.0.1', port: 1 + i }),
      ),
    );
    const ms = performance.now() - started;
    const statuses = results.map((r) => r.status);
    console.log(`ATTACK 100 concurrent probes: ${JSON.stringify(countOf(statuses))} in ${ms.toFixed(0)} ms`);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(20);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(80);
    expect(results.find((r) => r.status === 429)?.headers['retry-after']).toBeDefined();
  }, 60_000);
});

describe('pairing lock-out is per origin', () => {
  it('one origin guessing wrong is locked out; another origin still pairs', async () => {
    const guesser = 'chrome-extension://guessingguessingguessingguessing';
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await agent.ext(guesser, null, 'POST', '/v1/pair', { code: 'AAAA-AAAA', name: 'x' })).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const code = ((await agent.cli('POST', '/v1/pairing-codes')).json as { code: string }).code;
    const other = 'chrome-extension://honesthonesthonesthonesthonest';
    const paired = await agent.ext(other, null, 'POST', '/v1/pair', { code, name: 'Chrome' });
    expect(paired.status, paired.text).toBe(200);
  });
});

describe("the token endpoint's Retry-After", () => {
  it('is kept across calls: the next call within it fails at once without asking again', async () => {
    const ca = await createTestCa();
    const { key, cert } = await ca.issue(['127.0.0.1']);
    let hits = 0;
    const server = createServer({ key, cert }, (_req, res) => {
      hits++;
      res.writeHead(429, { 'Retry-After': '120', 'Content-Type': 'application/json' });
      res.end('{"error":"temporarily_unavailable","error_description":"AADSTS90055: throttled"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/t/oauth2/v2.0/token`;
    const net = new AgentNetworkModule({ extraCa: ca.caCertPem, maxDelayMs: 30_000 });
    try {
      await expect(net.sendPostRequestAsync(url, { body: 'x=1' })).rejects.toThrow(/HTTP 429/);
      expect(hits).toBe(1);
      await expect(net.sendPostRequestAsync(url, { body: 'x=1' })).rejects.toThrow(/Retry-After/);
      await expect(net.sendGetRequestAsync(url)).rejects.toThrow(/Retry-After/);
      expect(hits).toBe(1);
    } finally {
      server.close();
      ca.dispose();
    }
  });
});

describe('log rotation', () => {
  it('rotates agent.log by size and keeps three old files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wcoa-logs-'));
    const logger = createLogger(dir, { stdout: false, maxBytes: 4096 });
    for (let i = 0; i < 400; i++) logger.info({ i, pad: 'x'.repeat(100) }, 'flood');
    logger.flush();
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['agent.log', 'agent.log.1', 'agent.log.2', 'agent.log.3']);
    for (const f of files) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(4096);
    expect(readFileSync(join(dir, 'agent.log'), 'utf8')).toContain('"i":399');
  });
});
