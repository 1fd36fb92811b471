import { verifiedWording } from './guide-labels.ts';
import { LEXICON, LEXICON_LANGS, type LexiconKey, type LexiconLang } from './lexicon.ts';
import { CJK, fold } from './text.ts';

/**
 * The guide quotes Web Config's labels in **bold**. A message table can only hold one wording per
 * language, while printers word the same label differently (firmware generations, pt-PT and pt-BR,
 * "Validación de certificado" / "Validación de certificados"). So, on the page itself: a bold label
 * the detector's lexicon knows is replaced by the synonym this page actually shows, in the page's
 * language or in English (some localised UIs keep English labels). When the page shows none of
 * them, the wording verified for the page's language (lexicon.ts WORDING_SOURCES) is quoted, so a
 * guide read in another language still names the control as this printer does. Labels the
 * lexicon does not know (Microsoft's pages), or that nothing verifies, stay as written.
 */

type Synonyms = readonly string[];

/** Pages are capped: the labels a guide quotes sit in the first 200,000 characters. */
const MAX_PAGE = 200_000;

/** Every lexicon entry as the folded synonyms of all its languages, with each language's wordings. */
const ENTRIES: ReadonlyArray<{
  key: LexiconKey;
  all: ReadonlySet<string>;
  byLang: Partial<Record<LexiconLang, Synonyms>>;
}> = Object.entries(LEXICON).map(([key, entry]) => {
  const byLang = entry as Partial<Record<LexiconLang, Synonyms>>;
  return {
    key: key as LexiconKey,
    all: new Set(Object.values(byLang).flatMap((words) => (words ?? []).map(fold))),
    byLang,
  };
});

/**
 * The lexicon languages a page language reads as, nearest first: `pt-BR` → pt-BR then pt,
 * `zh-Hant-TW` → zh-Hant; a plain `pt` page may be either variant.
 */
function lexiconLangsOf(pageLang: string | null | undefined): LexiconLang[] {
  if (!pageLang) return [];
  const lower = pageLang.toLowerCase();
  const known = (tag: string): tag is LexiconLang => (LEXICON_LANGS as readonly string[]).includes(tag);
  if (lower.startsWith('zh') && /hant|tw|hk|mo/.test(lower)) return ['zh-Hant'];
  const [primary = '', region = ''] = lower.split(/[-_]/);
  const exact = region ? `${primary}-${region.toUpperCase()}` : '';
  const langs = [exact, primary, ...(primary === 'pt' && !region ? ['pt-PT', 'pt-BR'] : [])];
  return [...new Set(langs.filter(known))];
}

/** A page's text folded once, padded so a phrase test is one `includes` (see containsPhrase). */
interface FoldedPage {
  hay: string;
  padded: string;
}

function foldPage(pageText: string): FoldedPage {
  const hay = fold(pageText);
  return { hay, padded: ` ${hay} ` };
}

function shows(page: FoldedPage, phrase: string): boolean {
  if (!phrase) return false;
  // containsPhrase's rule, without padding a 200 KB page again for every candidate.
  return CJK.test(phrase) ? page.hay.includes(phrase) : page.padded.includes(` ${phrase} `);
}

function wordingOn(label: string, page: FoldedPage, pageLang: string | null | undefined): string | undefined {
  const folded = fold(label);
  // A wording may belong to more than one entry ("Iniciar sessão": the login and the Sign In button).
  const entries = ENTRIES.filter((e) => e.all.has(folded));
  if (entries.length === 0) return undefined;
  if (shows(page, folded)) return label;
  const langs = lexiconLangsOf(pageLang);
  const candidates = entries.flatMap((entry) => [
    ...langs.flatMap((lang) => entry.byLang[lang] ?? []),
    ...(entry.byLang.en ?? []),
  ]);
  // Longest first: "Validación de certificados" before "Validación".
  const shown = [...new Set(candidates)]
    .sort((a, b) => b.length - a.length)
    .find((word) => shows(page, fold(word)));
  if (shown) return shown;
  for (const lang of langs) {
    for (const entry of entries) {
      const verified = verifiedWording(entry.key, lang);
      if (verified) return verified;
    }
  }
  return undefined;
}

/**
 * The wording of `label` this page shows; else the wording verified for the page's language;
 * undefined when neither is known.
 */
export function pageWording(
  label: string,
  pageText: string,
  pageLang: string | null | undefined,
): string | undefined {
  return wordingOn(label, foldPage(pageText.slice(0, MAX_PAGE)), pageLang);
}

/** `text` with each **label** the lexicon knows worded as this page words it. Bounded: pages are capped. */
export function quotePageLabels(text: string, pageText: string, pageLang: string | null | undefined): string {
  if (!text.includes('**')) return text;
  const page = foldPage(pageText.slice(0, MAX_PAGE));
  return text.replace(/\*\*([^*]{1,120})\*\*/g, (whole, label: string) => {
    const wording = wordingOn(label, page, pageLang);
    return wording ? `**${wording}**` : whole;
  });
}
