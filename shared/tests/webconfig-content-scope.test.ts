import { intoContent, renderPage, SYNTHETIC_PAGES } from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import { contentScope } from '../src/webconfig/scope.ts';
import { MAX_DEPTH, MAX_ELEMENTS } from '../src/webconfig/shape.ts';
import { captureNames, detectHtml, parse, readCapture } from './webconfig-helpers.ts';

/**
 * detect reads a page's content where Web Config puts it, the body's div.wrap (scope.ts): what other
 * extensions add after it (a password manager's field, a translator's bar, a capture tool's panel)
 * neither changes the reading nor costs it.
 */

/** What extensions and look-alike markup put after the wrap, each able to change a reading it reached. */
const INJECTED = [
  // A password manager's field: a status page with it alone would read as a login form.
  '<div id="pm-root"><input type="password" name="pm-secret"></div>',
  // A title that names another page, and a language selector in another language.
  '<div class="ext-panel"><h2>Job History</h2><div class="header-main">Network &gt; Email Server</div></div>',
  '<select name="SEL_LANG"><option selected>日本語</option></select>',
  // Label rows and a job table of their own.
  '<dl class="values"><dt class="key">IP Address</dt><dd class="value">203.0.113.9</dd><dt class="key">Serial Number</dt><dd class="value">ZZZZ999999</dd></dl>',
  '<table><tr><th>No.</th><th>Date</th><th>Type</th><th>Result</th></tr><tr><td>1</td><td>2026-12-01 10:00</td><td>Scan to Email</td><td>Error (360)</td></tr></table>',
  // A translator's text in another language, and a warning.
  '<div class="translator">Traduire cette page ? Langue détectée : anglais. Paramètres du traducteur.</div><p class="warning">Extension warning</p>',
].join('');

const hasWrap = (html: string) => {
  const doc = parse(html);
  return contentScope(doc) !== doc;
};

/** Every synthetic page of both UIs in English, and every real capture, that lays its content in the wrap. */
const SYNTHETIC: Array<[name: string, html: string]> = SYNTHETIC_PAGES.flatMap((page) =>
  (['advanced', 'basic'] as const).map(
    (generation) => [`${page} (${generation})`, renderPage({ page, generation })] as [string, string],
  ),
);
const CAPTURES: Array<[name: string, html: string]> = captureNames().map((f) => [f, readCapture(f)]);
const PAGES = [...SYNTHETIC, ...CAPTURES].filter(([, html]) => hasWrap(html));

describe('what the body holds after the content is not read', () => {
  it('every capture, and every synthetic page but the frameset and its menu, has its content in the wrap', () => {
    expect(CAPTURES.filter(([, html]) => !hasWrap(html)).map(([name]) => name)).toEqual([]);
    expect(SYNTHETIC.filter(([, html]) => !hasWrap(html)).map(([name]) => name)).toEqual([
      'common-top (advanced)',
      'menu (advanced)',
    ]);
  });

  it.each(PAGES)('%s: read the same with elements injected after its content', (_name, html) => {
    const alone = detectHtml(html);
    expect(alone.vendor).toBe('epson');
    expect(detectHtml(intoContent(html, INJECTED, { outside: true }))).toEqual(alone);
  });

  it('the same elements inside the content are read (they are what Web Config shows there)', () => {
    const html = renderPage({ page: 'product-status', generation: 'advanced' });
    expect(detectHtml(html).page).toBe('product-status');
    // The page itself now says Job History and holds a job table.
    expect(detectHtml(intoContent(html, INJECTED)).page).toBe('job-history');
  });

  it(`more than ${MAX_ELEMENTS} elements after the content: read within the bounds, as without them`, () => {
    const html = renderPage({ page: 'network-status', generation: 'advanced' });
    const junk = `<ul>${'<li>x</li>'.repeat(MAX_ELEMENTS)}</ul>`;
    const after = detectHtml(intoContent(html, junk, { outside: true }));
    expect(after.signals).not.toContain('page-too-large');
    expect(after).toEqual(detectHtml(html));
    // Inside the content the same elements are beyond what detect reads.
    expect(detectHtml(intoContent(html, junk)).signals).toContain('page-too-large');
  }, 60_000);
});

describe('the bounds are those of the content', () => {
  const html = renderPage({ page: 'network-status', generation: 'advanced' });
  const nested = (depth: number) => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;

  it(`nesting deeper than ${MAX_DEPTH} levels inside the content: page-too-large; after it: read as without`, () => {
    expect(detectHtml(intoContent(html, nested(MAX_DEPTH + 10))).signals).toContain('page-too-large');
    expect(detectHtml(intoContent(html, nested(MAX_DEPTH + 10), { outside: true }))).toEqual(
      detectHtml(html),
    );
  });

  it(`${MAX_DEPTH} levels from the root element exactly: read; one more: page-too-large`, () => {
    // html > body > div.wrap: the wrap is two levels below the root element.
    const at = (levels: number) => intoContent(html, nested(levels - 2));
    expect(detectHtml(at(MAX_DEPTH)).signals).not.toContain('page-too-large');
    expect(detectHtml(at(MAX_DEPTH + 1)).signals).toContain('page-too-large');
  });
});

describe('where the content is', () => {
  it.each(['advanced', 'basic'] as const)('%s UI: the body’s div.wrap', (generation) => {
    const doc = parse(renderPage({ page: 'network-status', generation }));
    const scope = contentScope(doc);
    expect(scope).not.toBe(doc);
    expect((scope as Element).matches('body > div.wrap')).toBe(true);
  });

  it('no wrap, two wraps, a wrap deeper down, a frameset: the whole document', () => {
    for (const body of [
      '<body><div class="section"><dl class="values"></dl></div></body>',
      '<body><div class="wrap"></div><div class="wrap"></div></body>',
      '<body><div><div class="wrap"></div></div></body>',
      '<frameset><frame src="a.html"></frameset>',
    ]) {
      const doc = parse(`<!DOCTYPE html><html><head><title>WF-C5790 Series</title></head>${body}</html>`);
      expect(contentScope(doc), body).toBe(doc);
    }
  });

  it('a page without the wrap is read whole', () => {
    const html = renderPage({ page: 'network-status', generation: 'advanced' }).replace(
      'class="wrap"',
      'class="page"',
    );
    const model = detectHtml(html);
    expect(model.page).toBe('network-status');
    expect(model.fields.network?.ipAddress).toBeDefined();
  });
});
