import type { Shape } from '../../define.ts';
import type domain from '../../messages/agent.ts';

const messages: Shape<(typeof domain)['en']> = {
  errors: {
    'forbidden-host': 'Questo agente risponde solo su 127.0.0.1, localhost o [::1] sulla propria porta.',
    'unsupported-media-type': 'Inviare il corpo della richiesta come JSON (Content-Type: application/json).',
    'payload-too-large': 'Il corpo della richiesta supera 64 KiB.',
    'invalid-json': 'Il corpo della richiesta non è JSON valido.',
    'forbidden-origin':
      'Questa origine non è associata all’agente. Eseguire "wcoa pair" e immettere il codice nelle opzioni dell’estensione.',
    unauthorized:
      'Token mancante o errato. Associare di nuovo l’estensione ("wcoa pair"), oppure eseguire la CLI con lo stesso --home dell’agente.',
    'rate-limited': 'Troppe richieste. Riprovare tra {seconds} s.',
    'invalid-request': 'La richiesta non è valida: {details}',
    'not-found': 'Qui non c’è niente: {path}',
    'pairing-code-invalid':
      'Il codice di associazione è errato, già usato o scaduto. Eseguire "wcoa pair" per averne uno nuovo.',
    'account-unknown': 'L’agente non ha l’account {account}. Accedere prima: wcoa signin --email {account}',
    'account-not-signed-in':
      'L’account {account} non ha eseguito l’accesso ({state}). Accedere di nuovo: wcoa signin --email {account}',
    'recipient-not-allowed':
      'Un’e-mail di prova va all’account stesso; {to} non è in testMail.allowedRecipients di {config} nella cartella dell’agente.',
    'signin-not-configured':
      'L’accesso richiede l’ID client dell’app Entra: impostare "clientId" in {config} o WCOA_CLIENT_ID (README: "Register the Entra app").',
    'signin-failed': 'Impossibile avviare l’accesso: {reason}',
    'smtp-host-not-allowed':
      'L’agente invia il token di accesso solo ai server SMTP di Microsoft ({allowed}), non a {host}. Se {host} è corretto, aggiungerlo a testMail.allowedSmtpHosts in {config}.',
    'printer-unknown':
      'L’agente non ha visto nessuna stampante "{id}". GET /v1/printers (o `wcoa printers`) le elenca.',
    'sheet-unavailable': '{reason}',
    internal:
      'L’agente ha riscontrato un errore imprevisto. Il suo log, {logs} nella cartella dell’agente (wcoa status indica dove), fornisce maggiori dettagli.',
    'agent-down': 'L’agente wcoa non è in esecuzione. Avviarlo con: npx wcoa start',
    'not-paired':
      'L’estensione non è associata all’agente. Eseguire "npx wcoa pair" e immettere il codice nelle opzioni.',
    'printer-not-enabled': 'L’estensione non è abilitata su questa stampante.',
    'extension-reloaded':
      'L’estensione è stata aggiornata o ricaricata mentre questa pagina era aperta, e la pagina non riesce più a raggiungerla. Ricarichi la pagina per usare di nuovo l’assistente.',
  },
  validation: {
    lineBreak: '{field} deve essere una sola riga, senza interruzioni di riga.',
    email: '{field} non è un indirizzo e-mail valido.',
    required: '{field} è obbligatorio.',
    date: '{field} non è una data compresa tra il 2000 e oggi (ISO 8601 con fuso orario).',
    other: '{field}: {problem}',
  },
  config: {
    invalid: 'La configurazione non è valida ({where}): {problems}',
    keyMismatch:
      'La chiave dell’archivio custodita da {backend} non apre l’archivio in {home}. Ripristinare la chiave, oppure spostare l’archivio per ripartire da zero.',
  },
  cli: {
    home: 'cartella dell’agente (predefinita: WCOA_HOME o la cartella dati della piattaforma)',
    port: 'porta dell’agente (predefinita: WCOA_PORT o {port})',
    startDescription: 'eseguire l’agente in loopback (127.0.0.1 e [::1])',
    statusDescription:
      'mostrare cosa è in esecuzione e dove, il backend della chiave, gli account e i client associati',
    pairDescription: 'stampare un codice di associazione monouso per l’estensione (5 minuti, un solo uso)',
    clientsDescription: 'elencare le estensioni associate',
    revokeDescription: 'revocare un’estensione associata tramite il suo id',
    signinDescription: 'far accedere un account con il flusso del codice del dispositivo (SMTP.Send)',
    testMailDescription: 'inviare un’e-mail di prova con XOAUTH2 e mostrare ogni fase',
    probeDescription: 'verificare un endpoint SMTP: DNS, connessione, STARTTLS, TLS, meccanismi AUTH',
    badPort: '"{value}" non è una porta: usare un numero da 0 a 65535.',
    badSmtp: '"{value}" non è HOST né HOST:PORT.',
    alreadyRunning:
      'Un agente è già in ascolto sulla porta {port} (pid {pid}). Arrestarlo prima, o usare un altro --port.',
    portInUse: 'La porta {port} è in uso. Sceglierne un’altra con --port (0 ne sceglie una libera).',
    notRunning: 'Nessun agente in esecuzione per {home}. Avviarne uno con: npx wcoa start',
    unreachable:
      'Impossibile raggiungere l’agente su {url} ({reason}). "wcoa start" è in esecuzione con gli stessi --port e --home?',
    agentError: 'L’agente risponde: {message}',
    running: 'Agente {version}, pid {pid}, in ascolto su {listening}',
    homeLine: 'Cartella: {home}',
    backendLine: 'Chiave dell’archivio custodita da: {backend}',
    signinLine: 'Accesso: ID client {clientId}, autorità {authority}',
    notConfigured: 'non impostato',
    configured: 'impostato',
    noAccounts: 'Nessun account.',
    accountLine: '  {email} ({tenant}): {state}',
    accountCause: '    causa: {cause}',
    accountReason: '    motivo: {reason}',
    accountReasons: {
      'stored-sign-in-unreadable':
        'l’accesso salvato non ha superato il controllo di integrità dell’archivio (modificato o sigillato con un’altra chiave) ed è stato messo da parte; accedere di nuovo: wcoa signin --email {account}',
    },
    clientsCount: 'Estensioni associate: {count}',
    noClients: 'Nessuna estensione associata.',
    clientLine: '{id}  {name}  {origin}  associata {created}  ultimo uso {used}',
    never: 'mai',
    revoked: '{id} revocata.',
    noSuchClient: 'Nessuna estensione associata con id {id}. "wcoa clients" le elenca.',
    signinPrompt: 'Per accedere, aprire {url} e immettere il codice {code}. Il codice scade alle {expires}.',
    signinWaiting: 'In attesa che l’accesso termini…',
    signedIn: 'Accesso eseguito: {email}',
    signinFailed: 'Accesso non riuscito ({state}).',
    causeLine: '  {id}: {title}',
    stageOk: '  ✓ {stage} {ms}',
    stageFailed: '  ✗ {stage}',
    testMailOk: 'E-mail di prova accettata: {reply}',
    testMailFailed: 'E-mail di prova non riuscita nella fase {stage}: {reply}',
    probeOk: 'L’endpoint {host}:{port} accetta STARTTLS e offre XOAUTH2.',
    probeFailed: '{host}:{port}: la verifica si è fermata a {stage}.',
    probeNoXoauth2: '{host}:{port} non offre AUTH XOAUTH2 dopo STARTTLS.',
    tlsLine:
      '  TLS {version}, certificato per {subject} emesso da {issuer}, valido fino al {validTo} ({validity}), nome {nameMatch}',
    dayCount: '{days} giorno',
    daysCount: '{days} giorni',
    nameMatches: 'corrispondente',
    nameDiffers: 'NON corrispondente',
    authLine: '  AUTH dopo STARTTLS: {mechanisms}',
  },
  options: {
    json: 'stampare JSON (una riga per risultato)',
    email: 'la cassetta postale con cui accedere (l’account della stampante)',
    tenant: 'ID o dominio del tenant; organizations, o consumers per Outlook.com',
    account: 'l’account che ha eseguito l’accesso con cui inviare',
    from: 'il mittente (l’Indirizzo e-mail del mittente della stampante); predefinito: l’account',
    to: 'il destinatario: l’account, o uno di testMail.allowedRecipients',
    smtp: 'server SMTP come HOST:PORT (predefinito dalla configurazione: smtp.office365.com:587)',
    printer: 'registrare la prova per questa stampante',
  },
  stages: {
    dns: 'DNS',
    connect: 'connessione',
    banner: 'banner',
    ehlo: 'EHLO',
    starttls: 'STARTTLS',
    tls: 'TLS',
    auth: 'autenticazione',
    sender: 'mittente',
    recipient: 'destinatario',
    data: 'messaggio',
    ok: 'completato',
  },
  testMail: {
    subject: 'E-mail di prova wcoa: XOAUTH2 funziona per {account}',
    body: 'Questo messaggio è stato inviato dall’agente di Web Config OAuth Assistant tramite SMTP con STARTTLS e AUTH XOAUTH2, come {account}, tramite {server}, alle {time}. Se è arrivato, il tenant accetta posta OAuth 2.0 da questo account.',
  },
  detect: {
    description: 'leggere pagine di Web Config salvate (HTML): tipo di pagina, modello, lingua e campi',
    fileArgument:
      'pagine HTML salvate da una stampante (o qualsiasi pagina, per verificare che non sia Web Config)',
    urlOption: 'l’indirizzo da cui proviene la pagina (solo un indizio di supporto)',
    jsonOption: 'una riga JSON per pagina: { "file", …PageModel }',
    noFiles: 'Indicare almeno una pagina HTML: wcoa detect page.html',
    badUrl: '"{url}" non è un URL. Indicarlo come http://HOST/PATH, oppure omettere --url.',
    unreadable: 'Impossibile leggere {file}: {reason}.',
    notFound: 'il file non esiste; verificare il percorso',
    denied: 'autorizzazione negata',
    isFolder: 'è una cartella; indicare le pagine HTML che contiene',
    notHtml:
      '{file} non è una pagina HTML (non contiene markup). Salvare la pagina dal browser come HTML e riprovare.',
    tooLarge:
      '{file} è di {size} MB; wcoa detect legge pagine fino a {limit} MB (una pagina di Web Config è molto più piccola). Salvare solo la pagina della stampante (solo HTML, non la pagina completa) e riprovare.',
    failedCount: 'Impossibile leggere {count} pagine su {total}.',
    page: 'pagina',
    vendor: 'produttore',
    model: 'modello',
    lang: 'lingua',
    signals: 'indizi',
    unknown: 'sconosciuto',
    notEpson: 'non è Epson Web Config',
    tooDeep:
      '{file} annida i suoi elementi oltre {limit} livelli di profondità, cosa che nessuna pagina di Web Config fa; non viene letto. Salvare di nuovo la pagina della stampante dal browser (solo HTML).',
  },
};
export default messages;
