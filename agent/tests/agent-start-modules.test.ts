import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_GRAPH, type ChunkGraph } from '../scripts/build.mjs';

/** The built agent (tests/helpers/build-agent.ts builds it before the project's tests). */
const DIST = join(import.meta.dirname, '../dist');

/**
 * What `wcoa start` loads before it listens: the agent's chunk and every chunk it imports
 * statically, their static imports of packages and Node's modules, and the source modules bundled in
 * them (paths relative to agent/), as the build's chunk graph records them (build.mjs). Bundled
 * CommonJS code's own require() calls are not imports here.
 */
function loadedAtStart(dist: string) {
  const graph: ChunkGraph = JSON.parse(readFileSync(join(dist, CHUNK_GRAPH), 'utf8'));
  const entry = Object.keys(graph).find((file) => /^agent-\w+\.js$/.test(file));
  if (!entry) throw new Error(`no agent chunk in ${dist}`);
  const files = new Set<string>();
  const packages = new Set<string>();
  const modules = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const chunk = graph[file];
    if (!chunk) throw new Error(`${file} is imported but not in ${CHUNK_GRAPH}`);
    for (const { path, kind, external } of chunk.imports) {
      if (kind !== 'import-statement') continue;
      if (external) packages.add(path);
      else queue.push(path);
    }
    for (const path of chunk.modules) modules.add(path);
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
