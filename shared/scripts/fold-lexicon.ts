/**
 * Writes shared/src/webconfig/lexicon-folded.json and lexicon-words.ts: what detect compares a
 * page's text against, folded as detect folds that text (text.ts `fold`: case, accents, width,
 * punctuation). Folding the lexicon (lexicon.json, where labels are written, checked here against
 * LexiconSchema) and the language words (language-words.ts) cost detect's first call on every page;
 * done here once, detect only looks them up. What only a page told by its words needs (every phrase's
 * languages, the marker words) is lexicon-words.ts, its JSON text parsed at its first use
 * (lexicon-match.ts says why).
 * A test (shared/tests/lexicon-folded.test.ts) fails when a written file no longer matches its sources.
 *
 *   npm run lexicon:fold
 */
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { ENDONYM_LIST, MARKERS } from '../src/webconfig/language-words.ts';
import { LEXICON, LEXICON_LANGS } from '../src/webconfig/lexicon.ts';
import type { FoldedData, PageWordsData } from '../src/webconfig/lexicon-match.ts';
import { CJK, fold } from '../src/webconfig/text.ts';
import { isMain, writeGenerated } from './generated-file.ts';

export const FOLDED_FILE = fileURLToPath(new URL('../src/webconfig/lexicon-folded.json', import.meta.url));
export const WORDS_FILE = fileURLToPath(new URL('../src/webconfig/lexicon-words.ts', import.meta.url));

/**
 * What lexicon.json must hold (its types only say which keys it has): per key, lists of non-empty
 * wordings under languages of LEXICON_LANGS only, at least one language per key.
 */
export const LexiconSchema = z.record(
  z.string().regex(/^[a-z][A-Za-z]*$/),
  z
    .strictObject(
      Object.fromEntries(
        LEXICON_LANGS.map((lang) => [lang, z.array(z.string().trim().min(1)).min(1).optional()]),
      ),
    )
    .refine((entry) => Object.keys(entry).length > 0, 'a key without any language'),
);

/**
 * The lexicon's entries in the file's own order, once the file has been checked (a wrong file stops
 * the fold and its test). zod's output lists languages in the schema's order, so only the check is used.
 */
const entries = () => {
  LexiconSchema.parse(LEXICON);
  return Object.entries(LEXICON) as Array<[string, Partial<Record<string, readonly string[]>>]>;
};
/** Each distinct folded string of `list`, in its order. */
const foldedOnce = (list: readonly string[]) => [...new Set(list.map(fold))];

/**
 * Each language's marker words folded, by word: the languages that list it, in MARKERS' order. A word
 * that folds to more than one (with a space) is no word of a page's folded text and is left out.
 */
function markerWords(): Record<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(MARKERS)) {
    for (const w of foldedOnce(words.split(' '))) {
      if (w && !w.includes(' ')) byWord.set(w, [...(byWord.get(w) ?? []), lang]);
    }
  }
  return Object.fromEntries(byWord);
}

/** The data detect reads (the shapes lexicon-match.ts declares), from lexicon.ts and language-words.ts. */
export function foldedData(): FoldedData & PageWordsData {
  const phrases: FoldedData['phrases'] = {};
  const languages = new Map<string, string[]>();
  for (const [key, entry] of entries()) {
    const all = foldedOnce(Object.values(entry).flatMap((list) => list ?? []));
    // Words match on word boundaries (padded here, so a test is one `includes`); Chinese and
    // Japanese do not separate words with spaces, so theirs match anywhere.
    phrases[key] = {
      words: all.filter((p) => p && !CJK.test(p)).map((p) => ` ${p} `),
      cjk: all.filter((p) => CJK.test(p)),
    };
    for (const [lang, list] of Object.entries(entry)) {
      for (const p of foldedOnce(list ?? [])) {
        const langs = languages.get(p) ?? [];
        if (!langs.includes(lang)) langs.push(lang);
        languages.set(p, langs);
      }
    }
  }
  return {
    phrases,
    languages: Object.fromEntries(languages),
    markerLanguages: Object.keys(MARKERS),
    markers: markerWords(),
    endonyms: Object.fromEntries(ENDONYM_LIST.map(([name, tag]) => [fold(name), tag])),
  };
}

/**
 * lexicon-words.ts's text: the data's JSON in a template literal, which holds it as written (a JSON
 * string literal would escape each of its quotes). A JSON text needs no backslash for letters, digits,
 * spaces and apostrophes, what folded words are made of; anything a template literal would read
 * otherwise stops the fold.
 */
function wordsSource(words: PageWordsData): string {
  const json = JSON.stringify(words);
  if (/[`\\]|\$\{/.test(json))
    throw new Error('the words data holds a character lexicon-words.ts cannot carry');
  return [
    '// Written by `npm run lexicon:fold` (shared/scripts/fold-lexicon.ts); lexicon-match.ts reads it.',
    `export const PAGE_WORDS_JSON = \`${json}\`;`,
    '',
  ].join('\n');
}

/** The files' texts (biome leaves the generated files alone: biome.json). */
export function foldedSources(): { folded: string; words: string } {
  const { languages, markers, ...folded } = foldedData();
  return {
    folded: `${JSON.stringify(folded satisfies FoldedData, null, 1)}\n`,
    words: wordsSource({ languages, markers }),
  };
}

if (isMain(import.meta.url)) {
  const { folded, words } = foldedSources();
  writeGenerated(FOLDED_FILE, folded);
  writeGenerated(WORDS_FILE, words);
}
