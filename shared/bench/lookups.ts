/**
 * The browser's part of a call's reading: the page-wide lookups it makes (querySelector,
 * querySelectorAll, getElementsByTagName and getElementsByClassName asked of the document or of the
 * content's scope, scope.ts, and the items and lengths asked of the live collections these return),
 * recorded in the page as the call makes them, then made again alone, in the same order, by a script
 * of their own. Timed as a first call in a fresh document, the replay is what finding the elements
 * costs Chromium there, whatever the reader then does with them. A 1 MB page's lookups each walk its
 * thousands of elements; a lookup inside one element (a row's controls) is not page-wide, and is
 * counted, not replayed.
 */
import type { Browser } from 'playwright-core';
import { onFreshPage } from './browser.ts';

export interface Lookup {
  on: 'document' | 'scope';
  method:
    | 'querySelector'
    | 'querySelectorAll'
    | 'getElementsByTagName'
    | 'getElementsByClassName'
    | 'matches';
  arg: string;
  /** What was asked of a live collection's, in order: an index (item) or its length (-1). */
  asks: number[];
}

export interface Recording {
  lookups: Lookup[];
  /** Lookups asked of another element (a subtree): not replayed. */
  inside: number;
}

const METHODS = ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementsByClassName'];

/**
 * The content's scope as contentScope (scope.ts) gives it: the body's one div.wrap child (among its
 * first 100), else none (the document). Found by the body's children, as detect finds it, not by a
 * page-wide query (which would walk a 1 MB page once more).
 */
const SCOPE = `(() => {
  const body = document.body;
  if (!body || body.tagName !== 'BODY') return null;
  const wraps = [];
  let n = 0;
  for (let c = body.firstElementChild; c && n < 100; c = c.nextElementSibling, n++) {
    if (c.tagName === 'DIV' && c.classList.contains('wrap')) wraps.push(c);
  }
  return wraps.length === 1 ? wraps[0] : null;
})()`;

/**
 * Runs `call` in the page with every page-wide lookup recorded; evaluates to a Recording. The
 * recorder's own lookups (finding the scope) are made before it listens.
 */
export function recordLookups(call: string): string {
  return `(() => {
  const scope = ${SCOPE};
  const lookups = [];
  let inside = 0;
  const live = new WeakMap();
  const saved = [];
  for (const proto of [Document.prototype, Element.prototype]) {
    for (const method of ${JSON.stringify(METHODS)}) {
      const original = proto[method];
      saved.push([proto, method, original]);
      proto[method] = function (arg) {
        const result = original.call(this, arg);
        const on = this === document ? 'document' : this === scope ? 'scope' : null;
        if (on === null) {
          inside++;
        } else {
          const lookup = { on, method, arg: String(arg), asks: [] };
          lookups.push(lookup);
          if (method.startsWith('getElements')) live.set(result, lookup);
        }
        return result;
      };
    }
  }
  const item = HTMLCollection.prototype.item;
  const length = Object.getOwnPropertyDescriptor(HTMLCollection.prototype, 'length');
  // A relative selector matched on the root element or the scope walks the page below it; matching
  // any other element (or without :has) looks at that element alone, and is not a lookup.
  const matches = Element.prototype.matches;
  Element.prototype.matches = function (selector) {
    const on = this === document.documentElement ? 'document' : this === scope ? 'scope' : null;
    if (on !== null && String(selector).includes(':has(')) {
      lookups.push({ on, method: 'matches', arg: String(selector), asks: [] });
    }
    return matches.call(this, selector);
  };
  HTMLCollection.prototype.item = function (i) {
    live.get(this)?.asks.push(Number(i));
    return item.call(this, i);
  };
  Object.defineProperty(HTMLCollection.prototype, 'length', {
    ...length,
    get() {
      live.get(this)?.asks.push(-1);
      return length.get.call(this);
    },
  });
  try {
    ${call};
  } finally {
    for (const [proto, method, original] of saved) proto[method] = original;
    Element.prototype.matches = matches;
    HTMLCollection.prototype.item = item;
    Object.defineProperty(HTMLCollection.prototype, 'length', length);
  }
  return { lookups, inside };
})()`;
}

/**
 * A script that defines window[fn]: the recorded lookups made again, in order, on this page's
 * document and scope (found first, by the body's children, as detect finds it: the first touch of the
 * page's elements is counted with the lookups). It returns what they found (elements and lengths,
 * summed), so that a test can hold it to the recorded call's.
 */
export function replayLookups(lookups: readonly Lookup[], fn: string): string {
  const lines = lookups.map((l) => {
    const on = l.on === 'document' ? 'd' : 's';
    const arg = JSON.stringify(l.arg);
    if (l.method === 'matches') {
      return `found += ${l.on === 'document' ? 'd.documentElement' : 's'}.matches(${arg}) ? 1 : 0;`;
    }
    if (l.method === 'querySelector') return `found += ${on}.querySelector(${arg}) ? 1 : 0;`;
    if (l.method === 'querySelectorAll') return `found += ${on}.querySelectorAll(${arg}).length;`;
    const asks = l.asks.map((i) => (i < 0 ? 'found += c.length;' : `found += c.item(${i}) ? 1 : 0;`));
    return `{ const c = ${on}.${l.method}(${arg}); ${asks.join(' ')} }`;
  });
  // The scope is found only when a lookup is asked of it: a page detect reads no further than its
  // head (not Web Config) has its body left untouched, as detect leaves it.
  const scope = lookups.some((l) => l.on === 'scope') ? SCOPE : 'null';
  return `window.${fn} = () => {
  const d = document;
  const s = ${scope};
  let found = 0;
  ${lines.join('\n  ')}
  return found;
};`;
}

/**
 * Each page's recording: loaded alone on a fresh page (browser.ts), `source` evaluated, then `call`
 * recorded.
 */
export async function recordPerPage(
  browser: Browser,
  pages: readonly string[],
  source: string,
  call: string,
): Promise<Recording[]> {
  const out: Recording[] = [];
  for (const html of pages) {
    out.push(
      await onFreshPage(browser, async (page) => {
        await page.setContent(html, { waitUntil: 'domcontentloaded' });
        await page.evaluate(source);
        return (await page.evaluate(recordLookups(call))) as Recording;
      }),
    );
  }
  return out;
}
