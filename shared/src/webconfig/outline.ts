import { byTags } from './elements.ts';
import { documentOf, type Scope } from './scope.ts';
import { clean, textOf, titleOf } from './text.ts';

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

// Texts are clean()ed (one space between words), so one space before "Series" is all there is.
export const SERIES = / Series$/i;
/** A model code ("WF-C5790", "ET2750"): a letter, then letters and digits with at most one hyphen. */
const MODEL_CODE = /^[A-Z](?:[A-Z0-9]*-)?[A-Z0-9]+$/;
/** Longer than any model name: the text is not one. */
const MAX_MODEL = 60;

function modelName(scope: Scope): string | null {
  const title = titleOf(documentOf(scope));
  // The basic UI's `div.header h1 span.header` is a span.header: the first span.header is the list's
  // first match, found without matching a selector list against every element.
  const candidates = [textOf(scope.querySelector('span.header'), 200), title];
  for (const c of candidates) {
    if (c && SERIES.test(c)) return c.replace(SERIES, '').trim().slice(0, MAX_MODEL) || null;
  }
  // A title that is just a model code ("WF-C5790") is still the model.
  return title.length <= MAX_MODEL && MODEL_CODE.test(title) ? title : null;
}

/** What Web Config's breadcrumb puts between its parts (div.header-main: "Status > Job History"). */
export const BREADCRUMB_SEPARATOR = /[>›»]/;

/** The outline of the page's content (`scope`, scope.ts), with the document's title. */
export function readOutline(scope: Scope): Outline {
  const crumb = scope.querySelector('div.header-main');
  const breadcrumb = crumb
    ? textOf(crumb).split(BREADCRUMB_SEPARATOR).map(clean).filter(Boolean).slice(0, 20)
    : [];
  // A page names itself in a handful of headings; a hostile page's thousands are not read.
  const headings = byTags(scope, ['h1', 'h2', 'h3'], 50)
    .map((h) => textOf(h, 200))
    .filter(Boolean);
  const legends = byTags(scope, ['legend'], 200)
    .map((l) => textOf(l, 200))
    .filter(Boolean);
  const warnings = warningElements(scope)
    .map((w) => textOf(w))
    .filter(Boolean);
  return { breadcrumb, headings, legends, warnings, model: modelName(scope) };
}

const WARNING_TAGS = new Set(['div', 'p', 'span']);

/** The first 50 `div.warning, p.warning, span.warning`: the class's own collection, read that far. */
function warningElements(scope: Scope): Element[] {
  const out: Element[] = [];
  // Most pages have none: querySelector says so in a fraction of a collection's first walk (elements.ts).
  if (scope.querySelector('.warning') === null) return out;
  const all = scope.getElementsByClassName('warning');
  for (let i = 0, el = all.item(0); el && out.length < 50; el = all.item(++i)) {
    if (WARNING_TAGS.has(el.localName)) out.push(el);
  }
  return out;
}
