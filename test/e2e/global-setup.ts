import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EXTENSION_DIR, EXTENSION_ROOT } from './paths.ts';

/** Build the extension once for the whole run: the tests load exactly what `npm run build` ships. */
export default function setup(): void {
  if (process.env.WCOA_E2E_SKIP_BUILD === '1' && existsSync(EXTENSION_DIR)) return;
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: EXTENSION_ROOT, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`wxt build failed:\n${result.stdout}\n${result.stderr}`);
  }
}
