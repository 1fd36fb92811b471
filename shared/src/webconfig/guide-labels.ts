import { LEXICON, type LexiconKey, WORDING_SOURCES } from './lexicon.ts';

/**
 * The guide names Web Config's labels by lexicon key, never by wording: a message writes
 * `{label:signInButton}` and each language's table is filled from the lexicon (the detector's own
 * data) with the wording verified for that language, else the English label. On a live page the
 * overlay then swaps in the page's own word (page-labels.ts).
 */
export const LABEL_TOKEN = /\{label:([A-Za-z]{1,40})\}/g;

export function isLexiconKey(key: string): key is LexiconKey {
  return Object.hasOwn(LEXICON, key);
}

/** The wording of `key` seen in Epson's text for `lang` (a guide language), if any. */
export function verifiedWording(key: LexiconKey, lang: string): string | undefined {
  const sources = WORDING_SOURCES[key] as Record<string, { wording: string } | undefined> | undefined;
  return lang === 'unverified' ? undefined : sources?.[lang]?.wording;
}

/** The English label: the verified English wording, else the entry's first English synonym. */
export function englishLabel(key: LexiconKey): string {
  const entry = LEXICON[key] as { en?: readonly string[] };
  return verifiedWording(key, 'en') ?? entry.en?.[0] ?? key;
}

/** What the guide calls the control in `lang` before it sees the page. */
export function labelWording(key: LexiconKey, lang: string): string {
  return verifiedWording(key, lang) ?? englishLabel(key);
}

/**
 * `text` with every `{label:key}` filled for `lang`; an unknown key stays visible. `onPage`, when
 * given, names the wording a live page shows for a key (page-labels.ts pageLabels), which wins.
 */
export function fillLabels(
  text: string,
  lang: string,
  onPage?: (key: LexiconKey) => string | undefined,
): string {
  if (!text.includes('{label:')) return text;
  return text.replace(LABEL_TOKEN, (whole, key: string) =>
    isLexiconKey(key) ? (onPage?.(key) ?? labelWording(key, lang)) : whole,
  );
}

/** A message tree (strings, lists, nested objects) with its labels filled for `lang`. */
export function fillLabelTree<T>(tree: T, lang: string, onPage?: (key: LexiconKey) => string | undefined): T {
  if (typeof tree === 'string') return fillLabels(tree, lang, onPage) as T;
  if (Array.isArray(tree)) return tree.map((item) => fillLabelTree(item, lang, onPage)) as T;
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [key, fillLabelTree(value, lang, onPage)]),
    ) as T;
  }
  return tree;
}
