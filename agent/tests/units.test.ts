import { writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tempHome } from '@wcoa/test/agent-process';
import { createTestCa } from '@wcoa/test/emulators';
import { describe, expect, it } from 'vitest';
import { AgentNetworkModule, retryAfterMs } from '../src/auth/network.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { resolveHost } from '../src/mail/resolve.ts';
import { PairingCodes } from '../src/pairing.ts';
import { redact } from '../src/redact.ts';
import { RateLimiter } from '../src/server/rate-limit.ts';

describe('pairing codes', () => {
  it('are XXXX-XXXX from the unambiguous alphabet, single use, whatever the case or dash', () => {
    const codes = new PairingCodes();
    const { code } = codes.issue();
    expect(code).toMatch(/^[3467ACDEFGHJKMNPQRTUVWXY]{4}-[3467ACDEFGHJKMNPQRTUVWXY]{4}$/);
    expect(codes.consume(code.replace('-', ' ').toLowerCase())).toBe(true);
    expect(codes.consume(code)).toBe(false);
    expect(codes.consume('')).toBe(false);
  });
  it('expire after five minutes', () => {
    let now = 1_000_000;
    const codes = new PairingCodes(() => now);
    const a = codes.issue().code;
    const b = codes.issue().code;
    now += 4 * 60_000;
    expect(codes.consume(a)).toBe(true);
    now += 60_001;
    expect(codes.consume(b)).toBe(false);
  });
});

describe('rate limiter', () => {
  it('lets `limit` through in the window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 60_000, () => now);
    for (let i = 0; i < 5; i++) expect(limiter.hit('k')).toBe(0);
    expect(limiter.hit('k')).toBe(60);
    expect(limiter.hit('other')).toBe(0);
    now += 60_000;
    expect(limiter.hit('k')).toBe(0);
  });
});

describe('redact', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.c2lnbmF0dXJl';
  const xoauth2 = Buffer.from(`user=a@b.example\x01auth=Bearer ${jwt}\x01\x01`).toString('base64');
  it.each([
    [`AUTH XOAUTH2 ${xoauth2}`],
    [`C: ${xoauth2}`],
    [`Authorization: Bearer ${jwt}`],
    [`{"access_token":"${jwt}","refresh_token":"0.AAAA-long-refresh-token"}`],
    ['grant_type=refresh_token&refresh_token=0.AXkA-secret-value&client_id=x'],
    ['device_code=DAQABAAEAAAD-long-device-code&grant_type=device_code'],
  ])('removes the secret from %s', (text) => {
    const out = redact(text);
    expect(out).not.toContain(jwt);
    expect(out).not.toContain(xoauth2);
    expect(out).not.toMatch(/0\.AXkA|0\.AAAA|DAQABAAEAAAD/);
  });
  it('leaves ordinary SMTP replies alone', () => {
    const reply =
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    expect(redact(reply)).toBe(reply);
  });
  it('keeps EHLO lines whole: AUTH XOAUTH2 OAUTHBEARER is no token, and nothing runs across lines', () => {
    const ehlo = '250-localhost\n250-AUTH XOAUTH2 OAUTHBEARER\n250-SIZE 10240000\n250 ENHANCEDSTATUSCODES';
    expect(redact(ehlo)).toBe(ehlo);
  });
});

describe('config', () => {
  it('defaults, then config.json, then env overrides', () => {
    const home = tempHome();
    const file = join(home, 'config.json');
    expect(loadConfig(file, {})).toMatchObject({
      tenant: 'organizations',
      authorityHost: 'https://login.microsoftonline.com',
      smtp: { host: 'smtp.office365.com', port: 587 },
      testMail: { allowedRecipients: [], ratePerMinute: 10, allowedSmtpHosts: [] },
    });
    writeFileSync(file, JSON.stringify({ clientId: 'abc', tenant: 'contoso.com', smtp: { port: 2525 } }));
    expect(loadConfig(file, { WCOA_TENANT: 'consumers' })).toMatchObject({
      clientId: 'abc',
      tenant: 'consumers',
      smtp: { host: 'smtp.office365.com', port: 2525 },
    });
  });
  it('says what is wrong, where', () => {
    const home = tempHome();
    const file = join(home, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({ authorityHost: 'http://login.example', smtp: { port: 'x' }, extra: 1 }),
    );
    try {
      loadConfig(file, {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const e = error as ConfigError;
      expect(e.where).toBe(file);
      expect(e.problems.join('\n')).toMatch(/authorityHost/);
      expect(e.problems.join('\n')).toMatch(/smtp\.port/);
    }
    writeFileSync(file, '{ not json');
    expect(() => loadConfig(file, {})).toThrow(ConfigError);
    expect(() => loadConfig(join(home, 'none.json'), { WCOA_CA_FILE: '/nonexistent/ca.pem' })).toThrow(
      /caFile/,
    );
  });
});

describe('resolveHost', () => {
  it('answers an IP literal itself and puts IPv4 first', async () => {
    expect(await resolveHost('::1')).toEqual(['::1']);
    const localhost = await resolveHost('localhost');
    const firstV6 = localhost.findIndex((a) => a.includes(':'));
    const lastV4 = localhost.findLastIndex((a) => !a.includes(':'));
    if (firstV6 >= 0 && lastV4 >= 0) expect(lastV4).toBeLessThan(firstV6);
    expect(localhost.length).toBeGreaterThan(0);
  });
});

describe('network module', () => {
  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs(undefined)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('trusts the configured CA, honours Retry-After, and gives up after its bound', async () => {
    const ca = await createTestCa();
    const { key, cert } = await ca.issue(['127.0.0.1']);
    let hits = 0;
    let failFirst = 2;
    const server = createServer({ key, cert }, (_req, res) => {
      hits++;
      if (failFirst-- > 0) {
        res.writeHead(429, { 'Retry-After': '0', 'Content-Type': 'application/json' });
        res.end('{"error":"temporarily_unavailable","error_description":"AADSTS90055: throttled"}');
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"ok":true}');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/t/oauth2/v2.0/token`;
    const sleeps: number[] = [];
    const net = new AgentNetworkModule({
      extraCa: ca.caCertPem,
      maxRetries: 3,
      sleep: async (ms) => void sleeps.push(ms),
    });
    try {
      const ok = await net.sendPostRequestAsync<{ ok: boolean }>(url, { body: 'x=1' });
      expect(ok).toMatchObject({ status: 200, body: { ok: true } });
      expect(hits).toBe(3);
      expect(sleeps).toEqual([0, 0]);

      hits = 0;
      failFirst = 100;
      await expect(net.sendPostRequestAsync(url, { body: 'x=1' })).rejects.toThrow(
        /HTTP 429 after retries.*AADSTS90055/,
      );
      expect(hits).toBe(4);

      const untrusting = new AgentNetworkModule({});
      await expect(untrusting.sendGetRequestAsync(url)).rejects.toThrow(/certificate/);
    } finally {
      server.close();
    }
  });
});
