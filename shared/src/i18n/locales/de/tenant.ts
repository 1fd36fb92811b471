import type { Shape } from '../../define.ts';
import type domain from '../../messages/tenant.ts';

const messages: Shape<(typeof domain)['en']> = {
  heading: 'Meinen Mandanten prüfen',
  intro:
    'Melden Sie sich als Microsoft 365-Administrator an: Die Erweiterung liest über Microsoft Graph, was in Ihrem Mandanten den Drucker aufhalten würde (Sicherheitsstandards, bedingter Zugriff, Ihre Administratorrolle, die Lizenz des Postfachs). Sie ändert nichts, und die Anmeldung bleibt in diesem Browser.',
  checklistItem:
    'Meinen Mandanten prüfen (Sicherheitsstandards, bedingter Zugriff, Administratorrolle, Lizenz des Postfachs)',
  openCheck: 'Meinen Mandanten prüfen',
  authorityLabel: 'Anmeldeautorität',
  clientIdLabel: 'Anwendungs-ID (Client) Ihrer App-Registrierung',
  redirectHelp:
    'Registrieren Sie diese Adresse in der App-Registrierung als Umleitungs-URI für eine Single-Page-Anwendung, mit den delegierten Microsoft Graph-Berechtigungen Policy.Read.All, RoleManagement.Read.Directory und User.Read.All (Administratorzustimmung):',
  graphLabel: 'Adresse von Microsoft Graph',
  mailboxLabel: 'Postfach des Druckers (optional)',
  mailboxPlaceholder: 'scanner@contoso.com',
  run: 'Meinen Mandanten prüfen',
  signingIn: 'Anmeldung läuft…',
  checking: 'Mandant wird über Microsoft Graph gelesen…',
  signedInAs: 'Geprüft als {account} um {time}.',
  clean: 'Nichts gefunden, was den Drucker aufhalten würde.',
  found: '{count} Befund(e):',
  settingsInvalid:
    'Die Anmeldeautorität und die Adresse von Microsoft Graph müssen https://-Adressen sein und die Client-ID eine GUID (00000000-0000-0000-0000-000000000000).',
  mailboxInvalid: 'Das Postfach des Druckers muss eine E-Mail-Adresse sein, etwa scanner@contoso.com.',
  cancelled:
    'Das Anmeldefenster wurde geschlossen, bevor die Anmeldung abgeschlossen war. Klicken Sie auf die Schaltfläche, um es erneut zu versuchen.',
  signInFailed: 'Die Anmeldung wurde nicht abgeschlossen: {message}',
  graphFailed: 'Microsoft Graph hat die Anforderung abgelehnt ({code}): {message}',
  identityMissing:
    'Dieser Browser kann das Anmeldefenster nicht öffnen (keine Identity-API). Verwenden Sie Chrome oder Edge.',
  registrationMissing:
    '„Meinen Mandanten prüfen“ meldet sich mit der App-Registrierung an, die der Agent verwendet, und noch ist keine bekannt. Führen Sie dies auf dem Computer aus, auf dem der Agent läuft, koppeln Sie diesen Browser mit dem Agent (oben) und kehren Sie dann zu dieser Seite zurück:',
  setupCommand: 'npx wcoa setup',
  registrationFromAgent:
    'Meldet sich mit der App-Registrierung an, die der Agent eingerichtet hat (Client-ID {clientId}).',
  registrationFromPolicy:
    'Meldet sich mit der App-Registrierung an, die Ihre IT per Richtlinie festgelegt hat (Client-ID {clientId}).',
  check: {
    'security-defaults': 'Sicherheitsstandards',
    'conditional-access': 'Richtlinien für bedingten Zugriff',
    'admin-role': 'Ihre Verzeichnisrollen',
    mailbox: 'Das Postfach des Druckers',
  },
  outcome: {
    unreadable: '{check}: mit Ihrem Konto nicht lesbar',
    canRead:
      'Dazu sind die delegierte Berechtigung {permissions} (mit Administratorzustimmung) und eine dieser Rollen nötig: {roles}.',
    reportOnly: 'Richtlinie im Modus „Nur melden“: Sie würde gelten, wenn jemand sie aktiviert.',
    missing: 'Kein Konto {subject} in diesem Mandanten.',
    unlicensed: '{subject} hat keine Exchange Online-Lizenz.',
    roles:
      'Ihre Rollen: {roles}. Die Zustimmung für die Organisation erfordert Globaler Administrator oder Cloudanwendungsadministrator.',
    noRoles:
      'Sie haben keine Verzeichnisrolle. Die Zustimmung für die Organisation erfordert Globaler Administrator oder Cloudanwendungsadministrator.',
    policy: 'Richtlinie „{subject}“: {reasons}',
  },
  reason: {
    block: 'blockiert die Anmeldung',
    'device-code': 'blockiert den Gerätecodeflow, mit dem sich der Drucker anmeldet',
    'legacy-clients': 'zielt auf Legacy-Clients (Exchange ActiveSync, andere Clients)',
    mfa: 'verlangt Multi-Faktor-Authentifizierung',
    device: 'verlangt ein konformes oder in die Domäne eingebundenes Gerät',
    'may-apply':
      'sie ist Gruppen, Rollen oder namentlich genannten Benutzern zugewiesen: Prüfen Sie, ob das Konto des Druckers darunter ist',
  },
  cannotTell: {
    heading: 'Was Microsoft Graph nicht sagen kann',
    text: 'Ob SMTP AUTH für die Organisation und für das Postfach des Druckers aktiviert ist, steht nicht in Microsoft Graph. Prüfen Sie es in Exchange Online PowerShell:',
    proof:
      'Oder lassen Sie den Drucker es beweisen: Die Test-E-Mail des Agents meldet sich an und sendet über SMTP AUTH genau wie der Drucker.',
  },
};
export default messages;
