import { RENDER_LANGS, renderWebConfigPage, SYNTHETIC_PAGES } from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/webconfig/detect.ts';
import { mayBeEmailForm, readEmailFields } from '../src/webconfig/email-fields.ts';
import { isWebConfig } from '../src/webconfig/identify.ts';
import { readJobHistory } from '../src/webconfig/job-history.ts';
import { readNetworkFields } from '../src/webconfig/network-fields.ts';
import { MAIL_SETTINGS_PAGES } from '../src/webconfig/page-kinds.ts';
import type { PageKind } from '../src/webconfig/page-model.ts';
import { readRows } from '../src/webconfig/rows.ts';
import { MAX_DEPTH, pageShape } from '../src/webconfig/shape.ts';
import { vendorEvidence } from '../src/webconfig/vendor.ts';
import { captureNames, parse, readCapture } from './webconfig-helpers.ts';

/** The label/value rows a page's reading gives (its bound is webconfig-bounds' business). */
const rowsOf = (document: Document) => readRows(document).rows;

/** Every selector the document itself is queried with during `read`. */
const queried = (document: Document, read: () => void): string[] => {
  const seen: string[] = [];
  for (const name of ['querySelector', 'querySelectorAll'] as const) {
    const own = document[name].bind(document) as (s: string) => unknown;
    (document as unknown as Record<string, unknown>)[name] = (selector: string) => {
      seen.push(selector);
      return own(selector);
    };
  }
  read();
  return seen;
};

/**
 * detect() runs a reader only where what it looks for can be (its first call on a page is most of
 * a page's cost): these hold each shortcut to the reading it spares.
 */

const GENERATIONS = ['advanced', 'basic'] as const;
/** The mail settings pages (the forms readEmailFields finds) and the connection test, in every language. */
const MAIL_PAGES = SYNTHETIC_PAGES.filter(
  (p) => MAIL_SETTINGS_PAGES.has(p as PageKind) || p === 'email-server-connection-test',
);
const syntheticPages = () =>
  MAIL_PAGES.flatMap((page) =>
    GENERATIONS.flatMap((generation) =>
      RENDER_LANGS.map((lang) => ({
        name: `${page} ${generation} ${lang}`,
        html: renderWebConfigPage({ page, generation, lang, model: 'WF-C5790' }),
      })),
    ),
  );

describe('mayBeEmailForm: false only where readEmailFields finds no mail form', () => {
  it('true on every synthetic page that is a mail form, in every language and generation', () => {
    let forms = 0;
    for (const { name, html } of syntheticPages()) {
      const rows = rowsOf(parse(html));
      if (!readEmailFields(rows).isEmailForm) continue;
      forms++;
      expect(mayBeEmailForm(rows), name).toBe(true);
    }
    expect(forms).toBeGreaterThanOrEqual(MAIL_SETTINGS_PAGES.size * GENERATIONS.length);
  }, 60_000);

  it('false on the real status and information pages (no method or service list, no SMTP row)', () => {
    for (const name of captureNames()) {
      const rows = rowsOf(parse(readCapture(name)));
      expect(readEmailFields(rows).isEmailForm, name).toBe(false);
      expect(mayBeEmailForm(rows), name).toBe(false);
    }
  });

  it('each kind of evidence alone makes it true: a method list, a service list, an SMTP row', () => {
    const page = (row: string) =>
      rowsOf(parse(`<table><tr><td class="item-key">Setting</td><td>${row}</td></tr></table>`));
    const select = (...options: string[]) =>
      `<select name="S">${options.map((o) => `<option>${o}</option>`).join('')}</select>`;
    expect(mayBeEmailForm(page(select('Off', 'SMTP AUTH', 'POP before SMTP')))).toBe(true);
    expect(mayBeEmailForm(page(select('Outlook.com', 'Other')))).toBe(true);
    expect(mayBeEmailForm(rowsOf(parse('<dl><dt>SMTP-Server</dt><dd>smtp.example.com</dd></dl>')))).toBe(
      true,
    );
    expect(mayBeEmailForm(page(select('Low', 'High')))).toBe(false);
  });
});

