/**
 * A lean reader of one kind of page, for the bench: the basic UI's Product Status page whose language
 * selector names its language (9 of the 17 captures, the ones the captures' median first call falls
 * among). It returns the PageModel detect returns there, read the cheapest way Chromium offers (each
 * row's cells by textContent; no bounded walks, no controls, no general readers), with detect's own
 * rules where a verdict needs them (the head marks, the bounds, the lexicon, the network fields), and
 * it still asks what detect must ask of such a page before calling it Product Status (a mail form, a
 * job table, a login form, a connection test). On any other page it returns null.
 *
 * Not a reader to ship: it reads one kind of page and trusts what a page's texts hold. Its first call
 * is what the first call of a detect written for that page alone would cost at best, the bench's
 * estimate of how far below detect's a rewrite could go on the pages that set the captures' median.
 */
import { PRINT_ADMIN_SERVERLESS, SERIAL_NUMBER, TANK_SELECTORS } from '../src/webconfig/detect.ts';
import { mayBeEmailForm } from '../src/webconfig/email-fields.ts';
import { hasEpsonAuthor, hasSeriesTitle } from '../src/webconfig/gate.ts';
import { LANG_SELECT } from '../src/webconfig/language.ts';
import { FOLDED, isLabel, mentions, own } from '../src/webconfig/lexicon-match.ts';
import { readNetworkFields } from '../src/webconfig/network-fields.ts';
import { SERIES } from '../src/webconfig/outline.ts';
import type { PageModel } from '../src/webconfig/page-model.ts';
import { MAX_ROW_ELEMENTS, type Row } from '../src/webconfig/rows.ts';
import { contentScope, isDocument } from '../src/webconfig/scope.ts';
import { pageShape } from '../src/webconfig/shape.ts';
import { clean, fold, MAX_TEXT, stripLabel, titleOf } from '../src/webconfig/text.ts';

const text = (el: Element | null | undefined, max: number) => clean((el?.textContent ?? '').slice(0, max));

/** The basic UI's skeleton, as vendor.ts's probe finds it: the header's span.header, a div.section. */
function basicHeader(wrap: Element): Element | null {
  const span = wrap.querySelector(':scope > div.header > h1 > span.header');
  if (!span) return null;
  for (let c = wrap.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'DIV' && c.classList.contains('section')) return span;
  }
  return null;
}

function language(wrap: Element): string | undefined {
  for (const select of Array.from(wrap.getElementsByTagName('select'))) {
    if (!LANG_SELECT.test(select.getAttribute('name') ?? select.getAttribute('id') ?? '')) continue;
    const chosen = select.querySelector('option[selected]');
    const lang = chosen ? own(FOLDED.endonyms, fold(text(chosen, 100))) : undefined;
    if (lang) return lang;
  }
  return undefined;
}

/** The two-cell rows, label and value by textContent; undefined where a row holds more than text. */
function rows(wrap: Element): Row[] | undefined {
  const out: Row[] = [];
  const trs = wrap.getElementsByTagName('tr');
  if (trs.item(MAX_ROW_ELEMENTS) !== null) return undefined;
  for (let i = 0; i < trs.length; i++) {
    const cells = (trs[i] as HTMLTableRowElement).cells;
    if (cells.length !== 2) continue;
    const [key, value] = [cells[0]!, cells[1]!];
    if (value.firstElementChild !== null || key.querySelector('input, select, textarea, button'))
      return undefined;
    const label = stripLabel((key.textContent ?? '').slice(0, 300));
    if (label) out.push({ label, text: text(value, MAX_TEXT), controls: [], buttons: [], element: value });
  }
  return out;
}

export function readLean(doc: Document): PageModel | null {
  if (!hasEpsonAuthor(doc) || !hasSeriesTitle(doc)) return null;
  const wrap = contentScope(doc);
  if (isDocument(wrap) || !pageShape(wrap).readable) return null;
  const header = basicHeader(wrap);
  const lang = header && language(wrap);
  if (!lang) return null;
  // What detect reads more of on other pages: a breadcrumb, a list's rows, the printer's warnings.
  if (wrap.querySelector('div.header-main, dt')) return null;
  if (Array.from(wrap.querySelectorAll('div.warning, p.warning, span.warning')).some((w) => text(w, 100)))
    return null;
  const found = rows(wrap);
  if (!found || mayBeEmailForm(found)) return null;
  // Detect's questions before Product Status: a job table, a login form.
  if (wrap.querySelector('th') || wrap.querySelector('input[type="password" i]')) return null;
  // The basic UI names its page in an h2 (its h1 holds the model's span.header).
  const headings = Array.from(wrap.querySelectorAll('h2'), (h) => text(h, 200)).filter(
    (h) => h && !/ Series$/.test(h),
  );
  const asks = ['networkStatus', 'connectionTest', 'emailServer'] as const;
  if (headings.some((h) => asks.some((key) => mentions(h, key)))) return null;
  const legends = Array.from(wrap.getElementsByTagName('legend'), (l) => text(l, 200));
  if ([...headings, ...legends, titleOf(doc)].some((t) => PRINT_ADMIN_SERVERLESS.test(t))) return null;
  const tanks = TANK_SELECTORS.some((selector) => wrap.querySelector(selector) !== null);
  const productTitled = headings.some((h) => mentions(h, 'productStatus'));
  if (!tanks && !productTitled) return null;
  const named = [text(header, 200), titleOf(doc)].find((t) => SERIES.test(t))!;
  const model = named.replace(SERIES, '').trim().slice(0, 60);
  const signals = ['meta-author', 'title-series', 'basic-skeleton', 'lang-selector'];
  if (tanks) signals.push('ink-tanks');
  if (productTitled) signals.push('product-status-heading');
  const net = readNetworkFields(found);
  const out: PageModel = {
    vendor: 'epson',
    page: 'product-status',
    model,
    lang,
    fields: {},
    raw: {},
    signals,
  };
  if (Object.keys(net.network).length) {
    out.fields.network = net.network;
    out.raw.network = net.rawUsed;
  }
  const serialRow = found.find((r) => isLabel(r.label, 'serialNumber'));
  if (serialRow) {
    out.raw.serialNumber = serialRow.text;
    if (SERIAL_NUMBER.test(serialRow.text)) out.fields.serialNumber = serialRow.text;
  }
  return out;
}
