import { FOLDED_LEXICON } from './lexicon-folded.ts';
import { boundedText, clean, fold, textOf } from './text.ts';

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
  ['Português Brasileiro', 'pt-BR'],
  ['Português (Portugal)', 'pt-PT'],
  ['Português Europeu', 'pt-PT'],
  ['Nederlands', 'nl'],
  ['Русский', 'ru'],
  // Written Norwegian on devices is Bokmål.
  ['Norsk', 'nb'],
  ['Norsk bokmål', 'nb'],
  ['Svenska', 'sv'],
  ['Suomi', 'fi'],
  ['Polski', 'pl'],
  ['Čeština', 'cs'],
  ['Česky', 'cs'],
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
  ['中文(繁體)', 'zh-Hant'],
  ['简体中文', 'zh-Hans'],
  ['中文(简体)', 'zh-Hans'],
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
    const tag = ENDONYMS.get(fold(textOf(option, 100)));
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
  // The languages below: words of admin pages in general (not Epson-verified; see lexicon.ts).
  ru: [
    'и',
    'в',
    'на',
    'с',
    'для',
    'не',
    'по',
    'адрес',
    'настройки',
    'параметры',
    'принтер',
    'принтера',
    'сеть',
    'сети',
    'сервер',
    'состояние',
    'метод',
    'проверки',
    'подлинности',
    'отправителя',
    'подключение',
    'соединение',
    'порт',
    'пароль',
    'имя',
    'пользователя',
    'учетная',
    'запись',
    'журнал',
    'заданий',
    'электронной',
    'почты',
    'текущее',
    'вход',
    'выполнен',
    'администратора',
    'обновить',
    'включить',
    'отключить',
    'безопасное',
    'номер',
  ],
  tr: [
    've',
    'bir',
    'için',
    'ile',
    'adresi',
    'ayarlar',
    'ayarları',
    'yazıcı',
    'ağ',
    'sunucu',
    'sunucusu',
    'durum',
    'durumu',
    'kimlik',
    'doğrulama',
    'yöntemi',
    'gönderen',
    'gönderenin',
    'bağlantı',
    'bağlantısı',
    'güvenli',
    'hesap',
    'parola',
    'şifre',
    'kullanıcı',
    'adı',
    'geçerli',
    'mevcut',
    'oturum',
    'açıldı',
    'yönetici',
    'posta',
    'iş',
    'geçmişi',
    'etkinleştir',
    'devre',
    'dışı',
    'yenile',
    'numarası',
  ],
  cs: [
    'a',
    'v',
    'na',
    'pro',
    'se',
    'je',
    'adresa',
    'nastavení',
    'tiskárna',
    'tiskárny',
    'síť',
    'sítě',
    'server',
    'stav',
    'metoda',
    'ověřování',
    'odesílatele',
    'připojení',
    'zabezpečené',
    'port',
    'účet',
    'heslo',
    'uživatelské',
    'jméno',
    'aktuální',
    'přihlášeno',
    'nepřihlášeno',
    'správce',
    'historie',
    'úloh',
    'povolit',
    'zakázat',
    'obnovit',
    'číslo',
  ],
  sv: [
    'och',
    'att',
    'för',
    'av',
    'på',
    'med',
    'adress',
    'inställningar',
    'skrivare',
    'skrivaren',
    'nätverk',
    'server',
    'status',
    'metod',
    'autentisering',
    'avsändarens',
    'anslutning',
    'säker',
    'port',
    'konto',
    'lösenord',
    'användarnamn',
    'aktuell',
    'inloggad',
    'inte',
    'administratör',
    'jobbhistorik',
    'aktivera',
    'inaktivera',
    'uppdatera',
    'nummer',
  ],
  da: [
    'og',
    'af',
    'til',
    'for',
    'med',
    'på',
    'ikke',
    'adresse',
    'indstillinger',
    'printer',
    'printeren',
    'netværk',
    'server',
    'status',
    'metode',
    'godkendelse',
    'afsenderens',
    'forbindelse',
    'sikker',
    'port',
    'konto',
    'adgangskode',
    'brugernavn',
    'aktuel',
    'logget',
    'ind',
    'administrator',
    'jobhistorik',
    'aktiver',
    'aktivér',
    'deaktiver',
    'opdater',
    'nummer',
    // Danish spellings where Norwegian differs (fejl/feil, fuldført/fullført, scan/skann).
    'fejl',
    'fuldført',
    'klokkeslæt',
    'scan',
    'ud',
    'enhedsnavn',
  ],
  nb: [
    'og',
    'av',
    'til',
    'for',
    'med',
    'på',
    'ikke',
    'adresse',
    'innstillinger',
    'skriver',
    'skriveren',
    'nettverk',
    'server',
    'status',
    'metode',
    'godkjenning',
    'avsenderens',
    'tilkobling',
    'sikker',
    'port',
    'konto',
    'passord',
    'brukernavn',
    'gjeldende',
    'pålogget',
    'logget',
    'inn',
    'administrator',
    'jobblogg',
    'aktiver',
    'deaktiver',
    'oppdater',
    'nummer',
    'feil',
    'fullført',
    'klokkeslett',
    'skann',
    'logg',
    'enhetsnavn',
  ],
  fi: [
    'ja',
    'tai',
    'on',
    'ei',
    'osoite',
    'asetukset',
    'tulostin',
    'tulostimen',
    'verkko',
    'verkon',
    'palvelin',
    'tila',
    'todennus',
    'todennustapa',
    'lähettäjän',
    'yhteys',
    'suojattu',
    'portti',
    'tili',
    'salasana',
    'käyttäjänimi',
    'nykyinen',
    'kirjautunut',
    'sisään',
    'järjestelmänvalvoja',
    'työhistoria',
    'ota',
    'käyttöön',
    'poista',
    'päivitä',
    'numero',
  ],
};

