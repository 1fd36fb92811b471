import type { Shape } from '../../define.ts';
import type domain from '../../messages/causes.ts';

const messages: Shape<(typeof domain)['en']> = {
  cause: {
    'smtp-auth-disabled': {
      title: 'SMTP AUTH è disattivato',
      explanation:
        'Exchange Online rifiuta l’SMTP autenticato per questa cassetta postale o per l’intera organizzazione. Nei tenant creati dopo gennaio 2020 è disattivato per impostazione predefinita, e l’impostazione della cassetta postale prevale su quella dell’organizzazione.',
      remedy: [
        'Interfaccia di amministrazione di Microsoft 365 > Utenti > Utenti attivi > l’account della stampante > Posta > Gestisci app di posta elettronica: selezionare "SMTP autenticato" e salvare.',
        'Oppure in Exchange Online PowerShell per quella cassetta postale: Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false',
        'Se è disattivato anche l’interruttore dell’organizzazione: Set-TransportConfig -SmtpClientAuthenticationDisabled $false (interfaccia di amministrazione di Exchange > Impostazioni > Flusso di posta: deselezionare "Disattiva il protocollo SMTP AUTH per l’organizzazione").',
        'Anche le impostazioni predefinite per la sicurezza bloccano SMTP AUTH: verificare che siano disattivate (interfaccia di amministrazione di Microsoft Entra > Panoramica > Proprietà > Gestisci impostazioni predefinite per la sicurezza).',
        'Le modifiche possono richiedere fino a un’ora; poi inviare di nuovo un’e-mail di prova.',
      ],
    },
    'security-defaults-on': {
      title: 'Le impostazioni predefinite per la sicurezza bloccano SMTP AUTH',
      explanation:
        'Con le impostazioni predefinite per la sicurezza attive, Microsoft Entra ID blocca l’accesso SMTP di tipo legacy usato dalla stampante, qualunque sia l’impostazione della cassetta postale.',
      remedy: [
        'Interfaccia di amministrazione di Microsoft Entra > Identità > Panoramica > Proprietà > Gestisci impostazioni predefinite per la sicurezza: impostare su Disabilitato (può farlo un Amministratore globale).',
        'Proteggere invece l’organizzazione con criteri di accesso condizionale, escludendo solo ciò che serve alla stampante.',
        'Poi abilitare SMTP AUTH per la cassetta postale della stampante (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false).',
      ],
    },
    'conditional-access-blocked': {
      title: 'Un criterio di accesso condizionale ha bloccato l’accesso',
      explanation:
        'Microsoft Entra ID ha valutato un criterio di accesso condizionale (posizione, dispositivo, app client, rischio) e ha rifiutato l’accesso.',
      remedy: [
        'Interfaccia di amministrazione di Microsoft Entra > Identità > Monitoraggio e integrità > Log di accesso: aprire l’accesso non riuscito e leggere la scheda Accesso condizionale per vedere quale criterio è stato applicato.',
        'Modificare quel criterio o escluderne l’account della stampante (idealmente con un criterio proprio più ristretto).',
        'Accedere di nuovo da Web Config (Rete > Server e-mail > Base > Accedi).',
      ],
    },
    'ca-blocks-device-code': {
      title: 'L’accesso condizionale blocca il flusso del codice del dispositivo',
      explanation:
        'La stampante accede con un codice del dispositivo. Un criterio di accesso condizionale con la condizione "Flussi di autenticazione" (flusso del codice del dispositivo) blocca questo tipo di accesso.',
      remedy: [
        'Log di accesso: aprire l’accesso non riuscito, scheda Accesso condizionale, e trovare il criterio che blocca il "Flusso del codice del dispositivo".',
        'Escludere da quel criterio l’account dell’amministratore della stampante mentre si esegue l’accesso della stampante, oppure limitarne l’ambito in modo che l’accesso della stampante sia consentito.',
        'Accedere di nuovo da Web Config (Rete > Server e-mail > Base > Accedi), poi ripristinare il criterio come richiesto dall’organizzazione.',
      ],
    },
    'mfa-required': {
      title: 'È richiesta l’autenticazione a più fattori',
      explanation:
        'L’account deve completare l’autenticazione a più fattori (o registrarsi per usarla) prima che venga emesso un token.',
      remedy: [
        'Avviare di nuovo l’accesso e completare la richiesta di autenticazione a più fattori nella finestra del browser che si apre per il codice.',
        'Se l’account non ha mai registrato un secondo fattore, registrarlo prima su https://aka.ms/mfasetup.',
        'Se da qui la richiesta non può mai essere soddisfatta, verificare nei log di accesso di Entra quale criterio la impone.',
      ],
    },
    'consent-missing': {
      title: 'L’app non ha il consenso in questa organizzazione',
      explanation:
        'Nessuno ha dato il consenso alle autorizzazioni dell’app (inviare posta come l’utente) per questo tenant, oppure l’account non è assegnato all’app.',
      remedy: [
        'Accedere di nuovo con un account amministratore e, nella schermata delle autorizzazioni, selezionare "Consenso per conto dell’organizzazione", poi Accetta.',
        'Oppure concederlo in interfaccia di amministrazione di Microsoft Entra > Applicazioni aziendali > l’app > Autorizzazioni > Concedi consenso amministratore.',
        'Se l’app richiede l’assegnazione: Applicazioni aziendali > l’app > Utenti e gruppi: aggiungere l’account della stampante.',
      ],
    },
    'admin-role-missing': {
      title: 'All’account manca il ruolo di amministratore necessario per il consenso',
      explanation:
        'Il consenso per conto dell’organizzazione richiede un Amministratore globale (guida Epson) o almeno un Amministratore applicazioni cloud.',
      remedy: [
        'Accedere con un account che abbia il ruolo Amministratore globale o Amministratore applicazioni cloud.',
        'Oppure chiedere a tale amministratore di concedere prima il consenso amministratore all’app (Applicazioni aziendali > l’app > Autorizzazioni).',
      ],
    },
    'sign-in-expired': {
      title: 'L’accesso è scaduto',
      explanation:
        'I token di accesso e di aggiornamento non sono più validi: la stampante non è stata usata per molto tempo (i token di aggiornamento scadono dopo circa 90 giorni di inattività), la password è stata cambiata o reimpostata, oppure un amministratore o un criterio sulla frequenza di accesso ha revocato la sessione.',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: fare clic su Accedi e completare di nuovo l’accesso.',
        'Fare clic su OK perché la stampante salvi il nuovo accesso.',
        'Se continua a scadere, verificare i criteri di accesso condizionale sulla frequenza di accesso e le reimpostazioni della password per quell’account.',
      ],
    },
    'sign-in-required': {
      title: 'La stampante non ha eseguito l’accesso al servizio e-mail',
      explanation: 'È selezionato OAuth2 ma la stampante non ha alcun accesso, quindi non può inviare posta.',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: Metodo di autenticazione = OAuth2, Servizio e-mail = Microsoft Exchange Online (o Outlook.com).',
        'Fare clic su Accedi, poi su Accedi con Microsoft; aprire l’URL mostrato e immettere il codice.',
        'Accedere con un account amministratore e accettare (selezionare "Consenso per conto dell’organizzazione").',
        'Tornati in Web Config, verificare che Stato attuale indichi Accesso eseguito, poi fare clic su OK.',
      ],
    },
    'signed-in-not-saved': {
      title: 'L’accesso non è stato salvato nella stampante',
      explanation:
        'Web Config mostra Accesso eseguito, ma le impostazioni non sono mai state inviate alla stampante, quindi la stampante stessa non ha alcun accesso.',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: se Stato attuale indica Accesso eseguito, fare clic su OK in fondo alla pagina.',
        'Inviare un’e-mail di prova (Server e-mail > Test di connessione) per conferma.',
      ],
    },
    'sender-mismatch': {
      title: 'L’indirizzo del mittente è diverso dall’account che ha eseguito l’accesso',
      explanation:
        'Exchange Online consente a un account di inviare solo con il proprio indirizzo, a meno che non abbia l’autorizzazione Invia come per l’altro indirizzo.',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: rendere l’Indirizzo e-mail del mittente uguale all’Account autenticato.',
        'Oppure concedere all’account Invia come sull’altra cassetta postale (interfaccia di amministrazione di Exchange > Destinatari > Cassette postali > la cassetta postale > Delega > Invia come).',
      ],
    },
    'send-throttled': {
      title: 'L’invio è temporaneamente limitato',
      explanation:
        'Exchange Online ha rallentato o sospeso l’invio per questo account, per esempio dopo ripetuti rifiuti di invio come altro mittente o dopo il superamento dei limiti di invio.',
      remedy: [
        'Correggere prima la causa (di solito l’indirizzo del mittente: renderlo uguale all’account che ha eseguito l’accesso).',
        'Attendere prima di riprovare: la limitazione termina da sola, spesso entro un’ora, a volte fino a 24 ore.',
      ],
    },
    'token-rejected': {
      title: 'Exchange Online ha rifiutato il token di accesso',
      explanation:
        'Il server SMTP ha rifiutato il token XOAUTH2: può essere emesso per il destinatario (audience) o l’ambito sbagliato, indicare un utente diverso da quello del token, oppure essere rifiutato perché SMTP AUTH è disattivato o si applica un criterio.',
      remedy: [
        'Verificare che SMTP AUTH sia attivo per la cassetta postale (interfaccia di amministrazione di Microsoft 365 > Utenti > Utenti attivi > l’account > Posta > Gestisci app di posta elettronica > SMTP autenticato).',
        'Verificare che l’account mostrato in Web Config sia quello che ha eseguito l’accesso e che la cassetta postale abbia una licenza.',
        'Accedere di nuovo da Web Config (Rete > Server e-mail > Base > Accedi) e fare clic su OK.',
        'Per strumenti propri: richiedere l’ambito https://outlook.office.com/SMTP.Send; l’aud del token deve essere https://outlook.office.com.',
      ],
    },
    'token-audience': {
      title: 'Il token è stato emesso per un altro servizio',
      explanation:
        'SMTP richiede un token per Exchange Online (https://outlook.office.com). Un token per Microsoft Graph o un’altra risorsa viene rifiutato con 535 5.7.3.',
      remedy: [
        'Richiedere l’ambito https://outlook.office.com/SMTP.Send (più offline_access), senza ambiti Graph nella stessa richiesta.',
        'Assegnare all’app l’autorizzazione delegata SMTP.Send di Office 365 Exchange Online e concedere il consenso amministratore.',
      ],
    },
    'not-authenticated': {
      title: 'Il dispositivo non si è autenticato',
      explanation:
        'Il server ha ricevuto posta senza alcuna autenticazione: il dispositivo non ha inviato il comando AUTH, oppure ci ha provato prima di STARTTLS.',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: Metodo di autenticazione = OAuth2, ed eseguire l’accesso.',
        'Connessione protetta = STARTTLS, Numero porta server SMTP = 587.',
        'Fare clic su OK, poi inviare un’e-mail di prova.',
      ],
    },
    'tls-too-old': {
      title: 'Il dispositivo usa TLS 1.0 o 1.1',
      explanation: 'Exchange Online accetta SMTP AUTH solo su TLS 1.2 o successivo.',
      remedy: [
        'Aggiornare il firmware della stampante a una versione che supporta TLS 1.2.',
        'Nel frattempo, Microsoft offre smtp-legacy.office365.com per questi dispositivi dopo l’esecuzione di Set-TransportConfig -AllowLegacyTLSClients $true.',
      ],
    },
    'basic-auth-rejected': {
      title: 'L’autenticazione con password (di base) viene rifiutata',
      explanation:
        'Il server ha rifiutato nome utente e password per l’invio SMTP (550 5.7.30, oppure 535 5.7.139 "basic authentication is disabled"): gli account personali Outlook.com accettano solo OAuth 2.0, ed Exchange Online rifiuta le password dove un amministratore le ha disattivate, per impostazione predefinita per i tenant esistenti dalla fine di dicembre 2026 (i nuovi tenant non le hanno mai), e per tutti dopo la rimozione definitiva (data annunciata nella seconda metà del 2027).',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: impostare Metodo di autenticazione su OAuth2 ed eseguire l’accesso.',
        'Se OAuth2 non è disponibile, aggiornare il firmware della stampante.',
        'Nel frattempo un amministratore di Exchange Online può riattivare SMTP AUTH per la cassetta postale (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); funziona solo fino alla rimozione definitiva.',
        'Nessun firmware con OAuth2 ed e-mail solo ai colleghi: High Volume Email (destinatari interni, accesso con password mantenuto fino a settembre 2028), un inoltro tramite connettore o l’invio diretto (direct send).',
      ],
    },
    'ip-blocked': {
      title: 'Microsoft non accetta traffico da questo indirizzo IP',
      explanation:
        'Exchange Online ha rifiutato la connessione a causa della reputazione dell’indirizzo IP di invio; è tipico dei tenant nuovi o di prova.',
      remedy: [
        'Aprire una richiesta di supporto a Microsoft 365 (interfaccia di amministrazione > Supporto) citando la risposta completa.',
        'Nel frattempo, inviare da un’altra rete o attendere che il tenant sia completamente predisposto.',
      ],
    },
    'mailbox-unlicensed': {
      title: 'La cassetta postale di invio non ha una licenza',
      explanation:
        'Exchange Online consente di inviare con SMTP AUTH solo a una cassetta postale con licenza.',
      remedy: [
        'Interfaccia di amministrazione di Microsoft 365 > Utenti > Utenti attivi > l’account > Licenze e app: assegnare una licenza che includa Exchange Online.',
        'Attendere che la cassetta postale sia predisposta, poi inviare di nuovo un’e-mail di prova.',
      ],
    },
    'wrong-server': {
      title: 'L’indirizzo del server SMTP non è quello di Microsoft',
      explanation:
        'Exchange Online si aspetta smtp.office365.com; gli account personali Outlook.com si aspettano smtp-mail.outlook.com. L’host MX del proprio dominio (…mail.protection.outlook.com, porta 25) è l’endpoint dell’invio diretto (direct send): non offre alcun accesso e risponde "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: Indirizzo server SMTP = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Fare clic su OK.',
      ],
    },
    'wrong-port': {
      title: 'La porta SMTP non è 587',
      explanation:
        'L’invio con SMTP AUTH a Exchange Online funziona solo sulla porta 587 con STARTTLS; la porta 465 (SSL/TLS fin dal primo byte) non è offerta, quindi una connessione su di essa scade o viene rifiutata.',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: Numero porta server SMTP = 587.',
        'Fare clic su OK.',
      ],
    },
    'wrong-secure-connection': {
      title: 'La connessione protetta non è STARTTLS',
      explanation:
        'Sulla porta 587 Exchange Online inizia in chiaro e passa a TLS con STARTTLS; SSL/TLS fin dal primo byte, o nessuna crittografia, non funziona.',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: Connessione protetta = STARTTLS.',
        'Fare clic su OK.',
      ],
    },
    'service-unreachable': {
      title: 'Il servizio e-mail non è raggiungibile',
      explanation:
        'La connessione al servizio e-mail o cloud non è riuscita: la risoluzione dei nomi, l’instradamento, un firewall o un proxy l’ha impedita, oppure il servizio non ha risposto.',
      remedy: [
        'Verificare le impostazioni di rete della stampante: indirizzo IP, gateway e server DNS (Stato rete in Web Config, o il foglio di stato).',
        'Verificare che la rete consenta alla stampante di raggiungere smtp.office365.com sulla porta TCP 587 e login.microsoftonline.com sulla 443.',
        'Eseguire Server e-mail > Test di connessione in Web Config, poi riprovare.',
      ],
    },
    'certificate-invalid': {
      title: 'Impossibile verificare il certificato del server',
      explanation:
        'Il certificato TLS non è stato convalidato: il certificato radice manca o non è aggiornato, il certificato è scaduto, il nome non corrisponde, oppure qualcosa nel mezzo intercetta la connessione.',
      remedy: [
        'Web Config > Sicurezza di rete > Certificato CA / Aggiornamento certificato radice: aggiornare i certificati radice.',
        'Verificare che data e ora della stampante siano corrette.',
        'Verificare che nessun proxy o firewall sostituisca il certificato e che l’Indirizzo server SMTP sia esattamente il nome del servizio.',
        'Se la stampante si trova dietro un proxy o un firewall che ispeziona il TLS, importare nella stampante il certificato CA di quel proxy: Web Config > Sicurezza di rete > Certificato CA > Importa.',
        'Se questo PC (l’agente wcoa) si trova dietro un proxy di questo tipo, fornire all’agente la CA del proxy: tls.caFile nel config.json dell’agente (oppure WCOA_CA_FILE), quindi riavviare l’agente.',
      ],
    },
    'certificate-validation-disabled': {
      title: 'La convalida del certificato è disattivata',
      explanation:
        'La stampante si connette senza verificare il certificato del server e-mail, quindi non può distinguere il server vero da un impostore.',
      remedy: [
        'Aggiornare prima i certificati radice (Web Config > Sicurezza di rete > Aggiornamento certificato radice).',
        'Poi Web Config > Rete > Server e-mail > Base: Convalida certificato = Attiva, e fare clic su OK.',
      ],
    },
    'app-not-found': {
      title: 'L’app non è stata trovata nel tenant',
      explanation:
        'L’ID client è sconosciuto al tenant a cui è andato l’accesso, oppure l’app lì è disabilitata: ID client errato, tenant errato, o app non abilitata per quel tipo di account.',
      remedy: [
        'Confrontare l’ID client con interfaccia di amministrazione di Microsoft Entra > Registrazioni app > l’app > Panoramica (ID applicazione (client)).',
        'Verificare l’ID del tenant (directory) o il dominio usato per l’accesso.',
        'Gli account Outlook.com richiedono un’app i cui tipi di account supportati includano gli account Microsoft personali.',
      ],
    },
    'wrong-tenant-endpoint': {
      title: 'L’accesso ha usato l’endpoint del tenant sbagliato',
      explanation:
        'Il tenant nell’URL di accesso non corrisponde all’app o all’account: un’app a tenant singolo usata con /common, un tenant scritto male, o un account di un’altra directory.',
      remedy: [
        'Usare l’endpoint proprio del tenant: https://login.microsoftonline.com/<ID o dominio del tenant>/.',
        'Verificare che il nome o l’ID del tenant non contenga errori di battitura e che l’account appartenga a quel tenant.',
      ],
    },
    'public-client-disabled': {
      title: 'I flussi client pubblici sono disattivati per l’app',
      explanation:
        'Il flusso del codice del dispositivo richiede che la registrazione dell’app consenta i flussi client pubblici; altrimenti Entra ID chiede un segreto client che il dispositivo non ha.',
      remedy: [
        'Interfaccia di amministrazione di Microsoft Entra > Registrazioni app > l’app > Autenticazione > Impostazioni avanzate: impostare "Consenti flussi client pubblici" su Sì e salvare.',
      ],
    },
    'client-secret-sent': {
      title: 'Un client pubblico ha inviato un segreto client',
      explanation:
        'L’app è registrata come client pubblico, ma la richiesta conteneva un segreto client o un’asserzione, che Entra ID rifiuta.',
      remedy: [
        'Rimuovere il segreto client dalla configurazione dello strumento che esegue l’accesso.',
        'Lasciare attivo "Consenti flussi client pubblici" per l’accesso con codice del dispositivo.',
      ],
    },
    'device-code-expired': {
      title: 'Il codice di accesso è scaduto',
      explanation: 'Il codice mostrato per l’accesso è valido per circa 15 minuti, e quel tempo è trascorso.',
      remedy: ['Avviare di nuovo l’accesso e immettere subito il nuovo codice.'],
    },
    'device-code-declined': {
      title: 'L’accesso è stato rifiutato',
      explanation:
        'La persona che eseguiva l’accesso ha annullato o ha rifiutato le autorizzazioni chieste dall’app.',
      remedy: [
        'Avviare di nuovo l’accesso e, nella schermata delle autorizzazioni, fare clic su Accetta.',
        'Se le autorizzazioni vengono rifiutate di proposito, chiedere a un amministratore di concedere il consenso amministratore.',
      ],
    },
    'transient-server-error': {
      title: 'Errore temporaneo del server',
      explanation:
        'Il server ha segnalato un problema temporaneo; per quanto mostra questa risposta, le impostazioni sono corrette.',
      remedy: [
        'Riprovare tra qualche minuto.',
        'Se persiste, controllare la pagina Integrità del servizio di Microsoft 365.',
      ],
    },
    'additional-network-unsupported': {
      title: 'OAuth 2.0 funziona solo sulla rete standard',
      explanation:
        'Sui modelli con reti aggiuntive, la posta con OAuth 2.0 funziona solo sulla rete standard (guida Epson).',
      remedy: [
        'Collegare la stampante in modo che la posta esca dalla rete standard.',
        'Poi accedere di nuovo da Web Config (Rete > Server e-mail > Base).',
      ],
    },
    'oauth-not-supported': {
      title: 'Questa stampante non offre OAuth 2.0',
      explanation:
        'L’elenco Metodo di autenticazione non contiene OAuth2, quindi la stampante, così com’è, non può accedere a Exchange Online.',
      remedy: [
        'Aggiornare prima il firmware della stampante: i firmware più recenti aggiungono OAuth2 in Rete > Server e-mail > Base.',
        'Se nessun aggiornamento lo aggiunge e la stampante invia e-mail solo ai colleghi: High Volume Email (solo destinatari interni; accesso con password mantenuto fino a settembre 2028).',
        'Oppure inoltrare tramite un connettore di Exchange Online che identifichi la rete della stampante dal suo indirizzo IP pubblico statico o da un certificato.',
        'Oppure usare l’invio diretto (direct send) di Microsoft: SMTP verso l’host MX del proprio dominio sulla porta 25, senza autenticazione, solo per destinatari interni all’organizzazione. Smette di funzionare se un amministratore attiva "Reject Direct Send" (disponibile a livello generale da settembre 2025), a meno che un connettore partner non copra la stampante.',
      ],
    },
    'credentials-invalid': {
      title: 'L’account o la password sono stati rifiutati',
      explanation:
        'Entra ID non ha accettato il nome dell’account o la password: un errore di battitura, un account che non esiste in questa directory, una password scaduta, oppure un account disabilitato o bloccato.',
      remedy: [
        'Verificare il nome dell’account (l’indirizzo completo) e digitare di nuovo la password.',
        'In interfaccia di amministrazione di Microsoft 365 > Utenti > Utenti attivi, verificare che l’account esista e non sia bloccato per l’accesso, e reimpostarne la password se necessario.',
      ],
    },
    'scope-invalid': {
      title: 'L’accesso ha richiesto un ambito o una risorsa errati',
      explanation:
        'Entra ID ha rifiutato l’ambito richiesto (AADSTS70011, 28000) o non ha trovato la risorsa indicata (AADSTS500011). SMTP richiede esattamente https://outlook.office.com/SMTP.Send: vengono rifiutati l’host di Graph davanti a SMTP.Send (https://graph.microsoft.com/SMTP.Send), un URI di risorsa semplice accanto ad esso o ambiti di due risorse nella stessa richiesta.',
      remedy: [
        'Richiedere gli ambiti "https://outlook.office.com/SMTP.Send offline_access" e nient’altro nella stessa richiesta (nessun ambito di Graph, nessun https://outlook.office.com semplice).',
        'Registrazione dell’app > Autorizzazioni API: aggiungere Office 365 Exchange Online (o Microsoft Graph) > Delegate > SMTP.Send, quindi Concedi consenso amministratore.',
        'Se l’errore indica che l’entità risorsa non è stata trovata, il tenant non ha un’entità servizio di Exchange Online: verificare che il tenant disponga di licenze Exchange Online.',
      ],
    },
    'request-malformed': {
      title: 'Nella richiesta di accesso manca un parametro obbligatorio',
      explanation:
        'Entra ID ha rifiutato la richiesta stessa (AADSTS900144): un campo obbligatorio come client_id, scope, grant_type o device_code era vuoto o mancante. È un difetto dello strumento che ha creato la richiesta, non dell’account.',
      remedy: [
        'Verificare che l’ID client e il tenant dell’app siano compilati nelle impostazioni dello strumento (wcoa: config.json, clientId e tenant).',
        'Se la richiesta è stata creata da una stampante o da uno strumento proprio, aggiornarne il firmware o il software; riferire al produttore l’errore completo.',
      ],
    },
    'redirect-uri-missing': {
      title: 'La registrazione dell’app non ha un indirizzo di risposta',
      explanation:
        'La registrazione dell’app non ha un URI di reindirizzamento per questo accesso (AADSTS500113), quindi Entra ID non sa dove inviare la risposta.',
      remedy: [
        'Interfaccia di amministrazione di Microsoft Entra > Registrazioni app > l’app > Autenticazione > Aggiungi una piattaforma: aggiungere l’URI di reindirizzamento usato dallo strumento (per un accesso da desktop o da dispositivo, "Applicazioni per dispositivi mobili e desktop" con https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Salvare, quindi accedere di nuovo.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'L’indirizzo di risposta è registrato sulla piattaforma sbagliata',
      explanation:
        'L’URI di reindirizzamento esiste, ma sotto una piattaforma che non corrisponde al flusso (AADSTS9002325 e simili): ad esempio registrato come applicazione a pagina singola mentre lo strumento riscatta il codice come app desktop o web, o viceversa.',
      remedy: [
        'Registrazioni app > l’app > Autenticazione: rimuovere l’URI di reindirizzamento dalla piattaforma in cui si trova e aggiungerlo sotto la piattaforma adatta allo strumento (accessi da desktop e da dispositivo: "Applicazioni per dispositivi mobili e desktop").',
        'Per il flusso del codice del dispositivo impostare anche "Consenti flussi client pubblici" su Sì, quindi accedere di nuovo.',
      ],
    },
    'client-secret-invalid': {
      title: 'Il segreto client dell’app è errato o scaduto',
      explanation:
        'Entra ID ha rifiutato il segreto client (AADSTS7000215): è stato digitato male, è stato fornito l’ID del segreto invece del suo valore, oppure è scaduto.',
      remedy: [
        'Registrazioni app > l’app > Certificati e segreti: creare un nuovo segreto client e copiarne il Valore (non l’ID segreto) nello strumento.',
        'Un accesso da dispositivo (flusso del codice del dispositivo) non richiede alcun segreto: usare un client pubblico e non inviarne nessuno.',
      ],
    },
    'token-user-mismatch': {
      title: 'Il token appartiene a un account diverso da quello che invia',
      explanation:
        'SMTP XOAUTH2 invia un nome utente e un token; Exchange Online li rifiuta (535 5.7.3) quando il token è stato emesso per un altro account, ad esempio quando ha eseguito l’accesso l’amministratore globale mentre la stampante invia come la propria cassetta postale.',
      remedy: [
        'Accedere con la cassetta postale con cui invia la stampante (l’account in Web Config > Rete > Server e-mail > Base), non con l’account dell’amministratore.',
        'Oppure concedere all’account che ha eseguito l’accesso l’autorizzazione Invia come su quella cassetta postale (interfaccia di amministrazione di Exchange > Destinatari > Cassette postali > la cassetta postale > Delega) e fare in modo che il mittente corrisponda all’account che ha eseguito l’accesso.',
      ],
    },
    'basic-auth-retiring': {
      title: 'L’accesso con password a Exchange Online sta per essere disattivato',
      explanation:
        'Questa stampante invia tramite Exchange Online o Outlook.com con una password (SMTP-AUTH). Microsoft disattiva SMTP AUTH con password per impostazione predefinita per i tenant esistenti alla fine di dicembre 2026 (per ora un amministratore può riattivarlo; i nuovi tenant non lo hanno) e annuncerà la data della rimozione definitiva nella seconda metà del 2027; dopo di che la stampante riceve "550 5.7.30 Basic authentication is not supported for Client Submission".',
      remedy: [
        'Passare a OAuth 2.0: Web Config > Rete > Server e-mail > Base: Metodo di autenticazione = OAuth2, quindi Accedi (aggiornare prima il firmware se OAuth2 non è disponibile).',
        'Senza firmware con OAuth2 ed e-mail solo ai colleghi: High Volume Email (solo destinatari interni; accesso con password mantenuto fino a settembre 2028).',
        'Oppure inoltrare tramite un connettore di Exchange Online che identifichi la stampante dal suo indirizzo IP pubblico statico o da un certificato.',
        'Oppure l’invio diretto (direct send) verso l’host MX del proprio dominio sulla porta 25 (solo destinatari interni); smette di funzionare se un amministratore attiva "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) senza un connettore che copra la stampante.',
      ],
    },
    'direct-send-rejected': {
      title: 'Il tenant rifiuta l’invio diretto (direct send)',
      explanation:
        'La stampante invia senza accedere all’host MX del proprio dominio (invio diretto), e l’impostazione "Reject Direct Send" del tenant (disponibile a livello generale da settembre 2025) rifiuta tali e-mail.',
      remedy: [
        'Soluzione migliore: passare la stampante a OAuth 2.0 su smtp.office365.com porta 587 (Web Config > Rete > Server e-mail > Base).',
        'Oppure creare un connettore partner in ingresso che identifichi la stampante dal suo indirizzo IP pubblico statico o da un certificato, in modo che le sue e-mail non siano più invio diretto non autenticato.',
        'Oppure, se l’organizzazione lo accetta, disattivare l’impostazione: Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'Il server supporta solo TLS 1.1 o precedente',
      explanation:
        'Il server SMTP non ha offerto alcuna versione di TLS dalla 1.2 in su; TLS 1.0 e 1.1 sono dismessi (RFC 8996) e né l’agente né Exchange Online li accettano. A essere obsoleto è il server, non il dispositivo.',
      remedy: [
        'Verificare l’Indirizzo server SMTP: Exchange Online è smtp.office365.com; un altro server o inoltro intermedio deve offrire TLS 1.2 o successivo.',
        'Chiedere a chi gestisce quel server di abilitare TLS 1.2 (o 1.3).',
      ],
    },
    'agent-ca-untrusted': {
      title: 'L’agente non considera attendibile l’emittente del certificato',
      explanation:
        'La catena di certificati non porta a un’autorità di certificazione considerata attendibile dall’agente: una CA privata, oppure un proxy o un firewall che ispeziona il TLS ed emette certificati propri.',
      remedy: [
        'Se la CA è la propria (una CA aziendale, un proxy che ispeziona il TLS), impostare "tls": { "caFile": "/path/to/ca.pem" } nel config.json dell’agente (oppure WCOA_CA_FILE) e riavviare l’agente.',
        'Altrimenti verificare che nulla tra questo computer e il server sostituisca il certificato.',
      ],
    },
    'smtp-line-too-long': {
      title: 'Il server ha rifiutato una riga di comando perché troppo lunga',
      explanation:
        'Il server SMTP ha risposto a un comando con un errore di lunghezza della riga (ad esempio 500 5.5.2 Line too long). I token di accesso sono lunghi; un server che limita le righe deve accettare la risposta XOAUTH2 su una riga a sé dopo un 334.',
      remedy: [
        'Verificare che l’Indirizzo server SMTP punti al servizio e-mail desiderato.',
        'Chiedere a chi gestisce il server di consentire righe AUTH di almeno 12288 ottetti (RFC 4954) o la forma AUTH in due passaggi.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Connesso, ma il server non ha inviato alcun saluto SMTP',
      explanation:
        'La connessione TCP si è aperta ma nessun saluto 220 è arrivato entro il tempo consentito: la porta potrebbe richiedere TLS fin dall’inizio (465), oppure un firewall o un server sovraccarico trattiene la connessione.',
      remedy: [
        'Per Exchange Online usare la porta 587 con STARTTLS.',
        'Verificare che nessun firewall o proxy intercetti la porta SMTP, quindi riprovare.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'Nessuna connessione al servizio cloud o al servizio e-mail.',
        solution: 'Connettersi al servizio cloud o al servizio e-mail.',
      },
      '361': {
        state: 'La connessione al servizio cloud o al servizio e-mail è scaduta.',
        solution: 'Connettersi di nuovo al servizio cloud o al servizio e-mail.',
      },
      '370': {
        state: 'È necessario accedere di nuovo al servizio cloud.',
        solution: 'Accedere al servizio cloud.',
      },
    },
    documented: 'Codice di errore {code}: {state} Soluzione di Epson: {solution}',
    likely: 'Cause probabili: {causes}',
    undocumented:
      'Codice di errore {code}: la guida OAuth 2.0 di Epson non documenta questo codice. Cercarlo nel manuale della stampante (la Guida utente elenca i codici mostrati nel menu Stato lavoro).',
  },
  explain: {
    noCause: 'Nessuna causa nota riconosciuta.',
    source: 'Fonte: {source}',
    sourceChecked: 'Fonte: {source} (verificata il {date})',
    matched: 'Riconosciuto da: {evidence}',
    emptyInput: 'Niente da spiegare: indicare un testo, oppure - per leggerlo dall’input standard.',
    badLang: 'Lingua sconosciuta "{lang}". Usare una di queste: {langs}.',
    description:
      'Spiegare un testo di errore (risposta SMTP, errore di accesso, codice o messaggio Epson): cause probabili e cosa fare',
    textArgument: 'testi di errore da spiegare; - ne legge uno dall’input standard',
    jsonOption: 'scrivere una riga JSON per testo',
    langOption: 'lingua dei titoli e delle soluzioni: {langs}',
  },
};
export default messages;
