import { fileURLToPath } from 'node:url';
import { findChromium } from '@wcoa/test/chromium';
import { renderPage } from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import { inBrowser, onFreshPage } from '../bench/browser.ts';
import { bundleOf } from '../bench/bundle.ts';
import { type Recording, recordLookups, recordPerPage, replayLookups } from '../bench/lookups.ts';

let chromiumPath: string | null = null;
try {
  chromiumPath = findChromium();
} catch {
  console.log("(no Chromium on this machine: the bench's replay of page-wide lookups is skipped)");
}

const PAGE = `<!DOCTYPE html><html><head><title>t</title></head><body>
<div class="wrap"><h1>Status</h1><table><tr><td><span>a</span></td><td class="x">b</td></tr></table><p class="x">c</p></div>
<div class="other"><h1>Elsewhere</h1></div></body></html>`;

/**
 * Page-wide and subtree lookups, a live collection asked for an item and its length, and relative
 * selectors matched on the scope, the root element (page-wide) and one element (neither).
 */
const CALL = `(() => {
  const scope = document.body.firstElementChild;
  let found = document.querySelectorAll('h1').length;
  found += scope.querySelector('.x') ? 1 : 0;
  found += scope.querySelectorAll('td').length;
  const all = scope.getElementsByTagName('*');
  found += all.item(3) ? 1 : 0;
  found += all.item(30) ? 1 : 0;
  found += all.length;
  found += document.getElementsByClassName('x').length;
  found += scope.querySelector('td').querySelectorAll('span').length;
  found += scope.matches(':has(> table td)') ? 1 : 0;
  found += scope.querySelector('td').matches('td:has(span)') ? 1 : 0;
  found += document.documentElement.matches(':has(p.x)') ? 1 : 0;
  return found;
})()`;

describe("the bench's replay script", () => {
  it('finds the content only when a lookup is asked of it', () => {
    const head = replayLookups([{ on: 'document', method: 'querySelector', arg: 'meta', asks: [] }], 'f');
    const content = replayLookups([{ on: 'scope', method: 'querySelectorAll', arg: 'dt', asks: [] }], 'f');
    expect(head).not.toContain('firstElementChild');
    expect(content).toContain('firstElementChild');
  });
});

describe.skipIf(chromiumPath === null)(
  "the bench's replay of a call's page-wide lookups, in Chromium",
  () => {
    it('records the lookups of the document and the scope in order, and counts those inside an element', async () => {
      await inBrowser((browser) =>
        onFreshPage(browser, async (page) => {
          await page.setContent(PAGE);
          const recorded = (await page.evaluate(recordLookups(CALL))) as Recording;
          expect(recorded.lookups).toEqual([
            { on: 'document', method: 'querySelectorAll', arg: 'h1', asks: [] },
            { on: 'scope', method: 'querySelector', arg: '.x', asks: [] },
            { on: 'scope', method: 'querySelectorAll', arg: 'td', asks: [] },
            { on: 'scope', method: 'getElementsByTagName', arg: '*', asks: [3, 30, -1] },
            { on: 'document', method: 'getElementsByClassName', arg: 'x', asks: [-1] },
            { on: 'scope', method: 'querySelector', arg: 'td', asks: [] },
            { on: 'scope', method: 'matches', arg: ':has(> table td)', asks: [] },
            { on: 'scope', method: 'querySelector', arg: 'td', asks: [] },
            { on: 'document', method: 'matches', arg: ':has(p.x)', asks: [] },
          ]);
          expect(recorded.inside).toBe(1);
          // The page's own methods are back as they were.
          expect(
            await page.evaluate('Element.prototype.querySelector.toString().includes("native code")'),
          ).toBe(true);
        }),
      );
    });

    it('replays them in a fresh document, finding what the call found on the document and the scope', async () => {
      await inBrowser(async (browser) => {
        const [recorded] = await recordPerPage(browser, [PAGE], '', CALL);
        await onFreshPage(browser, async (page) => {
          await page.setContent(PAGE);
          await page.evaluate(replayLookups(recorded!.lookups, '__replay'));
          // Two h1, td.x, two td, the wrap's fourth element but no 31st, its 8 elements (the parser adds a
          // tbody), two .x, the td the subtree lookup started from (the span inside it is not replayed), and
          // the wrap's :has, that td again (its own matches is not replayed) and the root's :has.
          expect(await page.evaluate('window.__replay()')).toBe(2 + 1 + 2 + 1 + 0 + 8 + 2 + 1 + 1 + 1 + 1);
        });
      });
    });

    it("records detect's lookups on a Web Config page, each of them page-wide or counted as inside", async () => {
      const source = await bundleOf(fileURLToPath(new URL('../src/webconfig/detect.ts', import.meta.url)));
      const html = renderPage({ lang: 'fr' });
      await inBrowser(async (browser) => {
        const [recorded] = await recordPerPage(
          browser,
          [html],
          source,
          'window.__wcoaWebconfig.detect(document)',
        );
        const { lookups } = recorded!;
        // The content's wrap is where detect reads: its rows (dt, tr) are looked for there, not in the document.
        expect(lookups).toContainEqual({ on: 'scope', method: 'querySelectorAll', arg: 'dt', asks: [] });
        expect(
          lookups.some((l) => l.on === 'scope' && l.method === 'getElementsByTagName' && l.arg === '*'),
        ).toBe(true);
        await onFreshPage(browser, async (page) => {
          await page.setContent(html);
          await page.evaluate(replayLookups(lookups, '__replay'));
          expect(await page.evaluate('window.__replay()')).toBeGreaterThan(0);
        });
      });
    }, 60_000);
  },
);
