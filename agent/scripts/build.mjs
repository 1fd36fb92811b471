// Builds the CLI and the agent to dist/ as JavaScript: one ESM bundle with code splitting, so each
// command's heavy modules (jsdom, Playwright, msal, nodemailer, Express) are chunks loaded only by
// the commands that import them. @wcoa/shared is bundled in (the packed agent carries what it
// needs of the workspace), and so are the pure-JavaScript modules made of many small files (zod,
// commander, Express, pino): one file read instead of hundreds at each start is most of a cold
// start. Native and heavy dependencies (better-sqlite3, the keyring, msal, nodemailer, jsdom,
// Playwright) stay real dependencies, loaded from node_modules by the code that uses them, and so
// do Express's two data packages: iconv-lite (its code pages, half a megabyte, read only when a
// body comes in another charset) and mime-db (read as JSON, cheaper than compiling it as code).
// They are the agent's own dependencies in package.json, at the versions Express asks for.
//
// The message tables of the seven languages besides English are written as JSON files
// (dist/locales/<lang>.json) that the CLI and the agent read when a reply in that language is first
// asked for: a command run in English loads no other language's text (about 750 KB of JavaScript).
//
// Each file is written to a temporary name and renamed, so concurrent builds (test projects that
// rebuild before they run) never leave a half-written file for a spawned CLI to load.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const AGENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(AGENT_DIR, 'dist');
const LOCALES_DIR = 'locales';
export const CHUNK_GRAPH = 'chunks.json';
/** The module that gathers every language's table (shared/src/i18n/locales/index.ts). */
const LOCALES_INDEX = /[\\/]shared[\\/]src[\\/]i18n[\\/]locales[\\/]index\.ts$/;
const BUNDLED = new Set([
  'zod',
  'commander',
  'env-paths',
  'express',
  'pino',
  'preact',
  'preact-render-to-string',
]);

/** Every language's table as the shared source defines it: { lang: Messages }. */
async function localeTables() {
  const result = await build({
    absWorkingDir: AGENT_DIR,
    entryPoints: ['../shared/src/i18n/locales/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const source = Buffer.from(result.outputFiles[0].contents).toString('base64');
  const { LOCALES } = await import(`data:text/javascript;base64,${source}`);
  return LOCALES;
}

/**
 * In the bundle, locales/index.ts becomes this: the same LOCALES, each language a stand-in that
 * reads its JSON file on first use (synchronously: messagesFor stays synchronous). Spreading
 * LOCALES (i18n/index.ts keeps them so) copies the stand-ins, not the tables; a table is read when
 * messagesFor first asks for its language.
 */
function lazyLocalesModule(langs) {
  return `import { readFileSync } from 'node:fs';
function lazyTable(lang) {
  let table;
  const load = () =>
    (table ??= JSON.parse(readFileSync(new URL(\`./${LOCALES_DIR}/\${lang}.json\`, import.meta.url), 'utf8')));
  return new Proxy({}, {
    get: (_target, key) => load()[key],
    has: (_target, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(load(), key),
  });
}
export const LOCALES = Object.fromEntries(${JSON.stringify(langs)}.map((lang) => [lang, lazyTable(lang)]));
`;
}

/**
 * What each built chunk imports (other chunks by file name, packages and Node's modules by name; the
 * kind says static, dynamic or require) and the source modules bundled in it (paths relative to
 * agent/): written beside the chunks as CHUNK_GRAPH, so a test can tell what a command loads at start
 * without reading the minified code (agent/tests/agent-start-modules.test.ts). Not shipped.
 */
function chunkGraph(metafile) {
  const graph = {};
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    graph[basename(path)] = {
      imports: output.imports.map(({ path: to, kind, external = false }) => ({
        path: external ? to : basename(to),
        kind,
        external,
      })),
      modules: Object.keys(output.inputs),
    };
  }
  return graph;
}

/** Writes a file under a temporary name and renames it (a concurrent reader never sees half of it). */
function writeAtomic(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

export async function buildAgent({ quiet = false } = {}) {
  const locales = await localeTables();
  mkdirSync(join(OUT_DIR, LOCALES_DIR), { recursive: true });
  for (const [lang, table] of Object.entries(locales)) {
    writeAtomic(join(OUT_DIR, LOCALES_DIR, `${lang}.json`), JSON.stringify(table));
  }
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
    // Every start reads and parses what it loads (Express, zod, pino and our code, bundled): without
    // comments and whitespace the chunks are a third smaller (1.05 MB against 1.53), and the agent's
    // start took 0.91× and 0.95× the time (bench:cli --against the unminified build, two runs of 15
    // rounds). Names are kept (no minifyIdentifiers): stacks in the agent's log still name functions.
    minifyWhitespace: true,
    minifySyntax: true,
    // commander is CommonJS: its require() of Node built-ins needs a require in ESM output.
    banner: {
      js: "import { createRequire as __wcoaRequire } from 'node:module'; const require = __wcoaRequire(import.meta.url);",
    },
    write: false,
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
    plugins: [
      {
        name: 'lazy-locales',
        setup(b) {
          b.onLoad({ filter: LOCALES_INDEX }, () => ({
            contents: lazyLocalesModule(Object.keys(locales)),
            loader: 'js',
          }));
        },
      },
    ],
  });
  const written = new Set([LOCALES_DIR, CHUNK_GRAPH]);
  for (const file of result.outputFiles) {
    writeAtomic(file.path, file.contents);
    written.add(basename(file.path));
  }
  writeAtomic(join(OUT_DIR, CHUNK_GRAPH), JSON.stringify(chunkGraph(result.metafile)));
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
