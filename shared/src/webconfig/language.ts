import { byTags } from './elements.ts';
import { FOLDED, own, pageWordsData } from './lexicon-match.ts';
import { BREADCRUMB_SEPARATOR } from './outline.ts';
import { documentOf, type Scope, textRoot } from './scope.ts';
import { clean, fold, foldEach, JOIN, joinable, SPACES, stripLabel, textOf } from './text.ts';

/**
 * The page's language as a BCP 47 tag. Web Config says it in three ways, tried in order:
 * the language selector's selected option (SEL_LANG, SEL_LANGA, SEL_LANGB…), the html lang
 * attribute, and failing both the words of the page itself.
 */

export const LANG_SELECT = /^SEL_LANG[A-Z]?$/i;

function fromSelector(scope: Scope): { lang: string; signal: string } | null {
  // Every select (its tag's own collection, not the list 'select[name], select[id]' matched against
  // every element): one with neither attribute has no name to match.
  for (const select of byTags(scope, ['select'])) {
    const name = select.getAttribute('name') ?? select.getAttribute('id') ?? '';
    if (!LANG_SELECT.test(name)) continue;
    const option = (select as HTMLSelectElement).querySelector('option[selected]');
    if (!option) continue;
    // Endonyms as Web Config's language selector prints them (language-words.ts), folded at build.
    const tag = own(FOLDED.endonyms, fold(textOf(option, 100)));
    if (tag) return { lang: tag, signal: 'lang-selector' };
  }
  return null;
}

function fromHtmlLang(doc: Document): string | null {
  const raw = clean(
    (doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? '').slice(
      0,
      40,
    ),
  );
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(raw)) return null;
  const [primary, ...rest] = raw.split('-');
  const lower = primary!.toLowerCase();
  if (lower === 'zh') {
    const sub = rest.join('-').toLowerCase();
    return /hant|tw|hk|mo/.test(sub) ? 'zh-Hant' : 'zh-Hans';
  }
  if (lower === 'no' || lower === 'nn' || lower === 'nb') return 'nb';
  if (lower === 'pt') {
    const region = rest[0]?.toUpperCase();
    return region === 'BR' || region === 'PT' ? `pt-${region}` : 'pt';
  }
  return [lower, ...rest].join('-');
}

/** The language a lexicon key names: a Portuguese variant's words are Portuguese words. */
const baseLang = (lang: string) => (lang === 'pt-PT' || lang === 'pt-BR' ? 'pt' : lang);

/**
 * Characters of visible text the words are counted in: a Web Config page shows 100 to 5,000 (the
 * pages told by their words alone, about 1,000); a 1 MB page's further text is more of the same
 * words, and each character costs its folding and its letter patterns.
 */
export const MAX_WORDS_TEXT = 4000;

/** A text longer than this is prose, not a label; a folded label longer than MAX_LABEL names nothing. */
const MAX_LABEL_TEXT = 200;
const MAX_LABEL = 60;

/**
 * What a page's words are read from: its visible text (no script or style), at most MAX_WORDS_TEXT
 * characters in document order, and the short texts among its text nodes (labels, titles, options,
 * the breadcrumb's parts), folded. One walk of the text nodes gives both: a label is its own text
 * node on Web Config's pages (`<dt class="key">Status</dt>`), so no second pass over the elements
 * and their texts is needed, and a 1 MB page costs what its first few thousand characters cost.
 */
export interface PageWords {
  text: string;
  /** Distinct folded short texts, in page order. */
  labels: string[];
}

function readPageWords(scope: Scope): PageWords {
  const root = textRoot(scope);
  if (!root) return { text: '', labels: [] };
  const parts: string[] = [];
  const shorts: string[] = [];
  const walker = documentOf(scope).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node && total < MAX_WORDS_TEXT; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    // One text node may be megabytes long: take only what is still wanted.
    const t = (node.nodeValue ?? '').slice(0, MAX_WORDS_TEXT - total);
    parts.push(t);
    total += t.length;
    if (t.length <= MAX_LABEL_TEXT) shorts.push(t);
  }
  return { text: parts.join(' '), labels: labelForms(shorts) };
}

/** Basic-UI titles join their parts with " - ". */
const TITLE_SEPARATOR = / [-–] /;
const BREADCRUMB_SEPARATORS = new RegExp(BREADCRUMB_SEPARATOR.source, 'g');

/**
 * The short texts' label forms: each text's breadcrumb parts without the colon (stripLabel), and the
 * parts of basic-UI titles besides the whole, folded, distinct, in page order. All texts are cleaned,
 * split and folded together, joined (text.ts JOIN), in a few passes of each pattern over the page's
 * first 4,000 characters: a page reads some hundreds of these texts, and on a cold first call each
 * pattern applied to each text cost (1 ms of a German status page's first call, in an experiment).
 * Equal to taking each text alone (a test holds it), which a text holding JOIN itself still is.
 */
