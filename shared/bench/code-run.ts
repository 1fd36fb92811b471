/**
 * How much of a script's code one call runs, counted by V8 itself: block coverage (CDP's precise
 * coverage, with call counts) gives every function and block of the script with the times it ran,
 * and each character of the script counts as often as the innermost range holding it ran. A first
 * call runs its code once, cold (in Ignition, its inline caches empty), so this count is what its
 * time grows with beyond the engine's own part; unlike a timing it is exact and the same every run.
 */
import type { Browser } from 'playwright-core';
import { onFreshPage } from './browser.ts';

/** What V8's precise coverage returns for one script (the part read here). */
interface ScriptCoverage {
  url: string;
  functions: Array<{ ranges: Array<{ startOffset: number; endOffset: number; count: number }> }>;
}

/** Characters of `source` run, each as often as it ran, by the ranges given (V8 lists outer first). */
export function charactersRun(source: string, script: ScriptCoverage): number {
  const counts = new Float64Array(source.length);
  const ranges = script.functions
    .flatMap((f) => f.ranges)
    // Outer before inner: by start, then the longer first, so an inner range's count wins.
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const r of ranges) counts.fill(r.count, r.startOffset, Math.min(r.endOffset, source.length));
  let total = 0;
  for (const c of counts) total += c;
  return total;
}

/**
 * For each HTML page: load it (page scripts off, network refused), evaluate `source` (untimed and
 * uncounted), then count what `call` runs of it. `source` is tagged with a sourceURL to be found.
 * Each page in a browser context of its own (its own renderer, so its own V8 isolate): in one
 * context, a function that had run on an earlier page lost most of its block counts on the next
 * (the L3250 capture counted 101.3k characters the first time and 68.6k when counted again later in
 * the same context), so a page's count hung on the pages before it.
 */
export async function codeRunPerPage(
  browser: Browser,
  pages: readonly string[],
  source: string,
  call: string,
): Promise<number[]> {
  const url = 'wcoa-code-run.js';
  const tagged = `${source}\n//# sourceURL=${url}`;
  const out: number[] = [];
  for (const html of pages) {
    out.push(
      await onFreshPage(browser, async (page) => {
        const cdp = await page.context().newCDPSession(page);
        await page.setContent(html, { waitUntil: 'domcontentloaded' });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
        await cdp.send('Runtime.evaluate', { expression: tagged });
        // Taking the coverage resets its counts: what the evaluation ran is left out.
        await cdp.send('Profiler.takePreciseCoverage');
        await cdp.send('Runtime.evaluate', { expression: call });
        const { result } = await cdp.send('Profiler.takePreciseCoverage');
        await cdp.send('Profiler.stopPreciseCoverage');
        const script = (result as ScriptCoverage[]).find((s) => s.url === url);
        if (!script) throw new Error(`no coverage of ${url}`);
        return charactersRun(tagged, script);
      }),
    );
  }
  return out;
}

/** The least-squares line y = a + b·x through the points, and its correlation r. */
export function fitLine(xs: readonly number[], ys: readonly number[]): { a: number; b: number; r: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b, r: sxy / Math.sqrt(sxx * syy) };
}
