import type { Shape } from '../../define.ts';
import type domain from '../../messages/ui.ts';

const messages: Shape<(typeof domain)['en']> = {
  product: 'Web Config OAuth Assistant',
  pages: {
    'email-server-basic': 'E-Mail-Server › Grundlegend',
    'email-server-connection-test': 'E-Mail-Server › Verbindungstest',
    'fax-server-email': 'Faxserver › E-Mail-Server-Einstellungen',
    'job-history': 'Auftragsverlauf',
    'network-status': 'Netzwerkstatus',
    'product-status': 'Produktstatus',
    login: 'Administratoranmeldung',
    'print-admin-serverless': 'Epson Print Admin Serverless',
    'webconfig-other': 'Web Config',
    'not-webconfig': 'Keine Web Config-Seite',
  },
  overlay: {
    open: 'Assistenten öffnen',
    collapse: 'Assistenten ausblenden',
    guideHeading: 'Nächster Schritt',
    stepOf: 'Schritt {n} von {total}',
    done: 'Die E-Mail-Anmeldung ist auf diesem Drucker eingerichtet.',
    outlineHint: 'Das betroffene Feld ist auf der Seite umrandet.',
    hintsHeading: 'Prüfenswert',
    checklistHeading: 'Bevor Sie beginnen (Microsoft 365-Seite)',
    checklistNote: 'Haken Sie jeden erledigten Punkt ab; wird für diesen Drucker gespeichert.',
    messagesHeading: 'Was der Drucker meldet',
    jobHistoryHeading: 'Fehlercodes in diesem Verlauf',
    jobHistoryNone: 'Keine E-Mail- oder Cloud-Fehlercodes in diesem Verlauf.',
    codeLabel: 'Code {code}',
    codeUnknown:
      'Code {code} können wir nicht sicher erklären. Schlagen Sie ihn im Handbuch Ihres Druckers nach (Liste der Fehlercodes).',
    rowCount: '{count}×',
    oauthMissing: 'Die Seite dieses Druckers bietet keine OAuth2-Methode.',
    fieldsHeading: 'Wie die Seite es zeigt',
    noGuideHere:
      'Auf dieser Seite gibt es nichts einzurichten. Die E-Mail-Einstellungen finden Sie unter Netzwerk › E-Mail-Server › Grundlegend.',
    afterBlocker: 'Danach: {step}',
    dock: {
      left: 'Assistenten nach links verschieben',
      right: 'Assistenten nach rechts verschieben',
    },
    showRow: 'Zeile anzeigen',
  },
  deviceCode: {
    heading: 'Microsoft-Anmeldecode',
    instructions:
      'Kopieren Sie den Code, öffnen Sie die Anmeldeseite, fügen Sie den Code ein und melden Sie sich mit einem Administratorkonto an. Aktivieren Sie dann „Im Namen Ihrer Organisation zustimmen“ und akzeptieren Sie.',
    copy: 'Code kopieren',
    copied: 'Kopiert',
    open: 'Anmeldeseite öffnen',
    expires: 'Der Code läuft um {time} ab.',
    notMicrosoft:
      'Diese Seite zeigt einen Anmeldelink, der nicht von Microsoft stammt ({host}). Melden Sie sich dort nicht an: Die Geräteanmeldeseite von Microsoft ist https://microsoft.com/devicelogin.',
  },
  testMail: {
    heading: 'Test-E-Mail',
    button: 'Test-E-Mail senden',
    sending: 'Wird gesendet…',
    needAccount:
      'Füllen Sie zuerst das Konto aus („Authentifiziertes Konto“ oder „E-Mail-Adresse des Absenders“).',
    from: 'Von {from} an {to} über {server}',
    passed: 'Bestanden: Microsoft hat die Nachricht angenommen.',
    failed: 'Gescheitert bei: {stage}',
    proves:
      'Ein bestandener Test beweist, dass Ihr Mandant SMTP mit OAuth (XOAUTH2) für dieses Postfach annimmt, über denselben Server und mit derselben Absenderregel wie der Drucker. Er beweist nicht, dass Epsons App eine Zustimmung hat, und auch nicht, dass der bedingte Zugriff sie genauso behandelt.',
    stages: {
      dns: 'Namensauflösung',
      connect: 'Verbindung',
      tls: 'STARTTLS-Verschlüsselung',
      auth: 'Authentifizierung (XOAUTH2)',
      sender: 'Absender',
      recipient: 'Empfänger',
      data: 'Nachricht',
      ok: 'Zugestellt',
    },
    transcript: 'SMTP-Dialog',
    causesHeading: 'Wahrscheinliche Ursachen',
    notSignedIn: 'Der Agent hat keine Anmeldung für {account}.',
    signInOnAgent: 'Beim Agent anmelden',
    signingIn: 'Warten, bis die Anmeldung abgeschlossen ist…',
    signedInRetry: 'Angemeldet. Senden Sie den Test erneut.',
    whichAccount:
      'Der Test meldet sich als Postfach des Druckers an, {account} (der Absender), nicht als Sie: Wenn Microsoft fragt, verwenden Sie dieses Konto.',
    whyAgent:
      'Der Agent auf diesem Computer meldet sich selbst an: Der Drucker gibt seine Anmeldung nicht heraus, daher bestätigt eine Test-E-Mail das Postfach und den Mandanten, nicht die eigene Anmeldung des Druckers.',
    agentSignInFailed:
      'Die eigene Anmeldung des Agents für {account} funktioniert nicht mehr (abgelaufen oder widerrufen).',
    agentSignInNote:
      'Das ist die Anmeldung des Agents auf diesem Computer, nicht die des Druckers: Der Drucker wurde nicht getestet. Melden Sie sich erneut beim Agent an und senden Sie den Test dann noch einmal.',
    signInAgain: 'Erneut beim Agent anmelden',
  },
  agent: {
    running: 'Agent läuft (Version {version})',
    down: 'Der Agent läuft nicht auf diesem Computer.',
    downFix: 'Starten Sie ihn im Ordner wcoa mit:',
    startCommand: 'npm start',
    startCommandAlt: 'oder: npx wcoa start',
    notPaired: 'Dieser Browser ist nicht mit dem Agent gekoppelt.',
    notPairedFix: 'Führen Sie diesen Befehl aus und geben Sie den Code in den Optionen der Erweiterung ein:',
    pairCommand: 'npx wcoa pair',
    paired: 'Gekoppelt',
    error: 'Der Agent hat mit einem Fehler geantwortet: {message}',
    notEnabled: 'Der Assistent ist auf diesem Drucker nicht aktiviert.',
  },
  popup: {
    thisPage: 'Diese Seite',
    detecting: 'Seite wird untersucht…',
    notWebConfig: 'Diese Seite ist keine Epson Web Config-Seite.',
    cannotRead: 'Diese Seite kann nicht gelesen werden (eine Browserseite oder ein lokales Dokument).',
    enable: 'Auf diesem Drucker aktivieren',
    enabled: 'Auf diesem Drucker aktiviert.',
    enableDenied: 'Die Berechtigung wurde nicht erteilt; der Assistent bleibt auf diesem Drucker aus.',
    options: 'Optionen',
    model: 'Modell: {model}',
    reload: 'Laden Sie die Seite neu, um den Assistenten anzuzeigen.',
  },
  options: {
    title: 'Web Config OAuth Assistant: Optionen',
    pairingHeading: 'Kopplung mit dem Agent',
    pairingHelp:
      'Der Agent läuft auf diesem Computer und sendet die Test-E-Mails. Führen Sie „npx wcoa pair“ aus und geben Sie den ausgegebenen Code ein.',
    codeLabel: 'Kopplungscode',
    portLabel: 'Port des Agents',
    pairButton: 'Koppeln',
    pairing: 'Wird gekoppelt…',
    pairedOk: 'Mit dem Agent auf Port {port} gekoppelt.',
    codeInvalid:
      'Dieser Code ist ungültig oder abgelaufen. Führen Sie „npx wcoa pair“ erneut aus und geben Sie den neuen Code ein.',
    codeFormat: 'Der Code hat 8 Zeichen, etwa {example}.',
    portInvalid: 'Der Port ist eine Zahl von 1 bis 65535 (Standard des Agents: {port}).',
    languageHeading: 'Sprache',
    languageAuto: 'Automatisch (Sprache von Web Config, sonst die des Browsers)',
    languageEn: 'English',
    languagePt: 'Português',
    printersHeading: 'Drucker',
    printersHelp:
      'Der Assistent läuft nur auf den hier aufgeführten Druckern. Geben Sie die Adresse eines Druckers ein (IP oder Hostname, http oder https).',
    addLabel: 'Druckeradresse',
    addPlaceholder: '192.168.1.20 oder https://printer.example.local',
    addButton: 'Drucker hinzufügen',
    added: '{origin} hinzugefügt. Öffnen Sie seine Web Config-Seite oder laden Sie sie neu.',
    denied: 'Der Browser hat den Zugriff auf {origin} nicht gewährt; er wurde nicht hinzugefügt.',
    errors: {
      empty: 'Geben Sie die Adresse des Druckers ein, zum Beispiel 192.168.1.20.',
      scheme: 'Nur http://- und https://-Adressen können hinzugefügt werden.',
      invalid: 'Das ist keine IP-Adresse und kein Hostname. Beispiel: 192.168.1.20 oder printer.local.',
    },
    none: 'Noch kein Drucker.',
    revoke: 'Entfernen',
    allSitesLabel: 'Auf jeder http- und https-Website ausführen (für Administratoren vieler Drucker)',
    allSitesHelp:
      'Der Browser fragt nach Zugriff auf alle Websites; der Assistent erscheint trotzdem nur auf Web Config-Seiten.',
    agentPortHeading: 'Läuft der Agent auf einem anderen Port?',
    agentPortHelp: 'Geben Sie den Port ein, den „npx wcoa start“ ausgegeben hat, und suchen Sie dann erneut.',
    agentLookAgain: 'Erneut suchen',
    agentFound: 'Agent auf Port {port} gefunden.',
    agentNotFound: 'Auf Port {port} antwortet kein Agent.',
    pairingNow: 'Jetzt: {state}',
    stateDown: 'Agent läuft nicht auf Port {port}',
    stateNotPaired: 'Agent läuft auf Port {port}, dieser Browser ist nicht gekoppelt',
    statePaired: 'mit dem Agent auf Port {port} gekoppelt',
    endpointsHeading: 'Mailserver, die die Drucker verwenden (neben denen von Microsoft)',
    endpointsHelp:
      'Nur wenn Ihre Drucker absichtlich über einen anderen Server senden (ein Relay oder der Emulator einer Testumgebung): ein „host:port“ pro Zeile. Der Assistent markiert diesen Server oder Port dann nicht.',
    endpointsLabel: 'Erwartete Mailserver',
    endpointsSave: 'Speichern',
    endpointsSaved: 'Gespeichert.',
    endpointsInvalid: 'Weder Host noch host:port: {line}',
    tour: {
      heading: 'Zum ersten Mal hier? Eine kurze Tour',
      panel:
        'Auf der Web Config-Seite eines Druckers zeigt der Assistent ein Fenster: den nächsten Schritt der OAuth-Einrichtung, die Bedeutung der Meldungen des Druckers und eine Test-E-Mail.',
      fold: 'Das Fenster weicht von selbst aus oder klappt zu einem Reiter zusammen, wenn es Meldungen, Tabellen oder Felder des Druckers verdecken würde. Mit ⇤ / ⇥ docken Sie es links oder rechts an, mit › klappen Sie es zusammen; jeder Drucker merkt sich Ihre Wahl.',
      options:
        'Diese Optionen finden Sie jederzeit unter dem Symbol der Erweiterung › Optionen: Kopplung mit dem Agent, Ihre Drucker, Sprache.',
      done: 'Verstanden',
    },
  },
  worker: {
    unknownMessage:
      'Die Erweiterung konnte diese Anfrage nicht lesen. Laden Sie die Seite neu: Wurde die Erweiterung gerade aktualisiert, lädt das ihre neue Version.',
    notEnabled:
      'Der Assistent ist auf diesem Drucker nicht aktiviert. Klicken Sie auf dieser Seite auf das Symbol der Erweiterung und wählen Sie „Auf diesem Drucker aktivieren“.',
    pagesOnly:
      'Die Seite eines Druckers darf „{type}“ nicht anfordern: Das dürfen nur die eigenen Seiten der Erweiterung (Popup und Optionen).',
    printerOnly:
      '„{type}“ gehört zu einem Drucker: Nur der Assistent auf der Web Config-Seite des Druckers sendet es.',
    memoryTooLarge:
      'Die Notizen des Leitfadens zu diesem Drucker sind größer als {max} Bytes und wurden nicht gespeichert; der Leitfaden macht mit dem weiter, was die Seite zeigt.',
    noPrinterOrigin:
      'Die Adresse dieser Seite ist keine http://- oder https://-Adresse eines Druckers; der Agent kann sie daher keinem Drucker zuordnen.',
    notHttp:
      '„{origin}“ ist keine http://- oder https://-Adresse. Geben Sie die Adresse des Druckers so ein, wie der Browser sie zeigt, etwa http://192.168.1.20.',
    unexpected:
      'Die Erweiterung stieß auf einen unerwarteten Fehler ({message}). Laden Sie die Seite neu; passiert es wieder, laden Sie die Erweiterung auf der Erweiterungsseite des Browsers neu.',
    noAnswer:
      'Der Service Worker der Erweiterung hat nicht geantwortet ({message}). Laden Sie die Seite neu; passiert es wieder, laden Sie die Erweiterung auf der Erweiterungsseite des Browsers neu.',
    unexpectedReply:
      'Der Service Worker der Erweiterung hat so geantwortet, dass diese Seite es nicht versteht. Laden Sie die Seite neu: Wurde die Erweiterung gerade aktualisiert, lädt das ihre neue Version.',
  },
};
export default messages;
