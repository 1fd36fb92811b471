import { readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import {
  type AgentProcess,
  type HttpResult,
  http,
  runCli,
  startAgentProcess,
} from '@wcoa/test/agent-process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The guard of the real agent process, from outside, as a hostile page or local program would
 * meet it: Host, body type and size, Origin and bearer, the CLI token, rate limits, no CORS.
 */

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const FOREIGN_EXT = 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba';

let agent: AgentProcess;
let extToken: string;
const seen: HttpResult[] = [];

async function track(p: Promise<HttpResult>): Promise<HttpResult> {
  const r = await p;
  seen.push(r);
  return r;
}

async function pairingCode(): Promise<string> {
  const res = await agent.cli('POST', '/v1/pairing-codes');
  expect(res.status).toBe(200);
  return (res.json as { code: string }).code;
}

beforeAll(async () => {
  agent = await startAgentProcess();
  const paired = await agent.ext(EXT, null, 'POST', '/v1/pair', {
    code: await pairingCode(),
    name: 'Chrome',
  });
  expect(paired.status, paired.text).toBe(200);
  extToken = (paired.json as { token: string }).token;
}, 30_000);

afterAll(async () => {
  await agent?.stop();
});

describe('Host', () => {
  it.each(['evil.example', 'evil.example:80', '127.0.0.1:1', '127.0.0.1', 'localhost.evil.example'])(
    'refuses Host %j with 403',
    async (host) => {
      const res = await track(http(agent.port, { path: '/v1/health', headers: { host } }));
      expect(res.status).toBe(403);
      expect(res.json).toMatchObject({ error: { code: 'forbidden-host' } });
    },
  );

  it('answers health to any caller on a loopback Host, even a web page', async () => {
    for (const host of [`127.0.0.1:${agent.port}`, `localhost:${agent.port}`, `[::1]:${agent.port}`]) {
      const res = await track(
        http(agent.port, { path: '/v1/health', headers: { host, origin: 'https://evil.example' } }),
      );
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ ok: true, version: expect.any(String) });
    }
  });
});

describe('loopback only', () => {
  it('listens on 127.0.0.1 and, where the host has it, [::1]; status says which', async () => {
    const status = (await agent.cli('GET', '/v1/status')).json as { listening: string[]; port: number };
    expect(status.listening[0]).toBe(`http://127.0.0.1:${agent.port}`);
    expect(status.listening.every((u) => /^http:\/\/(127\.0\.0\.1|\[::1\]):\d+$/.test(u))).toBe(true);
    if (status.listening.includes(`http://[::1]:${agent.port}`)) {
      const res = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '::1',
            family: 6,
            port: agent.port,
            path: '/v1/health',
            headers: { host: `[::1]:${agent.port}` },
          },
          (r) => {
            r.resume();
            resolve(r.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(res).toBe(200);
    }
  });
});

/** A CLI call whose content type and body are written by hand, as any local program could send them. */
function cliPost(path: string, contentType: string, body: string): Promise<HttpResult> {
  return track(
    http(agent.port, {
      method: 'POST',
      path,
      headers: {
        host: `127.0.0.1:${agent.port}`,
        authorization: `Bearer ${agent.cliToken()}`,
        'content-type': contentType,
      },
      body,
    }),
  );
}

describe('body', () => {
  it('refuses text/plain with 415', async () => {
    const res = await cliPost('/v1/test-mail', 'text/plain', '{"account":"a@b.example"}');
    expect(res.status).toBe(415);
    expect(res.json).toMatchObject({ error: { code: 'unsupported-media-type' } });
  });

  it('refuses a 1 MB body with 413 and keeps serving', async () => {
    const big = JSON.stringify({ account: 'a@b.example', pad: 'x'.repeat(1024 * 1024) });
    const res = await cliPost('/v1/test-mail', 'application/json', big);
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ error: { code: 'payload-too-large' } });
    expect((await agent.cli('GET', '/v1/health')).status).toBe(200);
  });

  it('refuses broken JSON with 400', async () => {
    const res = await cliPost('/v1/probe', 'application/json', '{"host":');
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: 'invalid-json' } });
  });
});

