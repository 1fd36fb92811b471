import { build } from 'esbuild';

/**
 * `entry` bundled as the benchmarks evaluate it in a page: one minified IIFE that leaves its exports
 * on `window[globalName]`. The bench and the test of its count of code run both use it, so the test
 * counts the bundle the bench counts.
 */
export async function bundleOf(entry: string, globalName = '__wcoaWebconfig'): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    minify: true,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text.concat(`;window.${globalName} = ${globalName};`);
}
