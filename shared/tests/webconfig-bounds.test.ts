import { intoContent, renderPage } from '@wcoa/test/webconfig-pages';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detect, MAX_DEPTH, MAX_ELEMENTS, type PageModel } from '../src/webconfig/index.ts';
import { MAX_WORDS_TEXT } from '../src/webconfig/language.ts';
import { ROWS_TRUNCATED } from '../src/webconfig/page-signals.ts';
import { MAX_ROW_ELEMENTS } from '../src/webconfig/rows.ts';
import { MAX_FIELDS } from '../src/webconfig/vendor.ts';
import { detectHtml } from './webconfig-helpers.ts';

/**
 * Attacks on detect(): hostile text in every place a reader looks, built from the readers' own
 * alternatives, and pages far larger or deeper than Web Config's. Parsing is jsdom's cost and is
 * not timed; detect() must stay within a bound on each (main's code took 87 s on a 100,000-letter
 * title and 90 s on a "… Serie" one).
 */
function timedDetect(html: string): { model: PageModel; ms: number } {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const started = performance.now();
  const model = detect(dom.window.document);
  const ms = performance.now() - started;
  dom.window.close();
  return { model, ms };
}

/** Generous for a loaded CI machine; the slow cases took 100 to 1000 times longer. */
const BOUND_MS = 3000;
/**
 * For a test that has jsdom parse pages of tens of thousands of elements or megabytes of text, which is
 * not what is bounded: such a test took 1.5-4.4 s run alone, and the largest passed vitest's default
 * limit of 5 s under the whole suite's load.
 */
const LARGE_PAGES = { timeout: 60_000 };
const HEAD = '<!DOCTYPE html><html><head><meta name="Author" content="SEIKO EPSON">';

/** One page with the hostile text in the title, breadcrumb, a label, a value, an option, a job table and the lang. */
function hostilePage(text: string): string {
  const row = (k: string, v: string) => `<dt class="key">${k}</dt><dd class="value">${v}</dd>`;
  return `<!DOCTYPE html><html lang="${text.slice(0, 5000)}"><head><meta name="Author" content="${text}"><title>${text}</title></head><body class="contents"><div class="wrap"><div class="header-main">${text} &gt; ${text}</div><div class="section"><h2>${text}</h2><div class="warning">${text}</div><form action="/PRESENTATION/ADVANCED/X/SET"><input type="hidden" name="INPUTT_SETUPTOKEN" value="t"><dl class="values">${row(text, text)}${row('SMTP Server Port Number', text)}${row(`${text}:`, `<select name="INPUTD_${text.slice(0, 100)}"><option selected>${text}</option><option>OAuth2</option><option>SMTP AUTH</option></select>`)}${row('Current Status', text)}</dl><table><tr><th>${text}</th><th>Date</th><th>Type</th><th>Result</th></tr><tr><td>${text}</td><td>${text}</td><td>${text}</td><td>${text}</td></tr></table></form></div></div></body></html>`;
}

// The readers' own alternatives, repeated: code words, runs of spaces, digits, dots, separators.
const UNITS = [
  'A',
  'a',
  ' ',
  '\u00a0',
  '1',
  '.',
  '-',
  'A-',
  'A/',
  '1.',
  '1/',
  '1:',
  ':',
  ' :',
  '>',
  ' Serie',
  'Series ',
  'SMTP ',
  'POP ',
  'OAuth ',
  'AUTH ',
  'Error (360) ',
  '2026-11-10 ',
  'autenticação ',
  'Sessão ',
  'ł',
  'é',
  '送信',
  'ş',
];

