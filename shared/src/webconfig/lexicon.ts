/**
 * The detector's label lexicon: how Web Config names things in each language it ships.
 * Each entry lists synonyms (pt-PT and pt-BR wordings, older and newer firmware wordings).
 * English is consulted on every page, because some localised UIs keep English labels.
 * Structure and language-neutral tokens come first in the readers; this table is the second line.
 */
import lexiconData from './lexicon.json';
import wordingData from './wording-sources.json';

/**
 * Wordings checked against Epson's own text (manuals' Email Server Setting Items, Web Config
 * captures, FACTS.md): English, Japanese and Traditional Chinese, and for Korean the menu names of
 * Epson's Korean manual ("네트워크 상태", "관리자"). Every other wording of ko, zh-Hans, ru, tr, cs, sv, da, fi
 * and nb is UNVERIFIED: the usual wording of admin pages in that language, not yet seen on an Epson
 * page. Quote those in the guide as approximations, and replace them when a capture shows Epson's.
 */
const UNVERIFIED = [
  'zh-Hans',
  'ko',
  'ru',
  'tr',
  'cs',
  'sv',
  'da',
  'fi',
  'nb',
  'hu',
  'el',
  'sk',
  'ro',
  'uk',
] as const;

/**
 * Every language the lexicon has words for. `pt` holds the words both Portuguese variants use;
 * `pt-PT` and `pt-BR` the words of one of them.
 */
export const LEXICON_LANGS = [
  'en',
  'pt',
  'pt-PT',
  'pt-BR',
  'es',
  'fr',
  'de',
  'it',
  'nl',
  'pl',
  'ja',
  'zh-Hant',
  ...UNVERIFIED,
] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];
export const UNVERIFIED_LANGS: readonly LexiconLang[] = UNVERIFIED;

/** One label in every language that has a wording for it: its synonyms, the usual one first. */
export type LexiconEntry = { readonly [L in LexiconLang]?: readonly string[] };

/**
 * The labels are data: lexicon.json, key → language → synonyms (pt-PT and pt-BR wordings, older and
 * newer firmware wordings); lexicon.md says why some entries hold what they hold. `npm run lexicon:fold`
 * (shared/scripts/fold-lexicon.ts) checks the file against its schema and folds it for detect, which
 * never loads it; the guide's label filling (guide-labels.ts) reads it as written.
 */
export type LexiconKey = keyof typeof lexiconData;
export const LEXICON: Readonly<Record<LexiconKey, LexiconEntry>> = lexiconData;

/**
 * Where a wording the guide quotes was seen in Epson's own text: data, in wording-sources.json
 * (`sources`: each source by id; `seen`: per guide label and language, its wording and source id).
 * The guide quotes a label in a language only when that file names its source; elsewhere it quotes
 * the English label (and the overlay swaps in the page's own word when the page shows one of the
 * entry's synonyms). Epson's English text for Print Admin Serverless's own screens is not among the
 * sources (serverlessSender, userEmail: pt-PT only). The guide-labels test checks the file's shape.
 */
export const SOURCES: Readonly<Record<keyof typeof wordingData.sources, string>> = wordingData.sources;

/** A wording of one language seen in a source. */
export interface WordingSource {
  wording: string;
  source: keyof typeof SOURCES;
}

/** The languages the guide speaks (shared/src/i18n LANGS), as lexicon languages. */
export const GUIDE_LEXICON_LANGS = ['en', 'pt-PT', 'pt-BR', 'es', 'fr', 'de', 'it', 'ja'] as const;
export type GuideLexiconLang = (typeof GUIDE_LEXICON_LANGS)[number];

/** Where each guide label was seen in Epson's text: per language, its wording and its source (SOURCES). */
type SeenWordings = {
  [K in LexiconKey]?: { [L in GuideLexiconLang]?: [wording: string, source: keyof typeof SOURCES] };
};
const SEEN = wordingData.seen as SeenWordings;

/**
 * For every label the guide quotes: the verified wording per language with its source (SEEN), and
 * the guide's languages whose wording is UNVERIFIED (no Epson text seen: the guide says the English
 * label there), which are the guide languages SEEN does not name. Each verified wording is one of the
 * entry's synonyms for that language (or for `pt`, the words both Portuguese variants use). Replace
 * an unverified language by a verified wording when a capture or manual shows it.
 */
export const WORDING_SOURCES: {
  [K in LexiconKey]?: { [L in GuideLexiconLang]?: WordingSource } & {
    unverified: readonly GuideLexiconLang[];
  };
} = Object.fromEntries(
  Object.entries(SEEN).map(([key, seen]) => [
    key,
    {
      ...Object.fromEntries(
        Object.entries(seen).map(([lang, [wording, source]]) => [lang, { wording, source }]),
      ),
      unverified: GUIDE_LEXICON_LANGS.filter((lang) => seen[lang] === undefined),
    },
  ]),
);

// Matching (isLabel, mentions) lives in lexicon-match.ts, on these phrases folded at build
// (lexicon-folded.json, written by `npm run lexicon:fold`), so detect does not load lexicon.json.
