import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built agent (tests/helpers/build-agent.ts builds it before the project's tests). */
const DIST = join(import.meta.dirname, '../dist');

/**
 * What `wcoa start` loads before it listens: the agent's chunk and every chunk it imports
 * statically, their bare imports (packages, Node's modules) and the source modules bundled in them
 * (esbuild marks each with a line `// path`, relative to agent/).
 */
function loadedAtStart(dist: string) {
  const entry = readdirSync(dist).find((file) => /^agent-\w+\.js$/.test(file));
  if (!entry) throw new Error(`no agent chunk in ${dist}`);
  const files = new Set<string>();
  const packages = new Set<string>();
  const modules = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, from] of code.matchAll(/^import\b[^'";]*["']([^"']+)["']/gm)) {
      if (from!.startsWith('./')) queue.push(from!.slice(2));
      else packages.add(from!);
    }
    for (const [, path] of code.matchAll(/^\/\/ (\S+\.(?:[cm]?js|tsx?|json))$/gm)) modules.add(path!);
  }
  return { files, packages, modules };
}

// The agent's start is what an admin waits for at every login (issue 13: ≤ 400 ms): the detector,
// its folded lexicon, jsdom, Playwright, msal and nodemailer belong to the commands and requests
// that use them, loaded when first asked for.
describe("the agent's start", () => {
  const { files, packages, modules } = loadedAtStart(DIST);

  it('is found by walking from the agent’s chunk (the walk reaches its own module)', () => {
    expect(files.size).toBeGreaterThan(1);
    expect([...modules].some((path) => path === 'src/agent.ts')).toBe(true);
  });

  it('imports no package but SQLite (and Node’s own modules)', () => {
    expect([...packages].filter((name) => !name.startsWith('node:'))).toEqual(['better-sqlite3']);
  });

  it('bundles no part of the Web Config detector', () => {
    const detector = [...modules].filter((path) =>
      /shared\/src\/webconfig\/(detect|identify|rows|job-history|lexicon-folded|lexicon-match)\b/.test(path),
    );
    expect(detector).toEqual([]);
  });
});
