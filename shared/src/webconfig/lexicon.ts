import { containsPhrase, fold } from './text.ts';

/**
 * The detector's label lexicon: how Web Config names things in each language it ships.
 * Each entry lists synonyms (pt-PT and pt-BR wordings, older and newer firmware wordings).
 * English is consulted on every page, because some localised UIs keep English labels.
 * Structure and language-neutral tokens come first in the readers; this table is the second line.
 */
export const LEXICON_LANGS = ['en', 'pt', 'es', 'fr', 'de', 'it', 'nl', 'pl', 'ja', 'zh-Hant'] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];

type Entry = { [L in LexiconLang]?: readonly string[] };

export const LEXICON = {
  // ── headings (breadcrumb segments, h2, legends) ──
  emailServer: {
    en: ['Email Server', 'E-mail Server', 'Mail Server'],
    pt: [
      'Servidor de e-mail',
      'Servidor de email',
      'Servidor de correio eletrónico',
      'Servidor de correio eletrônico',
    ],
    es: ['Servidor de correo electrónico', 'Servidor de correo', 'Servidor de email', 'Servidor de e-mail'],
    fr: ['Serveur de messagerie', 'Serveur e-mail', 'Serveur email', 'Serveur de courrier électronique'],
    de: ['E-Mail-Server', 'Mailserver', 'E-Mail Server'],
    it: ['Server e-mail', 'Server email', 'Server di posta elettronica', 'Server di posta'],
    nl: ['E-mailserver', 'Mailserver', 'E-mail server'],
    pl: ['Serwer poczty e-mail', 'Serwer e-mail', 'Serwer poczty'],
    ja: ['メールサーバー', 'メールサーバ', 'Eメールサーバー'],
    'zh-Hant': ['電子郵件伺服器', '郵件伺服器'],
  },
  connectionTest: {
    en: ['Connection Test', 'Test Connection', 'Connection Check'],
    pt: ['Teste de ligação', 'Teste de conexão', 'Testar ligação', 'Testar conexão'],
    es: ['Prueba de conexión', 'Comprobación de conexión', 'Probar conexión'],
    fr: ['Test de connexion', 'Vérification de la connexion'],
    de: ['Verbindungstest', 'Verbindung testen', 'Verbindungsprüfung'],
    it: ['Test di connessione', 'Test connessione', 'Verifica connessione'],
    nl: ['Verbindingstest', 'Verbinding testen'],
    pl: ['Test połączenia', 'Sprawdzanie połączenia'],
    ja: ['接続テスト', '接続確認'],
    'zh-Hant': ['連線測試', '連線檢查'],
  },
  fax: {
    en: ['Fax'],
    fr: ['Télécopie', 'Fax'],
    pl: ['Faks'],
    ja: ['ファクス', 'ファックス', 'FAX'],
    'zh-Hant': ['傳真'],
  },
  jobHistory: {
    en: ['Job History', 'Job Log', 'Job Status'],
    pt: ['Histórico de trabalhos', 'Histórico de tarefas', 'Histórico de trabalho', 'Registo de trabalhos'],
    es: ['Historial de trabajos', 'Historial de tareas', 'Registro de trabajos'],
    fr: ['Historique des travaux', 'Historique des tâches', 'Journal des travaux'],
    de: ['Auftragsverlauf', 'Jobverlauf', 'Auftragsprotokoll', 'Job-Verlauf', 'Auftragshistorie'],
    it: ['Cronologia lavori', 'Cronologia dei lavori', 'Registro lavori'],
    nl: ['Taakgeschiedenis', 'Opdrachtgeschiedenis', 'Taakhistorie', 'Taaklogboek'],
    pl: ['Historia zadań', 'Dziennik zadań'],
    ja: ['ジョブ履歴', 'ジョブログ'],
    'zh-Hant': ['工作歷程記錄', '工作記錄', '工作歷史記錄'],
  },
  networkStatus: {
    en: ['Network Status'],
    pt: ['Estado da rede', 'Status da rede'],
    es: ['Estado de la red', 'Estado de red'],
    fr: ['État du réseau', 'Etat du réseau', 'Statut du réseau'],
    de: ['Netzwerkstatus', 'Netzwerk-Status'],
    it: ['Stato rete', 'Stato della rete'],
    nl: ['Netwerkstatus'],
    pl: ['Stan sieci', 'Status sieci'],
    ja: ['ネットワーク状態', 'ネットワークステータス', 'ネットワーク情報'],
    'zh-Hant': ['網路狀態'],
  },
  productStatus: {
    en: ['Product Status', 'Printer Information', 'Printer Status'],
    pt: ['Estado do produto', 'Status do produto', 'Informações da impressora'],
    es: ['Estado del producto', 'Información de la impresora'],
    fr: ['État du produit', 'Etat du produit', "Informations sur l'imprimante"],
    de: ['Produktstatus', 'Druckerinformationen'],
    it: ['Stato del prodotto', 'Stato prodotto', 'Informazioni sulla stampante'],
    nl: ['Productstatus', 'Printerinformatie'],
    pl: ['Status urządzenia', 'Stan produktu', 'Informacje o drukarce'],
    ja: ['製品状態', '製品ステータス', 'プリンター情報'],
    'zh-Hant': ['產品狀態', '印表機資訊'],
  },
  // ── field labels ──
  authMethod: {
    en: ['Authentication Method'],
    pt: ['Método de autenticação'],
    es: ['Método de autenticación'],
    fr: ["Méthode d'authentification", "Mode d'authentification"],
    de: ['Authentifizierungsmethode', 'Authentifizierungsverfahren'],
    it: ['Metodo di autenticazione'],
    nl: ['Verificatiemethode', 'Authenticatiemethode'],
    pl: ['Metoda uwierzytelniania', 'Metoda uwierzytelnienia'],
    ja: ['認証方式', '認証方法'],
    'zh-Hant': ['驗證方法', '驗證方式'],
  },
  emailService: {
    en: ['Email Service', 'E-mail Service', 'Email Service Provider'],
    pt: [
      'Serviço de e-mail',
      'Serviço de email',
      'Serviço de correio eletrónico',
      'Serviço de correio eletrônico',
    ],
    es: ['Servicio de correo electrónico', 'Servicio de correo', 'Servicio de email'],
    fr: ['Service de messagerie', 'Service e-mail', 'Service de courrier électronique'],
    de: ['E-Mail-Dienst', 'E-Mail Dienst', 'Maildienst'],
    it: ['Servizio e-mail', 'Servizio email', 'Servizio di posta elettronica'],
    nl: ['E-mailservice', 'E-maildienst'],
    pl: ['Usługa poczty e-mail', 'Usługa e-mail', 'Usługa poczty'],
    ja: ['メールサービス', 'Eメールサービス'],
    'zh-Hant': ['電子郵件服務'],
  },
  currentStatus: {
    en: ['Current Status', 'Sign-in Status', 'Status'],
    pt: ['Estado atual', 'Estado actual', 'Status atual', 'Situação atual', 'Estado'],
    es: ['Estado actual', 'Estado'],
    fr: ['État actuel', 'Etat actuel', 'Statut actuel', 'État'],
    de: ['Aktueller Status', 'Aktueller Zustand', 'Status'],
    it: ['Stato attuale', 'Stato corrente', 'Stato'],
    nl: ['Huidige status', 'Status'],
    pl: ['Bieżący stan', 'Aktualny stan', 'Aktualny status', 'Stan'],
    ja: ['現在の状態', '現在のステータス', '状態'],
    'zh-Hant': ['目前狀態', '狀態'],
  },
  account: {
    en: ['Authenticated Account', 'Account'],
    pt: ['Conta autenticada', 'Conta'],
    es: ['Cuenta autenticada', 'Cuenta'],
    fr: ['Compte authentifié', 'Compte'],
    de: ['Authentifiziertes Konto', 'Konto'],
    it: ['Account autenticato', 'Account'],
    nl: ['Geverifieerd account', 'Geauthenticeerd account', 'Account'],
    pl: ['Uwierzytelnione konto', 'Konto uwierzytelnione', 'Konto'],
    ja: ['認証用アカウント', 'アカウント'],
    'zh-Hant': ['已驗證帳戶', '帳戶'],
  },
  sender: {
    en: [
      "Sender's Email Address",
      "Sender's E-mail Address",
      'Sender Address',
      'Sender Email Address',
      'From',
    ],
    pt: [
      'Endereço de e-mail do remetente',
      'Endereço de email do remetente',
      'Endereço de correio eletrónico do remetente',
      'Endereço do remetente',
      'Remetente',
    ],
    es: ['Dirección de correo electrónico del remitente', 'Dirección del remitente', 'Remitente'],
    fr: ["Adresse e-mail de l'expéditeur", "Adresse électronique de l'expéditeur", 'Expéditeur'],
    de: ['E-Mail-Adresse des Absenders', 'Absender-E-Mail-Adresse', 'Absenderadresse', 'Absender'],
    it: ['Indirizzo e-mail del mittente', 'Indirizzo email mittente', 'Mittente'],
    nl: ['E-mailadres afzender', 'E-mailadres van afzender', 'Afzenderadres', 'Afzender'],
    pl: ['Adres e-mail nadawcy', 'Adres nadawcy', 'Nadawca'],
    ja: ['送信元アドレス', '送信者のメールアドレス', '送信元メールアドレス'],
    'zh-Hant': ['寄件者的電子郵件位址', '寄件者電子郵件位址', '寄件者'],
  },
  port: {
    en: ['Port', 'Port Number'],
    pt: ['Porta', 'Número da porta'],
    es: ['Puerto', 'Número de puerto'],
    fr: ['Port', 'Numéro de port'],
    de: ['Port', 'Portnummer'],
    it: ['Porta', 'Numero porta', 'Numero di porta'],
    nl: ['Poort', 'Poortnummer'],
    pl: ['Port', 'Numer portu'],
    ja: ['ポート', 'ポート番号'],
    'zh-Hant': ['連接埠', '連接埠號碼', '埠'],
  },
  secureConnection: {
    en: ['Secure Connection'],
    pt: ['Ligação segura', 'Conexão segura'],
    es: ['Conexión segura'],
    fr: ['Connexion sécurisée', 'Connexion sécurisée (SSL)'],
    de: ['Sichere Verbindung'],
    it: ['Connessione protetta', 'Connessione sicura'],
    nl: ['Beveiligde verbinding', 'Veilige verbinding'],
    pl: ['Bezpieczne połączenie', 'Połączenie zabezpieczone'],
    ja: ['暗号化通信', 'セキュア接続', '安全な接続'],
    'zh-Hant': ['安全連線'],
  },
  certificateValidation: {
    en: ['Certificate Validation', 'Certificate Verification'],
    pt: ['Validação de certificado', 'Validação do certificado', 'Verificação do certificado'],
    es: ['Validación de certificado', 'Validación del certificado', 'Validación de certificados'],
    fr: ['Validation du certificat', 'Validation de certificat', 'Vérification du certificat'],
    de: ['Zertifikatsvalidierung', 'Zertifikatvalidierung', 'Zertifikatüberprüfung', 'Zertifikatsprüfung'],
    it: ['Convalida certificato', 'Convalida del certificato', 'Verifica certificato'],
    nl: ['Certificaatvalidatie', 'Certificaatverificatie'],
    pl: ['Weryfikacja certyfikatu', 'Sprawdzanie certyfikatu', 'Walidacja certyfikatu'],
    ja: ['証明書の検証', '証明書検証', 'サーバー証明書の検証'],
    'zh-Hant': ['憑證驗證', '驗證憑證'],
  },
  serialNumber: {
    en: ['Serial Number'],
    pt: ['Número de série'],
    es: ['Número de serie'],
    fr: ['Numéro de série'],
    de: ['Seriennummer'],
    it: ['Numero di serie', 'Numero seriale'],
    nl: ['Serienummer'],
    pl: ['Numer seryjny'],
    ja: ['シリアル番号', '製造番号'],
    'zh-Hant': ['序號', '序列號碼'],
  },
  jobResult: {
    en: ['Result', 'Results', 'Status'],
    pt: ['Resultado', 'Estado'],
    es: ['Resultado'],
    fr: ['Résultat'],
    de: ['Ergebnis'],
    it: ['Risultato', 'Esito'],
    nl: ['Resultaat'],
    pl: ['Wynik'],
    ja: ['結果'],
    'zh-Hant': ['結果'],
  },
  // ── network status labels (tokens IP, DNS, MAC, SSID do most of the work) ──
  deviceName: {
    en: ['Device Name', 'Printer Name'],
    pt: ['Nome do dispositivo', 'Nome da impressora'],
    es: ['Nombre del dispositivo', 'Nombre de la impresora'],
    fr: ['Nom du périphérique', "Nom de l'imprimante", "Nom de l'appareil"],
    de: ['Gerätename', 'Druckername'],
    it: ['Nome dispositivo', 'Nome stampante'],
    nl: ['Apparaatnaam', 'Printernaam'],
    pl: ['Nazwa urządzenia', 'Nazwa drukarki'],
    ja: ['デバイス名', 'プリンター名', '機器名'],
    'zh-Hant': ['裝置名稱', '印表機名稱'],
  },
  connection: {
    en: ['Connection Status'],
    pt: ['Estado da ligação', 'Status da conexão', 'Estado da conexão'],
    es: ['Estado de la conexión', 'Estado de conexión'],
    fr: ['État de la connexion', 'Etat de la connexion', 'Statut de connexion'],
    de: ['Verbindungsstatus'],
    it: ['Stato connessione', 'Stato della connessione'],
    nl: ['Verbindingsstatus'],
    pl: ['Status połączenia', 'Stan połączenia'],
    ja: ['接続状態'],
    'zh-Hant': ['連線狀態'],
  },
  subnetMask: {
    en: ['Subnet Mask'],
    pt: ['Máscara de sub-rede'],
    es: ['Máscara de subred'],
    fr: ['Masque de sous-réseau'],
    de: ['Subnetzmaske'],
    it: ['Subnet mask', 'Maschera di sottorete'],
    nl: ['Subnetmasker'],
    pl: ['Maska podsieci'],
    ja: ['サブネットマスク'],
    'zh-Hant': ['子網路遮罩'],
  },
  gateway: {
    en: ['Default Gateway', 'Gateway'],
    pt: ['Gateway predefinido', 'Gateway padrão'],
    es: ['Puerta de enlace predeterminada', 'Puerta de enlace'],
    fr: ['Passerelle par défaut', 'Passerelle'],
    de: ['Standard-Gateway', 'Standardgateway'],
    it: ['Gateway predefinito'],
    nl: ['Standaardgateway', 'Standaard gateway'],
    pl: ['Bramka domyślna', 'Brama domyślna'],
    ja: ['デフォルトゲートウェイ'],
    'zh-Hant': ['預設閘道'],
  },
  // ── values ──
  off: {
    en: ['Off', 'None', 'Disable', 'Do Not Use'],
    pt: ['Desligado', 'Desativado', 'Desactivado', 'Nenhum', 'Não utilizar', 'Não usar'],
    es: ['Desactivado', 'Apagado', 'No', 'Ninguno'],
    fr: ['Désactivé', 'Désactivée', 'Arrêt', 'Aucun', 'Aucune'],
    de: ['Aus', 'Deaktiviert', 'Keine', 'Nicht verwenden'],
    it: ['Disattivato', 'Disattiva', 'Off', 'Nessuno'],
    nl: ['Uit', 'Uitgeschakeld', 'Geen'],
    pl: ['Wyłączone', 'Wyłączony', 'Wył', 'Brak'],
    ja: ['オフ', '認証しない', 'しない', 'なし'],
    'zh-Hant': ['關閉', '無'],
  },
  none: {
    en: ['None', 'Off', 'Do Not Use'],
    pt: ['Nenhum', 'Nenhuma', 'Desligado', 'Não utilizar', 'Não usar'],
    es: ['Ninguno', 'Ninguna', 'Desactivado', 'No utilizar'],
    fr: ['Aucun', 'Aucune', 'Désactivé', 'Ne pas utiliser'],
    de: ['Keine', 'Kein', 'Aus', 'Nicht verwenden'],
    it: ['Nessuno', 'Nessuna', 'Non utilizzare'],
    nl: ['Geen', 'Uit', 'Niet gebruiken'],
    pl: ['Brak', 'Żaden', 'Nie używaj'],
    ja: ['なし', 'しない', '使用しない'],
    'zh-Hant': ['無', '不使用'],
  },
  enable: {
    en: ['Enable', 'Enabled', 'On', 'Yes'],
    pt: ['Ativar', 'Activar', 'Ativado', 'Activado', 'Habilitar', 'Habilitado', 'Ligado'],
    es: ['Activar', 'Activado', 'Habilitar', 'Habilitado', 'Sí'],
    fr: ['Activer', 'Activé', 'Activée', 'Oui'],
    de: ['Aktivieren', 'Aktiviert', 'Ein', 'Ja'],
    it: ['Attiva', 'Attivato', 'Abilita', 'Abilitato', 'Sì'],
    nl: ['Inschakelen', 'Ingeschakeld', 'Aan', 'Ja'],
    pl: ['Włącz', 'Włączone', 'Włączony', 'Tak'],
    ja: ['有効', '有効にする', 'する'],
    'zh-Hant': ['啟用', '開啟'],
  },
  disable: {
    en: ['Disable', 'Disabled', 'Off', 'No'],
    pt: ['Desativar', 'Desactivar', 'Desativado', 'Desactivado', 'Desabilitar', 'Desabilitado', 'Desligado'],
    es: ['Desactivar', 'Desactivado', 'Deshabilitar', 'Deshabilitado', 'No'],
    fr: ['Désactiver', 'Désactivé', 'Désactivée', 'Non'],
    de: ['Deaktivieren', 'Deaktiviert', 'Aus', 'Nein'],
    it: ['Disattiva', 'Disattivato', 'Disabilita', 'Disabilitato', 'No'],
    nl: ['Uitschakelen', 'Uitgeschakeld', 'Uit', 'Nee'],
    pl: ['Wyłącz', 'Wyłączone', 'Wyłączony', 'Nie'],
    ja: ['無効', '無効にする', 'しない'],
    'zh-Hant': ['停用', '關閉'],
  },
  signedIn: {
    en: ['Signed in', 'Signed-in', 'Logged in'],
    pt: ['Sessão iniciada', 'Com sessão iniciada', 'Conectado', 'Ligado', 'Autenticado', 'Login efetuado'],
    es: ['Sesión iniciada', 'Conectado', 'Autenticado'],
    fr: ['Connecté', 'Connectée', 'Session ouverte', 'Authentifié'],
    de: ['Angemeldet', 'Eingeloggt'],
    it: ['Accesso eseguito', 'Connesso', 'Accesso effettuato'],
    nl: ['Aangemeld', 'Ingelogd'],
    pl: ['Zalogowano', 'Zalogowany', 'Zalogowane'],
    ja: ['サインイン済み', 'サインイン中', 'ログイン済み'],
    'zh-Hant': ['已登入'],
  },
  notSignedIn: {
    en: ['Not signed in', 'Signed out', 'Not logged in'],
    pt: ['Sessão não iniciada', 'Sem sessão iniciada', 'Não conectado', 'Desconectado', 'Não autenticado'],
    es: ['Sesión no iniciada', 'No conectado', 'Desconectado', 'No autenticado', 'Sin iniciar sesión'],
    fr: ['Non connecté', 'Non connectée', 'Déconnecté', 'Non authentifié'],
    de: ['Nicht angemeldet', 'Abgemeldet'],
    it: ['Accesso non eseguito', 'Non connesso', 'Disconnesso'],
    nl: ['Niet aangemeld', 'Afgemeld', 'Niet ingelogd'],
    pl: ['Nie zalogowano', 'Niezalogowany', 'Wylogowano'],
    ja: ['未サインイン', 'サインインしていません', 'ログインしていません'],
    'zh-Hant': ['未登入', '尚未登入'],
  },
} as const satisfies Record<string, Entry>;

export type LexiconKey = keyof typeof LEXICON;

const foldedCache = new Map<LexiconKey, string[]>();

/** Every synonym of `key` in every language, folded, longest first (so a longer phrase wins). */
export function phrases(key: LexiconKey): string[] {
  let folded = foldedCache.get(key);
  if (!folded) {
    const entry: Entry = LEXICON[key];
    folded = [...new Set(Object.values(entry).flatMap((list) => (list ?? []).map(fold)))].sort(
      (a, b) => b.length - a.length,
    );
    foldedCache.set(key, folded);
  }
  return folded;
}

/** The label is exactly one of the key's synonyms (any language). */
export function isLabel(label: string, key: LexiconKey): boolean {
  const f = fold(label);
  return phrases(key).includes(f);
}

/** The text contains one of the key's synonyms as a phrase (any language). */
export function mentions(text: string, key: LexiconKey): boolean {
  const f = fold(text);
  return phrases(key).some((p) => containsPhrase(f, p));
}
