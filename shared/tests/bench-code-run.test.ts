import { fileURLToPath } from 'node:url';
import { findChromium } from '@wcoa/test/chromium';
import { OAUTH_SIGNED_IN, renderPage, renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../bench/browser.ts';
import { bundleOf } from '../bench/bundle.ts';
import { charactersRun, codeRunPerPage, fitLine } from '../bench/code-run.ts';

describe("the bench's count of code run", () => {
  it('counts each character as often as the innermost range holding it ran', () => {
    const source = 'abcdefghij';
    const script = {
      url: 'x.js',
      functions: [
        // A nested function, listed before its parent: the count does not depend on V8's order.
        { ranges: [{ startOffset: 6, endOffset: 9, count: 5 }] },
        {
          ranges: [
            { startOffset: 0, endOffset: 10, count: 2 },
            { startOffset: 3, endOffset: 6, count: 0 },
          ],
        },
      ],
    };
    // 0-2 ran twice, 3-5 never, 6-8 five times, 9 twice.
    expect(charactersRun(source, script)).toBe(3 * 2 + 3 * 5 + 2);
  });

  it('fits the line through points on one, and how well', () => {
    const fit = fitLine([1, 2, 3, 4], [2.5, 4.5, 6.5, 8.5]);
    expect(fit.a).toBeCloseTo(0.5);
    expect(fit.b).toBeCloseTo(2);
    expect(fit.r).toBeCloseTo(1);
    expect(fitLine([1, 2, 3, 4], [1, 3, 2, 4]).r).toBeLessThan(0.9);
  });
});

describe("the bench's count of code run, in Chromium", () => {
  let chromiumPath: string | null = null;
  try {
    chromiumPath = findChromium();
  } catch {
    console.log('(no Chromium on this machine: the count per page in Chromium is skipped)');
  }

  it.skipIf(chromiumPath === null)(
    "counts a page's call the same whatever pages were counted before it",
    async () => {
      const source = await bundleOf(fileURLToPath(new URL('../src/webconfig/detect.ts', import.meta.url)));
      const status = renderWebConfigPage({
        page: 'network-status',
        generation: 'advanced',
        lang: 'de',
        model: 'WF-C5790',
      });
      const mail = renderPage({ lang: 'pt', state: OAUTH_SIGNED_IN });
      await inBrowser(async (browser) => {
        const call = 'window.__wcoaWebconfig.detect(document)';
        const [a1, b1, a2] = await codeRunPerPage(browser, [status, mail, status], source, call);
        const [b2, a3] = await codeRunPerPage(browser, [mail, status], source, call);
        expect(a1).toBeGreaterThan(1000);
        expect(b1).toBeGreaterThan(1000);
        expect([a2, a3]).toEqual([a1, a1]);
        expect(b2).toBe(b1);
      });
    },
    60_000,
  );
});
