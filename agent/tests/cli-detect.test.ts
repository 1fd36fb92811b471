import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PageModelSchema } from '@wcoa/shared/protocol';
import { OAUTH_SIGNED_IN, renderPage, renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { register } from '../src/cli/commands/detect.ts';
import { type CliIO, UserError } from '../src/cli/io.ts';
import { buildProgram } from '../src/cli/program.ts';

const REPO_ROOT = join(import.meta.dirname, '../..');
const CAPTURES = join(REPO_ROOT, '../shared/reference/webconfig-captures');
const NEGATIVES = join(REPO_ROOT, 'test/fixtures/not-webconfig');

/** Runs `wcoa detect …` in-process; a UserError is what main.ts would print as one line, exit 1. */
async function run(args: string[]): Promise<{ out: string[]; err: string[]; error: UserError | null }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => '' };
  let error: UserError | null = null;
  try {
    await buildProgram(io, [register]).parseAsync(['node', 'wcoa', 'detect', ...args]);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    error = e;
  }
  return { out, err, error };
}

const json = (lines: string[]) =>
  lines.map((l) => JSON.parse(l) as { file: string } & Record<string, unknown>);

let dir: string;
let emailPage: string;
let jobsPage: string;
let binary: string;
let text: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wcoa-detect-'));
  emailPage = join(dir, 'email-server.html');
  writeFileSync(
    emailPage,
    renderPage({ lang: 'pt', state: { ...OAUTH_SIGNED_IN, currentStatus: 'not-signed-in' } }),
  );
  jobsPage = join(dir, 'jobs.html');
  writeFileSync(
    jobsPage,
    renderWebConfigPage({
      page: 'job-history',
      generation: 'basic',
      lang: 'de',
      model: 'ET-5850',
      state: { jobs: [{ code: 361 }, {}, { code: 370 }] },
    }),
  );
  binary = join(dir, 'photo.jpg');
  writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
  text = join(dir, 'notes.txt');
  writeFileSync(text, 'just some notes about the printer, no markup at all\n');
});

