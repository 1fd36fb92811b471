import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { runCli, spawnCli, startAgentProcess, tempHome } from '@wcoa/test/agent-process';
import { renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../src/terminal-text.ts';
import { agentForTests } from './helpers/for-tests.ts';

/**
 * Attacks through input: hostile page reports (bad and future dates, oversize fields), stored
 * values the code cannot read, escape sequences in printer-reported text on the terminal, a
 * reader that closes the pipe, a stale agent.json, and error answers that could leak paths.
 */

const ESC = '\u001b';
const HOSTILE_MODEL = `XP-2200${ESC}]52;c;ZXZpbA==\u0007${ESC}[2J${ESC}c\u009b31m\u202e`;
// Anything a terminal would act on: ESC, C1 controls, BEL, CR, bidi overrides.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point.
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const agent = agentForTests();
const page = (over: Record<string, unknown> = {}) => ({
  vendor: 'epson',
  page: 'job-history',
  model: 'WF-C5790',
  lang: 'en',
  fields: { errorCodes: [] },
  raw: {},
  signals: [],
  ...over,
});

describe('page reports at the door', () => {
  it.each([
    ['not a date', 'lastMailAt'],
    ['2024-13-45T10:00:00Z', 'lastMailAt'],
    ['2024-05-01T10:00:00', 'lastMailAt'], // no zone: not an instant
    ['+275760-09-13T00:00:00.000Z', 'lastMailAt'],
    ['1970-01-01T00:00:00Z', 'lastMailAt'],
    [new Date(Date.now() + 30 * 86_400_000).toISOString(), 'lastMailAt'],
  ])('refuses lastMailAt %j with 400 naming the field, and stores nothing', async (value, field) => {
    const origin = `http://192.0.2.${Math.floor(Math.random() * 200) + 1}`;
    const res = await agent.cli('POST', '/v1/printers/seen', {
      origin,
      pageModel: page(),
      lastMailAt: value,
    });
    expect(res.status, res.text).toBe(400);
    expect((res.json as { error: { message: string } }).error.message).toContain(field);
    const list = (await agent.cli('GET', '/v1/printers')).json as Array<{ origin: string }>;
    expect(list.some((p) => p.origin === origin)).toBe(false);
  });

  it('refuses a tenant check dated in the future and oversize page fields', async () => {
    const tenant = {
      checkedAt: '2099-01-01T00:00:00Z',
      account: 'admin@contoso.example',
      checked: [],
      findings: [],
    };
    const future = await agent.cli('POST', '/v1/printers/seen', {
      origin: 'http://192.0.2.250',
      pageModel: page(),
      tenantFindings: tenant,
    });
    expect(future.status).toBe(400);
    expect(future.text).toContain('tenantFindings.checkedAt');
    const huge = await agent.cli('POST', '/v1/printers/seen', {
      origin: 'http://192.0.2.251',
      pageModel: page({ model: 'x'.repeat(5000) }),
    });
    expect(huge.status).toBe(400);
    expect(huge.text).toContain('pageModel.model');
  });
});

describe('stored values the code cannot read', () => {
  it('are skipped with a warning: the list and the sheet answer, and a future date does not hide a lapse', async () => {
    const origin = 'http://192.0.2.77';
    const seen = await agent.cli('POST', '/v1/printers/seen', {
      origin,
      pageModel: page({ page: 'job-history' }),
      lastMailAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(seen.status, seen.text).toBe(200);
    const id = (seen.json as { printerId: string }).printerId;
    // What an older agent, a hand edit or a forged report left behind.
    const db = new Database(join(agent.home, 'wcoa.db'));
    db.prepare('UPDATE printers SET last_mail_at = ? WHERE id = ?').run('2999-01-01T00:00:00Z', id);
    db.prepare('UPDATE printer_pages SET page_model = ? WHERE printer_id = ?').run('{"broken', id);
    db.prepare('INSERT INTO printer_tenant_reports (printer_id, checked_at, report) VALUES (?, ?, ?)').run(
      id,
      'x',
      '{not json',
    );
    const seventyDaysAgo = new Date(Date.now() - 70 * 86_400_000).toISOString();
    db.prepare(
      `INSERT INTO test_mails (at, account, from_addr, to_addr, smtp_host, smtp_port, ok, stage, reply, causes, timings, printer_id)
       VALUES (?, 'a@contoso.example', 'a@contoso.example', 'a@contoso.example', 'smtp.office365.com', 587, 1, 'ok', '250', 'garbage', '{}', ?)`,
    ).run(seventyDaysAgo, id);
    db.close();

    const list = await agent.cli('GET', '/v1/printers');
    expect(list.status, list.text).toBe(200);
    const mine = (list.json as Array<{ id: string; daysSinceMail: number | null; lastMail: unknown }>).find(
      (p) => p.id === id,
    );
    // The year-2999 date is skipped: the printer's own clock reads "no mail known" (which warns), never
    // "mailed recently"; the agent's 70-day-old test mail is shown on its own clock.
    expect(mine).toMatchObject({ daysSinceMail: null, lastMail: null, lastTestMail: { at: seventyDaysAgo } });
    for (const lang of ['en', 'pt-PT']) {
      const sheet = await agent.cli('GET', `/v1/printers/${id}/sheet?format=html&lang=${lang}`);
      expect(sheet.status, sheet.text.slice(0, 300)).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(agent.stdout()).toContain('stored last mail date skipped');
    expect(agent.stdout()).toContain('stored page skipped');
  });
});

describe('escape sequences from printers never reach the terminal', () => {
  it('terminalSafe removes OSC 52, CSI, RIS, 8-bit CSI and bidi overrides, in linear time', () => {
    expect(terminalSafe(HOSTILE_MODEL)).toBe('XP-2200');
    expect(terminalSafe('a\tb\nc\rd\u0007e')).toBe('a\tb\ncde');
    const start = performance.now();
    terminalSafe(`${ESC}]`.repeat(200_000) + `${ESC}[`.repeat(200_000) + '\u009b1;'.repeat(100_000));
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('wcoa printers (table and --json) and wcoa detect print a hostile model name inert', async () => {
    const seen = await agent.cli('POST', '/v1/printers/seen', {
      origin: 'http://192.0.2.66',
      pageModel: page({ page: 'product-status', model: HOSTILE_MODEL }),
    });
    expect(seen.status, seen.text).toBe(200);
    for (const args of [['printers'], ['printers', '--json']]) {
      const run = await runCli([...args, '--home', agent.home, '--port', String(agent.port)]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('XP-2200');
      expect(run.stdout.replace(/\n/g, '')).not.toMatch(DANGEROUS);
    }
    const home = tempHome('wcoa-detect-escape-');
    const file = join(home, 'page.html');
    writeFileSync(
      file,
      renderWebConfigPage({
        page: 'product-status',
        generation: 'advanced',
        lang: 'en',
        model: HOSTILE_MODEL,
      }),
    );
    const detect = await runCli(['detect', file]);
    expect(detect.stdout.replace(/\n/g, '')).not.toMatch(DANGEROUS);
  }, 60_000);
});

describe('the process and its answers', () => {
  it('ends quietly when the reader closes the pipe (wcoa explain … | head -1)', async () => {
    const texts = Array.from(
      { length: 300 },
      () => '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    );
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawnCli(['explain', '--json', ...texts]);
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      child.stdout.once('data', () => child.stdout.destroy()); // `head -1`: read one chunk, close
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.code).toBe(0);
  }, 60_000);

  it('starts over a stale agent.json whose pid now belongs to another process', async () => {
    const home = tempHome('wcoa-stale-');
    const free = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
    });
    // This test's own pid: alive, and not an agent.
    writeFileSync(
      join(home, 'agent.json'),
      JSON.stringify({ pid: process.pid, port: free, listening: [], startedAt: '', version: '0' }),
    );
    const second = await startAgentProcess({ home });
    expect((await second.cli('GET', '/v1/health')).status).toBe(200);
    await second.stop();
  }, 30_000);

  it('an error answer names no path but the log file or config file name', async () => {
    const res = await agent.cli('POST', '/v1/accounts/signin', { email: 'a@contoso.example' });
    expect(res.status).toBe(503);
    expect(res.text).toContain('config.json');
    expect(res.text).not.toContain(agent.home);
    expect(res.text).not.toMatch(/\/(tmp|home|Users|var)\//);
  });
});
