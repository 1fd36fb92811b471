import { DOCUMENTED_JOB_CODES } from '../job-codes.ts';
import { MAX_KEYWORD_HITS } from '../limits.ts';
import { type Prepared, unfold } from '../prepare.ts';
import { END, type Recogniser, type Span, terms } from '../recogniser.ts';

/**
 * What Epson printers say: the job codes the OAuth guide documents (360/361/370), and the Web
 * Config messages it quotes. Printers word these differently by language and firmware, so the
 * messages are matched by keywords per language (en, pt-PT, pt-BR, es, fr, de, it, nl, pl, ja)
 * that must occur close together, never by one sentence. All matching is on folded text
 * (lower case, no accents), so "Sessão"/"sessao" and "Código"/"codigo" are the same.
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
/** Whole code words, longest first so "errors" is not read as "error" + "s". */
const CODE_WORDS = ['errors', 'erreur', 'errore', 'error', 'erro', 'err', 'codigo', 'codice', 'code', 'kod'];
/** Stems that take any ending (Fehlercode, foutcode, błędu). */
const CODE_STEMS = /^(?:fehler|fout|bł[aeę]d)/u;
const CODE_KANA = ['エラー', 'コート'];
const LINK_WORDS = new Set(['de', 'do', 'da', 'du', 'des', 'der', 'di', 'van', 'nr', 'no']);
const SEPARATOR = /^[\s:=#.()[\]-]+$/u;
const TOKEN = /\p{L}+|\p{N}+|[^\p{L}\p{N}]/gu;

/** A token made only of code words ("errorcode", "fehlercode", "エラーコート"), read left to right. */
function isCodeWord(token: string): boolean {
  let rest = token;
  while (rest.length > 0) {
    if (CODE_STEMS.test(rest)) return true;
    const word = [...CODE_WORDS, ...CODE_KANA].find((w) => rest.startsWith(w));
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
  return (prepared) => {
    const { folded } = prepared;
    number ??= new RegExp(String.raw`(?<![\p{L}\p{N}])${code}(?!\d|[.,]\d)`, 'gu');
    if (folded.trim() === String(code))
      return { evidence: String(code), index: prepared.text.indexOf(String(code)) };
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

const SIGN_IN = terms(
  'sign[ -]?in',
  'log[ -]?in',
  'iniciar sessão',
  'inicie sessão',
  'início de sessão',
  'fazer login',
  'faça login',
  'efetuar login',
  'iniciar sesión',
  'inicie sesión',
  'inicio de sesión',
  'vous connecter',
  'se connecter',
  'connectez-vous',
  'identifier',
  'anmelden',
  'melden sie sich',
  'accedere',
  'accedi',
  "effettuare l'accesso",
  "eseguire l'accesso",
  'aanmelden',
  'meld u aan',
  'inloggen',
  'zaloguj',
  'zalogować',
  'サインイン',
  'ログイン',
);

const EMAIL_SERVICE = terms(
  'e-?mail services?',
  'mail services?',
  'serviço de (?:e-?mail|correio)',
  'servicio de (?:e-?mail|correo)',
  "service (?:de |d')?(?:messagerie|courrier|e-?mail|mail)",
  'e-?mail-?dienst',
  'maildienst',
  'e-?mail-?service',
  'servizio (?:di )?(?:posta|e-?mail)',
  'e-?maildienst',
  'usług\\p{L}* (?:poczt|e-?mail)',
  'serwis\\p{L}* (?:poczt|e-?mail)',
  'メールサービス',
  'メール サービス',
  // The job-status texts for 360/361/370 say "cloud service or email service".
  'cloud services?',
  'serviço de nuvem',
  'servicio (?:en la |de )?nube',
  'service (?:de )?cloud',
  'cloud-?dienst',
  'servizio (?:di )?cloud',
  'clouddienst',
  'usług\\p{L}* (?:w )?chmur',
  'クラウドサービス',
);

/** "No connection" (code 360's status text) and the connection that expired (361's). */
const NO_CONNECTION = terms(
  'no connection',
  'could not connect',
  'cannot connect',
  'unable to connect',
  'sem (?:ligação|conexão)',
  'não (?:foi possível|é possível) (?:ligar|conectar)',
  'sin conexión',
  'no se (?:pudo|puede) conectar',
  'pas de connexion',
  'impossible de se connecter',
  'keine verbindung',
  'nessuna connessione',
  'impossibile connettersi',
  'geen verbinding',
  'brak połączenia',
  '接続できません',
  '接続されていません',
);
const CONNECTION = terms(
  'connection',
  'ligação',
  'conexão',
  'conexión',
  'connexion',
  'verbindung',
  'connessione',
  'verbinding',
  'połączeni',
  '接続',
);

const NEED_OR_ADMIN = terms(
  'need',
  'must',
  'required',
  'necessary',
  'have to',
  'please',
  'administrator',
  'por favor',
  'veuillez',
  'bitte',
  'per favore',
  'si prega',
  'gelieve',
  'proszę',
  'ください',
  'necessário',
  'é preciso',
  'precisa',
  'deve',
  'tem de',
  'tem que',
  'administrador',
  'necesita',
  'necesario',
  'debe',
  'tiene que',
  'devez',
  'besoin',
  'nécessaire',
  'doit',
  'administrateur',
  'müssen',
  'muss',
  'erforderlich',
  'notwendig',
  'occorre',
  'amministratore',
  'moet',
  'vereist',
  'noodzakelijk',
  'beheerder',
  'musisz',
  'należy',
  'wymagan',
  'trzeba',
  '必要',
  '管理者',
);

/** A state, not a request: "not signed in", "sign-in required" (no obligation word needed). */
const NOT_SIGNED_IN = terms(
  'not (?:signed|logged)[ -]?in',
  '(?:sign|log)[ -]?in (?:is )?required',
  'sem sessão iniciada',
  'sessão não iniciada',
  'não (?:tem|há|existe) (?:uma )?sessão iniciada',
  'não está (?:logad|autenticad)',
  'no ha iniciado sesión',
  'sin (?:iniciar )?sesión',
  'sesión no iniciada',
  '(?:non|pas) connecté',
  'connexion requise',
  'nicht angemeldet',
  'anmeldung erforderlich',
  'accesso non effettuato',
  'non (?:hai|è stato) effettuato l.accesso',
  'niet aangemeld',
  'aanmelding vereist',
  'nie zalogowan',
  'niezalogowan',
  'サインインしていません',
  '未サインイン',
  'ログインしていません',
);

const SESSION = terms(
  'sign[ -]?in',
  'log[ -]?in',
  'session',
  'authenticat',
  'authori[sz]ation',
  'tokens?',
  'credentials?',
  'sessão',
  'início de sessão',
  'autenticação',
  'autorização',
  'sesión',
  'autenticación',
  'autorización',
  'connexion',
  'authentification',
  'jetons?',
  'anmeldung',
  'sitzung',
  'authentifizierung',
  'autorisierung',
  'accesso',
  'sessione',
  'autenticazione',
  'autorizzazione',
  'aanmelding',
  'sessie',
  'verificatie',
  'authenticatie',
  'logowani',
  'sesj',
  'uwierzytelni',
  'autoryzac',
  'サインイン',
  'ログイン',
  '認証',
  'トークン',
  'セッション',
);

/** Expired, as a finished state: "expires in 3600 s" or "expires_in" is not an expiry. */
const EXPIRED = terms(
  `expired${END}`,
  'no longer valid',
  'bec(?:o|a)me invalid',
  `expir(?:ou|ad[ao]s?|aram)${END}`,
  `caduc(?:ou|ad[ao]s?|aram)${END}`,
  'deixa(?:ram|ou) de ser válid',
  'tornar-se-ão inválid',
  'tornaram-se inválid',
  `expiró${END}`,
  `venci(?:ó|d[ao]s?)${END}`,
  // French: "a expiré", "est expirée"; a bare "expire(s)" would read English "expires in 3600 s".
  `(?:a|ont|est|sont) expiré`,
  `expirée(?:s)?${END}`,
  `périmée?s?${END}`,
  `abgelaufen${END}`,
  `scadut[aoie]${END}`,
  `verlopen${END}`,
  'wygasł',
  '期限切れ',
  '有効期限が切れ',
  '失効',
);

const CERTIFICATE = terms('certificat', 'certificado', 'zertifikat', 'certificaat', 'certyfikat', '証明書');
const REQUIRED = terms(
  'required',
  'necessári',
  'necesari',
  'nécessaire',
  'requis',
  'erforderlich',
  'benötigt',
  'richiest',
  'necessari',
  'vereist',
  'nodig',
  'wymagan',
  '必要',
);
const SECURE_FUNCTION = terms(
  'secur',
  'segur',
  'sécuris',
  'sicher',
  'sicur',
  'beveilig',
  'bezpiecz',
  'セキュ',
  '安全',
);

const CERTIFICATE_VALIDATION = terms(
  'certificate validation',
  'validação (?:do |de )?certificado',
  'validación (?:del |de )?certificado',
  'validation (?:du |de |des )?certificats?',
  'zertifikat(?:s)?(?:validierung|prüfung|überprüfung)',
  'convalida (?:del )?certificato',
  'validazione (?:del )?certificato',
  'verifica (?:del )?certificato',
  'certificaat(?:validatie|controle)',
  'validatie van (?:het )?certificaat',
  '(?:weryfikacj|walidacj)\\p{L}* certyfikat',
  '証明書の検証',
  '証明書検証',
);
const DISABLED_OR_UNCHECKED = terms(
  'disabled?',
  'without confirming',
  'desativad',
  'desactivad',
  'sem confirmar',
  'sin confirmar',
  'désactivé',
  'sans confirmer',
  'deaktiviert',
  'ohne',
  'disattivat',
  'senza',
  'uitgeschakeld',
  'zonder',
  'wyłącz',
  'bez ',
  '無効',
);

/** A condition marks advice ("when validation is disabled…"), not a state. */
const CONDITIONAL =
  /\b(?:when|if|se|si|wenn|falls|quando|als|indien|jeśli|jeżeli|gdy)\b|場合|recommend|recomenda|recomienda|recommand|empfohlen|consiglia|aanbevolen|zaleca/i;

const MESSAGE_RECOGNISERS: Recogniser[] = [
  {
    name: 'webconfig-sign-in-to-email-service',
    kind: 'webconfig-message',
    weight: 70,
    keywords: [
      // "To use this feature you need to sign in to your email service. Contact your administrator."
      { groups: [SIGN_IN, EMAIL_SERVICE, NEED_OR_ADMIN], window: 220 },
      // The same message worded as a state: "You are not signed in to the email service."
      { groups: [NOT_SIGNED_IN, EMAIL_SERVICE], window: 160 },
    ],
    causes: ['sign-in-required', 'signed-in-not-saved'],
    confidence: 'likely',
  },
  {
    // Code 360's status text without the code: "No connection to the cloud service or email service."
    name: 'webconfig-no-connection-to-service',
    kind: 'webconfig-message',
    weight: 65,
    keywords: { groups: [NO_CONNECTION, EMAIL_SERVICE], window: 120 },
    causes: ['service-unreachable'],
    confidence: 'likely',
  },
  {
    // Code 361's: "The connection to the cloud service or email service has expired."
    name: 'webconfig-connection-expired',
    kind: 'webconfig-message',
    weight: 70,
    keywords: { groups: [CONNECTION, EMAIL_SERVICE, EXPIRED], window: 140 },
    causes: ['sign-in-expired'],
    confidence: 'likely',
  },
  {
    // The guide's expiry message: tokens became invalid after a long time without use.
    name: 'webconfig-sign-in-expired',
    kind: 'webconfig-message',
    weight: 70,
    keywords: { groups: [SESSION, EXPIRED], window: 90 },
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
    keywords: { groups: [CERTIFICATE, REQUIRED, SECURE_FUNCTION], window: 160 },
    causes: [],
    confidence: 'certain',
  },
  {
    // "Certificate Validation is disabled." As a state it is a cause; the page's standing advice
    // ("…without confirming the safety… when the Certificate Validation is disabled") is not.
    name: 'webconfig-certificate-validation-off',
    kind: 'webconfig-message',
    weight: 40,
    keywords: { groups: [CERTIFICATE_VALIDATION, DISABLED_OR_UNCHECKED], window: 160 },
    causes: ['certificate-validation-disabled'],
    confidence: 'likely',
    refine: [{ when: CONDITIONAL, causes: [], confidence: 'certain' }],
  },
];

export const EPSON_RECOGNISERS: readonly Recogniser[] = [...JOB_CODE_RECOGNISERS, ...MESSAGE_RECOGNISERS];