export function labelForms(texts: readonly string[]): string[] {
  const bares = joinable(texts)
    ? texts
        .join(JOIN)
        .replace(BREADCRUMB_SEPARATORS, JOIN)
        .replace(SPACES, ' ')
        .replace(/ ?\0 ?/g, JOIN)
        .trim()
        .replace(/ ?[:：](?=\0|$)/g, '')
        .split(JOIN)
    : texts.flatMap((t) => t.split(BREADCRUMB_SEPARATOR).map(stripLabel));
  // One look over them all: most pages have no basic-UI title.
  const titled = TITLE_SEPARATOR.test(bares.join('\n'));
  const forms: string[] = [];
  for (const bare of bares) {
    if (!bare) continue;
    forms.push(bare);
    if (titled && TITLE_SEPARATOR.test(bare)) forms.push(...bare.split(TITLE_SEPARATOR));
  }
  const labels = new Set<string>();
  for (const f of foldEach(forms)) if (f && f.length <= MAX_LABEL) labels.add(f);
  return [...labels];
}

/** For each short text that is exactly a lexicon phrase, the languages using it (folded at build). */
function labelLanguages(words: PageWords): string[][] {
  const found: string[][] = [];
  const { languages } = pageWordsData();
  for (const t of words.labels) {
    const langs = own(languages, t);
    if (langs) found.push(langs);
  }
  return found;
}

/** Characters that exist in Traditional but not Simplified Chinese, and the reverse. */
const HANT = /[體設機網絡連線狀態驗證電郵件伺服器憑帳戶號碼傳這資訊錄歷結]/gu;
const HANS = /[体设机网络连线状态验证电邮件伺服器凭帐户号码传这资讯录历结]/gu;

/**
 * Letters that belong to few of the Latin-script languages we read, counted on the text as
 * written (before folding takes accents away). A language's own letters weigh as much as a
 * handful of marker words; shared letters (å, ä, ö) only tip a balance.
 */
const LETTERS: Array<[RegExp, Record<string, number>]> = [
  [/[ıİğĞşŞ]/g, { tr: 4 }],
  [/[řŘůŮěĚ]/g, { cs: 4 }],
  [/[ľĽĺĹŕŔ]/g, { sk: 4 }],
  [/[őŐűŰ]/g, { hu: 4 }],
  // Romanian's comma-below letters (Turkish writes ş with a cedilla), and ă.
  [/[șȘțȚăĂ]/g, { ro: 4 }],
  [/[ąĄęĘłŁńŃśŚźŹżŻ]/g, { pl: 3 }],
  [/[æÆøØ]/g, { da: 2, nb: 2 }],
  [/[åÅ]/g, { sv: 1, da: 1, nb: 1 }],
  [/[äÄöÖ]/g, { sv: 1, fi: 1, de: 0.5 }],
  [/[ãõÃÕ]/g, { pt: 3 }],
  [/[ñÑ]/g, { es: 3 }],
  [/ß/g, { de: 3 }],
];

/** A character from U+0370 on: where the scripts fromScript tells begin (Greek first). */
const FROM_GREEK = /[\u0370-\uffff]/;

function fromScript(text: string): string | null {
  // Spares a Latin page the Unicode-property patterns below (each costs its compilation on first use).
  if (!FROM_GREEK.test(text)) return null;
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) {
    const hant = text.match(HANT)?.length ?? 0;
    const hans = text.match(HANS)?.length ?? 0;
    return hans > hant ? 'zh-Hans' : 'zh-Hant';
  }
  // Cyrillic: Ukrainian has letters Russian lacks.
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (cyrillic > 20) return /[іїєґІЇЄҐ]/.test(text) ? 'uk' : 'ru';
  if (/\p{Script=Greek}{3}/u.test(text)) return 'el';
  return null;
}

/**
 * What the words that mark a language in admin-page prose and labels (language-words.ts, folded at
 * build) give each language, in the languages' order: a distinct marker 1, each repeat a quarter more
 * (at most three), so one frequent word cannot decide. The folded text's words are looked up once
 * each and only the markers among them counted; scores are sums of quarters, exact in any order.
 */
