import type { LexiconKey } from './lexicon.ts';
import data from './lexicon-folded.json';
import { PAGE_WORDS_JSON } from './lexicon-words.ts';
import { fold } from './text.ts';

/**
 * Matching a page's text against the lexicon. The phrases come folded from the build
 * (lexicon-folded.json and lexicon-words.ts, written by `npm run lexicon:fold` from lexicon.ts and
 * language-words.ts), so detect folds only the page's own text; this module does not load the
 * lexicon as written.
 */
export interface FoldedData {
  /** Each key's phrases of every language, folded, once each: word phrases padded with a space. */
  phrases: Record<string, { words: string[]; cjk: string[] }>;
  /** The languages that have marker words (language.ts), in their order. */
  markerLanguages: string[];
  /** Language selector option texts, folded, with their language tags. */
  endonyms: Record<string, string>;
}

/** What only a page whose language is told by its words reads (language.ts). */
export interface PageWordsData {
  /** Every folded phrase with the languages that use it, in lexicon.ts's order. */
  languages: Record<string, string[]>;
  /** Each marker word, folded, with the languages that list it, in markerLanguages' order. */
  markers: Record<string, string[]>;
}

/** Typed by key: typecheck fails when the written file lacks a key of lexicon.ts. */
const PHRASES: Readonly<Record<LexiconKey, { words: readonly string[]; cjk: readonly string[] }>> =
  data.phrases;
export const FOLDED: Readonly<FoldedData> = data;

let pageWords: Readonly<PageWordsData> | undefined;

/**
 * The words' data, parsed at its first use: lexicon-words.ts holds it as its JSON text, one string as
 * the script loads. Parsed with the rest it was some 2,000 arrays (about 0.24 MB of heap, in Node)
 * made in every Web Config frame, where most pages name their language by their selector and never
 * read them. JSON.parse, not a format of our own: in a new renderer it took 2.2 ms for this text
 * where splitting a line format into maps took 8.5 (15 rounds each, medians).
 */
export function pageWordsData(): Readonly<PageWordsData> {
  pageWords ??= JSON.parse(PAGE_WORDS_JSON) as PageWordsData;
  return pageWords;
}

/** `record[key]` when it is the record's own (a page's text may read "constructor"). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The label is exactly one of the key's synonyms (any language). */
export function isLabel(label: string, key: LexiconKey): boolean {
  return isFoldedLabel(fold(label), key);
}

/** The same, for a label already folded. */
export function isFoldedLabel(folded: string, key: LexiconKey): boolean {
  const { words, cjk } = PHRASES[key];
  return words.includes(` ${folded} `) || cjk.includes(folded);
}

/**
 * Which of `keys` a folded label is exactly a synonym of, in their order (a row's reading asks its
 * label about several keys, folded once). Through isFoldedLabel, one check in one place: writing the
 * check out here, the label padded once, ran 2.5% less of detect's code over the captures (80.8k
 * characters against 82.8k, V8's block coverage page by page), about 0.03 ms at the bench's fit,
 * below what the bench can show.
 */
export function foldedLabelKeys<K extends LexiconKey>(folded: string, keys: readonly K[]): K[] {
  return keys.filter((key) => isFoldedLabel(folded, key));
}

/** The text contains one of the key's synonyms as a phrase (any language). */
export function mentions(text: string, key: LexiconKey): boolean {
  const f = fold(text);
  const { words, cjk } = PHRASES[key];
  const padded = ` ${f} `;
  for (const p of words) if (padded.includes(p)) return true;
  for (const p of cjk) if (f.includes(p)) return true;
  return false;
}
