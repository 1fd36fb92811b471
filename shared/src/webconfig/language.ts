import { LEXICON } from './lexicon.ts';
import { clean, fold } from './text.ts';

/**
 * The page's language as a BCP 47 tag. Web Config says it in three ways, tried in order:
 * the language selector's selected option (SEL_LANG, SEL_LANGA, SEL_LANGB…), the html lang
 * attribute, and failing both the words of the page itself.
 */

/** Endonyms as Web Config's language selector prints them (folded at load, so spelling variants meet). */
const ENDONYM_LIST: Array<[string, string]> = [
  ['English', 'en'],
  ['Français', 'fr'],
  ['Deutsch', 'de'],
  ['Italiano', 'it'],
  ['Español', 'es'],
  ['Português', 'pt'],
  ['Português (Brasil)', 'pt-BR'],
  ['Português do Brasil', 'pt-BR'],
  ['Português (Portugal)', 'pt-PT'],
  ['Nederlands', 'nl'],
  ['Русский', 'ru'],
  ['Norsk', 'no'],
  ['Svenska', 'sv'],
  ['Suomi', 'fi'],
  ['Polski', 'pl'],
  ['Čeština', 'cs'],
  ['Magyar', 'hu'],
  ['Dansk', 'da'],
  ['Türkçe', 'tr'],
  ['Ελληνικά', 'el'],
  ['Slovensky', 'sk'],
  ['Slovenčina', 'sk'],
  ['Română', 'ro'],
  ['Україна', 'uk'],
  ['Українська', 'uk'],
  ['繁體中文', 'zh-Hant'],
  ['简体中文', 'zh-Hans'],
  ['한국어', 'ko'],
  ['日本語', 'ja'],
  ['Bahasa Indonesia', 'id'],
  ['ไทย', 'th'],
  ['Tiếng Việt', 'vi'],
];
const ENDONYMS = new Map(ENDONYM_LIST.map(([name, tag]) => [fold(name), tag]));

const LANG_SELECT = /^SEL_LANG[A-Z]?$/i;

function fromSelector(doc: Document): { lang: string; signal: string } | null {
  for (const select of Array.from(doc.querySelectorAll('select[name], select[id]'))) {
    const name = select.getAttribute('name') ?? select.getAttribute('id') ?? '';
    if (!LANG_SELECT.test(name)) continue;
    const option = (select as HTMLSelectElement).querySelector('option[selected]');
    if (!option) continue;
    const tag = ENDONYMS.get(fold(option.textContent ?? ''));
    if (tag) return { lang: tag, signal: 'lang-selector' };
  }
  return null;
}

function fromHtmlLang(doc: Document): string | null {
  const raw = clean(
    doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? '',
  );
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(raw)) return null;
  const [primary, ...rest] = raw.split('-');
  const lower = primary!.toLowerCase();
  if (lower === 'zh') {
    const sub = rest.join('-').toLowerCase();
    return /hant|tw|hk|mo/.test(sub) ? 'zh-Hant' : 'zh-Hans';
  }
  return [lower, ...rest].join('-');
}

/**
 * Words that mark a language in admin-page prose and labels. Short function words and the
 * nouns printers use everywhere (page, paper, address, network, server, settings, status).
 */
