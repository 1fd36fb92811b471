import { clean, titleOf } from './text.ts';

/**
 * Web Config's head marks (the author tag and the title), read from the document's head only; this
 * module loads neither the lexicon nor zod nor any message. detect never calls a page Web Config
 * without one of them (its verdict needs an identity mark, and the logo is only looked for once a
 * head mark is there); the extension's gate (identify.ts isWebConfig) reads them through vendor.ts.
 */

// A letter, then alphanumeric runs joined by single separators (the first may be a hyphen only):
// every character is matched one way, so the pattern runs in linear time.
const SERIES_TITLE = /^[A-Z]-?[A-Z0-9]+(?:[-/][A-Z0-9]+)* Series$/;
const SEIKO_EPSON = /^seiko ?epson/i;

/** `<meta name="author" content="SEIKO EPSON…">`, in the head (every Web Config page carries it). */
export function hasEpsonAuthor(doc: Document): boolean {
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    if (
      m.getAttribute('name')?.toLowerCase() === 'author' &&
      SEIKO_EPSON.test(clean((m.getAttribute('content') ?? '').slice(0, 100)))
    ) {
      return true;
    }
  }
  return false;
}

/** A title that is a model's series: "WF-C5790 Series", "ET-2750 Series". */
export function hasSeriesTitle(doc: Document): boolean {
  return SERIES_TITLE.test(titleOf(doc));
}
