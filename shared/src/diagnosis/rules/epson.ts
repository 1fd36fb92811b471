import { DOCUMENTED_JOB_CODES } from '../job-codes.ts';
import { MAX_KEYWORD_HITS } from '../limits.ts';
import { foldTerm, type Prepared, unfold } from '../prepare.ts';
import { foldedTermGroups, type Recogniser, type Span } from '../recogniser.ts';
import folded from './terms-folded.json';

/**
 * What Epson printers say: the job codes the OAuth guide documents (360/361/370), and the Web
 * Config messages it quotes. Printers word these differently by language and firmware, so the
 * messages are matched by keywords in every language Web Config ships (the lexicon's, LEXICON_LANGS)
 * that must occur close together, never by one sentence. All matching is on folded text (lower case,
 * no accents), so "Sessão"/"sessao" and "Código"/"codigo" are the same.
 */

/**
 * A job code counts only when the text is clearly a code: the code alone, or after a word that
 * introduces an error code ("Error code 360", "Código de erro: 361", "Result: Error (370)",
 * "エラーコード 360"), with only separators or linking words between. "Port 3600", "Result: 360
 * pages" or a date does not count.
 *
 * Read in code, not one regex: the number is found by a plain scan, then the words before it are
 * walked back one token at a time (at most LOOKBACK tokens within LOOKBACK_CHARS). A single regex
 * with repeated code words ("fehler\p{L}*" inside a repeated group) took exponential time.
 */
const LOOKBACK = 12;
const LOOKBACK_CHARS = 120;
/**
 * Whole code words as each language writes "error" and "code" (Hata kodu, Cod de eroare, Код ошибки,
 * Κωδικός σφάλματος, Hibakód, Felkod, 錯誤代碼, 오류 코드 …), folded as the text is, longest first so
 * "errors" is not read as "error" + "s".
 */
const CODE_WORDS = [
  ...['errors', 'erreur', 'errore', 'error', 'erro', 'err', 'codigo', 'codice', 'code', 'kod'],
  ...['hata', 'kodu', 'cod', 'eroare', 'virhe', 'koodi', 'hiba', 'chyby', 'chybový', 'chyba'],
  ...['fel', 'fejl', 'feil', 'kode', 'код', 'ошибки', 'ошибка', 'помилки', 'помилка'],
  ...['κωδικός', 'σφάλματος', 'σφάλμα', '錯誤', '错误', '代碼', '代码', '碼', '码', '오류', '에러', '코드'],
  ...['エラー', 'コード'],
]
  .map(foldTerm)
  .sort((a, b) => b.length - a.length);