describe('wcoa detect', () => {
  // Messages follow the user's locale; these tests read the English ones unless they say otherwise.
  beforeEach(() => vi.stubEnv('LC_ALL', 'C'));
  afterEach(() => vi.unstubAllEnvs());

  it("speaks the user's language (LANG=pt_BR)", async () => {
    vi.stubEnv('LC_ALL', 'pt_BR.UTF-8');
    const { err, error } = await run([join(dir, 'missing.html'), binary]);
    expect(err[0]).toMatch(/Não foi possível ler .*missing\.html: não existe; confirme o caminho\./);
    expect(err[1]).toMatch(/photo\.jpg não é uma página HTML/);
    expect(error?.message).toBe('Não foi possível ler 2 de 2 páginas.');
  });

  it('prints one JSON line per file, in order, each a PageModel with its file', async () => {
    const { out, err, error } = await run(['--json', emailPage, jobsPage]);
    expect(error).toBeNull();
    expect(err).toEqual([]);
    const [email, jobs] = json(out);
    expect(out).toHaveLength(2);
    expect(email?.file).toBe(emailPage);
    expect(email).toMatchObject({
      vendor: 'epson',
      page: 'email-server-basic',
      model: 'WF-C5790',
      // European Portuguese words on the page ("Sessão não iniciada", "correio eletrónico").
      lang: 'pt-PT',
      fields: {
        authMethod: 'oauth2',
        emailService: 'exchange-online',
        currentStatus: 'not-signed-in',
        smtpPort: 587,
      },
    });
    expect(jobs).toMatchObject({ page: 'job-history', lang: 'de', fields: { errorCodes: [361, 370] } });
    for (const line of json(out)) {
      const { file: _file, ...model } = line;
      expect(() => PageModelSchema.parse(model)).not.toThrow();
    }
  });

  it('prints readable text without --json: file, page kind, vendor, model, language and fields', async () => {
    const { out } = await run([emailPage]);
    expect(out[0]).toBe(emailPage);
    expect(out).toContain('  page: email-server-basic');
    expect(out).toContain('  vendor: epson');
    expect(out).toContain('  model: WF-C5790');
    expect(out).toContain('  language: pt-PT');
    expect(out).toContain('  authMethod: oauth2 (OAuth2)');
    expect(out).toContain('  currentStatus: not-signed-in (Sessão não iniciada)');
  });

  it('a missing file, a folder, binary data and plain text: one line each on stderr, the rest still read, exit 1', async () => {
    const missing = join(dir, 'missing.html');
    const { out, err, error } = await run(['--json', missing, emailPage, dir, binary, text, jobsPage]);
    expect(json(out).map((r) => r.file)).toEqual([emailPage, jobsPage]);
    expect(err).toHaveLength(4);
    expect(err[0]).toMatch(/Cannot read .*missing\.html: there is no such file/);
    expect(err[1]).toMatch(/it is a folder/);
    expect(err[2]).toMatch(/photo\.jpg is not an HTML page/);
    expect(err[3]).toMatch(/notes\.txt is not an HTML page/);
    for (const line of err) expect(line).not.toMatch(/\n|\bat .*\.ts:\d+/);
    expect(error?.message).toBe('4 of 6 pages could not be read.');
    expect(error?.exitCode).toBe(1);
  });

  it('rejects a --url that is not a URL, and no files at all, with a clear message', async () => {
    expect((await run(['--url', 'not a url', emailPage])).error?.message).toMatch(/"not a url" is not a URL/);
    expect((await run([])).error?.message).toMatch(/Name at least one HTML page/);
  });

  it('--url is a supporting signal only: a foreign page stays not-webconfig', async () => {
    const page = join(NEGATIVES, 'hp-ews-email-setup.html');
    const { out } = await run(['--json', '--url', 'http://192.0.2.9/PRESENTATION/ADVANCED/COMMON/TOP', page]);
    expect(json(out)[0]).toMatchObject({ vendor: null, page: 'not-webconfig' });
  });

  it('the negative corpus is not-webconfig through the CLI too', async () => {
    const files = readdirSync(NEGATIVES)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(NEGATIVES, f));
    const { out } = await run(['--json', ...files]);
    expect(json(out).map((r) => r.page)).toEqual(files.map(() => 'not-webconfig'));
  });

  it('runs as the real bin (node agent/bin/wcoa.js detect …) with exit status 1 for a bad file', () => {
    const result = spawnSync(
      process.execPath,
      ['agent/bin/wcoa.js', 'detect', '--json', emailPage, join(dir, 'nope.html'), jobsPage],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LC_ALL: 'C' } },
    );
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(json(lines).map((r) => [r.file, r.page])).toEqual([
      [emailPage, 'email-server-basic'],
      [jobsPage, 'job-history'],
    ]);
    const errLines = result.stderr.trim().split('\n');
    expect(errLines).toEqual([
      `wcoa: Cannot read ${join(dir, 'nope.html')}: there is no such file; check the path.`,
      'wcoa: 1 of 3 pages could not be read.',
    ]);
  });

  it.skipIf(!existsSync(CAPTURES))(
    'reads every real capture right (skipped when ../shared is absent)',
    async () => {
      const files = readdirSync(CAPTURES)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .map((f) => join(CAPTURES, f));
      const { out, error } = await run(['--json', ...files]);
      expect(error).toBeNull();
      const results = json(out);
      expect(results.map((r) => r.file)).toEqual(files);
      for (const r of results) {
        expect(r.vendor).toBe('epson');
        const name = r.file.split('/').pop() ?? '';
        const kind = /NWINFO/.test(name)
          ? 'network-status'
          : /MENTINFO|BEHAVIORINFO/.test(name)
            ? 'webconfig-other'
            : 'product-status';
        expect(r.page, name).toBe(kind);
        expect(String(r.model), name).toBe(
          name.startsWith('XP-2205')
            ? 'XP-2200'
            : name.split('_')[0] === 'INFO'
              ? 'ET-4950'
              : name.split('_')[0],
        );
      }
    },
  );
});