/** Markers as folded words (accents go in folding; ø, æ and ı stay), so they meet folded page text. */
let foldedMarkers: Array<[string, Set<string>]> | null = null;
function markerSets(): Array<[string, Set<string>]> {
  foldedMarkers ??= Object.entries(MARKERS).map(([lang, words]) => [lang, new Set(words.map(fold))]);
  return foldedMarkers;
}

/** The language a lexicon key names: a Portuguese variant's words are Portuguese words. */
const baseLang = (lang: string) => (lang === 'pt-PT' || lang === 'pt-BR' ? 'pt' : lang);

/** Every lexicon phrase, folded (at build: lexicon-folded.ts), with the languages that use it. */
let lexiconIndex: Map<string, string[]> | null = null;
function lexiconLanguages(): Map<string, string[]> {
  if (!lexiconIndex) {
    lexiconIndex = new Map();
    for (const entry of Object.values(FOLDED_LEXICON) as Array<Partial<Record<string, readonly string[]>>>) {
      for (const [lang, list] of Object.entries(entry)) {
        for (const key of list ?? []) {
          const langs = lexiconIndex.get(key) ?? [];
          if (!langs.includes(lang)) langs.push(lang);
          lexiconIndex.set(key, langs);
        }
      }
    }
  }
  return lexiconIndex;
}

