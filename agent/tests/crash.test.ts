import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, tempHome } from '@wcoa/test/agent-process';
import { describe, expect, it } from 'vitest';
import { FileSecretStore } from '../src/secrets/file-secret-store.ts';
import { Store } from '../src/store/store.ts';

const WRITER = join(import.meta.dirname, 'fixtures/store-writer.ts');

/** Runs the writer until it has done `rounds` rounds (as it reports), then SIGKILLs it at a random instant. */
function runAndKill(home: string, rounds: number, mode?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, home, ...(mode ? [mode] : [])], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = 0;
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.stdout.on('data', (c: Buffer) => {
      last = Math.max(last, ...c.toString().trim().split('\n').map(Number));
      if (last >= rounds && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(last) : reject(new Error(`${code} ${err}`)),
    );
  });
}

describe('kill -9 mid-write', () => {
  it('the store opens and holds one whole round: cache and account from the same transaction', async () => {
    const home = tempHome('wcoa-crash-');
    for (const rounds of [50, 150, 300]) {
      const reported = await runAndKill(home, rounds);
      const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
      try {
        const cache = JSON.parse(store.readMsalCache('tenant') ?? 'null') as { i: number };
        expect(cache.i).toBeGreaterThanOrEqual(reported);
        expect(store.getAccount('a@contoso.example')?.tenant).toBe(`round-${cache.i}`);
        expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        store.close();
      }
    }
  }, 60_000);

  it('a file written atomically is the old content or the new, never a mix', async () => {
    const home = tempHome('wcoa-crash-');
    for (const rounds of [20, 60]) {
      await runAndKill(home, rounds, 'atomic-file');
      const text = readFileSync(join(home, 'atomic.txt'), 'utf8');
      expect(text.length).toBe(256 * 1024);
      expect(new Set(text).size).toBe(1);
    }
  }, 60_000);
});
