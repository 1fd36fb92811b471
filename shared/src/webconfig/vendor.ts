import { clean } from './text.ts';

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

interface Probe {
  signal: string;
  family: 'identity' | 'structure' | 'location';
  weight: number;
  test(doc: Document, url: URL | null): boolean;
}

const WEB_CONFIG_NAME = /^(?:INPUTT|INPUTR|INPUTD|SEL)_[A-Z0-9_]+$/;
const PRESENTATION = /(?:^|\/)PRESENTATION\/(?:ADVANCED|HTML|BONJOUR|PSWD)/;

function anyAttr(doc: Document, selector: string, attr: string, test: (value: string) => boolean): boolean {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const value = el.getAttribute(attr);
    if (value && test(value)) return true;
  }
  return false;
}

const PROBES: Probe[] = [
  {
    signal: 'meta-author',
    family: 'identity',
    weight: 2,
    test: (doc) =>
      Array.from((doc.head ?? doc).getElementsByTagName('meta')).some(
        (m) =>
          m.getAttribute('name')?.toLowerCase() === 'author' &&
          /^seiko\s*epson/i.test(clean(m.getAttribute('content') ?? '')),
      ),
  },
  {
    signal: 'epson-logo',
    family: 'identity',
    weight: 1,
    test: (doc) => anyAttr(doc, 'img[src]', 'src', (src) => /EPSONLOGO\.PNG/i.test(src)),
  },
  {
    signal: 'title-series',
    family: 'identity',
    weight: 1,
    // "<Model> Series" and nothing else: Web Config's title never carries a site name.
    test: (doc) => /^[A-Z]{1,4}[A-Z0-9]*-?[A-Z0-9]+(?:[-/][A-Z0-9]+)* Series$/.test(clean(doc.title)),
  },
  {
    signal: 'inputt-prefix',
    family: 'structure',
    weight: 2,
    test: (doc) => anyAttr(doc, 'input[name], select[name]', 'name', (n) => WEB_CONFIG_NAME.test(n)),
  },
  {
    signal: 'setup-token',
    family: 'structure',
    weight: 1,
    test: (doc) => doc.querySelector('input[name="INPUTT_SETUPTOKEN"]') !== null,
  },
  {
    signal: 'advanced-skeleton',
    family: 'structure',
    weight: 2,
    test: (doc) => doc.querySelector('body.contents > div.wrap > div.header-main') !== null,
  },
  {
    signal: 'basic-skeleton',
    family: 'structure',
    weight: 2,
    test: (doc) =>
      doc.querySelector('div.wrap > div.header h1 span.header') !== null &&
      doc.querySelector('div.wrap > div.section') !== null,
  },
  {
    signal: 'key-value-list',
    family: 'structure',
    weight: 1,
    test: (doc) => doc.querySelector('dl.values > dt.key, td.item-key') !== null,
  },
  {
    signal: 'presentation-links',
    family: 'structure',
    weight: 2,
    test: (doc) =>
      anyAttr(doc, 'form[action]', 'action', (v) => PRESENTATION.test(v)) ||
      anyAttr(doc, 'frame[src], iframe[src]', 'src', (v) => PRESENTATION.test(v)) ||
      anyAttr(doc, 'a[href]', 'href', (v) => PRESENTATION.test(v)),
  },
  {
    signal: 'presentation-path',
    family: 'location',
    weight: 1,
    test: (_doc, url) => url !== null && PRESENTATION.test(url.pathname),
  },
];

export function vendorEvidence(doc: Document, url: URL | null): VendorEvidence {
  let score = 0;
  const families = new Set<string>();
  const signals: string[] = [];
  // Identity first and cheaply: on an ordinary (possibly huge) page there is none, and the
  // structure probes, which walk the whole document, need not run at all.
  const ordered = [
    ...PROBES.filter((p) => p.family === 'identity'),
    ...PROBES.filter((p) => p.family !== 'identity'),
  ];
  for (const probe of ordered) {
    if (probe.family !== 'identity' && !families.has('identity')) break;
    if (!probe.test(doc, url)) continue;
    score += probe.weight;
    families.add(probe.family);
    signals.push(probe.signal);
  }
  // The URL can support a verdict, never make it: identity and page structure are both required.
  const epson = score >= THRESHOLD && families.has('identity') && families.has('structure');
  return { epson, signals };
}
