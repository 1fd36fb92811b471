import type { Shape } from '../../define.ts';
import type domain from '../../messages/sheet.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Netzwerkstatusblatt',
  printed: 'Gedruckt am {date}',
  notSeen: 'noch nicht gesehen',
  seenOn: 'Aus Web Config gelesen am {date}',
  identity: {
    heading: 'Drucker',
    model: 'Modell',
    serialNumber: 'Seriennummer',
    webConfig: 'Web Config',
    printerId: 'Drucker-ID (wcoa)',
    firstSeen: 'Zuerst gesehen',
  },
  network: {
    heading: 'Netzwerkstatus',
    deviceName: 'Gerätename',
    connection: 'Verbindungsstatus',
    ipAddress: 'IP-Adresse',
    subnetMask: 'Subnetzmaske',
    gateway: 'Standard-Gateway',
    dns: 'DNS-Server',
    ipv6: 'IPv6-Adresse',
    macAddress: 'MAC-Adresse',
    ssid: 'SSID',
  },
  email: {
    heading: 'E-Mail-Server',
    authMethod: 'Authentifizierungsmethode',
    emailService: 'E-Mail-Dienst',
    currentStatus: 'Aktueller Status',
    account: 'Konto',
    sender: 'E-Mail-Adresse des Absenders',
    smtpServer: 'SMTP-Serveradresse',
    smtpPort: 'SMTP-Server-Portnummer',
    secureConnection: 'Sichere Verbindung',
    certificateValidation: 'Zertifikatsvalidierung',
  },
  values: {
    off: 'Aus',
    smtpAuth: 'SMTP AUTH',
    popBeforeSmtp: 'POP vor SMTP',
    oauth2: 'OAuth 2.0',
    exchangeOnline: 'Microsoft Exchange Online',
    outlookCom: 'Outlook.com',
    signedIn: 'Angemeldet',
    notSignedIn: 'Nicht angemeldet',
    none: 'Keine',
    starttls: 'STARTTLS',
    sslTls: 'SSL/TLS',
    enable: 'Aktivieren',
    disable: 'Deaktivieren',
    yes: 'Ja',
    no: 'Nein',
  },
  jobs: {
    heading: 'Auftragsverlauf',
    codes: 'Fehlercodes (neueste zuerst)',
    noErrors: 'Keine Fehlercodes aufgeführt',
  },
  beyond: {
    heading: 'Was das eigene Statusblatt des Druckers nicht zeigen kann',
  },
  testMail: {
    heading: 'Letzte Test-E-Mail (wcoa-Agent)',
    result: 'Ergebnis',
    delivered: 'Zugestellt',
    failedAt: 'Gescheitert bei: {stage}',
    sent: 'Gesendet',
    route: 'Von → An',
    server: 'SMTP-Server',
    reply: 'Antwort des Servers',
    proves:
      'Eine zugestellte Test-E-Mail beweist, dass der Mandant XOAUTH2-E-Mails von diesem Postfach über denselben Server und mit demselben Absender wie der Drucker annimmt; sie beweist nicht, dass Epsons App eine Zustimmung hat.',
  },
  probe: {
    heading: 'Prüfung des SMTP-Servers',
    server: 'Server',
    checked: 'Geprüft',
    tlsVersion: 'TLS-Version',
    certificateExpiry: 'Zertifikat läuft ab',
    daysLeft: '{date} (noch {days} Tage)',
    expired: '{date} (abgelaufen)',
    xoauth2: 'XOAUTH2 angeboten',
  },
  token: {
    heading: 'Anmeldung auf diesem Computer (wcoa-Agent)',
    account: 'Konto',
    state: 'Zustand',
    states: {
      signingIn: 'Anmeldung läuft',
      signedIn: 'Angemeldet',
      expired: 'Abgelaufen: erneut anmelden',
      failed: 'Fehlgeschlagen',
    },
    accessTokenExpires: 'Zugriffstoken gültig bis',
    lastRefresh: 'Letzte Tokenaktualisierung',
    daysAgo: '{date} (vor {days} Tagen)',
    noAccount: 'Der Agent hat keine Anmeldung für {account}',
  },
  mail: {
    heading: 'E-Mail-Aktivität',
    lastMail: 'Letzte erfolgreiche E-Mail des Druckers',
    lastTestMail: 'Letzte Test-E-Mail des Agents',
    clocks:
      'Zwei Uhren: Die Anmeldung des Druckers verfällt nach 90 Tagen ohne E-Mail vom Drucker selbst (sein Auftragsverlauf). Die Test-E-Mail des Agents verwendet die eigene Anmeldung des Agents; sie bestätigt den Mandanten, setzt aber die 90 Tage des Druckers nicht zurück.',
    source: 'Quelle',
    sources: {
      jobHistory: 'der Auftragsverlauf des Druckers',
      testMail: 'eine wcoa-Test-E-Mail (nicht die eigene E-Mail des Druckers)',
    },
    daysSince: 'Tage seitdem',
    lapse: 'Ablauf des Tokens',
    lapseOk: 'Die Anmeldung des Druckers verfällt nach {lapse} Tagen ohne E-Mail: noch {left} Tage',
    lapseWarning:
      'Seit {days} Tagen keine E-Mail: Die Anmeldung des Druckers verfällt nach {lapse} Tagen. Senden Sie jetzt eine E-Mail vom Drucker.',
    lapsed:
      'Seit {days} Tagen keine E-Mail: Die Anmeldung des Druckers ist verfallen (nach {lapse} Tagen). Melden Sie sich in Web Config erneut an.',
  },
  causes: {
    heading: 'Ursachen und Abhilfen',
    none: 'In den gesehenen Daten wurde kein Problem gefunden',
    fromPage: 'E-Mail-Server-Einstellungen',
    fromTestMail: 'Letzte Test-E-Mail',
    fromJobs: 'Auftragsverlauf',
    source: 'Quelle: {source}',
    passwordPrinters:
      '{count} Drucker, die laut Agent über Exchange Online oder Outlook.com mit einem Kennwort senden: Das funktioniert ab Ende Dezember 2026 standardmäßig nicht mehr. Stellen Sie sie auf OAuth 2.0 um.',
  },
  footer:
    'Erstellt vom Web Config OAuth Assistant {version}. Als „noch nicht gesehen“ angezeigte Werte standen auf keiner Web Config-Seite, die die Erweiterung gelesen hat.',
  view: {
    heading: 'Drucker',
    seenHeading: 'Wie der Agent sie zuletzt gesehen hat',
    intro: 'Jeder Drucker, dessen Web Config-Seiten die Erweiterung gelesen hat, so wie der Agent ihn kennt.',
    empty:
      'Noch kein Drucker gesehen. Öffnen Sie Web Config eines Druckers, auf dem die Erweiterung aktiviert ist.',
    refresh: 'Aktualisieren',
    columns: {
      printer: 'Drucker',
      oauth: 'OAuth 2.0',
      lastMail: 'Letzte erfolgreiche E-Mail',
      actions: 'Öffnen',
    },
    oauth: {
      signedIn: 'Angemeldet',
      notSignedIn: 'Nicht angemeldet',
      otherMethod: 'Andere Methode',
      notSeen: 'Noch nicht gesehen',
    },
    methods: {
      off: 'Aus',
      'smtp-auth': 'SMTP-AUTH',
      'pop-before-smtp': 'POP vor SMTP',
      oauth2: 'OAuth2',
    },
    lastMail: '{date}, vor {days} Tagen ({source})',
    sources: {
      jobHistory: 'Auftragsverlauf',
      testMail: 'Test-E-Mail',
    },
    noMail: 'noch keine gesehen',
    warning:
      'Seit {days} Tagen keine E-Mail. Die Anmeldung des Druckers verfällt nach {lapse} Tagen ohne E-Mail: Senden Sie jetzt eine.',
    lapsed:
      'Seit {days} Tagen keine E-Mail: Die Anmeldung des Druckers ist verfallen. Melden Sie sich in Web Config erneut an.',
    webConfig: 'Web Config',
    sheet: 'Statusblatt',
    loadFailed: 'Die Drucker konnten nicht vom Agent gelesen werden: {message}',
    passwordPrinters:
      '{count} dieser Drucker senden über Exchange Online oder Outlook.com mit einem Kennwort (SMTP-AUTH): Microsoft deaktiviert das standardmäßig Ende Dezember 2026. Stellen Sie sie auf OAuth 2.0 um.',
    passwordRow: 'Kennwortanmeldung: ab Ende Dezember 2026 standardmäßig deaktiviert',
    pager: {
      range: 'Drucker {from}–{to} von {total}',
      previous: 'Zurück',
      next: 'Weiter',
    },
  },
  page: {
    title: 'Statusblatt',
    loading: 'Statusblatt wird vom Agent gelesen…',
    print: 'Drucken',
    pdf: 'Als PDF speichern',
    noPrinter:
      'Der Agent hat diesen Drucker noch nicht gesehen. Öffnen Sie zuerst eine seiner Web Config-Seiten.',
    failed: 'Das Statusblatt konnte nicht vom Agent geholt werden: {message}',
  },
  cli: {
    printersDescription:
      'die Drucker auflisten, die die Erweiterung gesehen hat, mit ihrem OAuth-Zustand und der letzten E-Mail',
    sheetDescription: 'das Netzwerkstatusblatt eines Druckers (HTML auf stdout oder eine PDF-Datei)',
    printerArg: 'Drucker-ID, Web Config-Adresse, IP, MAC, Seriennummer oder Gerätename',
    pdfOption: 'eine PDF-Datei an diesen Pfad schreiben statt HTML auf stdout',
    langOption: 'Sprache des Statusblatts (en, pt-PT, pt-BR, es, fr…); Standard: die des Terminals',
    jsonOption: 'die Liste als JSON ausgeben',
    badLang:
      'Unbekannte Sprache „{value}“: Verwenden Sie eine, die wcoa mitbringt (en, pt-PT, pt-BR, es, fr…).',
    noPrinters:
      'Noch kein Drucker gesehen: Öffnen Sie Web Config eines Druckers, auf dem die Erweiterung aktiviert ist.',
    noSuchPrinter:
      'Kein Drucker passt zu „{ref}“. Führen Sie `wcoa printers` aus, um sie aufzulisten, und geben Sie dann seine ID oder Adresse an.',
    header: ['ID', 'DRUCKER', 'ADRESSE', 'OAUTH 2.0', 'LETZTE E-MAIL', 'TAGE'],
    pdfWritten: 'Statusblatt geschrieben nach {file}',
    cannotWrite: '{file} kann nicht geschrieben werden: {reason}',
  },
  errors: {
    noChromium:
      'Kein Chromium zum Drucken der PDF gefunden. Installieren Sie es (Debian/Ubuntu: sudo apt-get install chromium) oder setzen Sie WCOA_CHROMIUM auf seinen Pfad.',
    chromiumMissing:
      'WCOA_CHROMIUM zeigt auf {path}, das es nicht gibt. Korrigieren Sie den Pfad oder entfernen Sie die Variable.',
    pdfFailed: 'Chromium konnte das Statusblatt nicht drucken: {reason}',
  },
};
export default messages;