const MARKERS: Record<string, string[]> = {
  en: [
    'the',
    'of',
    'and',
    'to',
    'number',
    'total',
    'pages',
    'address',
    'settings',
    'setting',
    'printer',
    'network',
    'server',
    'status',
    'printing',
    'information',
    'enable',
    'disable',
    'name',
    'from',
    'color',
    'sign',
    'method',
    'connection',
    'refresh',
    'available',
    'authentication',
    'other',
    'user',
    'password',
    'login',
    'administrator',
    'current',
    'history',
    'management',
  ],
  pt: [
    'de',
    'do',
    'da',
    'dos',
    'das',
    'numero',
    'paginas',
    'endereco',
    'definicoes',
    'configuracoes',
    'impressora',
    'rede',
    'servidor',
    'estado',
    'metodo',
    'autenticacao',
    'remetente',
    'ligacao',
    'conexao',
    'sessao',
    'nao',
    'atualizar',
    'porta',
    'seguranca',
    'historico',
    'utilizador',
    'usuario',
    'palavra',
    'passe',
    'senha',
    'atual',
    'inicio',
    'administrador',
    'gestao',
    'gerenciamento',
    'dispositivos',
    'produto',
    'meu',
    'para',
  ],
  es: [
    'de',
    'del',
    'la',
    'el',
    'los',
    'las',
    'numero',
    'paginas',
    'direccion',
    'configuracion',
    'ajustes',
    'impresora',
    'red',
    'servidor',
    'estado',
    'metodo',
    'autenticacion',
    'remitente',
    'conexion',
    'sesion',
    'actualizar',
    'puerto',
    'correo',
    'historial',
    'prueba',
    'usuario',
    'contrasena',
    'actual',
    'inicio',
    'administrador',
    'administracion',
    'dispositivos',
    'producto',
    'mi',
    'aceptar',
  ],
  fr: [
    'de',
    'du',
    'des',
    'le',
    'la',
    'les',
    'et',
    'nombre',
    'pages',
    'adresse',
    'parametres',
    'reglages',
    'imprimante',
    'reseau',
    'serveur',
    'etat',
    'methode',
    'authentification',
    'expediteur',
    'connexion',
    'actualiser',
    'securisee',
    'messagerie',
    'historique',
    'base',
    'pour',
    'mon',
    'compte',
    'connecte',
    'activer',
    'desactiver',
    'statut',
    'actuel',
    'utilisateur',
    'mot',
    'passe',
    "l'administrateur",
    'gestion',
    'peripherique',
    'produit',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'von',
    'des',
    'anzahl',
    'seiten',
    'adresse',
    'einstellungen',
    'einstellung',
    'drucker',
    'netzwerk',
    'server',
    'status',
    'aktualisieren',
    'verbindung',
    'absenders',
    'nicht',
    'angemeldet',
    'sichere',
    'konto',
    'gesamtanzahl',
    'papier',
    'aktivieren',
    'benutzername',
    'kennwort',
    'aktuelles',
    'administratoranmeldung',
    'anmelden',
    'fur',
    'meine',
    'gerateverwaltung',
  ],
  it: [
    'di',
    'del',
    'della',
    'il',
    'la',
    'numero',
    'pagine',
    'indirizzo',
    'impostazioni',
    'stampante',
    'rete',
    'server',
    'stato',
    'metodo',
    'autenticazione',
    'mittente',
    'connessione',
    'aggiorna',
    'protetta',
    'accesso',
    'eseguito',
    'porta',
    'cronologia',
    'servizio',
    'nome',
    'utente',
    'password',
    'attuale',
    'amministratore',
    'gestione',
    'dispositivo',
    'per',
    'mia',
    'prodotto',
  ],
  nl: [
    'de',
    'het',
    'van',
    'en',
    'een',
    'aantal',
    'totaal',
    'paginas',
    'adres',
    'instellingen',
    'printer',
    'netwerk',
    'server',
    'status',
    'vernieuwen',
    'verbinding',
    'afzender',
    'niet',
    'aangemeld',
    'beveiligde',
    'poort',
    'verbruik',
    'zijdig',
    'kleur',
    'zwart',
    'wit',
    'gebruikersnaam',
    'wachtwoord',
    'huidig',
    'aanmelden',
    'beheerder',
    'apparaatbeheer',
    'voor',
    'mijn',
    'taakgeschiedenis',
  ],
  pl: [
    'na',
    'do',
    'liczba',
    'stron',
    'adres',
    'ustawienia',
    'drukarki',
    'drukarka',
    'sieci',
    'serwer',
    'status',
    'stan',
    'metoda',
    'uwierzytelniania',
    'nadawcy',
    'polaczenie',
    'polaczenia',
    'odswiez',
    'nie',
    'zalogowano',
    'bezpieczne',
    'urzadzenia',
    'podsieci',
    'haslo',
    'nazwa',
    'uzytkownika',
    'biezace',
    'logowanie',
    'administratora',
    'zarzadzanie',
    'urzadzeniem',
    'dla',
    'mojego',
    'historia',
    'zadan',
  ],
};

