import { fileURLToPath } from 'node:url';
import { findChromium } from '@wcoa/test/chromium';
import { describe, expect, it } from 'vitest';
import { inBrowser, onFreshPage } from '../bench/browser.ts';
import { bundleOf } from '../bench/bundle.ts';
import { MAX_DEPTH } from '../src/webconfig/shape.ts';

let chromiumPath: string | null = null;
try {
  chromiumPath = findChromium();
} catch {
  console.log("(no Chromium on this machine: the page's depth as the browser answers it is not tested)");
}

/**
 * pageShape in the runtime that answers `:has()` itself: the same verdict as the walk jsdom takes
 * (webconfig-bounds, webconfig-content-scope), at the bound exactly, on pages whose nesting the
 * parser made and on one that script made deeper than Chromium's parser nests (512 levels).
 */
const pageWith = (body: string) =>
  `<!DOCTYPE html><html><head><title>WF-C5790 Series</title></head><body>${body}</body></html>`;
/** `levels` divs nested, the deepest holding text. */
const nested = (levels: number) => `${'<div>'.repeat(levels)}x${'</div>'.repeat(levels)}`;
/** Enough elements beside the nesting that the page is over MAX_DEPTH elements (the depth is asked). */
const wide = `<table>${'<tr><td>a</td><td>b</td></tr>'.repeat(200)}</table>`;

// Runs in the page: both verdicts, the second with the browser's CSS.supports hidden (jsdom's path).
const VERDICTS = `(() => {
  const body = document.body;
  const wraps = Array.from(body.children).filter((c) => c.matches('div.wrap'));
  const scope = wraps.length === 1 ? wraps[0] : document;
  let hasAsked = 0;
  const matches = Element.prototype.matches;
  Element.prototype.matches = function (s) { if (s.startsWith(':has(')) hasAsked++; return matches.call(this, s); };
  const native = window.__shape.pageShape(scope).readable;
  const nativeAsked = hasAsked;
  const css = window.CSS;
  window.CSS = undefined;
  const walked = window.__shape.pageShape(scope).readable;
  window.CSS = css;
  Element.prototype.matches = matches;
  // The walk asks no :has(): its verdict is the walk's, not the selector's again.
  return { native, walked, hasAsked: hasAsked === nativeAsked ? nativeAsked : -1, wrap: scope !== document };
})()`;

describe.skipIf(chromiumPath === null)("a page's depth, as Chromium answers it (:has)", () => {
  it(`${MAX_DEPTH} levels below the root element: read; one more: too deep; as the walk says`, async () => {
    const shape = await bundleOf(
      fileURLToPath(new URL('../src/webconfig/shape.ts', import.meta.url)),
      '__shape',
    );
    // html > body: the body's children lie 2 levels below the root element, as the wrap does.
    const cases = [
      {
        name: 'document, at the bound',
        html: pageWith(`${wide}${nested(MAX_DEPTH - 1)}`),
        readable: true,
        wrap: false,
      },
      {
        name: 'document, one deeper',
        html: pageWith(`${wide}${nested(MAX_DEPTH)}`),
        readable: false,
        wrap: false,
      },
      {
        name: 'the wrap, at the bound',
        html: pageWith(`<div class="wrap">${wide}${nested(MAX_DEPTH - 2)}</div>`),
        readable: true,
        wrap: true,
      },
      {
        name: 'the wrap, one deeper',
        html: pageWith(`<div class="wrap">${wide}${nested(MAX_DEPTH - 1)}</div>`),
        readable: false,
        wrap: true,
      },
      // Deeper nesting after the wrap is not the content's.
      {
        name: 'deep after the wrap',
        html: pageWith(`<div class="wrap">${wide}</div>${nested(MAX_DEPTH + 10)}`),
        readable: true,
        wrap: true,
      },
      {
        name: 'wide and shallow',
        html: pageWith(`<div class="wrap">${wide}${wide}</div>`),
        readable: true,
        wrap: true,
      },
    ];
    await inBrowser(async (browser) => {
      for (const c of cases) {
        await onFreshPage(browser, async (page) => {
          await page.setContent(c.html);
          await page.evaluate(shape);
          const v = (await page.evaluate(VERDICTS)) as {
            native: boolean;
            walked: boolean;
            hasAsked: number;
            wrap: boolean;
          };
          expect(v, c.name).toEqual({ native: c.readable, walked: c.readable, hasAsked: 1, wrap: c.wrap });
        });
      }
      // Nesting made by script, past the 512 levels Chromium's parser nests: too deep both ways.
      await onFreshPage(browser, async (page) => {
        await page.setContent(pageWith(`<div class="wrap">${wide}</div>`));
        await page.evaluate(shape);
        await page.evaluate(`(() => {
          let e = document.querySelector('div.wrap');
          for (let i = 0; i < 600; i++) e = e.appendChild(document.createElement('div'));
        })()`);
        expect(await page.evaluate(VERDICTS)).toEqual({
          native: false,
          walked: false,
          hasAsked: 1,
          wrap: true,
        });
      });
    });
    // A browser and seven fresh contexts: 3 s alone, over 5 under the whole suite's load.
  }, 60_000);
});
