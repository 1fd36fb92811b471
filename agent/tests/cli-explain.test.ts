import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { allMessages, LANGS } from '@wcoa/shared/i18n';
import { describe, expect, it } from 'vitest';
import { register } from '../src/cli/commands/explain.ts';
import { type CliIO, UserError } from '../src/cli/io.ts';
import { buildProgram } from '../src/cli/program.ts';

const REPO_ROOT = join(import.meta.dirname, '../..');
const ACCEPTANCE =
  '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';

/** Runs `wcoa explain …` in-process with an IO that records what it prints. */
async function run(args: string[], stdin = ''): Promise<{ out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => stdin };
  await buildProgram(io, [register]).parseAsync(['node', 'wcoa', 'explain', ...args]);
  return { out, err };
}

function parseLines(lines: string[]) {
  return lines.map(
    (l) =>
      JSON.parse(l) as {
        input: string;
        causes: Array<{ id: string; title: string; remedy: string[]; source: string }>;
      },
  );
}

describe('wcoa explain', () => {
  it('prints one JSON line per text, in order, best cause first', async () => {
    const { out } = await run(['--json', ACCEPTANCE, 'AADSTS65001', '250 2.0.0 OK']);
    const results = parseLines(out);
    expect(results.map((r) => r.input)).toEqual([ACCEPTANCE, 'AADSTS65001', '250 2.0.0 OK']);
    expect(results[0]?.causes[0]).toMatchObject({
      id: 'smtp-auth-disabled',
      title: 'SMTP AUTH is turned off',
    });
    expect(results[0]?.causes[0]?.remedy.join('\n')).toContain('Set-CASMailbox');
    expect(results[0]?.causes[0]?.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(results[1]?.causes.map((c) => c.id)).toEqual(['consent-missing']);
    expect(results[2]?.causes).toEqual([]);
  });

  it('gives titles and remedies in --lang, each Portuguese in its own words', async () => {
    const [pt] = parseLines((await run(['--json', '--lang', 'pt', 'Error code 370'])).out);
    expect(pt?.causes[0]).toMatchObject({
      id: 'sign-in-required',
      title: 'A impressora não tem sessão iniciada no serviço de e-mail',
    });
    const [ptBr] = parseLines((await run(['--json', '--lang', 'pt-BR', 'Error code 370'])).out);
    expect(ptBr?.causes[0]?.title).toBe('A impressora não está conectada no serviço de e-mail');
  });

  it('reads one text from standard input for -', async () => {
    const { out } = await run(
      ['--json', '-'],
      'Error: Invalid login: 535 5.7.3 Authentication unsuccessful\n',
    );
    const [result] = parseLines(out);
    expect(result?.input).toBe('Error: Invalid login: 535 5.7.3 Authentication unsuccessful');
    expect(result?.causes[0]?.id).toBe('token-rejected');
  });

  it('prints readable text: title, numbered remedy steps, source; and says when nothing is recognised', async () => {
    const { out } = await run(['--lang', 'en', 'Error code 360', 'hello world']);
    const text = out.join('\n');
    expect(text).toContain('1. The email service cannot be reached [service-unreachable]');
    expect(text).toMatch(/1\.1 Check the printer’s network settings/);
    expect(text).toContain('Source: Epson: Exchange Online OAuth 2.0 guide (pt, 2025)');
    expect(text).toContain('> hello world\n  No known cause recognised.');
    const pt = (await run(['--lang', 'pt', 'hello world'])).out.join('\n');
    expect(pt).toContain('Nenhuma causa conhecida reconhecida.');
  });

  it('refuses an unknown --lang and an empty call with a user error', async () => {
    await expect(run(['--lang', 'ko', 'x'])).rejects.toThrow(UserError);
    await expect(run(['--lang', 'ko', 'x'])).rejects.toThrow(
      `Unknown language "ko". Use one of: ${LANGS.join(', ')}.`,
    );
    await expect(run([])).rejects.toThrow(/Nothing to explain/);
    await expect(run(['-'], '  \n')).rejects.toThrow(/Nothing to explain/);
  });

  it('works through the real bin: the acceptance text, and a bad --lang exits 1 with one line', () => {
    const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
    const ok = spawnSync(process.execPath, ['agent/bin/wcoa.js', 'explain', '--json', ACCEPTANCE], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env,
    });
    expect(ok.status).toBe(0);
    const [result] = parseLines(ok.stdout.trim().split('\n'));
    expect(result?.causes[0]?.id).toBe('smtp-auth-disabled');

    const bad = spawnSync(process.execPath, ['agent/bin/wcoa.js', 'explain', '--lang', 'xx', 'text'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env,
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(`wcoa: Unknown language "xx". Use one of: ${LANGS.join(', ')}.`);
    expect(bad.stdout).toBe('');
  }, 30_000);

  it('gives each cause added for issue 9 on a text of its family, through the real bin, with a dated source', () => {
    const families: Record<string, string> = {
      'scope-invalid':
        "AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope https://graph.microsoft.com/SMTP.Send is not valid.",
      'request-malformed':
        '{"error":"invalid_request","error_description":"AADSTS900144: The request body must contain the following parameter: \'client_id\'.","error_codes":[900144]}',
      'redirect-uri-missing': 'AADSTS500113: No reply address is registered for the application.',
      'redirect-uri-wrong-platform':
        'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
      'client-secret-invalid': 'AADSTS7000215: Invalid client secret provided.',
      'token-user-mismatch':
        'C: AUTH XOAUTH2 user=printer@contoso.com\nS: 535 5.7.3 Authentication unsuccessful\n{"upn":"admin@contoso.com"}',
      'direct-send-rejected':
        '550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources',
      'credentials-invalid': '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.',
      'wrong-server': 'contoso-com.mail.protection.outlook.com:25 504 5.7.4 Unrecognized authentication type',
      'wrong-port': 'Error: Connection timeout (smtp.office365.com:465)',
    };
    const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
    const texts = Object.values(families);
    const ok = spawnSync(process.execPath, ['agent/bin/wcoa.js', 'explain', '--json', ...texts], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env,
    });
    expect(ok.status).toBe(0);
    const results = parseLines(ok.stdout.trim().split('\n')) as Array<{
      causes: Array<{ id: string; checked?: string }>;
    }>;
    expect(results.map((r) => r.causes[0]?.id)).toEqual(Object.keys(families));
    expect(results[0]?.causes[0]?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, 30_000);

  it.each(LANGS.map((lang) => [lang]))(
    'answers in --lang %s, title and remedies from that table',
    async (lang) => {
      const [result] = parseLines((await run(['--json', '--lang', lang, ACCEPTANCE])).out);
      const expected = allMessages[lang].causes.cause['smtp-auth-disabled'];
      expect(result?.causes[0]?.title).toBe(expected.title);
      expect(result?.causes[0]?.remedy).toEqual(expected.remedy);
    },
  );

  it('through the real bin: --lang es answers in Spanish, and LANG=fr_FR.UTF-8 alone in French', () => {
    const base = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
    const es = spawnSync(process.execPath, ['agent/bin/wcoa.js', 'explain', '--lang', 'es', ACCEPTANCE], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: base,
    });
    expect(es.status).toBe(0);
    expect(es.stdout).toContain('SMTP AUTH está desactivado');
    expect(es.stdout).toContain('Centro de administración de Microsoft 365');

    const fr = spawnSync(process.execPath, ['agent/bin/wcoa.js', 'explain', ACCEPTANCE], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...base, LANG: 'fr_FR.UTF-8' },
    });
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('SMTP AUTH est désactivé');
    // --help follows the terminal's language too.
    const help = spawnSync(process.execPath, ['agent/bin/wcoa.js', 'explain', '--help'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...base, LC_ALL: 'es_MX.UTF-8' },
    });
    expect(help.stdout).toContain('Explica un texto de error');
  }, 30_000);
});