/** Every lexicon phrase, folded, with the languages that use it. */
let lexiconIndex: Map<string, string[]> | null = null;
function lexiconLanguages(): Map<string, string[]> {
  if (!lexiconIndex) {
    lexiconIndex = new Map();
    for (const entry of Object.values(LEXICON) as Array<Partial<Record<string, readonly string[]>>>) {
      for (const [lang, list] of Object.entries(entry)) {
        for (const phrase of list ?? []) {
          const key = fold(phrase);
          const langs = lexiconIndex.get(key) ?? [];
          if (!langs.includes(lang)) langs.push(lang);
          lexiconIndex.set(key, langs);
        }
      }
    }
  }
  return lexiconIndex;
}

/** Labels, titles, options and buttons: the short texts a lexicon can name. */
function shortTexts(doc: Document): string[] {
  const texts = new Set<string>();
  const crumb = doc.querySelector('div.header-main');
  for (const part of (crumb?.textContent ?? '').split(/[>›»]/)) texts.add(fold(part));
  const selector = 'dt, td.item-key, bdi, h1, h2, h3, legend, th, label, button, a, option, li, td';
  for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 2000)) {
    const whole = (el.textContent ?? '').replace(/[:：]\s*$/, '');
    // Basic-UI titles join their parts with " - ".
    for (const part of [whole, ...whole.split(/\s+[-–]\s+/)]) {
      const t = fold(part);
      if (t && t.length <= 60) texts.add(t);
    }
  }
  return [...texts];
}

/** Characters that exist in Traditional but not Simplified Chinese, and the reverse. */
const HANT = /[體設機網絡連線狀態驗證電郵件伺服器憑帳戶號碼傳這資訊錄歷結]/gu;
const HANS = /[体设机网络连线状态验证电邮件伺服器凭帐户号码传这资讯录历结]/gu;

function fromWords(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  // Script and style text is code, not language.
  const parts: string[] = [];
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node && total < 20000; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const t = node.textContent ?? '';
    parts.push(t);
    total += t.length;
  }
  const text = parts.join(' ');
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  if (/\p{Script=Han}/u.test(text)) {
    const hant = text.match(HANT)?.length ?? 0;
    const hans = text.match(HANS)?.length ?? 0;
    return hans > hant ? 'zh-Hans' : 'zh-Hant';
  }
  const words = fold(text).split(' ');
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const scores = new Map<string, number>();
  const add = (lang: string, n: number) => scores.set(lang, (scores.get(lang) ?? 0) + n);
  for (const [lang, markers] of Object.entries(MARKERS)) {
    // Distinct markers count more than repeats, so one frequent word cannot decide.
    for (const m of markers) {
      const n = counts.get(m) ?? 0;
      if (n > 0) add(lang, 1 + Math.min(n - 1, 3) * 0.25);
    }
  }
  // A label that is exactly a lexicon phrase is strong evidence for the languages that use it.
  const index = lexiconLanguages();
  for (const t of shortTexts(doc)) {
    const langs = index.get(t);
    if (langs) for (const lang of langs) add(lang, 2 / langs.length);
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

export function detectLanguage(doc: Document): { lang: string | null; signal: string | null } {
  const selected = fromSelector(doc);
  if (selected) return selected;
  const html = fromHtmlLang(doc);
  if (html) return { lang: html, signal: 'html-lang' };
  const words = fromWords(doc);
  return words ? { lang: words, signal: 'lang-words' } : { lang: null, signal: null };
}
