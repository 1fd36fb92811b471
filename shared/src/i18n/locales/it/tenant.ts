import type { Shape } from '../../define.ts';
import type domain from '../../messages/tenant.ts';

const messages: Shape<(typeof domain)['en']> = {
  heading: 'Verifica il mio tenant',
  intro:
    'Accedere come amministratore di Microsoft 365: l’estensione legge, tramite Microsoft Graph, ciò che nel tenant fermerebbe la stampante (impostazioni predefinite per la sicurezza, accesso condizionale, il proprio ruolo di amministratore, la licenza della cassetta postale). Non modifica nulla, e l’accesso resta in questo browser.',
  checklistItem:
    'Verifica il mio tenant (impostazioni predefinite per la sicurezza, accesso condizionale, ruolo di amministratore, licenza della cassetta postale)',
  openCheck: 'Verifica il mio tenant',
  authorityLabel: 'Autorità di accesso',
  clientIdLabel: 'ID applicazione (client) della registrazione dell’app',
  redirectHelp:
    'Registrare questo indirizzo come URI di reindirizzamento di un’applicazione a pagina singola nella registrazione dell’app, con le autorizzazioni delegate di Microsoft Graph Policy.Read.All, RoleManagement.Read.Directory e User.Read.All (consenso amministratore):',
  graphLabel: 'Indirizzo di Microsoft Graph',
  mailboxLabel: 'Cassetta postale della stampante (facoltativa)',
  mailboxPlaceholder: 'scanner@contoso.com',
  run: 'Verifica il mio tenant',
  signingIn: 'Accesso in corso…',
  checking: 'Lettura del tenant tramite Microsoft Graph…',
  signedInAs: 'Verificato come {account} alle {time}.',
  clean: 'Non è stato trovato niente che fermerebbe la stampante.',
  found: '{count} risultati:',
  settingsInvalid:
    'L’autorità di accesso e l’indirizzo di Microsoft Graph devono essere indirizzi https://, e l’ID client un GUID (00000000-0000-0000-0000-000000000000).',
  mailboxInvalid:
    'La cassetta postale della stampante deve essere un indirizzo e-mail, come scanner@contoso.com.',
  cancelled:
    'La finestra di accesso è stata chiusa prima del termine dell’accesso. Fare clic sul pulsante per riprovare.',
  signInFailed: 'L’accesso non è terminato: {message}',
  graphFailed: 'Microsoft Graph ha rifiutato la richiesta ({code}): {message}',
  identityMissing:
    'Questo browser non può aprire la finestra di accesso (nessuna API identity). Usare Chrome o Edge.',
  registrationMissing:
    '“Verifica il mio tenant” accede con la registrazione dell’app usata dall’agente, e non se ne conosce ancora nessuna. Esegua questo comando sul computer dove gira l’agente, associ questo browser all’agente (sopra) e torni a questa pagina:',
  setupCommand: 'npx wcoa setup',
  registrationFromAgent:
    'Accede con la registrazione dell’app configurata dall’agente (ID client {clientId}).',
  registrationFromPolicy:
    'Accede con la registrazione dell’app impostata dal suo reparto IT tramite criterio (ID client {clientId}).',
  check: {
    'security-defaults': 'Impostazioni predefinite per la sicurezza',
    'conditional-access': 'Criteri di accesso condizionale',
    'admin-role': 'I propri ruoli della directory',
    mailbox: 'La cassetta postale della stampante',
  },
  outcome: {
    unreadable: '{check}: non leggibile con il proprio account',
    canRead:
      'Richiede l’autorizzazione delegata {permissions} (con consenso amministratore) e uno di questi ruoli: {roles}.',
    reportOnly: 'Criterio in modalità solo report: si applicherebbe se qualcuno lo attivasse.',
    missing: 'Nessun account {subject} in questo tenant.',
    unlicensed: '{subject} non ha una licenza Exchange Online.',
    roles:
      'I propri ruoli: {roles}. Il consenso per l’organizzazione richiede Amministratore globale o Amministratore applicazioni cloud.',
    noRoles:
      'Non si ha alcun ruolo della directory. Il consenso per l’organizzazione richiede Amministratore globale o Amministratore applicazioni cloud.',
    policy: 'Criterio “{subject}”: {reasons}',
  },
  reason: {
    block: 'blocca l’accesso',
    'device-code': 'blocca il flusso del codice del dispositivo con cui accede la stampante',
    'legacy-clients': 'riguarda i client legacy (Exchange ActiveSync, altri client)',
    mfa: 'richiede l’autenticazione a più fattori',
    device: 'richiede un dispositivo conforme o aggiunto a un dominio',
    'may-apply':
      'è assegnato a gruppi, ruoli o utenti specifici: verificare se l’account della stampante è tra questi',
  },
  cannotTell: {
    heading: 'Cosa Microsoft Graph non può dire',
    text: 'Se SMTP AUTH sia attivo per l’organizzazione e per la cassetta postale della stampante non risulta in Microsoft Graph. Verificarlo in Exchange Online PowerShell:',
    proof:
      'Oppure lasciare che lo dimostri la stampante: l’e-mail di prova dell’agente accede e invia tramite SMTP AUTH esattamente come fa la stampante.',
  },
};
export default messages;
