import type { LexiconKey } from './lexicon.ts';
import { FOLDED_LEXICON } from './lexicon-folded.ts';
import { containsPhrase, fold } from './text.ts';

/**
 * Matching a page's text against the lexicon. The phrases come folded from the build
 * (lexicon-folded.ts, written from lexicon.ts), so detect folds only the page's own text; this
 * module does not load the lexicon as written.
 */

const phraseCache = new Map<LexiconKey, string[]>();

/** Every synonym of `key` in every language, folded, longest first (so a longer phrase wins). */
export function phrases(key: LexiconKey): string[] {
  let list = phraseCache.get(key);
  if (!list) {
    const entry: { readonly [lang: string]: readonly string[] | undefined } = FOLDED_LEXICON[key];
    list = [...new Set(Object.values(entry).flatMap((l) => l ?? []))].sort((a, b) => b.length - a.length);
    phraseCache.set(key, list);
  }
  return list;
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
