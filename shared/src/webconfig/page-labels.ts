import { verifiedWording } from './guide-labels.ts';
import { LEXICON, LEXICON_LANGS, type LexiconKey, type LexiconLang } from './lexicon.ts';
import { isFoldedLabel } from './lexicon-match.ts';
import { boundedText, CJK, fold } from './text.ts';

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

interface Entry {
  key: LexiconKey;
  byLang: Partial<Record<LexiconLang, Synonyms>>;
}

const entryOf = (key: LexiconKey): Entry => ({
  key,
  byLang: LEXICON[key] as Partial<Record<LexiconLang, Synonyms>>,
});

/**
 * The entries that have `folded` among their synonyms, looked up in the lexicon as the build folded
 * it (lexicon-folded.json): folding the whole lexicon here cost the first guided page about 10 ms.
 */
function entriesWith(folded: string): Entry[] {
  return (Object.keys(LEXICON) as LexiconKey[]).filter((key) => isFoldedLabel(folded, key)).map(entryOf);
}

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

/**
 * What the overlay reads of a page: its text nodes, one per line (textContent would glue a label to
 * the next value, "Aktueller Status :Angemeldet"), without scripts and styles, bounded.
 */
export function pageTextOf(root: Node | null | undefined): string {
  return boundedText(root, MAX_PAGE, NOT_TEXT, '\n');
}
const NOT_TEXT: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * A page's text folded once: its segments (a text node, or a part of a breadcrumb) and the whole
 * text padded so a phrase test is one `includes` (as lexicon-match.ts `mentions`).
 */
interface FoldedPage {
  segments: ReadonlySet<string>;
  hay: string;
  padded: string;
}

function foldPage(pageText: string): FoldedPage {
  const hay = fold(pageText);
  const segments = new Set(
    pageText
      .split(/[\n>›»]/)
      .map(fold)
      .filter(Boolean),
  );
  return { segments, hay, padded: ` ${hay} ` };
}

/**
 * The page shows `phrase` (folded): a whole segment always counts; a phrase of two words or more
 * (or Chinese and Japanese, which do not space words) counts inside a longer text too. A single
 * word must stand alone ("Authentifié" is not the status in "Compte authentifié").
 */
function shows(page: FoldedPage, phrase: string): boolean {
  if (!phrase) return false;
  if (page.segments.has(phrase)) return true;
  if (CJK.test(phrase)) return page.hay.includes(phrase);
  return phrase.includes(' ') && page.padded.includes(` ${phrase} `);
}

/** The wording of one of `entries` this page shows, else the one verified for the page's language. */
function entryWordingOn(
  entries: readonly Entry[],
  page: FoldedPage,
  pageLang: string | null | undefined,
): string | undefined {
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

function wordingOn(label: string, page: FoldedPage, pageLang: string | null | undefined): string | undefined {
  const folded = fold(label);
  // A wording may belong to more than one entry ("Iniciar sessão": the login and the Sign In button).
  const entries = folded ? entriesWith(folded) : [];
  if (entries.length === 0) return undefined;
  if (shows(page, folded)) return label;
  return entryWordingOn(entries, page, pageLang);
}

/**
 * How one page words the lexicon's entries: `(key) => wording` gives the synonym of `key` the page
 * shows (in its language or English), else the wording verified for its language, else undefined.
 * The page is folded once, so a whole step can be worded against it.
 */
export function pageLabels(
  pageText: string,
  pageLang: string | null | undefined,
): (key: LexiconKey) => string | undefined {
  const page = foldPage(pageText.slice(0, MAX_PAGE));
  const cache = new Map<LexiconKey, string | undefined>();
  return (key) => {
    if (!cache.has(key)) {
      cache.set(
        key,
        Object.hasOwn(LEXICON, key) ? entryWordingOn([entryOf(key)], page, pageLang) : undefined,
      );
    }
    return cache.get(key);
  };
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
