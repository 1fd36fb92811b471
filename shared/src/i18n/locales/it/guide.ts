import type { Shape } from '../../define.ts';
import type domain from '../../messages/guide.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Configurare OAuth 2.0 per Exchange Online',
  progress: 'Passaggio {position} di {total}',
  howToTell: 'Come capire che è fatto:',
  variants: {
    'email-server': {
      title: '{label:emailServer}: OAuth 2.0',
      intro:
        'Exchange Online non accetta più password dalle stampanti (autenticazione di base) e SMTP AUTH è disattivato per impostazione predefinita, quindi la stampante deve accedere con OAuth 2.0 per inviare e-mail.',
      complete: [
        'Fatto: la stampante ha le impostazioni OAuth 2.0 e l’accesso.',
        'Per verificarlo dalla stampante: sul pannello, Impostazioni > Impostazioni generali > Impostazioni di rete > Stato rete > Stato server e-mail, oppure stampare il foglio di stato della rete (Stato rete > Stampa foglio di stato).',
      ],
    },
    'fax-server': {
      title: '{label:faxServer}: OAuth 2.0',
      intro:
        'Sui modelli che inviano via e-mail al server di un fornitore di fax: se il server del fornitore usa OAuth 2.0, impostare OAuth2 anche per le impostazioni e-mail del server fax.',
      complete: [
        'Fatto: la stampante ha le impostazioni OAuth 2.0 del server fax.',
        'Chiedere al proprio fornitore del servizio fax le altre impostazioni.',
      ],
    },
    serverless: {
      title: 'Epson Print Admin Serverless: {label:forMyEmail}',
      intro:
        'Quando l’indirizzo del mittente è l’indirizzo di ciascun utente, l’amministratore accede prima una volta per l’organizzazione; poi ogni utente accede con il proprio account.',
      complete: [
        'L’accesso dell’amministratore è completato.',
        'Ogni utente registrato in Epson Print Admin Serverless accede una volta, con il proprio account Microsoft aziendale o dell’istituto di istruzione, la prima volta che seleziona “{label:forMyEmail}”.',
      ],
    },
  },
  who: {
    'tenant-admin': 'Amministratore di Microsoft 365',
    'printer-admin': 'Amministratore della stampante',
  },
  places: {
    'exchange-admin-center': 'Interfaccia di amministrazione di Exchange',
    'microsoft-365-admin-center': 'Interfaccia di amministrazione di Microsoft 365',
    'entra-admin-center': 'Interfaccia di amministrazione di Microsoft Entra',
    printer: 'La stampante',
    webconfig: 'Web Config',
  },
  prerequisites: {
    heading: 'Prima di iniziare',
    intro:
      'Microsoft 365 deve consentire alla stampante di inviare con OAuth 2.0. Spuntare ogni voce quando è soddisfatta.',
    powershellCheck: 'Verificare in Exchange Online PowerShell:',
    powershellFix: 'Per cambiarlo:',
    state: {
      met: 'Fatto',
      missing: 'Mancante',
      unknown: 'Non verificato',
    },
    items: {
      'tenant-smtp-auth': {
        title: 'SMTP AUTH abilitato per l’organizzazione',
        action: [
          'Nell’interfaccia di amministrazione di Exchange, Impostazioni > Flusso di posta: deselezionare **Disattiva il protocollo SMTP AUTH per l’organizzazione** e salvare.',
          'Nei tenant creati dal 2020 è disattivato.',
        ],
        done: 'Get-TransportConfig mostra SmtpClientAuthenticationDisabled: False.',
      },
      'security-defaults-off': {
        title: 'Impostazioni predefinite per la sicurezza disattivate',
        action: [
          'Nell’interfaccia di amministrazione di Microsoft Entra, Panoramica > Proprietà > **Gestisci impostazioni predefinite per la sicurezza**: impostarle su Disabilitato e proteggere invece l’organizzazione con l’accesso condizionale.',
          'Le impostazioni predefinite per la sicurezza disattivano SMTP AUTH (la guida Epson elenca questo passaggio sotto l’interfaccia di amministrazione di Exchange).',
        ],
        done: 'Gestisci impostazioni predefinite per la sicurezza mostra Disabilitato.',
      },
      'mailbox-smtp-auth': {
        title: 'SMTP AUTH attivo per la cassetta postale della stampante',
        action: [
          'Nell’interfaccia di amministrazione di Microsoft 365, Utenti > Utenti attivi > l’account della stampante > Posta > **Gestisci app di posta elettronica**: selezionare **SMTP autenticato** e salvare.',
          'L’impostazione della cassetta postale prevale su quella dell’organizzazione.',
        ],
        done: 'SMTP autenticato è selezionato per la cassetta postale.',
      },
      'mailbox-licensed': {
        title: 'La cassetta postale ha una licenza Exchange Online',
        action: [
          'Nell’interfaccia di amministrazione di Microsoft 365, Utenti > Utenti attivi > l’account della stampante > **Licenze e app**: assegnare una licenza che includa Exchange Online.',
        ],
        done: 'L’account ha una licenza con Exchange Online.',
      },
      'conditional-access': {
        title: 'Nessun criterio di accesso condizionale blocca l’accesso della stampante',
        action: [
          'Nell’interfaccia di amministrazione di Microsoft Entra, Accesso condizionale > Criteri: esaminare i criteri abilitati che si applicano all’account.',
          'Un criterio che blocca il flusso del codice del dispositivo (condizione flussi di autenticazione) o i client legacy, o che richiede l’MFA a ogni accesso, ferma la stampante: escludere l’account o modificare il criterio.',
          'I log di accesso indicano il criterio all’origine di un accesso rifiutato.',
        ],
        done: 'Nessun criterio abilitato blocca l’account o il flusso del codice del dispositivo.',
      },
      'consent-admin-role': {
        title: 'Un amministratore che può dare il consenso per l’organizzazione',
        action: [
          'L’account che accede per la stampante deve avere il ruolo Amministratore globale, o almeno Amministratore applicazioni cloud, per dare il consenso per conto dell’organizzazione.',
          'Verificarlo nell’interfaccia di amministrazione di Microsoft Entra, Ruoli e amministratori.',
        ],
        done: 'L’account ha uno di questi ruoli.',
      },
      'latest-firmware': {
        title: 'Firmware della stampante più recente',
        action: [
          'Aggiornare il firmware della stampante (da Web Config o dal pannello della stampante; vedere il manuale della stampante).',
          'Senza OAuth2 in “{label:authMethod}”, la stampante non può inviare e-mail tramite Exchange Online.',
        ],
        done: '“{label:authMethod}” offre OAuth2.',
      },
      'standard-network': {
        title: 'Rete standard, non una rete aggiuntiva',
        action: [
          'Sui modelli con reti aggiuntive, OAuth 2.0 funziona solo sulla rete standard: configurare l’e-mail sulla rete standard.',
        ],
        done: 'La stampante invia e-mail sulla rete standard.',
      },
    },
  },
  steps: {
    'open-webconfig': {
      title: 'Aprire Web Config',
      action: [
        'Da un computer sulla stessa rete della stampante, digitare l’indirizzo IP della stampante nel browser (http://, o https:// sui modelli più recenti).',
        'L’indirizzo IP si trova sul pannello della stampante: Impostazioni > Impostazioni generali > Impostazioni di rete > Stato rete > Stato LAN cablata/Wi-Fi.',
      ],
      done: 'Web Config della stampante è aperto.',
      hint: 'Questo è Web Config della stampante.',
    },
    'log-in': {
      title: 'Accedere come amministratore',
      action: [
        'Selezionare **{label:logIn}**, immettere la password dell’amministratore e fare clic su **{label:okButton}**.',
        'Se non è stata cambiata, la password è spesso il numero di serie della stampante.',
      ],
      done: 'Web Config mostra i menu dell’amministratore, come la scheda “{label:networkTab}”.',
      hint: 'Immettere qui la password dell’amministratore. L’assistente non la legge mai.',
    },
    'open-email-server': {
      title: 'Aprire {label:networkTab} > {label:emailServer} > {label:basic}',
      action: [
        'Selezionare la scheda **{label:networkTab}**, poi **{label:emailServer}** > **{label:basic}**.',
      ],
      done: 'La pagina {label:emailServer} > {label:basic} è aperta.',
      hint: '“{label:emailServer}” si trova nella scheda “{label:networkTab}”.',
    },
    'choose-oauth2': {
      title: 'Scegliere OAuth2',
      action: [
        'Impostare **{label:authMethod}** su **OAuth2**.',
        'Non fare ancora clic su {label:okButton}: prima eseguire l’accesso.',
      ],
      done: '“{label:authMethod}” mostra OAuth2 e la pagina mostra “{label:emailService}”.',
      hint: 'Scegliere qui OAuth2.',
    },
    'choose-service': {
      title: 'Scegliere Microsoft Exchange Online',
      action: [
        'Impostare **{label:emailService}** su **Microsoft Exchange Online**.',
        'Per uso personale, scegliere invece **Outlook.com**.',
      ],
      done: '“{label:emailService}” mostra il servizio scelto.',
      hint: 'Qui Microsoft Exchange Online (Outlook.com per uso personale).',
    },
    'sign-in': {
      title: 'Accedere',
      action: [
        'Fare clic su **{label:signInButton}**, poi su **{label:signInWithMicrosoft}** nella finestra che si apre.',
      ],
      done: 'Vengono mostrati un codice di autenticazione e un indirizzo Microsoft.',
      hint: 'Fare clic su “{label:signInButton}”.',
    },
    'copy-code': {
      title: 'Copiare il codice e aprire l’indirizzo',
      action: [
        'Copiare il codice di autenticazione mostrato.',
        'Fare clic sull’indirizzo mostrato: si apre la pagina di accesso di Microsoft.',
      ],
      done: 'La pagina di Microsoft chiede il codice.',
      hint: 'Il codice è valido per circa 15 minuti.',
    },
    'enter-code': {
      title: 'Immettere il codice',
      action: ['Nella pagina di Microsoft, incollare il codice e fare clic su **Avanti**.'],
      done: 'Microsoft chiede un account.',
      hint: 'Incollare il codice copiato.',
    },
    'admin-account': {
      title: 'Accedere con un account amministratore',
      action: [
        'Immettere un account con il ruolo Amministratore globale (almeno Amministratore applicazioni cloud) e fare clic su **Avanti**.',
        'La stampante invia e-mail come l’account che accede qui: la sua cassetta postale deve avere SMTP AUTH.',
      ],
      done: 'Microsoft chiede la password.',
      hint: 'Amministratore globale, o almeno Amministratore applicazioni cloud.',
    },
    password: {
      title: 'Immettere la password',
      action: [
        'Immettere la password dell’account e fare clic su **Accedi**.',
        'Se Microsoft chiede una seconda verifica (MFA), completarla.',
      ],
      done: 'Microsoft mostra le autorizzazioni richieste.',
      hint: 'La password si digita solo nella pagina di Microsoft.',
    },
    consent: {
      title: 'Dare il consenso per conto dell’organizzazione',
      action: [
        'Nella pagina **Autorizzazioni richieste**, selezionare **Consenso per conto dell’organizzazione** e fare clic su **Accetta**.',
        'Quando Microsoft indica che l’accesso è completato, chiudere quella finestra del browser.',
      ],
      done: 'Tornati in Web Config, “{label:currentStatus}” indica “{label:signedIn}” e mostra l’account.',
      hint: 'Consenso per conto dell’organizzazione, poi Accetta.',
    },
    'save-settings': {
      title: 'Fare clic su {label:okButton} per inviare le impostazioni alla stampante',
      action: [
        'Verificare che **{label:currentStatus}** indichi **{label:signedIn}** e mostri l’account.',
        'Fare clic su **{label:okButton}** per inviare le impostazioni OAuth 2.0 alla stampante. Finché non lo si fa, la stampante non le conserva.',
      ],
      done: 'Dopo il clic su {label:okButton}, la pagina si ricarica e mostra ancora OAuth2 e “{label:signedIn}”.',
      hint: '“{label:signedIn}” ma non ancora salvato: fare clic su {label:okButton}.',
    },
    'confirm-save': {
      title: 'Fare clic su {label:okButton} nella pagina di conferma per salvare',
      action: [
        'Web Config mostra di nuovo le impostazioni per confermarle. La stampante non le ha ancora salvate.',
        'Fare clic su **{label:okButton}** in questa pagina. La pagina delle impostazioni si ricarica; la configurazione è completata quando mostra ancora OAuth2 e “{label:signedIn}”.',
      ],
      done: 'La pagina delle impostazioni si ricarica e mostra OAuth2 e “{label:signedIn}”.',
      hint: 'Inviato ma non ancora salvato: fare clic su {label:okButton} nella pagina di conferma.',
    },
    'open-serverless': {
      title: 'Aprire Epson Print Admin Serverless',
      action: [
        'Aprire Epson Print Admin Serverless. Vale quando le sue impostazioni di autenticazione impostano **{label:serverlessSender}** su **{label:userEmail}**.',
      ],
      done: 'La pagina di Epson Print Admin Serverless è aperta.',
      hint: 'Epson Print Admin Serverless.',
    },
    'choose-for-my-email': {
      title: 'Selezionare “{label:forMyEmail}”',
      action: [
        'Selezionare **{label:forMyEmail}** (i nomi dei menu variano a seconda del modello).',
        'Compare la pagina di accesso di Microsoft.',
      ],
      done: 'Microsoft chiede un account.',
      hint: '“{label:forMyEmail}”.',
    },
    'fax-open-email-server': {
      title: 'Aprire {label:fax} > {label:faxServer} > {label:emailServerSettings}',
      action: [
        'Selezionare la scheda **{label:fax}**, poi **{label:faxServer}** > **{label:emailServerSettings}**.',
      ],
      done: 'La pagina “{label:emailServerSettings}” del server fax è aperta.',
      hint: '“{label:emailServerSettings}” si trova in {label:fax} > {label:faxServer}.',
    },
    'fax-choose-service': {
      title: 'Scegliere il servizio e-mail',
      action: [
        'Impostare **{label:emailService}** sul servizio usato dal fornitore di fax (Microsoft Exchange Online, o Outlook.com per uso personale).',
        'Chiedere al fornitore del servizio fax le altre impostazioni.',
      ],
      done: '“{label:emailService}” mostra il servizio scelto.',
      hint: 'Il servizio e-mail del fornitore di fax.',
    },
    'fax-save-settings': {
      title: 'Fare clic su {label:okButton} per inviare le impostazioni del server fax alla stampante',
      action: [
        'Verificare che **{label:currentStatus}** indichi **{label:signedIn}** e mostri l’account.',
        'Fare clic su **{label:okButton}** per inviare le impostazioni alla stampante. Finché non lo si fa, la stampante non le conserva.',
      ],
      done: 'Dopo il clic su {label:okButton}, la pagina si ricarica e mostra ancora OAuth2 e “{label:signedIn}”.',
      hint: '“{label:signedIn}” ma non ancora salvato: fare clic su {label:okButton}.',
    },
    'fax-confirm-save': {
      title:
        'Fare clic su {label:okButton} nella pagina di conferma per salvare le impostazioni del server fax',
      action: [
        'Web Config mostra di nuovo le impostazioni per confermarle. La stampante non le ha ancora salvate.',
        'Fare clic su **{label:okButton}** in questa pagina. La pagina delle impostazioni si ricarica; la configurazione è completata quando mostra ancora OAuth2 e “{label:signedIn}”.',
      ],
      done: 'La pagina delle impostazioni si ricarica e mostra OAuth2 e “{label:signedIn}”.',
      hint: 'Inviato ma non ancora salvato: fare clic su {label:okButton} nella pagina di conferma.',
    },
    'serverless-log-in': {
      title: 'Accedere come amministratore della stampante',
      action: [
        'In Epson Print Admin Serverless, accedere come utente con diritti di amministratore sulla stampante.',
      ],
      done: 'Vengono mostrati i menu dell’amministratore.',
      hint: 'Un utente con diritti di amministratore sulla stampante.',
    },
    'serverless-consent': {
      title: 'Dare il consenso per l’organizzazione e impostare l’ambito delle autorizzazioni',
      action: [
        'Nella pagina delle autorizzazioni, selezionare **Consenso per conto dell’organizzazione**, impostare l’ambito delle autorizzazioni e selezionare **Accetta**.',
        'Epson Print Admin Serverless mostra un messaggio quando l’accesso riesce: selezionare **{label:okButton}** per chiudere la finestra.',
      ],
      done: 'Epson Print Admin Serverless indica che l’accesso è riuscito.',
      hint: 'Consenso per conto dell’organizzazione, poi Accetta.',
    },
  },
  microsoftSide: 'Poi, nella pagina di Microsoft:',
  deviceCode: {
    heading: 'Accedere con questo codice',
    codeLabel: 'Codice',
    copy: 'Copia il codice',
    copied: 'Copiato',
    open: 'Apri {url}',
    expiresIn: 'Il codice scade tra {minutes} min.',
    expired: 'Il codice è scaduto: fare di nuovo clic su “{label:signInButton}” per ottenerne uno nuovo.',
    waiting: 'In attesa che l’accesso termini nella pagina di Microsoft…',
  },
  save: {
    clickOk: 'Fare clic su {label:okButton} per inviare le impostazioni alla stampante.',
    saved: 'Salvato: la stampante ha le impostazioni OAuth 2.0.',
  },
  currentStatus: {
    signedIn:
      '“{label:currentStatus}” indica “{label:signedIn}”. Se la stampante non riesce ancora a inviare e-mail, l’accesso potrebbe non essere stato salvato nella stampante: fare clic su {label:okButton} per inviare le impostazioni.',
    signInShown:
      'Nessun campo “{label:currentStatus}”, ed è mostrato un pulsante “{label:signInButton}”: la stampante non ha eseguito l’accesso. Eseguire l’accesso.',
    expired:
      'L’accesso scade quando la stampante non invia e-mail per molto tempo (i token di accesso e di aggiornamento non sono più validi): l’amministratore deve accedere di nuovo.',
  },
  blocked: {
    'oauth-not-supported':
      'Su questa stampante, “{label:authMethod}” non offre OAuth2. Aggiornare il firmware; se nessun aggiornamento lo aggiunge, le alternative sono l’invio diretto (direct send) di Microsoft o un connettore di inoltro SMTP.',
  },
};
export default messages;