describe('readJobHistory: a page without a th has no job table', () => {
  it('a job table whose header cells are td is not read as one, with or without the th check', () => {
    const jobs = (cell: 'th' | 'td') =>
      `<table><tr>${['No.', 'Date', 'Type', 'Result'].map((h) => `<${cell}>${h}</${cell}>`).join('')}</tr><tr><td>1</td><td>2026-11-10 09:00</td><td>Scan to Email</td><td>Error (360)</td></tr></table>`;
    expect(readJobHistory(parse(jobs('th')), ['Job History'])?.errorCodes).toEqual([360]);
    expect(readJobHistory(parse(jobs('td')), ['Job History'])).toBeNull();
  });
});

describe('Wi-Fi Direct rows: by the id of the row or an ancestor, in any case', () => {
  const status = (id: string, on: 'section' | 'cell') =>
    readNetworkFields(
      rowsOf(
        parse(
          `<div ${on === 'section' ? `id="${id}"` : ''}><dl class="values"><dt>IP Address</dt><dd ${on === 'cell' ? `id="${id}"` : ''}>192.0.2.7</dd></dl></div><dl class="values"><dt>IP Address</dt><dd>192.0.2.9</dd></dl>`,
        ),
      ),
    );
  it.each(['info-wfd', 'INFO-WFD', 'WiFiDirect', 'tab-wifidirect-2'])('%s', (id) => {
    expect(status(id, 'section').network.ipAddress).toBe('192.0.2.9');
    expect(status(id, 'cell').network.ipAddress).toBe('192.0.2.9');
  });
  it('other ids are read', () => {
    expect(status('info-wired', 'section').network.ipAddress).toBe('192.0.2.7');
  });
});

describe('pageShape: a page of at most MAX_DEPTH elements needs no depth scan', () => {
  /** html > body > divs: the deepest div at `depth` (html is 0), `depth + 2` elements with head. */
  const nested = (depth: number) =>
    parse(`<body>${'<div>'.repeat(depth - 1)}x${'</div>'.repeat(depth - 1)}</body>`);
  it('nesting to MAX_DEPTH is readable, one level deeper is not', () => {
    expect(pageShape(nested(MAX_DEPTH)).readable).toBe(true);
    expect(pageShape(nested(MAX_DEPTH + 1)).readable).toBe(false);
    expect(nested(MAX_DEPTH + 1).getElementsByTagName('*').length).toBe(MAX_DEPTH + 3);
  });
});

describe('vendorEvidence: the body is searched only while the page can still be Web Config', () => {
  const HEAD = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">';

  it('a "… Series" page without the author tag and without marks: the last looks are never made', () => {
    const document = parse(
      `${HEAD}<title>NX-4000 Series</title></head><body><table><tr><td>Host</td><td>x</td></tr></table></body></html>`,
    );
    const selectors = queried(document, () => {
      expect(vendorEvidence(document, null)).toEqual({ epson: false, signals: ['title-series'] });
    });
    // Skeletons and fields can no longer lift a title alone to the threshold: links, logo and the
    // key-value list are not looked for.
    expect(selectors.some((s) => s.includes('PRESENTATION/'))).toBe(false);
    expect(selectors).not.toContain('td.item-key');
    expect(selectors).not.toContain('img[src*="EPSONLOGO.PNG" i]');
    expect(selectors).toContain('input');
  });

  it('a page whose verdict is certain is searched no further: the advanced skeleton, read from the body, ends it', () => {
    const document = parse(
      `${HEAD}<meta name="author" content="SEIKO EPSON CORPORATION"><title>WF-C5790 Series</title></head><body class="contents"><div class="wrap"><div class="header-main">Status</div><img src="/IMAGE/EPSONLOGO.PNG"><form action="/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP"><input name="INPUTT_SETUPTOKEN"></form><table><tr><td class="item-key">Model</td><td>x</td></tr></table></div></body></html>`,
    );
    const selectors = queried(document, () => {
      expect(vendorEvidence(document, null)).toEqual({
        epson: true,
        signals: ['meta-author', 'title-series', 'advanced-skeleton'],
      });
    });
    // The author tag and the skeleton reach the threshold: no mark could change the verdict.
    expect(selectors).toEqual([]);
  });

  it('a page without the author tag is searched until its marks reach the higher threshold, then no further', () => {
    const document = parse(
      `${HEAD}<title>WF-C5790 Series</title></head><body class="contents"><div class="wrap"><div class="header-main">Status</div><img src="/IMAGE/EPSONLOGO.PNG"><form action="/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP"><input name="INPUTT_SETUPTOKEN"></form><table><tr><td class="item-key">Model</td><td>x</td></tr></table></div></body></html>`,
    );
    const selectors = queried(document, () => {
      // Title 1 + skeleton 2 + field names 2 + token 1: the threshold without the author tag (6).
      expect(vendorEvidence(document, null)).toEqual({
        epson: true,
        signals: ['title-series', 'inputt-prefix', 'setup-token', 'advanced-skeleton'],
      });
    });
    expect(selectors).toContain('input');
    expect(selectors).not.toContain('img[src*="EPSONLOGO.PNG" i]');
    expect(selectors.some((s) => s.includes('PRESENTATION/'))).toBe(false);
    expect(selectors).not.toContain('td.item-key');
  });

  it('a page whose marks come last is searched to the last one, and one that falls short stops where it can no longer pass', () => {
    const page = (logo: string) =>
      parse(
        `${HEAD}<meta name="author" content="SEIKO EPSON CORPORATION"><title>Router</title></head><body>${logo}<table><tr><td class="item-key">Model</td><td>x</td></tr></table></body></html>`,
      );
    const withLogo = page('<img src="/IMAGE/EPSONLOGO.PNG">');
    const looked = queried(withLogo, () => {
      // Author 2 + logo 1 + key-value list 1: the threshold, reached by the mark looked for last.
      expect(vendorEvidence(withLogo, null)).toEqual({
        epson: true,
        signals: ['meta-author', 'epson-logo', 'key-value-list'],
      });
    });
    expect(looked).toContain('td.item-key');
    // Without the logo, author 2 + the key-value list's 1 could not reach 4: it is not looked for.
    const without = page('');
    const skipped = queried(without, () => {
      expect(vendorEvidence(without, null)).toEqual({ epson: false, signals: ['meta-author'] });
    });
    expect(skipped).not.toContain('td.item-key');
  });
});

