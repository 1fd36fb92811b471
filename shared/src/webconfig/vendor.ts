import { hasEpsonAuthor, hasSeriesTitle } from './gate.ts';
import { childrenWith, hasClass } from './scope.ts';
import { isFramesetPage } from './shape.ts';

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

/** The head marks: the author tag and the "… Series" title. */
function identitySignals(doc: Document): Set<Signal> {
  const found = new Set<Signal>();
  if (hasEpsonAuthor(doc)) found.add('meta-author');
  if (hasSeriesTitle(doc)) found.add('title-series');
  return found;
}

/** Epson's logo (it only backs up a head mark: looked for with the structure marks). */
function hasEpsonLogo(doc: Document): boolean {
  return anyMatch(doc, ['img[src*="EPSONLOGO.PNG" i]'], (i) =>
    /EPSONLOGO\.PNG/i.test(i.getAttribute('src') ?? ''),
  );
}

/**
 * Whether any element the selectors find passes `test`. Each selector names what is looked for (tag,
 * class, attribute prefix or part), so the browser filters the page and script sees only the few
 * candidates; `test` then checks each as exactly as before. One query per selector, not one query
 * of their list: Chromium answers a single tag- or class-led selector from its own index, but
 * matches a list against every element of the page (ten times slower on a 1 MB page). Stops at the
 * first element that passes.
 */
function anyMatch(doc: Document, selectors: readonly string[], test: (el: Element) => boolean): boolean {
  for (const selector of selectors) {
    const first = doc.querySelector(selector);
    if (!first) continue;
    if (test(first)) return true;
    const all = doc.querySelectorAll(selector);
    for (let i = 1; i < all.length; i++) if (test(all[i]!)) return true;
  }
  return false;
}

const nameOf = (el: Element) => el.getAttribute('name') ?? '';

/**
 * Fields looked at for Web Config's names, per tag: a settings page has a few dozen, its token
 * and named fields among the first; a hostile page's thousands are not read.
 */
export const MAX_FIELDS = 500;

/**
 * Web Config's field names (INPUTT_, INPUTR_, INPUTD_, SEL_) and its form token on the page's
 * inputs and selects: one query per tag (Chromium walks the page once for each, as it would for
 * each of the eight attribute-prefix selectors that found them before), the names tested in script.
 */
function fieldNames(doc: Document): { webConfigName: boolean; setupToken: boolean } {
  let webConfigName = false;
  let setupToken = false;
  for (const tag of ['input', 'select']) {
    const fields = doc.querySelectorAll(tag);
    const n = Math.min(fields.length, MAX_FIELDS);
    for (let i = 0; i < n && !(webConfigName && setupToken); i++) {
      const name = nameOf(fields[i]!);
      if (name === 'INPUTT_SETUPTOKEN') setupToken = true;
      if (!webConfigName && WEB_CONFIG_NAME.test(name)) webConfigName = true;
    }
  }
  return { webConfigName, setupToken };
}
const PRESENTATION_LINKS: Array<[tag: string, attr: string]> = [
  ['form', 'action'],
  ['frame', 'src'],
  ['iframe', 'src'],
  ['a', 'href'],
];

/** body.contents > div.wrap > div.header-main, read down from the body: no look at the rest of the page. */
function hasAdvancedSkeleton(doc: Document): boolean {
  const body = doc.body;
  if (!hasClass(body, 'BODY', 'contents')) return false;
  return childrenWith(body!, 'DIV', 'wrap').some(
    (wrap) => childrenWith(wrap, 'DIV', 'header-main').length > 0,
  );
}

function hasPresentationLinks(doc: Document): boolean {
  // A parsed page holds frames only inside its frameset: elsewhere no walk looks for them.
  const framed = isFramesetPage(doc);
  const links = PRESENTATION_LINKS.filter(([tag]) => framed || tag !== 'frame').map(
    ([tag, attr]) => `${tag}[${attr}*="PRESENTATION/"]`,
  );
  return anyMatch(doc, links, (el) => {
    const attr = PRESENTATION_LINKS.find(([tag]) => el.tagName === tag.toUpperCase())?.[1];
    return attr !== undefined && PRESENTATION.test(el.getAttribute(attr) ?? '');
  });
}

/**
 * div.wrap > div.header > h1 > span.header, next to div.wrap > div.section. Child combinators only,
 * and at most MAX_SKELETON_CHILDREN of the wrap's children looked at: each candidate costs a few steps
 * however deep or wide the page, since the body's marks are looked for before its size is measured.
 */
function hasBasicSkeleton(doc: Document): boolean {
  return anyMatch(doc, ['div.wrap > div.header > h1 > span.header'], (el) => {
    const wrap = el.parentElement?.parentElement?.parentElement;
    return el.tagName === 'SPAN' && wrap != null && childrenWith(wrap, 'DIV', 'section').length > 0;
  });
}

