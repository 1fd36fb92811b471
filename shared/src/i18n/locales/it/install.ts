import type { Shape } from '../../define.ts';
import type domain from '../../messages/install.ts';

const messages: Shape<(typeof domain)['en']> = {
  extension: {
    name: 'Web Config OAuth Assistant',
    description:
      'Guida passo passo la configurazione della posta con OAuth 2.0 per Exchange Online in Epson Web Config e la verifica.',
  },
  setup: {
    description:
      'creare o riparare la registrazione dell’app Entra usata da wcoa (accesso come amministratore con un codice del dispositivo)',
    tenantOption:
      'ID tenant o dominio a cui accedere (predefinito: la configurazione, altrimenti la propria organizzazione)',
    extensionIdOption:
      'l’id dell’estensione il cui controllo del tenant può eseguire l’accesso (predefinito: da WCOA_EXTENSION_KEY; vedere il README "Pinned extension id")',
    badExtensionId: '"{value}" non è un id di estensione (32 lettere da a a p).',
    signIn:
      'Accedere come amministratore dell’organizzazione Microsoft 365: aprire {url} e immettere il codice {code}.',
    signedIn: 'Accesso eseguito come {account} (tenant {tenant}).',
    signInFailed: 'L’accesso non è stato completato: {reason}',
    nothingToDo: 'Nulla da modificare: la registrazione dell’app "{name}" ({clientId}) è configurata.',
    willDo: 'wcoa setup ora eseguirà:',
    done: 'Completato:',
    noExtensionId:
      'Nessun id di estensione fornito: il controllo del tenant nel browser non può accedere finché non si esegue wcoa setup --extension-id <id> (l’id è in chrome://extensions).',
    plan: {
      createApp:
        'creare la registrazione dell’app "{name}" (flussi client pubblici attivi; Exchange Online SMTP.Send; Microsoft Graph {graph})',
      fixApp: 'aggiornare la registrazione dell’app {clientId}: {changes}',
      publicClient: 'attivare i flussi client pubblici',
      addRedirect: 'aggiungere l’URI di reindirizzamento {uri}',
      addPermissions: 'aggiungere le autorizzazioni {permissions}',
      createPrincipal: 'creare la sua entità servizio (l’app nell’organizzazione)',
      grant: 'concedere il consenso per l’intera organizzazione: {resource} {scopes}',
      writeConfig: 'scrivere clientId {clientId} e tenant {tenant} in {config}',
    },
    did: {
      createApp: 'creata la registrazione dell’app "{name}": ID client {clientId}',
      fixApp: 'aggiornata la registrazione dell’app {clientId}',
      createPrincipal: 'creata l’entità servizio {id}',
      grant: 'concesso {resource} {scopes} per l’organizzazione',
      writeConfig: 'scritti clientId e tenant in {config}',
    },
    missingRole:
      'Microsoft Graph ha rifiutato di {step}: {message}. Serve uno di questi ruoli: {roles}. Chiedere a chi ne ha uno di eseguire "wcoa setup", oppure seguire i passaggi nel portale descritti nel README ("Register the Entra app").',
    graphError: 'Microsoft Graph ha risposto {status} a "{step}": {message}',
    unreachable: 'Impossibile raggiungere {url}: {reason}',
    restart: 'Riavviare l’agente perché usi il nuovo ID client (wcoa service lo riavvia all’accesso).',
  },
  service: {
    description: 'avviare l’agente all’accesso: installare, disinstallare o mostrare il servizio',
    installDescription:
      'scrivere e abilitare il servizio (unità utente systemd, agente launchd o attività pianificata)',
    uninstallDescription: 'disabilitare e rimuovere il servizio',
    statusDescription: 'mostrare se il servizio è installato e in esecuzione',
    installed: '{kind} installato: {file}',
    enabled: 'Abilitato: l’agente si avvia all’accesso (e adesso).',
    enableFailed:
      'Scritto, ma "{command}" non è riuscito: {reason}. Eseguirlo manualmente quando la sessione lo consente.',
    uninstalled: '{file} rimosso.',
    notInstalled: 'Nessun servizio installato ({file} non esiste).',
    statusInstalled: 'Installato: {file}',
    statusState: 'Stato: {state}',
    unsupported: 'Nessun supporto del servizio per {platform}: avviare l’agente con "wcoa start".',
  },
  doctor: {
    description:
      'controllare ogni collegamento da Node a un account con accesso eseguito e indicare cosa fare dopo',
    node: 'Node.js {version}',
    nodeOld: 'Node.js {version} è precedente a {wanted}: installare una versione LTS attuale da nodejs.org',
    agentUp: 'Agente {version} in ascolto sulla porta {port}',
    agentDown:
      'Nessun agente in esecuzione: avviarlo con "wcoa start" (o "wcoa service install" per ogni accesso)',
    paired: '{count} estensione/i associata/e',
    notPaired:
      'Nessuna estensione associata: eseguire "wcoa pair" e immettere il codice nelle opzioni dell’estensione',
    appSet: 'La registrazione dell’app {clientId} (tenant {tenant}) risponde alla piattaforma di identità',
    appMissing: 'Nessuna registrazione dell’app configurata: eseguire "wcoa setup"',
    appBroken:
      'La registrazione dell’app {clientId} non funziona: {reason}. Eseguire "wcoa setup" per ripararla',
    smtpOk: 'SMTP {host}:{port} offre STARTTLS e XOAUTH2',
    smtpBad: 'SMTP {host}:{port}: {reason}',
    accountOk: 'Accesso eseguito per l’account {email}',
    accountMissing:
      'Nessun account con accesso eseguito: eseguire "wcoa signin --email <cassetta postale della stampante>"',
    skipped: '{what}: non verificato senza un agente in esecuzione',
    what: {
      pairing: 'Associazione',
      smtp: 'Endpoint SMTP',
      account: 'Account con accesso eseguito',
    },
    allGood: 'Tutto pronto: inviare un’e-mail di prova con "wcoa test-mail --from <cassetta postale>".',
    next: 'Passaggio successivo: {action}',
  },
  firstRun: {
    heading: 'Passaggi successivi:',
    extension:
      '1. Caricare l’estensione: aprire chrome://extensions (o edge://extensions), attivare la Modalità sviluppatore, fare clic su "Carica estensione non pacchettizzata" e scegliere {dir}.',
    extensionNotBuilt:
      '1. Compilare l’estensione con "npm run build", quindi caricare {dir} in chrome://extensions (Modalità sviluppatore, "Carica estensione non pacchettizzata").',
    extensionPacked: '1. Installare l’estensione del browser (docs/install.md, passaggio 5).',
    pairing:
      '2. Nelle opzioni dell’estensione, immettere il codice di associazione {code} (valido 5 minuti; "wcoa pair" per un altro).',
    appReady: '3. Registrazione dell’app: configurata (ID client {clientId}).',
    appMissing: '3. Registrazione dell’app: non configurata. Eseguire "wcoa setup" in un altro terminale.',
    more: 'Elenco di controllo in qualsiasi momento: wcoa doctor',
  },
};
export default messages;
