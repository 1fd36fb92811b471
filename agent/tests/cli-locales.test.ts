import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = join(import.meta.dirname, '../..');
const TRACE = join(import.meta.dirname, 'helpers/trace-locale-reads.mjs');
const TEXT = '535 5.7.3 Authentication unsuccessful [SN4PR0501CA0054.namprd05.prod.outlook.com]';

/** The built CLI's `explain` in a locale; the languages whose table files it read, in order. */
function localesRead(lcAll: string): { status: number | null; read: string[]; stdout: string } {
  const result = spawnSync(process.execPath, ['--import', TRACE, 'agent/bin/wcoa.js', 'explain', TEXT], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LC_ALL: lcAll, LANG: lcAll, LANGUAGE: '' },
  });
  const read = [...result.stderr.matchAll(/^locale-read (\S+)$/gm)].map((m) => m[1]!);
  return { status: result.status, read, stdout: result.stdout };
}

// The built CLI and agent keep each language but English in a file of its own, read when that
// language is first asked for: a command in one language must not read (and fill) the others,
// which cost every start of the CLI and the agent some 25 ms while the tables were filled eagerly.
describe('the built CLI reads only the language it speaks', () => {
  it('in English, no other table', () => {
    const { status, read, stdout } = localesRead('C');
    expect(status).toBe(0);
    expect(stdout).toContain('token-rejected');
    expect(read).toEqual([]);
  });

  it('in Brazilian Portuguese, that table alone', () => {
    const { status, read } = localesRead('pt_BR.UTF-8');
    expect(status).toBe(0);
    expect(read).toEqual(['pt-BR']);
  });
});
