import { clean, textOf } from './text.ts';

/**
 * Where the page says what it is: the ADVANCED UI's breadcrumb (`div.header-main`,
 * "Network&nbsp;&gt;&nbsp;Email Server&nbsp;&gt;&nbsp;Basic"), the basic UI's h2 title, and
 * the legends of its groups. Also the model name and the printer's own warnings.
 */
export interface Outline {
  breadcrumb: string[];
  headings: string[];
  legends: string[];
  warnings: string[];
  model: string | null;
}

const SERIES = /\s+Series$/i;

function modelName(doc: Document): string | null {
  const candidates = [textOf(doc.querySelector('div.header h1 span.header, span.header')), clean(doc.title)];
  for (const c of candidates) {
    if (c && SERIES.test(c)) return c.replace(SERIES, '').trim() || null;
  }
  // A title that is just a model code ("WF-C5790") is still the model.
  const title = clean(doc.title);
  return /^[A-Z]{1,4}[A-Z0-9]*-?[A-Z0-9]+$/.test(title) ? title : null;
}

export function readOutline(doc: Document): Outline {
  const crumb = doc.querySelector('div.header-main');
  const breadcrumb = crumb
    ? textOf(crumb)
        .split(/\s*[>›»]\s*/)
        .map(clean)
        .filter(Boolean)
    : [];
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3'), (h) => textOf(h)).filter(Boolean);
  const legends = Array.from(doc.querySelectorAll('legend'), (l) => textOf(l)).filter(Boolean);
  const warnings = Array.from(doc.querySelectorAll('div.warning, p.warning, span.warning'), (w) =>
    textOf(w),
  ).filter(Boolean);
  return { breadcrumb, headings, legends, warnings, model: modelName(doc) };
}