describe('caller', () => {
  it('refuses a POST with no Origin and no CLI token (401)', async () => {
    const res = await track(
      http(agent.port, {
        method: 'POST',
        path: '/v1/pairing-codes',
        headers: { host: `127.0.0.1:${agent.port}` },
      }),
    );
    expect(res.status).toBe(401);
  });

  it('refuses a wrong CLI token (401)', async () => {
    const res = await track(
      agent.cli('GET', '/v1/accounts', undefined, { authorization: 'Bearer not-the-token' }),
    );
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('refuses a web page origin (403), even with a valid token', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      const res = await track(agent.ext(origin, extToken, 'GET', '/v1/accounts'));
      expect(res.status, origin).toBe(403);
      expect(res.json).toMatchObject({ error: { code: 'forbidden-origin' } });
    }
  });

  it('answers an unpaired extension exactly as a paired one with a wrong token (401): pairings stay secret', async () => {
    const answers = [];
    for (const [origin, token] of [
      [FOREIGN_EXT, extToken],
      ['moz-extension://11111111-2222-3333-4444-555555555555', extToken],
      [EXT, 'x'.repeat(43)],
      [FOREIGN_EXT, 'x'.repeat(43)],
    ] as const) {
      const res = await track(agent.ext(origin, token, 'GET', '/v1/accounts'));
      answers.push({ status: res.status, body: res.text });
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]!.status).toBe(401);
  });

  it("refuses the paired origin without its token, or with the CLI's (401)", async () => {
    expect((await track(agent.ext(EXT, null, 'GET', '/v1/accounts'))).status).toBe(401);
    expect((await track(agent.ext(EXT, 'x'.repeat(43), 'GET', '/v1/accounts'))).status).toBe(401);
    expect((await track(agent.ext(EXT, agent.cliToken(), 'GET', '/v1/accounts'))).status).toBe(401);
  });

  it('lets the paired extension in, but not into CLI-only routes', async () => {
    expect((await track(agent.ext(EXT, extToken, 'GET', '/v1/accounts'))).status).toBe(200);
    expect((await track(agent.ext(EXT, extToken, 'GET', '/v1/status'))).status).toBe(200);
    expect((await track(agent.ext(EXT, extToken, 'POST', '/v1/pairing-codes'))).status).toBe(403);
    expect((await track(agent.ext(EXT, extToken, 'GET', '/v1/clients'))).status).toBe(403);
  });
});

describe('test-mail input', () => {
  it.each([
    ['from', { account: 'scan@contoso.example', from: 'scan@contoso.example\r\nBcc: all@contoso.example' }],
    ['to', { account: 'scan@contoso.example', to: 'scan@contoso.example\nRCPT TO:<x@evil.example>' }],
  ])('refuses CR/LF in %s with 400 and a clear message', async (field, body) => {
    const res = await track(agent.ext(EXT, extToken, 'POST', '/v1/test-mail', body));
    expect(res.status).toBe(400);
    const { error } = res.json as { error: { code: string; message: string } };
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain(`${field} must be one line`);
  });

  it('refuses a recipient that is neither the account nor configured (never an open relay)', async () => {
    const res = await track(
      agent.ext(EXT, extToken, 'POST', '/v1/test-mail', {
        account: 'scan@contoso.example',
        to: 'victim@example.org',
      }),
    );
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: 'recipient-not-allowed' } });
    expect((res.json as { error: { message: string } }).error.message).toContain('victim@example.org');
  });

  it("sends the account's token to no SMTP server but Microsoft's and the configured ones", async () => {
    const res = await track(
      agent.ext(EXT, extToken, 'POST', '/v1/test-mail', {
        account: 'scan@contoso.example',
        smtp: { host: 'smtp.evil.example', port: 587 },
      }),
    );
    expect(res.status).toBe(400);
    const { error } = res.json as { error: { code: string; message: string } };
    expect(error.code).toBe('smtp-host-not-allowed');
    expect(error.message).toContain('smtp.evil.example');
    expect(error.message).toContain('smtp.office365.com');
  });

  it('answers in the caller’s language (Accept-Language)', async () => {
    const res = await track(
      agent.cli(
        'POST',
        '/v1/test-mail',
        { account: 'not an address' },
        { 'accept-language': 'pt-BR,pt;q=0.9' },
      ),
    );
    expect(res.status).toBe(400);
    expect((res.json as { error: { message: string } }).error.message).toContain(
      'não é um endereço de e-mail válido',
    );
  });

  it('100 rapid test mails: 10 pass the limiter, the rest get 429 with Retry-After, and the agent lives', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        agent.ext(EXT, extToken, 'POST', '/v1/test-mail', { account: 'burst@contoso.example' }),
      ),
    );
    seen.push(...results);
    const limited = results.filter((r) => r.status === 429);
    expect(limited).toHaveLength(90);
    // The 10 let through meet "account-unknown": nobody signed in here.
    expect(results.filter((r) => r.status === 404)).toHaveLength(10);
    expect(Number(limited[0]!.headers['retry-after'])).toBeGreaterThan(0);
    expect((await agent.cli('GET', '/v1/health')).status).toBe(200);
    expect(agent.child.exitCode).toBeNull();
  });
});

describe('sign-in without configuration', () => {
  it('says which setting is missing and where (503)', async () => {
    const res = await track(
      agent.ext(EXT, extToken, 'POST', '/v1/accounts/signin', { email: 'scan@contoso.example' }),
    );
    expect(res.status).toBe(503);
    const { error } = res.json as { error: { code: string; message: string } };
    expect(error.code).toBe('signin-not-configured');
    expect(error.message).toContain('WCOA_CLIENT_ID');
    expect(error.message).toContain('config.json');
  });
});