/** Labels, titles, options and buttons: the short texts a lexicon can name (bounded in number and length). */
function shortTexts(doc: Document): string[] {
  const texts = new Set<string>();
  const crumb = doc.querySelector('div.header-main');
  for (const part of boundedText(crumb, 500).split(/[>›»]/)) texts.add(fold(part));
  const selector = 'dt, td.item-key, bdi, h1, h2, h3, legend, th, label, button, a, option, li, td';
  const elements = doc.querySelectorAll(selector);
  for (let i = 0; i < elements.length && i < 2000; i++) {
    // 200 characters are more than any label; a longer text is prose and is not a label anyway.
    const whole = clean(boundedText(elements[i], 200));
    const bare = whole.endsWith(':') || whole.endsWith('：') ? whole.slice(0, -1) : whole;
    // Basic-UI titles join their parts with " - ".
    for (const part of [bare, ...bare.split(/ [-–] /)]) {
      const t = fold(part);
      if (t && t.length <= 60) texts.add(t);
    }
  }
  return [...texts];
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
  [/[ąĄęĘłŁńŃśŚźŹżŻ]/g, { pl: 3 }],
  [/[æÆøØ]/g, { da: 2, nb: 2 }],
  [/[åÅ]/g, { sv: 1, da: 1, nb: 1 }],
  [/[äÄöÖ]/g, { sv: 1, fi: 1, de: 0.5 }],
  [/[ãõÃÕ]/g, { pt: 3 }],
  [/[ñÑ]/g, { es: 3 }],
  [/ß/g, { de: 3 }],
];

/** The page's visible text (no script or style), at most `max` characters, in document order. */
function visibleText(doc: Document, max: number): string {
  const body = doc.body;
  if (!body) return '';
  const parts: string[] = [];
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let node = walker.nextNode(); node && total < max; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    // One text node may be megabytes long: take only what is still wanted.
    const t = (node.nodeValue ?? '').slice(0, max - total);
    parts.push(t);
    total += t.length;
  }
  return parts.join(' ');
}

function fromScript(text: string): string | null {
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

function fromWords(doc: Document): string | null {
  const text = visibleText(doc, 20000);
  const script = fromScript(text);
  if (script) return script;
  const scores = new Map<string, number>();
  const add = (lang: string, n: number) => scores.set(lang, (scores.get(lang) ?? 0) + n);
  for (const [letters, weights] of LETTERS) {
    const n = text.match(letters)?.length ?? 0;
    if (n > 0) for (const [lang, w] of Object.entries(weights)) add(lang, w * Math.min(n, 3));
  }
  const counts = new Map<string, number>();
  for (const w of fold(text).split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [lang, markers] of markerSets()) {
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
    if (!langs) continue;
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
export function portugueseVariant(doc: Document): 'pt-PT' | 'pt-BR' | null {
  const score = { 'pt-PT': 0, 'pt-BR': 0 };
  const index = lexiconLanguages();
  for (const t of shortTexts(doc)) {
    const langs = index.get(t);
    if (!langs) continue;
    const pt = langs.includes('pt-PT');
    const br = langs.includes('pt-BR');
    // A phrase both variants use (or plain `pt`) says nothing about the variant.
    if (pt !== br) score[pt ? 'pt-PT' : 'pt-BR'] += 2;
  }
  const text = visibleText(doc, 20000);
  const words = new Set(fold(text).split(' '));
  for (const variant of ['pt-PT', 'pt-BR'] as const) {
    for (const w of PT_WORDS[variant]) if (words.has(w)) score[variant] += 1;
    score[variant] += Math.min(text.match(PT_ACCENTS[variant])?.length ?? 0, 3);
  }
  if (score['pt-PT'] === score['pt-BR']) return null;
  return score['pt-PT'] > score['pt-BR'] ? 'pt-PT' : 'pt-BR';
}

function refine(lang: string, doc: Document): string {
  if (lang !== 'pt') return lang;
  return portugueseVariant(doc) ?? 'pt';
}

export function detectLanguage(doc: Document): { lang: string | null; signal: string | null } {
  const selected = fromSelector(doc);
  if (selected) return { lang: refine(selected.lang, doc), signal: selected.signal };
  const html = fromHtmlLang(doc);
  if (html) return { lang: refine(html, doc), signal: 'html-lang' };
  const words = fromWords(doc);
  return words ? { lang: refine(words, doc), signal: 'lang-words' } : { lang: null, signal: null };
}