describe('readRows: the <label for> texts are read only when a radio or checkbox asks for its label', () => {
  it('a status page (text values) is never queried for them; a radio with an id gets its label', () => {
    const status = parse(
      '<body><dl class="values"><dt class="key">IP Address</dt><dd class="value">192.0.2.10</dd></dl><label for="x">Unrelated</label></body>',
    );
    expect(queried(status, () => expect(rowsOf(status)).toHaveLength(1))).not.toContain('label[for]');
    const form = parse(
      '<body><table><tr><td>Authentication Method</td><td><input type="radio" name="INPUTR_AUTH" id="INPUTR_AUTH-0" value="0" checked><label for="INPUTR_AUTH-0">Off</label> <input type="radio" name="INPUTR_AUTH" id="INPUTR_AUTH-3" value="3"><label for="INPUTR_AUTH-3">OAuth2</label></td></tr></table></body>',
    );
    let rows: ReturnType<typeof rowsOf> = [];
    const selectors = queried(form, () => {
      rows = rowsOf(form);
    });
    // Asked for by both radios, read once.
    expect(selectors.filter((s) => s === 'label[for]')).toHaveLength(1);
    expect(rows[0]?.controls[0]).toMatchObject({
      kind: 'radio',
      selected: { value: '0', text: 'Off' },
      options: [
        { value: '0', text: 'Off' },
        { value: '3', text: 'OAuth2' },
      ],
    });
  });
});

describe('the head marks are read once per reading of a page', () => {
  it('detect and the gate read the author tag once, for a Web Config page and for any other', () => {
    const pages = [
      '<html><head><meta name="author" content="SEIKO EPSON CORPORATION"><title>WF-C5790 Series</title></head><body class="contents"><div class="wrap"><div class="header-main">Status</div></div></body></html>',
      '<html><head><meta name="author" content="Someone"><title>Router</title></head><body><p>x</p></body></html>',
    ];
    for (const html of pages) {
      for (const read of [(d: Document) => detect(d), (d: Document) => isWebConfig(d)]) {
        const document = parse(html);
        const head = document.head;
        const own = head.getElementsByTagName.bind(head);
        let looks = 0;
        head.getElementsByTagName = ((tag: string) => {
          if (tag === 'meta') looks++;
          return own(tag);
        }) as typeof head.getElementsByTagName;
        read(document);
        expect(looks).toBe(1);
      }
    }
  });
});
