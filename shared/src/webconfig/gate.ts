import { clean, titleOf } from './text.ts';

/**
 * The cheapest question about a frame: could it be Epson Web Config at all? For a gate that every
 * frame runs before anything heavier loads: it reads the document's head only (the author tag and
 * the title), and this module loads neither the lexicon nor zod nor any message.
 *
 * These are detect's identity marks. detect never calls a page Web Config without one of them (its
 * verdict needs an identity mark, and the logo is only looked for once a head mark is there), so
 * a frame for which this is false is one detect would call `not-webconfig`: the gate may skip it.
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

/** Whether the frame may be Web Config (false: detect would say `not-webconfig`). Head only. */
export function looksLikeWebConfig(doc: Document): boolean {
  return hasEpsonAuthor(doc) || hasSeriesTitle(doc);
}
