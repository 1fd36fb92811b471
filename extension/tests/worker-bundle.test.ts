// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What the service worker bundles decides how long its every start takes (a cold first visit
 * waits on it): no message table (the pages word its refusals, messages.ts), no UI, no detector.
 * Bundled as the build does (tree-shaken), and read by the bytes each module leaves in the output.
 */
describe('the service worker’s bundle', () => {
  it('holds no message table, no UI and no Web Config detector', async () => {
    const entry = fileURLToPath(new URL('../entrypoints/background.ts', import.meta.url));
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      write: false,
      metafile: true,
    });
    const [output] = Object.values(out.metafile.outputs);
    const used = Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    expect(used.some((path) => path.endsWith('extension/src/sw/handler.ts'))).toBe(true);
    const forbidden =
      /shared\/src\/i18n\/(messages|locales)\/|shared\/src\/webconfig\/(lexicon|detect)|\/preact\/|src\/(ui|overlay|pages)\/.*\.tsx$/;
    expect(used.filter((path) => forbidden.test(path))).toEqual([]);
    // Its words are ids: not one sentence of the table made it in.
    const text = out.outputFiles[0]?.text ?? '';
    expect(text).not.toContain('Reload the page');
    expect(text.length).toBeLessThan(200 * 1024);
  });
});
