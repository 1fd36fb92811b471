import type { Shape } from '../../define.ts';
import type domain from '../../messages/sheet.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Foglio di stato della rete',
  printed: 'Stampato il {date}',
  notSeen: 'non ancora visto',
  seenOn: 'Come letto da Web Config il {date}',
  identity: {
    heading: 'Stampante',
    model: 'Modello',
    serialNumber: 'Numero di serie',
    webConfig: 'Web Config',
    printerId: 'ID stampante (wcoa)',
    firstSeen: 'Vista per la prima volta',
  },
  network: {
    heading: 'Stato rete',
    deviceName: 'Nome dispositivo',
    connection: 'Stato connessione',
    ipAddress: 'Indirizzo IP',
    subnetMask: 'Subnet mask',
    gateway: 'Gateway predefinito',
    dns: 'Server DNS',
    ipv6: 'Indirizzo IPv6',
    macAddress: 'Indirizzo MAC',
    ssid: 'SSID',
  },
  email: {
    heading: 'Server e-mail',
    authMethod: 'Metodo di autenticazione',
    emailService: 'Servizio e-mail',
    currentStatus: 'Stato attuale',
    account: 'Account',
    sender: 'Indirizzo e-mail del mittente',
    smtpServer: 'Indirizzo server SMTP',
    smtpPort: 'Numero porta server SMTP',
    secureConnection: 'Connessione protetta',
    certificateValidation: 'Convalida certificato',
  },
  values: {
    off: 'Disattivato',
    smtpAuth: 'SMTP AUTH',
    popBeforeSmtp: 'POP prima di SMTP',
    oauth2: 'OAuth 2.0',
    exchangeOnline: 'Microsoft Exchange Online',
    outlookCom: 'Outlook.com',
    signedIn: 'Accesso eseguito',
    notSignedIn: 'Accesso non eseguito',
    none: 'Nessuno',
    starttls: 'STARTTLS',
    sslTls: 'SSL/TLS',
    enable: 'Attiva',
    disable: 'Disattiva',
    yes: 'Sì',
    no: 'No',
  },
  jobs: {
    heading: 'Cronologia lavori',
    codes: 'Codici di errore (dal più recente)',
    noErrors: 'Nessun codice di errore elencato',
  },
  beyond: {
    heading: 'Cosa non può mostrare il foglio di stato della stampante',
  },
  testMail: {
    heading: 'Ultima e-mail di prova (agente wcoa)',
    result: 'Risultato',
    delivered: 'Recapitata',
    failedAt: 'Non riuscita in: {stage}',
    sent: 'Inviata',
    route: 'Da → A',
    server: 'Server SMTP',
    reply: 'Risposta del server',
    proves:
      'Un’e-mail di prova recapitata dimostra che il tenant accetta posta XOAUTH2 da questa cassetta postale tramite lo stesso server e lo stesso mittente della stampante; non dimostra che l’app di Epson abbia il consenso.',
  },
  probe: {
    heading: 'Verifica del server SMTP',
    server: 'Server',
    checked: 'Verificato',
    tlsVersion: 'Versione TLS',
    certificateExpiry: 'Scadenza del certificato',
    daysLeft: '{date} (mancano {days} giorni)',
    expired: '{date} (scaduto)',
    xoauth2: 'XOAUTH2 offerto',
  },
  token: {
    heading: 'Accesso su questo computer (agente wcoa)',
    account: 'Account',
    state: 'Stato',
    states: {
      signingIn: 'Accesso in corso',
      signedIn: 'Accesso eseguito',
      expired: 'Scaduto: accedere di nuovo',
      failed: 'Non riuscito',
    },
    accessTokenExpires: 'Token di accesso valido fino a',
    lastRefresh: 'Ultimo aggiornamento del token',
    daysAgo: '{date} ({days} giorni fa)',
    noAccount: 'L’agente non ha alcun accesso per {account}',
  },
  mail: {
    heading: 'Attività di posta',
    lastMail: 'Ultima e-mail riuscita della stampante',
    lastTestMail: 'Ultima e-mail di prova dell’agente',
    clocks:
      'Due orologi: l’accesso della stampante scade dopo 90 giorni senza e-mail inviate dalla stampante stessa (la sua cronologia lavori). L’e-mail di prova dell’agente usa l’accesso proprio dell’agente; verifica il tenant ma non azzera i 90 giorni della stampante.',
    source: 'Fonte',
    sources: {
      jobHistory: 'la cronologia lavori della stampante',
      testMail: 'un’e-mail di prova wcoa (non un’e-mail della stampante)',
    },
    daysSince: 'Giorni trascorsi',
    lapse: 'Scadenza del token',
    lapseOk: 'L’accesso della stampante scade dopo {lapse} giorni senza posta: mancano {left} giorni',
    lapseWarning:
      'Nessuna e-mail da {days} giorni: l’accesso della stampante scade a {lapse} giorni. Inviare subito un’e-mail dalla stampante.',
    lapsed:
      'Nessuna e-mail da {days} giorni: l’accesso della stampante è scaduto (dopo {lapse} giorni). Accedere di nuovo in Web Config.',
  },
  causes: {
    heading: 'Cause e soluzioni',
    none: 'Nessun problema trovato in ciò che è stato visto',
    fromPage: 'Impostazioni del server e-mail',
    fromTestMail: 'Ultima e-mail di prova',
    fromJobs: 'Cronologia lavori',
    source: 'Fonte: {source}',
    passwordPrinters:
      '{count} stampante/i che l’agente ha visto inviare tramite Exchange Online o Outlook.com con una password: l’accesso con password smette di funzionare per impostazione predefinita alla fine di dicembre 2026. Passarle a OAuth 2.0.',
  },
  footer:
    'Generato da Web Config OAuth Assistant {version}. I valori indicati come “non ancora visto” non comparivano in nessuna pagina di Web Config letta dall’estensione.',
  view: {
    heading: 'Stampanti',
    seenHeading: 'Come le ha viste l’agente l’ultima volta',
    intro: 'Ogni stampante di cui l’estensione ha letto le pagine di Web Config, come la ricorda l’agente.',
    empty:
      'Ancora nessuna stampante vista. Aprire Web Config di una stampante su cui l’estensione è abilitata.',
    refresh: 'Aggiorna',
    columns: {
      printer: 'Stampante',
      oauth: 'OAuth 2.0',
      lastMail: 'Ultima e-mail riuscita',
      actions: 'Apri',
    },
    oauth: {
      signedIn: 'Accesso eseguito',
      notSignedIn: 'Accesso non eseguito',
      otherMethod: 'Altro metodo',
      notSeen: 'Non ancora visto',
    },
    methods: {
      off: 'Disattivato',
      'smtp-auth': 'SMTP-AUTH',
      'pop-before-smtp': 'POP prima di SMTP',
      oauth2: 'OAuth2',
    },
    lastMail: '{date}, {days} giorni fa ({source})',
    sources: {
      jobHistory: 'cronologia lavori',
      testMail: 'e-mail di prova',
    },
    noMail: 'nessuna ancora vista',
    warning:
      'Nessuna e-mail da {days} giorni. L’accesso della stampante scade dopo {lapse} giorni senza posta: inviarne una ora.',
    lapsed:
      'Nessuna e-mail da {days} giorni: l’accesso della stampante è scaduto. Accedere di nuovo in Web Config.',
    webConfig: 'Web Config',
    sheet: 'Foglio di stato',
    loadFailed: 'Impossibile leggere le stampanti dall’agente: {message}',
    passwordPrinters:
      '{count} di queste stampanti inviano tramite Exchange Online o Outlook.com con una password (SMTP-AUTH): Microsoft lo disattiva per impostazione predefinita alla fine di dicembre 2026. Passarle a OAuth 2.0.',
    passwordRow: 'Accesso con password: disattivato per impostazione predefinita dalla fine di dicembre 2026',
    pager: {
      range: 'Stampanti {from}–{to} di {total}',
      previous: 'Precedente',
      next: 'Successivo',
    },
  },
  page: {
    title: 'Foglio di stato',
    loading: 'Lettura del foglio dall’agente…',
    print: 'Stampa',
    pdf: 'Salva come PDF',
    noPrinter:
      'L’agente non ha ancora visto questa stampante. Aprire prima una delle sue pagine di Web Config.',
    failed: 'Impossibile ottenere il foglio dall’agente: {message}',
  },
  cli: {
    printersDescription:
      'elencare le stampanti viste dall’estensione, con il loro stato OAuth e l’ultima e-mail',
    sheetDescription: 'il foglio di stato della rete di una stampante (HTML su stdout, o un file PDF)',
    printerArg: 'id della stampante, indirizzo di Web Config, IP, MAC, numero di serie o nome dispositivo',
    pdfOption: 'scrivere un PDF in questo file invece di HTML su stdout',
    langOption: 'lingua del foglio (en, pt-PT, pt-BR, es, fr…); predefinita: quella del terminale',
    jsonOption: 'stampare l’elenco come JSON',
    badLang: 'Lingua sconosciuta "{value}": usarne una fornita con wcoa (en, pt-PT, pt-BR, es, fr…).',
    noPrinters:
      'Ancora nessuna stampante vista: aprire Web Config di una stampante su cui l’estensione è abilitata.',
    noSuchPrinter:
      'Nessuna stampante corrisponde a "{ref}". Eseguire `wcoa printers` per elencarle, poi indicarne l’id o l’indirizzo.',
    header: ['ID', 'STAMPANTE', 'INDIRIZZO', 'OAUTH 2.0', 'ULTIMA E-MAIL', 'GIORNI'],
    pdfWritten: 'Foglio scritto in {file}',
    cannotWrite: 'Impossibile scrivere {file}: {reason}',
  },
  errors: {
    noChromium:
      'Nessun Chromium trovato per stampare il PDF. Installarlo (Debian/Ubuntu: sudo apt-get install chromium) o impostare WCOA_CHROMIUM sul suo percorso.',
    chromiumMissing:
      'WCOA_CHROMIUM punta a {path}, che non esiste. Correggere il percorso o rimuovere la variabile.',
    pdfFailed: 'Chromium non è riuscito a stampare il foglio: {reason}',
  },
};
export default messages;