export function markerScores(folded: string): Map<string, number> {
  const { markers } = pageWordsData();
  const counts = new Map<string, number>();
  for (const w of folded.split(' ')) if (Object.hasOwn(markers, w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byLang = new Map<string, number>();
  for (const [w, n] of counts) {
    const score = 1 + Math.min(n - 1, 3) * 0.25;
    for (const lang of markers[w]!) byLang.set(lang, (byLang.get(lang) ?? 0) + score);
  }
  const scores = new Map<string, number>();
  for (const lang of FOLDED.markerLanguages) {
    const score = byLang.get(lang);
    if (score !== undefined) scores.set(lang, score);
  }
  return scores;
}

function fromWords(words: PageWords): string | null {
  const text = words.text;
  const script = fromScript(text);
  if (script) return script;
  const scores = new Map<string, number>();
  const add = (lang: string, n: number) => scores.set(lang, (scores.get(lang) ?? 0) + n);
  for (const [letters, weights] of LETTERS) {
    const n = text.match(letters)?.length ?? 0;
    if (n > 0) for (const [lang, w] of Object.entries(weights)) add(lang, w * Math.min(n, 3));
  }
  for (const [lang, score] of markerScores(fold(text))) add(lang, score);
  // A label that is exactly a lexicon phrase is strong evidence for the languages that use it.
  for (const langs of labelLanguages(words)) {
    const bases = [...new Set(langs.map(baseLang))];
    for (const lang of bases) add(lang, 2 / bases.length);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) {
      bestScore = score;
      best = lang;
    }
  }
  return bestScore >= 2 ? best : null;
}

/**
 * Words only one Portuguese variant uses on admin pages (folded). pt-PT: utilizador, palavra-passe,
 * definições, ecrã, ficheiro, gestão, registo, receção, eletrónico; pt-BR: usuário, senha,
 * configurações, tela, arquivo, gerenciamento, registro, recepção, eletrônico.
 */
const PT_WORDS: Record<'pt-PT' | 'pt-BR', string[]> = {
  'pt-PT': [
    'utilizador',
    'palavra',
    'definicoes',
    'ecra',
    'ficheiro',
    'gestao',
    'registo',
    'rececao',
    'actual',
    'ligacao',
  ],
  'pt-BR': [
    'usuario',
    'senha',
    'configuracoes',
    'tela',
    'arquivo',
    'gerenciamento',
    'registro',
    'recepcao',
    'conexao',
  ],
};
/** "eletrónico" and "eletrônico" fold to the same word: the accent itself tells them apart. */
const PT_ACCENTS: Record<'pt-PT' | 'pt-BR', RegExp> = {
  'pt-PT': /elec?trónic[oa]|ecrã/gi,
  'pt-BR': /eletrônic[oa]/gi,
};

/**
 * pt-PT or pt-BR, when the page's own words show which: the labels of one variant in the lexicon
 * (Web Config's pt-BR "Entrar", "Conectado", "Status atual"; pt-PT "Iniciar sessão",
 * "Sessão iniciada", "Estado actual") and the words above. Null when they do not, or disagree evenly.
 */
export function portugueseVariant(scope: Scope, words = readPageWords(scope)): 'pt-PT' | 'pt-BR' | null {
  const score = { 'pt-PT': 0, 'pt-BR': 0 };
  for (const langs of labelLanguages(words)) {
    const pt = langs.includes('pt-PT');
    const br = langs.includes('pt-BR');
    // A phrase both variants use (or plain `pt`) says nothing about the variant.
    if (pt !== br) score[pt ? 'pt-PT' : 'pt-BR'] += 2;
  }
  const text = words.text;
  const folded = new Set(fold(text).split(' '));
  for (const variant of ['pt-PT', 'pt-BR'] as const) {
    for (const w of PT_WORDS[variant]) if (folded.has(w)) score[variant] += 1;
    score[variant] += Math.min(text.match(PT_ACCENTS[variant])?.length ?? 0, 3);
  }
  if (score['pt-PT'] === score['pt-BR']) return null;
  return score['pt-PT'] > score['pt-BR'] ? 'pt-PT' : 'pt-BR';
}

function refine(lang: string, scope: Scope, words?: PageWords): string {
  if (lang !== 'pt') return lang;
  return portugueseVariant(scope, words) ?? 'pt';
}

/** The language of the page's content (`scope`, scope.ts): its selector and words there, the document's lang. */
export function detectLanguage(scope: Scope): { lang: string | null; signal: string | null } {
  const selected = fromSelector(scope);
  if (selected) return { lang: refine(selected.lang, scope), signal: selected.signal };
  const html = fromHtmlLang(documentOf(scope));
  if (html) return { lang: refine(html, scope), signal: 'html-lang' };
  // The page's words are read once, for its language and, when Portuguese, its variant.
  const words = readPageWords(scope);
  const lang = fromWords(words);
  return lang ? { lang: refine(lang, scope, words), signal: 'lang-words' } : { lang: null, signal: null };
}
