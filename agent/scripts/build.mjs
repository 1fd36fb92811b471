// Builds the CLI and the agent to dist/ as JavaScript: one ESM bundle with code splitting, so each
// command's heavy modules (jsdom, Playwright, msal, nodemailer, Express) are chunks loaded only by
// the commands that import them. @wcoa/shared is bundled in (the packed agent carries what it
// needs of the workspace), and so are the pure-JavaScript modules made of many small files (zod,
// commander, Express, pino): one file read instead of hundreds at each start is most of a cold
// start. Native and heavy dependencies (better-sqlite3, the keyring, msal, nodemailer, jsdom,
// Playwright) stay real dependencies, loaded from node_modules by the code that uses them.
//
// Each file is written to a temporary name and renamed, so concurrent builds (test projects that
// rebuild before they run) never leave a half-written file for a spawned CLI to load.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const AGENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(AGENT_DIR, 'dist');
const BUNDLED = new Set([
  'zod',
  'commander',
  'env-paths',
  'express',
  'pino',
  'preact',
  'preact-render-to-string',
]);

export async function buildAgent({ quiet = false } = {}) {
  const pkg = JSON.parse(readFileSync(join(AGENT_DIR, 'package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies ?? {}).filter(
    (name) => !name.startsWith('@wcoa/') && !BUNDLED.has(name),
  );
  const result = await build({
    absWorkingDir: AGENT_DIR,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // dist/ is flat: src/version.ts reads ../package.json relative to its own file, in src/ and dist/.
    chunkNames: '[name]-[hash]',
    external,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'linked',
    legalComments: 'none',
    // commander is CommonJS: its require() of Node built-ins needs a require in ESM output.
    banner: {
      js: "import { createRequire as __wcoaRequire } from 'node:module'; const require = __wcoaRequire(import.meta.url);",
    },
    write: false,
    logLevel: quiet ? 'error' : 'warning',
  });
  mkdirSync(OUT_DIR, { recursive: true });
  const written = new Set();
  for (const file of result.outputFiles) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
    written.add(basename(file.path));
  }
  // Chunks from an older build whose names no longer appear; a concurrent build writes the same
  // names (same sources, same hashes), so only files no build of these sources makes are removed.
  for (const name of readdirSync(OUT_DIR)) {
    if (!written.has(name) && !name.endsWith('.tmp')) rmSync(join(OUT_DIR, name), { force: true });
  }
  return [...written];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildAgent();
  process.stdout.write(`agent: built ${files.filter((f) => f.endsWith('.js')).length} files in dist/\n`);
}
