import type { Shape } from '../../define.ts';
import type domain from '../../messages/agent.ts';

const messages: Shape<(typeof domain)['en']> = {
  errors: {
    'forbidden-host':
      'Dieser Agent antwortet nur unter 127.0.0.1, localhost oder [::1] auf seinem eigenen Port.',
    'unsupported-media-type': 'Senden Sie den Anforderungstext als JSON (Content-Type: application/json).',
    'payload-too-large': 'Der Anforderungstext ist größer als 64 KiB.',
    'invalid-json': 'Der Anforderungstext ist kein gültiges JSON.',
    'forbidden-origin':
      'Dieser Ursprung ist nicht mit dem Agent gekoppelt. Führen Sie „wcoa pair“ aus und geben Sie den Code in den Optionen der Erweiterung ein.',
    unauthorized:
      'Token fehlt oder ist falsch. Koppeln Sie die Erweiterung erneut („wcoa pair“) oder starten Sie die CLI mit demselben --home wie den Agent.',
    'rate-limited': 'Zu viele Anforderungen. Versuchen Sie es in {seconds} s erneut.',
    'invalid-request': 'Die Anforderung ist ungültig: {details}',
    'not-found': 'Hier gibt es nichts: {path}',
    'pairing-code-invalid':
      'Dieser Kopplungscode ist falsch, bereits verwendet oder abgelaufen. Führen Sie „wcoa pair“ für einen neuen aus.',
    'account-unknown':
      'Der Agent kennt kein Konto {account}. Melden Sie sich zuerst an: wcoa signin --email {account}',
    'account-not-signed-in':
      'Das Konto {account} ist nicht angemeldet ({state}). Melden Sie sich erneut an: wcoa signin --email {account}',
    'recipient-not-allowed':
      'Eine Test-E-Mail geht an das Konto selbst; {to} steht nicht in testMail.allowedRecipients von {config} im Stammverzeichnis des Agents.',
    'signin-not-configured':
      'Die Anmeldung braucht die Client-ID Ihrer Entra-App: Setzen Sie „clientId“ in {config} oder WCOA_CLIENT_ID (README: „Register the Entra app“).',
    'signin-failed': 'Die Anmeldung konnte nicht starten: {reason}',
    'smtp-host-not-allowed':
      'Der Agent sendet Ihr Zugriffstoken nur an die SMTP-Server von Microsoft ({allowed}), nicht an {host}. Wenn {host} richtig ist, fügen Sie ihn zu testMail.allowedSmtpHosts in {config} hinzu.',
    'printer-unknown':
      'Der Agent hat keinen Drucker „{id}“ gesehen. GET /v1/printers (oder `wcoa printers`) listet sie auf.',
    'sheet-unavailable': '{reason}',
    internal:
      'Im Agent ist ein unerwarteter Fehler aufgetreten. Sein Protokoll, {logs} im Stammverzeichnis des Agents (wcoa status zeigt, wo), enthält Näheres.',
    'agent-down': 'Der wcoa-Agent läuft nicht. Starten Sie ihn mit: npx wcoa start',
    'not-paired':
      'Die Erweiterung ist nicht mit dem Agent gekoppelt. Führen Sie „npx wcoa pair“ aus und geben Sie den Code in den Optionen ein.',
    'printer-not-enabled': 'Die Erweiterung ist auf diesem Drucker nicht aktiviert.',
    'extension-reloaded':
      'Die Erweiterung wurde aktualisiert oder neu geladen, während diese Seite offen war; die Seite erreicht sie nicht mehr. Laden Sie die Seite neu, um den Assistenten wieder zu verwenden.',
  },
  validation: {
    lineBreak: '{field} muss eine einzige Zeile ohne Zeilenumbrüche sein.',
    email: '{field} ist keine gültige E-Mail-Adresse.',
    required: '{field} ist erforderlich.',
    date: '{field} ist kein Datum zwischen 2000 und heute (ISO 8601 mit Zeitzone).',
    other: '{field}: {problem}',
  },
  config: {
    invalid: 'Die Konfiguration ist ungültig ({where}): {problems}',
    keyMismatch:
      'Der Speicherschlüssel aus {backend} öffnet den Speicher in {home} nicht. Stellen Sie den Schlüssel wieder her oder verschieben Sie den Speicher, um neu anzufangen.',
  },
  cli: {
    home: 'Stammordner des Agents (Standard: WCOA_HOME oder der Datenordner der Plattform)',
    port: 'Port des Agents (Standard: WCOA_PORT oder {port})',
    startDescription: 'den Agent auf Loopback starten (127.0.0.1 und [::1])',
    statusDescription: 'zeigen, was wo läuft, das Schlüssel-Backend, die Konten und die gekoppelten Clients',
    pairDescription:
      'einen einmaligen Kopplungscode für die Erweiterung ausgeben (5 Minuten, einmal verwendbar)',
    clientsDescription: 'gekoppelte Erweiterungen auflisten',
    revokeDescription: 'eine gekoppelte Erweiterung über ihre ID widerrufen',
    signinDescription: 'ein Konto mit dem Gerätecodeflow anmelden (SMTP.Send)',
    testMailDescription: 'eine Test-E-Mail mit XOAUTH2 senden und jede Stufe zeigen',
    probeDescription: 'einen SMTP-Endpunkt prüfen: DNS, Verbindung, STARTTLS, TLS, AUTH-Mechanismen',
    badPort: '„{value}“ ist kein Port: Verwenden Sie eine Zahl von 0 bis 65535.',
    badSmtp: '„{value}“ ist weder HOST noch HOST:PORT.',
    alreadyRunning:
      'Auf Port {port} lauscht bereits ein Agent (PID {pid}). Beenden Sie ihn zuerst oder verwenden Sie einen anderen --port.',
    portInUse: 'Port {port} ist belegt. Wählen Sie mit --port einen anderen (0 wählt einen freien).',
    notRunning: 'Für {home} läuft kein Agent. Starten Sie einen mit: npx wcoa start',
    unreachable:
      'Der Agent unter {url} ist nicht erreichbar ({reason}). Läuft „wcoa start“ mit demselben --port und --home?',
    agentError: 'Der Agent meldet: {message}',
    running: 'Agent {version}, PID {pid}, lauscht auf {listening}',
    homeLine: 'Stammordner: {home}',
    backendLine: 'Speicherschlüssel liegt in: {backend}',
    signinLine: 'Anmeldung: Client-ID {clientId}, Autorität {authority}',
    notConfigured: 'nicht gesetzt',
    configured: 'gesetzt',
    noAccounts: 'Keine Konten.',
    accountLine: '  {email} ({tenant}): {state}',
    accountCause: '    Ursache: {cause}',
    accountReason: '    Grund: {reason}',
    accountReasons: {
      'stored-sign-in-unreadable':
        'die gespeicherte Anmeldung hat die Integritätsprüfung des Speichers nicht bestanden (geändert oder mit einem anderen Schlüssel versiegelt) und wurde beiseitegelegt; melden Sie sich erneut an: wcoa signin --email {account}',
    },
    clientsCount: 'Gekoppelte Erweiterungen: {count}',
    noClients: 'Keine gekoppelten Erweiterungen.',
    clientLine: '{id}  {name}  {origin}  gekoppelt {created}  zuletzt verwendet {used}',
    never: 'nie',
    revoked: '{id} widerrufen.',
    noSuchClient: 'Keine gekoppelte Erweiterung mit der ID {id}. „wcoa clients“ listet sie auf.',
    signinPrompt:
      'Öffnen Sie zum Anmelden {url} und geben Sie den Code {code} ein. Der Code läuft um {expires} ab.',
    signinWaiting: 'Warten, bis die Anmeldung abgeschlossen ist…',
    signedIn: 'Angemeldet: {email}',
    signinFailed: 'Anmeldung fehlgeschlagen ({state}).',
    causeLine: '  {id}: {title}',
    stageOk: '  ✓ {stage} {ms}',
    stageFailed: '  ✗ {stage}',
    testMailOk: 'Test-E-Mail angenommen: {reply}',
    testMailFailed: 'Test-E-Mail bei der Stufe {stage} gescheitert: {reply}',
    probeOk: 'Der Endpunkt {host}:{port} akzeptiert STARTTLS und bietet XOAUTH2 an.',
    probeFailed: '{host}:{port}: Die Prüfung endete bei {stage}.',
    probeNoXoauth2: '{host}:{port} bietet nach STARTTLS kein AUTH XOAUTH2 an.',
    tlsLine:
      '  TLS {version}, Zertifikat für {subject} von {issuer}, gültig bis {validTo} ({validity}), Name {nameMatch}',
    dayCount: '{days} Tag',
    daysCount: '{days} Tage',
    nameMatches: 'stimmt überein',
    nameDiffers: 'stimmt NICHT überein',
    authLine: '  AUTH nach STARTTLS: {mechanisms}',
  },
  options: {
    json: 'JSON ausgeben (eine Zeile pro Ergebnis)',
    email: 'das anzumeldende Postfach (das Konto des Druckers)',
    tenant: 'Mandanten-ID oder Domäne; organizations, oder consumers für Outlook.com',
    account: 'das angemeldete Konto, als das gesendet wird',
    from: 'der Absender (die „E-Mail-Adresse des Absenders“ des Druckers); Standard: das Konto',
    to: 'der Empfänger: das Konto oder einer aus testMail.allowedRecipients',
    smtp: 'SMTP-Server als HOST:PORT (Standard aus der Konfiguration: smtp.office365.com:587)',
    printer: 'den Test diesem Drucker zuordnen',
  },
  stages: {
    dns: 'DNS',
    connect: 'Verbindung',
    banner: 'Begrüßung',
    ehlo: 'EHLO',
    starttls: 'STARTTLS',
    tls: 'TLS',
    auth: 'Authentifizierung',
    sender: 'Absender',
    recipient: 'Empfänger',
    data: 'Nachricht',
    ok: 'fertig',
  },
  testMail: {
    subject: 'wcoa-Test-E-Mail: XOAUTH2 funktioniert für {account}',
    body: 'Diese Nachricht hat der Agent des Web Config OAuth Assistant über SMTP mit STARTTLS und AUTH XOAUTH2 gesendet, als {account}, über {server}, um {time}. Ist sie angekommen, nimmt der Mandant OAuth 2.0-E-Mails von diesem Konto an.',
  },
  detect: {
    description: 'gespeicherte Web Config-Seiten (HTML) lesen: Seitenart, Modell, Sprache und Felder',
    fileArgument:
      'von einem Drucker gespeicherte HTML-Seiten (oder eine beliebige Seite, um zu prüfen, dass sie nicht Web Config ist)',
    urlOption: 'die Adresse, von der die Seite stammt (nur ein unterstützendes Indiz)',
    jsonOption: 'eine JSON-Zeile pro Seite: { "file", …PageModel }',
    noFiles: 'Nennen Sie mindestens eine HTML-Seite: wcoa detect page.html',
    badUrl: '„{url}“ ist keine URL. Geben Sie sie als http://HOST/PATH an oder lassen Sie --url weg.',
    unreadable: '{file} kann nicht gelesen werden: {reason}.',
    notFound: 'diese Datei gibt es nicht; prüfen Sie den Pfad',
    denied: 'Zugriff verweigert',
    isFolder: 'das ist ein Ordner; nennen Sie die HTML-Seiten darin',
    notHtml:
      '{file} ist keine HTML-Seite (kein Markup darin). Speichern Sie die Seite im Browser als HTML und versuchen Sie es erneut.',
    tooLarge:
      '{file} ist {size} MB groß; wcoa detect liest Seiten bis {limit} MB (eine Web Config-Seite ist viel kleiner). Speichern Sie nur die Seite des Druckers (nur HTML, nicht die vollständige Seite) und versuchen Sie es erneut.',
    failedCount: '{count} von {total} Seiten konnten nicht gelesen werden.',
    page: 'Seite',
    vendor: 'Hersteller',
    model: 'Modell',
    lang: 'Sprache',
    signals: 'Indizien',
    unknown: 'unbekannt',
    notEpson: 'kein Epson Web Config',
    tooDeep:
      '{file} verschachtelt seine Elemente tiefer als {limit} Ebenen, was keine Web Config-Seite tut; die Datei wird nicht gelesen. Speichern Sie die Seite des Druckers erneut im Browser (nur HTML).',
  },
};
export default messages;
