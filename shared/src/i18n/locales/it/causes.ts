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
        'The server refused a user name and password for SMTP submission (550 5.7.30, or 535 5.7.139 "basic authentication is disabled"): Outlook.com personal accounts accept OAuth 2.0 only, and Exchange Online refuses passwords where an admin turned them off, by default for existing tenants from the end of December 2026 (new tenants never have them), and for everyone after the final removal (date announced in the second half of 2027).',
      remedy: [
        'Web Config > Network > Email Server > Basic: set Authentication Method to OAuth2 and sign in.',
        'If OAuth2 is not offered, update the printer’s firmware.',
        'Until then, an Exchange Online admin can turn SMTP AUTH back on for the mailbox (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); this works only until the final removal.',
        'No OAuth2 firmware and mail to colleagues only: High Volume Email (internal recipients, password sign-in kept until September 2028), a connector relay, or Direct Send.',
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
        'Exchange Online expects smtp.office365.com; personal Outlook.com accounts expect smtp-mail.outlook.com. Your domain’s MX host (…mail.protection.outlook.com, port 25) is the Direct Send endpoint: it offers no sign-in and answers "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Rete > Server e-mail > Base: Indirizzo server SMTP = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Fare clic su OK.',
      ],
    },
    'wrong-port': {
      title: 'La porta SMTP non è 587',
      explanation:
        'SMTP AUTH submission to Exchange Online works on port 587 with STARTTLS only; port 465 (SSL/TLS from the first byte) is not offered, so a connection there times out or is refused.',
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
        'Web Config > Network Security > CA Certificate / Root Certificate Update: update the root certificates.',
        'Check the printer’s date and time are correct.',
        'Check that no proxy or firewall replaces the certificate, and that the SMTP Server Address is exactly the service’s name.',
        'If the printer is behind a TLS-inspecting proxy or firewall, import that proxy’s CA certificate into the printer: Web Config > Network Security > CA Certificate > Import.',
        'If this PC (the wcoa agent) is behind such a proxy, give the agent the proxy’s CA: tls.caFile in the agent’s config.json (or WCOA_CA_FILE), then restart the agent.',
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
        'First update the printer’s firmware: newer firmware adds OAuth2 to Network > Email Server > Basic.',
        'If no update adds it and the printer mails colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
        'Or relay through an Exchange Online connector that identifies the printer’s network by its static public IP address or a certificate.',
        'Or use Microsoft’s direct send: SMTP to your domain’s MX host on port 25, no authentication, recipients inside your organisation only. It breaks if an admin turns on "Reject Direct Send" (generally available since September 2025) unless a partner connector covers the printer.',
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
      title: 'The sign-in asked for a scope or resource that is wrong',
      explanation:
        'Entra ID refused the requested scope (AADSTS70011, 28000) or could not find the resource it names (AADSTS500011). SMTP needs exactly https://outlook.office.com/SMTP.Send: Graph’s host in front of SMTP.Send (https://graph.microsoft.com/SMTP.Send), a bare resource URI beside it, or scopes of two resources in one request are refused.',
      remedy: [
        'Request the scopes "https://outlook.office.com/SMTP.Send offline_access" and nothing else in the same request (no Graph scopes, no bare https://outlook.office.com).',
        'App registration > API permissions: add Office 365 Exchange Online (or Microsoft Graph) > Delegated > SMTP.Send, then Grant admin consent.',
        'If the error says the resource principal was not found, the tenant has no Exchange Online service principal: check the tenant has Exchange Online licenses.',
      ],
    },
    'request-malformed': {
      title: 'The sign-in request is missing a required parameter',
      explanation:
        'Entra ID refused the request itself (AADSTS900144): a required field such as client_id, scope, grant_type or device_code was empty or missing. This is a fault of the tool that built the request, not of the account.',
      remedy: [
        'Check the app’s client id and tenant in the tool’s settings (wcoa: config.json, clientId and tenant) are filled in.',
        'If a printer or tool of its own built the request, update its firmware or software; quote the full error to its maker.',
      ],
    },
    'redirect-uri-missing': {
      title: 'The app registration has no reply address',
      explanation:
        'The app registration has no redirect URI for this sign-in (AADSTS500113), so Entra ID has nowhere to send the answer.',
      remedy: [
        'Microsoft Entra admin center > App registrations > the app > Authentication > Add a platform: add the redirect URI the tool uses (for a desktop or device sign-in, "Mobile and desktop applications" with https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Save, then sign in again.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'The reply address is registered on the wrong platform',
      explanation:
        'The redirect URI exists but under a platform that does not fit the flow (AADSTS9002325 and similar): for example registered as a Single-page application while the tool redeems the code as a desktop or web app, or the reverse.',
      remedy: [
        'App registrations > the app > Authentication: remove the redirect URI from the platform it is on and add it under the platform that matches the tool (desktop and device sign-ins: "Mobile and desktop applications").',
        'For the device code flow also set "Allow public client flows" to Yes, then sign in again.',
      ],
    },
    'client-secret-invalid': {
      title: 'The app’s client secret is wrong or expired',
      explanation:
        'Entra ID refused the client secret (AADSTS7000215): it was mistyped, the secret’s ID was given instead of its value, or it expired.',
      remedy: [
        'App registrations > the app > Certificates & secrets: create a new client secret and copy its Value (not the Secret ID) into the tool.',
        'A device sign-in (device code flow) needs no secret at all: use a public client and send none.',
      ],
    },
    'token-user-mismatch': {
      title: 'The token belongs to another account than the one sending',
      explanation:
        'SMTP XOAUTH2 sends a user name and a token; Exchange Online refuses them (535 5.7.3) when the token was issued to a different account, for example when the global administrator signed in while the printer sends as its own mailbox.',
      remedy: [
        'Sign in with the mailbox the printer sends as (the account in Web Config > Network > Email Server > Basic), not with the administrator’s account.',
        'Or grant the signed-in account Send As on that mailbox (Exchange admin center > Recipients > Mailboxes > the mailbox > Delegation) and make the sender match the signed-in account.',
      ],
    },
    'basic-auth-retiring': {
      title: 'Password sign-in to Exchange Online is being switched off',
      explanation:
        'This printer sends through Exchange Online or Outlook.com with a password (SMTP-AUTH). Microsoft switches password SMTP AUTH off by default for existing tenants at the end of December 2026 (an admin can turn it back on for now; new tenants do not have it) and will announce the final removal date in the second half of 2027; after that the printer gets "550 5.7.30 Basic authentication is not supported for Client Submission".',
      remedy: [
        'Move to OAuth 2.0: Web Config > Network > Email Server > Basic: Authentication Method = OAuth2, then Sign In (update the firmware first if OAuth2 is not offered).',
        'Without OAuth2 firmware and mail to colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
        'Or relay through an Exchange Online connector that identifies the printer by its static public IP address or a certificate.',
        'Or Direct Send to your domain’s MX host on port 25 (internal recipients only); it stops working if an admin turns on "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) without a connector that covers the printer.',
      ],
    },
    'direct-send-rejected': {
      title: 'The tenant rejects Direct Send',
      explanation:
        'The printer sends without signing in to your domain’s MX host (Direct Send), and the tenant’s "Reject Direct Send" setting (generally available since September 2025) refuses such mail.',
      remedy: [
        'Best: switch the printer to OAuth 2.0 on smtp.office365.com port 587 (Web Config > Network > Email Server > Basic).',
        'Or create an inbound partner connector that identifies the printer by its static public IP address or a certificate, so its mail is no longer unauthenticated Direct Send.',
        'Or, if your organisation accepts it, turn the setting off: Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'The server only speaks TLS 1.1 or older',
      explanation:
        'The SMTP server offered no TLS version from 1.2 up; TLS 1.0 and 1.1 are retired (RFC 8996) and neither the agent nor Exchange Online accepts them. The server, not the device, is out of date.',
      remedy: [
        'Check the SMTP Server Address: Exchange Online is smtp.office365.com; another server or relay in between must offer TLS 1.2 or later.',
        'Ask whoever runs that server to enable TLS 1.2 (or 1.3).',
      ],
    },
    'agent-ca-untrusted': {
      title: 'The agent does not trust the certificate’s issuer',
      explanation:
        'The certificate chain does not lead to a certificate authority the agent trusts: a private CA, or a proxy or firewall that inspects TLS and issues its own certificates.',
      remedy: [
        'If the CA is yours (a company CA, a TLS-inspecting proxy), set "tls": { "caFile": "/path/to/ca.pem" } in the agent’s config.json (or WCOA_CA_FILE) and restart the agent.',
        'Otherwise check that nothing between this computer and the server replaces the certificate.',
      ],
    },
    'smtp-line-too-long': {
      title: 'The server refused a command line as too long',
      explanation:
        'The SMTP server answered a command with a line-length error (such as 500 5.5.2 Line too long). Access tokens are long; a server that limits lines must accept the XOAUTH2 response on its own line after a 334.',
      remedy: [
        'Check the SMTP Server Address points at the mail service you meant.',
        'Ask whoever runs the server to allow AUTH lines of at least 12288 octets (RFC 4954) or the two-step AUTH form.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Connected, but the server sent no SMTP greeting',
      explanation:
        'The TCP connection opened but no 220 greeting came within the time allowed: the port may expect TLS from the start (465), or a firewall or a busy server holds the connection.',
      remedy: [
        'Use port 587 with STARTTLS for Exchange Online.',
        'Check that no firewall or proxy intercepts the SMTP port, then try again.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'No connection to the cloud service or email service.',
        solution: 'Connect to the cloud service or email service.',
      },
      '361': {
        state: 'The connection to the cloud service or email service has expired.',
        solution: 'Connect to the cloud service or email service again.',
      },
      '370': {
        state: 'You need to sign in to the cloud service again.',
        solution: 'Sign in to the cloud service.',
      },
    },
    documented: 'Error code {code}: {state} Epson’s solution: {solution}',
    likely: 'Likely causes: {causes}',
    undocumented:
      'Codice di errore {code}: la guida OAuth 2.0 di Epson non documenta questo codice. Cercarlo nel manuale della stampante (la Guida utente elenca i codici mostrati nel menu Stato lavoro).',
  },
  explain: {
    noCause: 'Nessuna causa nota riconosciuta.',
    source: 'Fonte: {source}',
    sourceChecked: 'Source: {source} (checked {date})',
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
