import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { EXTENSION_ROOT } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built chrome-mv3 folder the browser loads. */
    extensionDir: string;
  }
}

/**
 * Build the extension once for the whole run, as `npm run build` does, into a folder of this run's
 * own: another build (a developer's, a parallel run's) can never swap files under the browser.
 */
export default function setup(project: TestProject): () => void {
  const outDir = mkdtempSync(join(tmpdir(), 'wcoa-e2e-extension-'));
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: EXTENSION_ROOT,
    encoding: 'utf8',
    env: { ...process.env, WCOA_EXTENSION_OUT_DIR: outDir },
  });
  const extensionDir = join(outDir, 'chrome-mv3');
  if (result.status !== 0 || !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`wxt build failed:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('extensionDir', extensionDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