function hasKeyValueList(doc: Document): boolean {
  return anyMatch(
    doc,
    ['dl.values > dt.key', 'td.item-key'],
    (el) =>
      el.tagName === 'TD' ||
      (el.tagName === 'DT' &&
        el.parentElement?.tagName === 'DL' &&
        el.parentElement.classList.contains('values')),
  );
}

const when = (signal: Signal, test: (doc: Document) => boolean) => (doc: Document) =>
  test(doc) ? [signal] : [];

/**
 * The body's marks (the structure marks, and the logo that backs up a head mark) and how each is
 * looked for, the most weight for the fewest whole-page looks first (the skeleton read down from the
 * body: none; the basic skeleton: one query; the field names: two; the logo: one; the links: three;
 * the key-value list: two), so that a page which cannot reach the threshold is told so soonest.
 */
const PROBES: Array<{ signals: Signal[]; find: (doc: Document) => Signal[] }> = [
  { signals: ['advanced-skeleton'], find: when('advanced-skeleton', hasAdvancedSkeleton) },
  { signals: ['basic-skeleton'], find: when('basic-skeleton', hasBasicSkeleton) },
  {
    signals: ['inputt-prefix', 'setup-token'],
    find: (doc) => {
      const fields = fieldNames(doc);
      return [
        ...(fields.webConfigName ? (['inputt-prefix'] as const) : []),
        ...(fields.setupToken ? (['setup-token'] as const) : []),
      ];
    },
  },
  { signals: ['epson-logo'], find: when('epson-logo', hasEpsonLogo) },
  { signals: ['presentation-links'], find: when('presentation-links', hasPresentationLinks) },
  { signals: ['key-value-list'], find: when('key-value-list', hasKeyValueList) },
];

const weightOf = (signals: Iterable<Signal>) => {
  let sum = 0;
  for (const s of signals) sum += WEIGHTS[s];
  return sum;
};
/** What every body mark together weighs. */
const BODY_WEIGHT = weightOf(PROBES.flatMap((probe) => probe.signals));

/**
 * The body's marks, each found by a selector for what it is (Web Config's field-name prefixes, its
 * PRESENTATION paths, its skeleton's classes, the logo): the browser filters the page, so a large page
 * costs a few native queries, not a pass over its every link and field in script. The search stops as
 * soon as the verdict is certain either way: once `score` (the evidence found so far, an identity
 * mark among it) reaches `threshold` with a structure mark, the page is Web Config whatever the rest
 * would add (no mark weighs against it); once the marks not yet looked for could not lift it to
 * `threshold`, it is not. The signals are the evidence looked at.
 */
function bodySignals(doc: Document, score: number, threshold: number): Set<Signal> {
  const found = new Set<Signal>();
  let left = BODY_WEIGHT;
  let structure = false;
  for (const probe of PROBES) {
    if (score + left < threshold || (structure && score >= threshold)) break;
    left -= weightOf(probe.signals);
    for (const signal of probe.find(doc)) {
      found.add(signal);
      score += WEIGHTS[signal];
      if (STRUCTURE.includes(signal)) structure = true;
    }
  }
  return found;
}

const isHeadMark = (s: string): s is Signal => s === 'meta-author' || s === 'title-series';

/**
 * `identityOnly`: for a page too large to read, whether it says it is Epson's (head marks only,
 * no pass over the body); it is then Web Config when the author tag and the Series title agree.
 * `head`: what such a call returned for this document, so that its head is not read again.
 */
export function vendorEvidence(
  doc: Document,
  url: URL | null,
  opts: { identityOnly?: boolean; head?: VendorEvidence } = {},
): VendorEvidence {
  const identity = opts.head ? new Set(opts.head.signals.filter(isHeadMark)) : identitySignals(doc);
  if (opts.identityOnly) {
    const signals = (Object.keys(WEIGHTS) as Signal[]).filter((s) => identity.has(s));
    return { epson: identity.has('meta-author') && identity.has('title-series'), signals };
  }
  const found = new Set<Signal>(identity);
  if (url !== null && PRESENTATION.test(url.pathname)) found.add('presentation-path');
  // The URL can support a verdict, never make it: identity and page structure are both required.
  // Without the author tag (every real page has it) a look-alike layout needs more to pass.
  const threshold = found.has('meta-author') ? THRESHOLD : THRESHOLD + 2;
  // No identity mark: an ordinary page, however large; its body is not looked at.
  if (identity.size) for (const s of bodySignals(doc, weightOf(found), threshold)) found.add(s);
  const signals = (Object.keys(WEIGHTS) as Signal[]).filter((s) => found.has(s));
  const score = weightOf(signals);
  const epson =
    score >= threshold && IDENTITY.some((s) => found.has(s)) && STRUCTURE.some((s) => found.has(s));
  return { epson, signals };
}
