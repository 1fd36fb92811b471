import lexiconData from './lexicon.json';

/**
 * The detector's label lexicon: how Web Config names things in each language it ships.
 * Each entry lists synonyms (pt-PT and pt-BR wordings, older and newer firmware wordings).
 * English is consulted on every page, because some localised UIs keep English labels.
 * Structure and language-neutral tokens come first in the readers; this table is the second line.
 */
export const LEXICON_LANGS = [
  'en',
  // `pt` holds the words both Portuguese variants use; `pt-PT` and `pt-BR` the words of one of them.
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
  'zh-Hans',
  'ko',
  'ru',
  'tr',
  'cs',
  'sv',
  'da',
  'fi',
  'nb',
] as const;

/**
 * Wordings checked against Epson's own text (manuals' Email Server Setting Items, Web Config
 * captures, FACTS.md): English, Japanese and Traditional Chinese, and for Korean the menu names of
 * Epson's Korean manual ("네트워크 상태", "관리자"). Every other wording of ko, zh-Hans, ru, tr, cs, sv, da, fi
 * and nb is UNVERIFIED: the usual wording of admin pages in that language, not yet seen on an Epson
 * page. Quote those in the guide as approximations, and replace them when a capture shows Epson's.
 */
export const UNVERIFIED_LANGS: readonly LexiconLang[] = [
  'zh-Hans',
  'ko',
  'ru',
  'tr',
  'cs',
  'sv',
  'da',
  'fi',
  'nb',
];
export type LexiconLang = (typeof LEXICON_LANGS)[number];

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
 * Where a wording the guide quotes was seen in Epson's own text. The guide quotes a label in a
 * language only when this table names its source; elsewhere it quotes the English label (and the
 * overlay swaps in the page's own word when the page shows one of the entry's synonyms).
 */
export const SOURCES = {
  guidePt:
    'Epson, "Guia de autenticação de dispositivos para o Microsoft Exchange Online" (pt-PT, 2025), shared/reference/epson-exchange-online-oauth-guide.pt.txt',
  guidePtShot:
    'the English Web Config screen (Email Server > Basic) printed in the same Epson guide, shared/reference/epson-exchange-online-oauth-guide.pt.txt',
  facts:
    "Epson's English guide NPD7717 as shared/reference/FACTS.md §1 records it (steps 2-12, fax server, Print Admin Serverless)",
  manualJa:
    'Epson PX-M382F manual, メールサーバー設定項目: https://download4.epson.biz/sec_pubs/px-m382f/useg/ja/GUID-0CF50114-406B-47D8-9B72-C8F1B81FAA53.htm',
  manualFr:
    'Epson Web Config guide (fr), Configuration de la limitation des fonctions de l\'utilisateur ("De base", "Cliquez sur OK"): https://files.support.epson.com/docid/cpd5/cpd50332/source/administrator_guides/source/web_config/tasks/configuring_user_restrictions.html',
} as const;

/** A wording of one language seen in a source. */
export interface WordingSource {
  wording: string;
  source: keyof typeof SOURCES;
}

/** The languages the guide speaks (shared/src/i18n LANGS), as lexicon languages. */
export const GUIDE_LEXICON_LANGS = ['en', 'pt-PT', 'pt-BR', 'es', 'fr', 'de', 'it', 'ja'] as const;
export type GuideLexiconLang = (typeof GUIDE_LEXICON_LANGS)[number];

/** Where each guide label was seen in Epson's text: per language, its wording and its source (SOURCES). */
const SEEN: {
  [K in LexiconKey]?: { [L in GuideLexiconLang]?: [wording: string, source: keyof typeof SOURCES] };
} = {
  logIn: { en: ['Log in', 'facts'], 'pt-PT': ['Iniciar sessão', 'guidePt'] },
  okButton: { en: ['OK', 'facts'], 'pt-PT': ['OK', 'guidePt'], fr: ['OK', 'manualFr'] },
  networkTab: { en: ['Network', 'facts'], 'pt-PT': ['Rede', 'guidePt'] },
  emailServer: { en: ['Email Server', 'guidePtShot'], 'pt-PT': ['Servidor de e-mail', 'guidePt'] },
  basic: { en: ['Basic', 'guidePtShot'], 'pt-PT': ['Básico', 'guidePt'], fr: ['De base', 'manualFr'] },
  authMethod: {
    en: ['Authentication Method', 'guidePtShot'],
    'pt-PT': ['Método de autenticação', 'guidePt'],
    ja: ['認証方式', 'manualJa'],
  },
  emailService: { en: ['Email service', 'guidePtShot'], 'pt-PT': ['Serviço de e-mail', 'guidePt'] },
  signInButton: { en: ['Sign In', 'facts'], 'pt-PT': ['Iniciar sessão', 'guidePt'] },
  signInWithMicrosoft: {
    en: ['Sign in with Microsoft', 'facts'],
    'pt-PT': ['Iniciar sessão com a Microsoft', 'guidePt'],
  },
  currentStatus: { en: ['Current Status', 'guidePtShot'], 'pt-PT': ['Estado actual', 'guidePt'] },
  signedIn: { en: ['Signed in', 'guidePtShot'], 'pt-PT': ['Sessão iniciada', 'guidePt'] },
  fax: { en: ['Fax', 'facts'], 'pt-PT': ['Fax', 'guidePt'] },
  faxServer: { en: ['Fax Server', 'facts'], 'pt-PT': ['Servidor de fax', 'guidePt'] },
  emailServerSettings: {
    en: ['Email Server Settings', 'facts'],
    'pt-PT': ['Definições de servidor de correio eletrónico', 'guidePt'],
  },
  forMyEmail: { en: ['For My Email', 'facts'], 'pt-PT': ['Para o Meu E-mail', 'guidePt'] },
  // Epson's English text for Print Admin Serverless's own screens is not among our sources.
  serverlessSender: { 'pt-PT': ['Ender. de e-mail do remetente', 'guidePt'] },
  userEmail: { 'pt-PT': ['Endereço de e-mail do utilizador', 'guidePt'] },
  sender: { en: ["Sender's Email Address", 'guidePtShot'], ja: ['送信元アドレス', 'manualJa'] },
};

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