/** Stems that take any ending (Fehlercode, foutcode, błędu). */
const CODE_STEMS = /^(?:fehler|fout|bł[aeę]d)/u;
const LINK_WORDS = new Set(['de', 'do', 'da', 'du', 'des', 'der', 'di', 'van', 'nr', 'no']);
const SEPARATOR = /^[\s:=#.()[\]-]+$/u;
const TOKEN = /\p{L}+|\p{N}+|[^\p{L}\p{N}]/gu;

/** A token made only of code words ("errorcode", "fehlercode", "エラーコート"), read left to right. */
function isCodeWord(token: string): boolean {
  let rest = token;
  while (rest.length > 0) {
    if (CODE_STEMS.test(rest)) return true;
    const word = CODE_WORDS.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/** Where the first of the code words that introduce the number at `at` starts, or -1. */
function introducedAt(folded: string, at: number): number {
  const from = Math.max(0, at - LOOKBACK_CHARS);
  const tokens = [...folded.slice(from, at).matchAll(TOKEN)];
  let start = -1;
  let steps = 0;
  for (let i = tokens.length - 1; i >= 0 && steps < LOOKBACK; i--) {
    const token = tokens[i] as RegExpExecArray;
    const word = token[0];
    if (/^\s$/u.test(word)) continue;
    steps++;
    if (SEPARATOR.test(word)) continue;
    // A word cut by the window's edge is not a whole word.
    if (!/^\p{L}/u.test(word) || (i === 0 && from > 0)) break;
    if (isCodeWord(word)) start = from + token.index;
    else if (!LINK_WORDS.has(word)) break;
  }
  return start;
}

function jobCodeFinder(code: number): (prepared: Prepared) => Span | null {
  // Made on first use, like terms(): the overlay loads the rules before its first paint.
  let number: RegExp | undefined;
  const digits = String(code);
  return (prepared) => {
    const { folded } = prepared;
    // Most texts hold no such number: the pattern (a \p{L} lookbehind, costly to compile) is then not made.
    if (!folded.includes(digits)) return null;
    number ??= new RegExp(String.raw`(?<![\p{L}\p{N}])${digits}(?!\d|[.,]\d)`, 'gu');
    if (folded.trim() === digits) return { evidence: digits, index: prepared.text.indexOf(digits) };
    let seen = 0;
    for (const match of folded.matchAll(number)) {
      // A list of numbers ("360 360 …", "1,360") is not a code: look no further back than a digit.
      if (/\d[\s,;]*$/.test(folded.slice(Math.max(0, match.index - 4), match.index))) continue;
      if (++seen > MAX_KEYWORD_HITS) break;
      const start = introducedAt(folded, match.index);
      if (start < 0) continue;
      let end = match.index + match[0].length;
      const close = /^\s{0,3}\)/.exec(folded.slice(end, end + 4));
      if (close) end += close[0].length;
      return { evidence: unfold(prepared, start, end), index: prepared.origin[start] ?? 0 };
    }
    return null;
  };
}

const JOB_CODE_RECOGNISERS: Recogniser[] = Object.entries(DOCUMENTED_JOB_CODES).map(([code, cause]) => ({
  name: `epson-job-${code}`,
  kind: 'epson-job-code',
  weight: 70,
  find: jobCodeFinder(Number(code)),
  causes: [cause],
  confidence: 'certain',
}));

/**
 * The messages' keyword groups in every language, by name: data, written in epson-terms.json (with
 * notes on why some hold what they hold) and read folded (terms-folded.json, `npm run terms:fold`).
 */
const T = foldedTermGroups(folded.epson.terms);

/** Expired, as a finished state: "expires in 3600 s" or "expires_in" is not an expiry. */
const EXPIRED = T.expired;

let conditional: RegExp | undefined;

/**
 * A condition marks advice ("when validation is disabled…"), not a state: epson-terms.json's
 * `conditional`, its `words` standing alone, its `anywhere` stems and spaceless scripts as they come.
 * Built on first use, like the keyword groups: a case-insensitive `\p{L}` regex of 25 languages'
 * words costs its parse, and the overlay loads the rules before its first paint.
 */
function isConditional(context: string): boolean {
  conditional ??= new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${folded.epson.conditional.words.join('|')})(?![\\p{L}\\p{N}_])|${folded.epson.conditional.anywhere.join('|')}`,
    'iu',
  );
  return conditional.test(context);
}

const MESSAGE_RECOGNISERS: Recogniser[] = [
  {
    name: 'webconfig-sign-in-to-email-service',
    kind: 'webconfig-message',
    weight: 70,
    keywords: [
      // "To use this feature you need to sign in to your email service. Contact your administrator."
      { groups: [T.signIn, T.emailService, T.needOrAdmin], window: 220 },
      // The same message worded as a state: "You are not signed in to the email service."
      { groups: [T.notSignedIn, T.emailService], window: 160 },
    ],
    causes: ['sign-in-required', 'signed-in-not-saved'],
    confidence: 'likely',
  },
  {
    // Code 360's status text without the code: "No connection to the cloud service or email service."
    name: 'webconfig-no-connection-to-service',
    kind: 'webconfig-message',
    weight: 65,
    keywords: { groups: [T.noConnection, T.emailService], window: 120 },
    causes: ['service-unreachable'],
    confidence: 'likely',
  },
  {
    // Code 361's: "The connection to the cloud service or email service has expired."
    name: 'webconfig-connection-expired',
    kind: 'webconfig-message',
    weight: 70,
    keywords: { groups: [T.connection, T.emailService, EXPIRED], window: 140 },
    causes: ['sign-in-expired'],
    confidence: 'likely',
  },
  {
    // The guide's expiry message: tokens became invalid after a long time without use.
    name: 'webconfig-sign-in-expired',
    kind: 'webconfig-message',
    weight: 70,
    keywords: { groups: [T.session, EXPIRED], window: 90 },
    causes: ['sign-in-expired'],
    confidence: 'likely',
  },
  {
    // "The certificate is required to use a secure function of the email server." Advice the Email
    // Server page always shows, not a failure: recognised, so nothing guesses over it, but no cause
    // (the overlay would otherwise flag every Email Server page). lint() judges the real settings.
    name: 'webconfig-certificate-notice',
    kind: 'webconfig-message',
    weight: 40,
    keywords: { groups: [T.certificate, T.required, T.secureFunction], window: 160 },
    causes: [],
    confidence: 'certain',
  },
  {
    // "Certificate Validation is disabled." As a state it is a cause; the page's standing advice
    // ("…without confirming the safety… when the Certificate Validation is disabled") is not.
    name: 'webconfig-certificate-validation-off',
    kind: 'webconfig-message',
    weight: 40,
    keywords: { groups: [T.certificateValidation, T.disabledOrUnchecked], window: 160 },
    causes: ['certificate-validation-disabled'],
    confidence: 'likely',
    refine: [{ when: isConditional, causes: [], confidence: 'certain' }],
  },
];

export const EPSON_RECOGNISERS: readonly Recogniser[] = [...JOB_CODE_RECOGNISERS, ...MESSAGE_RECOGNISERS];
