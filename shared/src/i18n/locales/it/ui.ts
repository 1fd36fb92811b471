import type { Shape } from '../../define.ts';
import type domain from '../../messages/ui.ts';

const messages: Shape<(typeof domain)['en']> = {
  product: 'Web Config OAuth Assistant',
  pages: {
    'email-server-basic': 'Server e-mail › Base',
    'email-server-connection-test': 'Server e-mail › Test di connessione',
    'fax-server-email': 'Server fax › Impostazioni server e-mail',
    'job-history': 'Cronologia lavori',
    'network-status': 'Stato rete',
    'product-status': 'Stato del prodotto',
    login: 'Accesso amministratore',
    'print-admin-serverless': 'Epson Print Admin Serverless',
    'webconfig-other': 'Web Config',
    'not-webconfig': 'Non è una pagina di Web Config',
  },
  overlay: {
    open: 'Apri l’assistente',
    collapse: 'Nascondi l’assistente',
    guideHeading: 'Passaggio successivo',
    stepOf: 'Passaggio {n} di {total}',
    done: 'L’accesso per la posta è configurato su questa stampante.',
    outlineHint: 'Il campo interessato è evidenziato nella pagina.',
    hintsHeading: 'Da verificare',
    checklistHeading: 'Prima di iniziare (lato Microsoft 365)',
    checklistNote: 'Spuntare ogni voce completata; viene ricordata per questa stampante.',
    messagesHeading: 'Cosa dice la stampante',
    jobHistoryHeading: 'Codici di errore in questa cronologia',
    jobHistoryNone: 'Nessun codice di errore di posta o cloud in questa cronologia.',
    codeLabel: 'Codice {code}',
    codeUnknown:
      'Non possiamo spiegare con certezza il codice {code}. Cercarlo nel manuale della stampante (elenco dei codici di errore).',
    rowCount: '{count}×',
    oauthMissing: 'La pagina di questa stampante non offre il metodo OAuth2.',
    fieldsHeading: 'Come lo mostra la pagina',
    noGuideHere:
      'Niente da configurare in questa pagina. Le impostazioni di posta si trovano in Rete › Server e-mail › Base.',
    afterBlocker: 'Poi: {step}',
    dock: {
      left: 'Sposta l’assistente a sinistra',
      right: 'Sposta l’assistente a destra',
    },
    showRow: 'Mostra la riga',
  },
  deviceCode: {
    heading: 'Codice di accesso Microsoft',
    instructions:
      'Copiare il codice, aprire la pagina di accesso, incollare il codice e accedere con un account amministratore. Poi selezionare “Consenso per conto dell’organizzazione” e accettare.',
    copy: 'Copia il codice',
    copied: 'Copiato',
    open: 'Apri la pagina di accesso',
    expires: 'Il codice scade alle {time}.',
    notMicrosoft:
      'Questa pagina mostra un link di accesso che non è di Microsoft ({host}). Non accedere lì: la pagina di accesso per dispositivi di Microsoft è https://microsoft.com/devicelogin.',
  },
  testMail: {
    heading: 'E-mail di prova',
    button: 'Invia un’e-mail di prova',
    sending: 'Invio in corso…',
    needAccount: 'Compilare prima l’account (Account autenticato o Indirizzo e-mail del mittente).',
    from: 'Da {from} a {to} tramite {server}',
    passed: 'Riuscito: Microsoft ha accettato il messaggio.',
    failed: 'Non riuscito in: {stage}',
    proves:
      'Un esito positivo dimostra che il tenant accetta SMTP con OAuth (XOAUTH2) per questa cassetta postale, tramite lo stesso server e la stessa regola del mittente usati dalla stampante. Non dimostra che l’app di Epson abbia il consenso, né che l’accesso condizionale la tratti allo stesso modo.',
    stages: {
      dns: 'Risoluzione dei nomi',
      connect: 'Connessione',
      tls: 'Crittografia STARTTLS',
      auth: 'Autenticazione (XOAUTH2)',
      sender: 'Mittente',
      recipient: 'Destinatario',
      data: 'Messaggio',
      ok: 'Recapitato',
    },
    transcript: 'Dialogo SMTP',
    causesHeading: 'Cause probabili',
    notSignedIn: 'L’agente non ha alcun accesso per {account}.',
    signInOnAgent: 'Accedi nell’agente',
    signingIn: 'In attesa che l’accesso termini…',
    signedInRetry: 'Accesso eseguito. Inviare di nuovo la prova.',
    whichAccount:
      'Il test accede come la cassetta postale della stampante, {account} (il mittente), non come l’utente corrente: quando Microsoft lo chiede, usare quell’account.',
    whyAgent:
      'L’agente su questo computer esegue l’accesso per conto proprio: la stampante non condivide il proprio accesso, quindi un’e-mail di prova verifica la cassetta postale e il tenant, non l’accesso della stampante stessa.',
    agentSignInFailed: 'L’accesso proprio dell’agente per {account} non funziona più (scaduto o revocato).',
    agentSignInNote:
      'Si tratta dell’accesso dell’agente su questo computer, non di quello della stampante: la stampante non è stata testata. Accedere di nuovo con l’agente, quindi inviare di nuovo il test.',
    signInAgain: 'Accedi di nuovo con l’agente',
  },
  agent: {
    running: 'Agente in esecuzione (versione {version})',
    down: 'L’agente non è in esecuzione su questo computer.',
    downFix: 'Avviarlo nella cartella wcoa con:',
    startCommand: 'npm start',
    startCommandAlt: 'oppure: npx wcoa start',
    notPaired: 'Questo browser non è associato all’agente.',
    notPairedFix: 'Eseguire questo comando, poi immettere il codice nelle opzioni dell’estensione:',
    pairCommand: 'npx wcoa pair',
    paired: 'Associato',
    error: 'L’agente ha risposto con un errore: {message}',
    notEnabled: 'L’assistente non è abilitato su questa stampante.',
  },
  popup: {
    thisPage: 'Questa pagina',
    detecting: 'Analisi della pagina…',
    notWebConfig: 'Questa pagina non è una pagina di Epson Web Config.',
    cannotRead: 'Questa pagina non può essere letta (una pagina del browser o un documento locale).',
    enable: 'Abilita su questa stampante',
    enabled: 'Abilitato su questa stampante.',
    enableDenied:
      'L’autorizzazione non è stata concessa; l’assistente resta disattivato su questa stampante.',
    options: 'Opzioni',
    model: 'Modello: {model}',
    reload: 'Ricaricare la pagina per mostrare l’assistente.',
  },
  options: {
    title: 'Web Config OAuth Assistant: opzioni',
    pairingHeading: 'Associazione con l’agente',
    pairingHelp:
      'L’agente viene eseguito su questo computer e invia le e-mail di prova. Eseguire “npx wcoa pair” e immettere il codice che stampa.',
    codeLabel: 'Codice di associazione',
    portLabel: 'Porta dell’agente',
    pairButton: 'Associa',
    pairing: 'Associazione in corso…',
    pairedOk: 'Associato all’agente sulla porta {port}.',
    codeInvalid:
      'Il codice non è valido o è scaduto. Eseguire di nuovo “npx wcoa pair” e immettere il nuovo codice.',
    codeFormat: 'Il codice ha 8 caratteri, come {example}.',
    portInvalid: 'La porta è un numero da 1 a 65535 (il valore predefinito dell’agente è {port}).',
    languageHeading: 'Lingua',
    languageAuto: 'Automatica (la lingua di Web Config, poi quella del browser)',
    languageEn: 'English',
    languagePt: 'Português',
    printersHeading: 'Stampanti',
    printersHelp:
      'L’assistente funziona solo sulle stampanti elencate qui. Digitare l’indirizzo di una stampante (IP o nome host, http o https).',
    addLabel: 'Indirizzo della stampante',
    addPlaceholder: '192.168.1.20 o https://printer.example.local',
    addButton: 'Aggiungi una stampante',
    added: '{origin} aggiunto. Aprire o ricaricare la sua pagina di Web Config.',
    denied: 'Il browser non ha concesso l’accesso a {origin}; non è stato aggiunto.',
    errors: {
      empty: 'Digitare l’indirizzo della stampante, per esempio 192.168.1.20.',
      scheme: 'Si possono aggiungere solo indirizzi http:// e https://.',
      invalid: 'Non è un indirizzo IP né un nome host. Esempio: 192.168.1.20 o printer.local.',
    },
    none: 'Ancora nessuna stampante.',
    revoke: 'Rimuovi',
    allSitesLabel: 'Esegui su tutti i siti http e https (per chi amministra molte stampanti)',
    allSitesHelp:
      'Il browser chiede l’accesso a tutti i siti; l’assistente compare comunque solo nelle pagine di Web Config.',
    agentPortHeading: 'L’agente è su un’altra porta?',
    agentPortHelp: 'Digitare la porta indicata da “npx wcoa start”, quindi cercare di nuovo.',
    agentLookAgain: 'Cerca di nuovo',
    agentFound: 'Agente trovato sulla porta {port}.',
    agentNotFound: 'Nessun agente risponde sulla porta {port}.',
    pairingNow: 'Ora: {state}',
    stateDown: 'agente non in esecuzione sulla porta {port}',
    stateNotPaired: 'agente in esecuzione sulla porta {port}, questo browser non è associato',
    statePaired: 'associato all’agente sulla porta {port}',
    endpointsHeading: 'Server di posta usati dalle stampanti (oltre a quelli di Microsoft)',
    endpointsHelp:
      'Solo se le stampanti inviano di proposito tramite un altro server (un inoltro o l’emulatore di un ambiente di prova): un “host:port” per riga. L’assistente non segnalerà più quel server o quella porta.',
    endpointsLabel: 'Server di posta previsti',
    endpointsSave: 'Salva',
    endpointsSaved: 'Salvato.',
    endpointsInvalid: 'Non è un host né host:port: {line}',
    tour: {
      heading: 'Prima volta qui? Una breve panoramica',
      panel:
        'Nella pagina Web Config di una stampante, l’assistente mostra un pannello: il passaggio successivo della configurazione OAuth, il significato dei messaggi della stampante e un’e-mail di prova.',
      fold: 'Il pannello si sposta o si riduce a una linguetta da solo quando coprirebbe messaggi, tabelle o campi della stampante. Usare ⇤ / ⇥ per ancorarlo a sinistra o a destra e › per ridurlo; ogni stampante ricorda la scelta.',
      options:
        'Queste opzioni sono sempre disponibili sotto l’icona dell’estensione › Opzioni: associazione con l’agente, le stampanti, la lingua.',
      done: 'Ho capito',
    },
  },
  worker: {
    unknownMessage:
      'L’estensione non è riuscita a leggere questa richiesta. Ricarichi la pagina: se l’estensione è appena stata aggiornata, così si carica la nuova versione.',
    notEnabled:
      'L’assistente non è abilitato su questa stampante. Faccia clic sull’icona dell’estensione in questa pagina e scelga “Abilita su questa stampante”.',
    pagesOnly:
      'La pagina di una stampante non può chiedere “{type}”: possono farlo solo le pagine dell’estensione stessa (il popup e le opzioni).',
    printerOnly:
      '“{type}” appartiene a una stampante: lo invia solo l’assistente nella pagina Web Config della stampante.',
    memoryTooLarge:
      'Le note della guida per questa stampante superano {max} byte e non sono state salvate; la guida prosegue da ciò che mostra la pagina.',
    noPrinterOrigin:
      'L’indirizzo di questa pagina non è un indirizzo http:// o https:// di una stampante, quindi l’agente non può associarlo a una stampante.',
    notHttp:
      '“{origin}” non è un indirizzo http:// o https://. Digiti l’indirizzo della stampante come lo mostra il browser, per esempio http://192.168.1.20.',
    unexpected:
      'L’estensione ha incontrato un errore imprevisto ({message}). Ricarichi la pagina; se succede di nuovo, ricarichi l’estensione dalla pagina delle estensioni del browser.',
    noAnswer:
      'Il service worker dell’estensione non ha risposto ({message}). Ricarichi la pagina; se succede di nuovo, ricarichi l’estensione dalla pagina delle estensioni del browser.',
    unexpectedReply:
      'Il service worker dell’estensione ha risposto in un modo che questa pagina non capisce. Ricarichi la pagina: se l’estensione è appena stata aggiornata, così si carica la nuova versione.',
  },
};
export default messages;
