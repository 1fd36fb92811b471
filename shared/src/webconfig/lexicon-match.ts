import type { LexiconKey } from './lexicon.ts';
import { FOLDED_PHRASES } from './lexicon-folded.ts';
import { containsPhrase, fold } from './text.ts';

/**
 * Matching a page's text against the lexicon. The phrases come folded from the build
 * (lexicon-folded.ts, written from lexicon.ts), so detect folds only the page's own text; this
 * module does not load the lexicon as written.
 */

/** Every synonym of `key` in every language, folded, longest first (so a longer phrase wins). */
export function phrases(key: LexiconKey): readonly string[] {
  return FOLDED_PHRASES[key];
}

/** The label is exactly one of the key's synonyms (any language). */
export function isLabel(label: string, key: LexiconKey): boolean {
  const f = fold(label);
  return phrases(key).includes(f);
}

/** The text contains one of the key's synonyms as a phrase (any language). */
export function mentions(text: string, key: LexiconKey): boolean {
  const f = fold(text);
  return phrases(key).some((p) => containsPhrase(f, p));
}
