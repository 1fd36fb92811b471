import { clean, titleOf } from './text.ts';

/**
 * Is this an Epson Web Config page? Evidence is scored, and no single piece of it is enough:
 * Epson's own web sites can carry the SEIKO EPSON author tag, a blog can quote Web Config's field
 * names, and other vendors' admin pages share its generic layout. A page is Web Config when the
 * evidence reaches THRESHOLD with both an identity mark and Web Config's own page structure.
 */
export interface VendorEvidence {
  epson: boolean;
  signals: string[];
}

const THRESHOLD = 4;

const WEB_CONFIG_NAME = /^(?:INPUTT|INPUTR|INPUTD|SEL)_[A-Z0-9_]+$/;
const PRESENTATION = /(?:^|\/)PRESENTATION\/(?:ADVANCED|HTML|BONJOUR|PSWD)/;
// A letter, then alphanumeric runs joined by single separators (the first may be a hyphen only):
// every character is matched one way, so the pattern runs in linear time.
const SERIES_TITLE = /^[A-Z]-?[A-Z0-9]+(?:[-/][A-Z0-9]+)* Series$/;

const WEIGHTS = {
  // identity: who made the page
  'meta-author': 2,
  'epson-logo': 1,
  'title-series': 1,
  // structure: how Web Config builds its pages
  'inputt-prefix': 2,
  'setup-token': 1,
  'advanced-skeleton': 2,
  'basic-skeleton': 2,
  'key-value-list': 1,
  'presentation-links': 2,
  // location: supporting only
  'presentation-path': 1,
} as const;
type Signal = keyof typeof WEIGHTS;
const IDENTITY: Signal[] = ['meta-author', 'epson-logo', 'title-series'];
const STRUCTURE: Signal[] = [
  'inputt-prefix',
  'setup-token',
  'advanced-skeleton',
  'basic-skeleton',
  'key-value-list',
  'presentation-links',
];

const hasClass = (el: Element | null | undefined, tag: string, cls: string) =>
  el?.tagName === tag && el.classList.contains(cls);

function identitySignals(doc: Document, withLogo: boolean): Set<Signal> {
  const found = new Set<Signal>();
  const metas = Array.from((doc.head ?? doc).getElementsByTagName('meta'));
  if (
    metas.some(
      (m) =>
        m.getAttribute('name')?.toLowerCase() === 'author' &&
        /^seiko ?epson/i.test(clean((m.getAttribute('content') ?? '').slice(0, 100))),
    )
  ) {
    found.add('meta-author');
  }
  if (SERIES_TITLE.test(titleOf(doc))) found.add('title-series');
  // The logo only backs up a head mark: looking for it means walking the whole body.
  if (
    withLogo &&
    found.size > 0 &&
    Array.from(doc.querySelectorAll('img[src]')).some((i) =>
      /EPSONLOGO\.PNG/i.test(i.getAttribute('src') ?? ''),
    )
  ) {
    found.add('epson-logo');
  }
  return found;
}

/** All structure marks in ONE pass over the document: on a large page each pass is the cost. */
function structureSignals(doc: Document): Set<Signal> {
  const found = new Set<Signal>();
  const candidates = doc.querySelectorAll(
    'input[name], select[name], form[action], frame[src], iframe[src], a[href], div.header-main, span.header, dt.key, td.item-key',
  );
  for (const el of Array.from(candidates)) {
    switch (el.tagName) {
      case 'INPUT':
      case 'SELECT': {
        const name = el.getAttribute('name') ?? '';
        if (WEB_CONFIG_NAME.test(name)) found.add('inputt-prefix');
        if (name === 'INPUTT_SETUPTOKEN') found.add('setup-token');
        break;
      }
      case 'FORM':
        if (PRESENTATION.test(el.getAttribute('action') ?? '')) found.add('presentation-links');
        break;
      case 'FRAME':
      case 'IFRAME':
        if (PRESENTATION.test(el.getAttribute('src') ?? '')) found.add('presentation-links');
        break;
      case 'A':
        if (PRESENTATION.test(el.getAttribute('href') ?? '')) found.add('presentation-links');
        break;
      case 'DIV': {
        // body.contents > div.wrap > div.header-main
        const wrap = el.parentElement;
        if (hasClass(wrap, 'DIV', 'wrap') && hasClass(wrap?.parentElement, 'BODY', 'contents')) {
          found.add('advanced-skeleton');
        }
        break;
      }
      case 'SPAN': {
        // div.wrap > div.header > h1 > span.header, next to div.wrap > div.section
        const header = el.closest('div.header');
        const wrap = header?.parentElement;
        if (
          el.closest('h1') &&
          hasClass(wrap, 'DIV', 'wrap') &&
          Array.from(wrap?.children ?? []).some((c) => hasClass(c, 'DIV', 'section'))
        ) {
          found.add('basic-skeleton');
        }
        break;
      }
      case 'DT':
        if (el.parentElement?.tagName === 'DL' && el.parentElement.classList.contains('values')) {
          found.add('key-value-list');
        }
        break;
      case 'TD':
        found.add('key-value-list');
        break;
    }
  }
  return found;
}

/**
 * `identityOnly`: for a page too large to read, whether it says it is Epson's (head marks only,
 * no pass over the body); it is then Web Config when the author tag and the Series title agree.
 */
export function vendorEvidence(
  doc: Document,
  url: URL | null,
  opts: { identityOnly?: boolean } = {},
): VendorEvidence {
  const identity = identitySignals(doc, !opts.identityOnly);
  if (opts.identityOnly) {
    const signals = (Object.keys(WEIGHTS) as Signal[]).filter((s) => identity.has(s));
    return { epson: identity.has('meta-author') && identity.has('title-series'), signals };
  }
  // No identity mark: an ordinary page, however large; the structure pass need not run.
  const structure = identity.size ? structureSignals(doc) : new Set<Signal>();
  const found = new Set<Signal>([...identity, ...structure]);
  if (url !== null && PRESENTATION.test(url.pathname)) found.add('presentation-path');
  const signals = (Object.keys(WEIGHTS) as Signal[]).filter((s) => found.has(s));
  const score = signals.reduce((sum, s) => sum + WEIGHTS[s], 0);
  // The URL can support a verdict, never make it: identity and page structure are both required.
  // Without the author tag (every real page has it) a look-alike layout needs more to pass.
  const threshold = found.has('meta-author') ? THRESHOLD : THRESHOLD + 2;
  const epson =
    score >= threshold && IDENTITY.some((s) => found.has(s)) && STRUCTURE.some((s) => found.has(s));
  return { epson, signals };
}