describe('pairing', () => {
  it('a code works once; the agent keeps only a hash of the token', async () => {
    const code = await pairingCode();
    expect(code).toMatch(/^[3467ACDEFGHJKMNPQRTUVWXY]{4}-[3467ACDEFGHJKMNPQRTUVWXY]{4}$/);
    const first = await track(
      agent.ext(FOREIGN_EXT, null, 'POST', '/v1/pair', { code: code.toLowerCase(), name: 'Edge' }),
    );
    expect(first.status).toBe(200);
    const { token, origin } = first.json as { token: string; origin: string };
    expect(origin).toBe(FOREIGN_EXT);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const again = await track(agent.ext(FOREIGN_EXT, null, 'POST', '/v1/pair', { code, name: 'Edge' }));
    expect(again.status).toBe(403);
    expect(again.json).toMatchObject({ error: { code: 'pairing-code-invalid' } });

    const db = new Database(join(agent.home, 'wcoa.db'), { readonly: true });
    const rows = db.prepare('SELECT * FROM clients').all() as Array<Record<string, unknown>>;
    db.close();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.some((r) => r.origin === FOREIGN_EXT && typeof r.token_hash === 'string')).toBe(true);
    for (const file of ['wcoa.db', 'wcoa.db-wal']) {
      expect(readFileSync(join(agent.home, file)).includes(Buffer.from(token))).toBe(false);
    }
  });

  it('only from an extension origin', async () => {
    const code = await pairingCode();
    for (const origin of ['https://evil.example', 'http://127.0.0.1']) {
      const res = await track(agent.ext(origin, null, 'POST', '/v1/pair', { code, name: 'x' }));
      expect(res.status).toBe(403);
    }
    const noOrigin = await track(
      http(agent.port, {
        method: 'POST',
        path: '/v1/pair',
        headers: { host: `127.0.0.1:${agent.port}`, 'content-type': 'application/json' },
        body: JSON.stringify({ code, name: 'x' }),
      }),
    );
    expect(noOrigin.status).toBe(403);
  });

  it('clients lists and revokes; a revoked token no longer opens anything', async () => {
    const code = await pairingCode();
    const origin = 'moz-extension://0f0f0f0f-1111-2222-3333-444444444444';
    const paired = await agent.ext(origin, null, 'POST', '/v1/pair', { code, name: 'Firefox' });
    expect(paired.status, paired.text).toBe(200);
    const { token } = paired.json as { token: string };
    const list = await runCli(['clients', '--json', '--home', agent.home]);
    expect(list.code, list.stderr).toBe(0);
    const mine = list.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; origin: string; name: string })
      .find((c) => c.origin === origin);
    expect(mine?.name).toBe('Firefox');
    const revoke = await runCli(['clients', 'revoke', mine!.id, '--home', agent.home]);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect((await track(agent.ext(origin, token, 'GET', '/v1/accounts'))).status).toBe(401);
  }, 30_000);

  it('five wrong codes a minute, then 429 even for a right one', async () => {
    const origin = 'chrome-extension://bruteforcebruteforcebruteforce';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await track(agent.ext(origin, null, 'POST', '/v1/pair', { code: 'AAAA-AAAA', name: 'x' }))).status,
      );
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const right = await track(
      agent.ext(origin, null, 'POST', '/v1/pair', { code: await pairingCode(), name: 'x' }),
    );
    expect(right.status).toBe(429);
  });
});

describe('everywhere', () => {
  it('no response carries a CORS header, not a 404, not an error, not a preflight', async () => {
    seen.push(await http(agent.port, { path: '/nope', headers: { host: `127.0.0.1:${agent.port}` } }));
    seen.push(
      await http(agent.port, {
        method: 'OPTIONS',
        path: '/v1/test-mail',
        headers: {
          host: `127.0.0.1:${agent.port}`,
          origin: 'https://evil.example',
          'access-control-request-method': 'POST',
        },
      }),
    );
    expect(seen.length).toBeGreaterThan(100);
    for (const r of seen) {
      for (const name of Object.keys(r.headers)) expect(name.startsWith('access-control-')).toBe(false);
      if (r.status >= 400) {
        expect(r.json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
        expect((r.json as { error: { message: string } }).error.message).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('keeps its home owner-only: 0700 folder, 0600 files', () => {
    expect(statSync(agent.home).mode & 0o777).toBe(0o700);
    for (const f of ['wcoa.db', 'cli-token', 'store.key', 'agent.json', 'logs/agent.log']) {
      expect(statSync(join(agent.home, f)).mode & 0o777, f).toBe(0o600);
    }
  });

  it('logs hold neither the CLI token nor a client token', () => {
    const log = readFileSync(join(agent.home, 'logs/agent.log'), 'utf8');
    expect(log).not.toContain(agent.cliToken());
    expect(log).not.toContain(extToken);
  });
});