describe('detect stays bounded on hostile text in every field', () => {
  it.each(UNITS)('50,000 × %j', (unit) => {
    const text = unit.repeat(Math.ceil(50_000 / unit.length)).replace(/[<&"]/g, '');
    const { model, ms } = timedDetect(hostilePage(text));
    expect(ms).toBeLessThan(BOUND_MS);
    // Texts kept from the page are capped, never the whole hostile run.
    expect(model.model === null || model.model.length <= 60).toBe(true);
    for (const value of Object.values(model.raw)) {
      for (const v of Array.isArray(value) ? value : [value])
        expect(String(v).length).toBeLessThanOrEqual(2000);
    }
  });

  it('a title of 100,000 letters (upper and lower case, and as "… Serie")', () => {
    for (const title of ['A'.repeat(100_000), 'a'.repeat(100_000), `${'A'.repeat(100_000)} Serie`]) {
      const html = `${HEAD}<title>${title}</title></head><body class="contents"><div class="wrap"><div class="header-main">Status</div><dl class="values"><dt class="key">x</dt><dd>y</dd></dl></div></body></html>`;
      const { model, ms } = timedDetect(html);
      expect(ms).toBeLessThan(BOUND_MS);
      expect(model.model).toBeNull();
    }
  });
});

describe('detect stays bounded on pages far beyond Web Config', () => {
  it(`nesting deeper than ${MAX_DEPTH}: named page-too-large at once, identity from the head only`, () => {
    const depth = MAX_DEPTH + 50;
    const html = `${HEAD}<title>WF-C5790 Series</title></head><body>${'<div>'.repeat(depth)}<dl class="values"><dt class="key">IP Address</dt><dd>192.0.2.1</dd></dl>${'</div>'.repeat(depth)}</body></html>`;
    const { model, ms } = timedDetect(html);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(model).toMatchObject({ vendor: 'epson', page: 'webconfig-other', fields: {} });
    expect(model.signals).toContain('page-too-large');
    // Without Epson's head marks the same page is not Web Config.
    const foreign = timedDetect(html.replace('SEIKO EPSON', 'ACME'));
    expect(foreign.model.page).toBe('not-webconfig');
    // Without any head mark it is not Web Config whatever its body: its size is not looked at.
    const unmarked = timedDetect(html.replace('SEIKO EPSON', 'ACME').replace(' Series', ''));
    expect(unmarked.model).toMatchObject({ vendor: null, page: 'not-webconfig', signals: [] });
  });

  it(`more than ${MAX_ELEMENTS} elements: page-too-large; ${MAX_ELEMENTS} exactly: read`, LARGE_PAGES, () => {
    // html, head, meta, title, body and ul are six elements; the list items make up the rest.
    const page = (elements: number) =>
      `${HEAD}<title>WF-C5790 Series</title></head><body><ul>${'<li>x</li>'.repeat(elements - 6)}</ul></body></html>`;
    const over = timedDetect(page(MAX_ELEMENTS + 1));
    expect(over.ms).toBeLessThan(BOUND_MS);
    expect(over.model.signals).toContain('page-too-large');
    const at = timedDetect(page(MAX_ELEMENTS));
    expect(at.ms).toBeLessThan(BOUND_MS);
    // Both head marks: measured, as the page one element larger was, and found within the bound.
    expect(at.model.signals).not.toContain('page-too-large');
  });

  it(
    'a page its marks do not make Web Config is told so without measuring it, whatever its size',
    LARGE_PAGES,
    () => {
      // A "… Series" title alone, no Web Config structure, more elements than the bound.
      const html = `<!DOCTYPE html><html><head><title>NX-4000 Series</title></head><body><ul>${'<li>x</li>'.repeat(MAX_ELEMENTS)}</ul></body></html>`;
      const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
      const doc = dom.window.document;
      const walks: string[] = [];
      const byTag = doc.getElementsByTagName.bind(doc);
      doc.getElementsByTagName = ((name: string) => {
        walks.push(name);
        return byTag(name);
      }) as typeof doc.getElementsByTagName;
      const model = detect(doc);
      dom.window.close();
      expect(model).toMatchObject({ vendor: null, page: 'not-webconfig' });
      expect(model.signals).not.toContain('page-too-large');
      // The element count (the bound's first walk) was not taken.
      expect(walks).not.toContain('*');
      // With Epson's author tag as well, the head marks alone decide, and the size is measured.
      const marked = timedDetect(
        html.replace('<title>', '<meta name="author" content="SEIKO EPSON"><title>'),
      );
      expect(marked.model.signals).toContain('page-too-large');
      expect(marked.model.vendor).toBe('epson');
    },
  );

  it(
    "the basic UI's skeleton, looked for before the page's size: linear on deep and wide look-alikes",
    LARGE_PAGES,
    () => {
      // Span.header nested far deeper than MAX_DEPTH, none under div.header > h1; then thousands of
      // wraps whose header is right but whose children (thousands) hold no div.section.
      const deep = `${'<span class="header">'.repeat(4 * MAX_DEPTH)}x`;
      const wide = `<div class="wrap">${'<div class="header"><h1><span class="header">x</span></h1></div>'.repeat(3000)}${'<p></p>'.repeat(3000)}</div>`;
      for (const body of [deep, wide]) {
        const { model, ms } = timedDetect(
          `<!DOCTYPE html><html><head><title>NX-4000 Series</title></head><body>${body}</body></html>`,
        );
        expect(ms).toBeLessThan(BOUND_MS);
        expect(model.page).toBe('not-webconfig');
        expect(model.signals).not.toContain('basic-skeleton');
      }
    },
  );

  it(
    'a real page with megabytes in single texts (a 4 MB cell, label, title): read, fields intact',
    LARGE_PAGES,
    () => {
      const page = renderPage({
        lang: 'cs',
        state: {
          authMethod: 'smtp-auth',
          account: 'a@b.example',
          sender: 'a@b.example',
          smtpServer: 'smtp.b.example',
          smtpPort: 587,
        },
        extraRows: [{ label: 'x'.repeat(1_000_000), value: 'y'.repeat(4_000_000) }],
      });
      const { model, ms } = timedDetect(page.replace('</title>', `${' z'.repeat(500_000)}</title>`));
      expect(ms).toBeLessThan(BOUND_MS);
      expect(model.page).toBe('email-server-basic');
      expect(model.lang).toBe('cs');
      expect(model.fields).toMatchObject({ authMethod: 'smtp-auth', smtpPort: 587, account: 'a@b.example' });
    },
  );

  it('nested tables: rows that hold rows are layout, read once (no quadratic re-reading)', () => {
    const depth = 200;
    const inner =
      '<table><tr><td>SMTP Server Port Number</td><td><input type="text" name="INPUTT_PORT" value="587"></td></tr></table>';
    let html = inner;
    for (let i = 0; i < depth; i++) html = `<table><tr><td>Label ${i}</td><td>${html}</td></tr></table>`;
    const { ms } = timedDetect(`${HEAD}<title>WF-C5790 Series</title></head><body>${html}</body></html>`);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('bounded reading keeps what a page says about itself', () => {
  /** A data table of `rows` rows of numbers and hosts: no word of any language, thousands of cells. */
  const numbers = (rows: number) =>
    `<table><tr><th>#</th><th>t</th><th>h</th><th>n</th></tr>${Array.from(
      { length: rows },
      (_, i) => `<tr><td>${i}</td><td>12:${i % 60}</td><td>10.0.${i % 255}.1</td><td>${i * 7}</td></tr>`,
    ).join('')}</table>`;
  const padded = (html: string) => intoContent(html, numbers(200));

  it.each(['de', 'fr', 'it', 'nl', 'pl', 'es', 'pt-BR', 'ja'] as const)(
    '%s: a page told by its words alone (no selector, no lang) keeps its language under 1,000 more cells',
    (lang) => {
      const html = renderPage({ page: 'network-status', lang })
        .replace(/<form[^>]*id="lang_form"[\s\S]*?<\/form>/, '')
        .replace(/<html[^>]*>/i, '<html>');
      const alone = timedDetect(html).model;
      expect(alone.signals).toContain('lang-words');
      expect(alone.lang?.slice(0, 2)).toBe(lang.slice(0, 2));
      expect(timedDetect(padded(html)).model.lang).toBe(alone.lang);
    },
    30_000,
  );
});

describe('each reader reads a bounded prefix of a large page, and says so where the model can differ', () => {
  const skeleton = (title: string, body: string) =>
    `${HEAD}<title>${title}</title></head><body class="contents"><div class="wrap"><div class="header-main">Status &gt; Network</div>${body}</div></body></html>`;
  /** `n` rows of a four-column data table without a header: no label rows, no job table. */
  const wideRows = (n: number) =>
    `<table>${Array.from({ length: n }, (_, i) => `<tr><td>${i}</td><td>h${i}</td><td>10.0.${i % 255}.1</td><td>${i * 7}</td></tr>`).join('')}</table>`;
  const networkRows =
    '<dl class="values"><dt class="key">IP Address</dt><dd class="value">192.0.2.10</dd><dt class="key">MAC Address</dt><dd class="value">00:11:22:33:44:55</dd></dl>';

  it(`label rows: those after the first ${MAX_ROW_ELEMENTS} dt and tr are not read, and rows-truncated says so`, () => {
    const before = (n: number) => detectHtml(skeleton('WF-C5790 Series', wideRows(n) + networkRows));
    // Within the bound the rows after a data table are read.
    const within = before(MAX_ROW_ELEMENTS - 10);
    expect(within.page).toBe('network-status');
    expect(within.fields.network).toMatchObject({ ipAddress: '192.0.2.10' });
    expect(within.signals).not.toContain(ROWS_TRUNCATED);
    const beyond = before(MAX_ROW_ELEMENTS);
    expect(beyond.fields.network).toBeUndefined();
    expect(beyond.signals).toContain(ROWS_TRUNCATED);
    // The page's own rows first, the data table after: read as before, the bound still said.
    const after = detectHtml(skeleton('WF-C5790 Series', networkRows + wideRows(MAX_ROW_ELEMENTS)));
    expect(after.fields.network).toMatchObject({ ipAddress: '192.0.2.10', macAddress: '00:11:22:33:44:55' });
    expect(after.signals).toContain(ROWS_TRUNCATED);
  }, 30_000);

  it(`Web Config's field names: looked for on the first ${MAX_FIELDS} inputs`, () => {
    // No skeleton: the head marks alone leave the verdict open until the field names are looked at.
    const fields = (n: number) =>
      detectHtml(
        `${HEAD}<title>WF-C5790 Series</title></head><body><form>${'<input name="q" type="text">'.repeat(n)}<input name="INPUTT_IPADDRESS" type="text"></form></body></html>`,
      ).signals;
    expect(fields(MAX_FIELDS - 1)).toContain('inputt-prefix');
    expect(fields(MAX_FIELDS)).not.toContain('inputt-prefix');
  });

  it(`a page's language by its words: counted in its first ${MAX_WORDS_TEXT} characters`, () => {
    // Few English marker words, repeated; many distinct German ones (distinct markers weigh more).
    const prose = (lang: 'en' | 'de', chars: number) => {
      const sentence =
        lang === 'en'
          ? 'the printer '
          : 'Die Einstellungen der Drucker und das Netzwerk von des Anzahl Seiten Adresse Verbindung Konto Papier Kennwort anmelden. ';
      return `<p>${sentence.repeat(Math.ceil(chars / sentence.length))}</p>`;
    };
    // English first, then far more German: the words read are the English ones.
    const html = `${HEAD}<title>WF-C5790 Series</title></head><body>${prose('en', MAX_WORDS_TEXT)}${prose('de', 5 * MAX_WORDS_TEXT)}${networkRows}</body></html>`;
    const model = detectHtml(html);
    expect(model.signals).toContain('lang-words');
    expect(model.lang).toBe('en');
    // The same German alone is told as German: the bound, not the words, made the first page English.
    expect(detectHtml(html.replace(prose('en', MAX_WORDS_TEXT), '')).lang).toBe('de');
  });
});
