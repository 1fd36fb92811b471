import type { Shape } from '../../define.ts';
import type domain from '../../messages/install.ts';

const messages: Shape<(typeof domain)['en']> = {
  extension: {
    name: 'Web Config OAuth Assistant',
    description:
      'Führt durch die Einrichtung von E-Mail mit OAuth 2.0 für Exchange Online in Epson Web Config und testet sie.',
  },
  setup: {
    description:
      'die von wcoa verwendete Entra-App-Registrierung erstellen oder reparieren (Anmeldung als Administrator mit einem Gerätecode)',
    tenantOption:
      'Mandanten-ID oder Domäne für die Anmeldung (Standard: die Konfiguration, sonst Ihre Organisation)',
    extensionIdOption:
      'die Erweiterungs-ID, deren Mandantenprüfung sich anmelden darf (Standard: aus WCOA_EXTENSION_KEY; siehe README "Pinned extension id")',
    badExtensionId: '„{value}“ ist keine Erweiterungs-ID (32 Buchstaben von a bis p).',
    signIn:
      'Melden Sie sich als Administrator Ihrer Microsoft 365-Organisation an: Öffnen Sie {url} und geben Sie den Code {code} ein.',
    signedIn: 'Angemeldet als {account} (Mandant {tenant}).',
    signInFailed: 'Die Anmeldung wurde nicht abgeschlossen: {reason}',
    nothingToDo: 'Nichts zu ändern: Die App-Registrierung „{name}“ ({clientId}) ist eingerichtet.',
    willDo: 'wcoa setup wird jetzt:',
    done: 'Erledigt:',
    noExtensionId:
      'Keine Erweiterungs-ID angegeben: Die Mandantenprüfung im Browser kann sich erst anmelden, wenn Sie wcoa setup --extension-id <id> ausführen (die ID steht unter chrome://extensions).',
    plan: {
      createApp:
        'die App-Registrierung „{name}“ erstellen (öffentliche Clientflows an; Exchange Online SMTP.Send; Microsoft Graph {graph})',
      fixApp: 'die App-Registrierung {clientId} aktualisieren: {changes}',
      publicClient: 'öffentliche Clientflows aktivieren',
      addRedirect: 'den Umleitungs-URI {uri} hinzufügen',
      addPermissions: 'die Berechtigungen {permissions} hinzufügen',
      createPrincipal: 'ihren Dienstprinzipal erstellen (die App in Ihrer Organisation)',
      grant: 'die Zustimmung für die gesamte Organisation erteilen: {resource} {scopes}',
      writeConfig: 'clientId {clientId} und tenant {tenant} in {config} schreiben',
    },
    did: {
      createApp: 'App-Registrierung „{name}“ erstellt: Client-ID {clientId}',
      fixApp: 'App-Registrierung {clientId} aktualisiert',
      createPrincipal: 'Dienstprinzipal {id} erstellt',
      grant: '{resource} {scopes} für die Organisation erteilt',
      writeConfig: 'clientId und tenant in {config} geschrieben',
    },
    missingRole:
      'Microsoft Graph hat „{step}“ abgelehnt: {message}. Dafür ist eine dieser Rollen nötig: {roles}. Bitten Sie jemanden mit einer davon, „wcoa setup“ auszuführen, oder folgen Sie den Portalschritten im README („Register the Entra app“).',
    graphError: 'Microsoft Graph hat auf „{step}“ mit {status} geantwortet: {message}',
    unreachable: '{url} ist nicht erreichbar: {reason}',
    restart:
      'Starten Sie den Agent neu, damit er die neue Client-ID verwendet (wcoa service startet ihn bei der Anmeldung neu).',
  },
  service: {
    description: 'den Agent bei der Anmeldung starten: den Dienst installieren, deinstallieren oder anzeigen',
    installDescription:
      'den Dienst schreiben und aktivieren (systemd-Benutzereinheit, launchd-Agent oder geplante Aufgabe)',
    uninstallDescription: 'den Dienst deaktivieren und entfernen',
    statusDescription: 'anzeigen, ob der Dienst installiert ist und läuft',
    installed: '{kind} installiert: {file}',
    enabled: 'Aktiviert: Der Agent startet bei der Anmeldung (und jetzt).',
    enableFailed:
      'Geschrieben, aber „{command}“ ist fehlgeschlagen: {reason}. Führen Sie es selbst aus, sobald die Sitzung es zulässt.',
    uninstalled: '{file} entfernt.',
    notInstalled: 'Kein Dienst installiert ({file} existiert nicht).',
    statusInstalled: 'Installiert: {file}',
    statusState: 'Zustand: {state}',
    unsupported: 'Keine Dienstunterstützung für {platform}: Starten Sie den Agent mit „wcoa start“.',
  },
  doctor: {
    description:
      'jedes Glied von Node bis zu einem angemeldeten Konto prüfen und sagen, was als Nächstes zu tun ist',
    node: 'Node.js {version}',
    nodeOld:
      'Node.js {version} ist älter als {wanted}: Installieren Sie eine aktuelle LTS-Version von nodejs.org',
    agentUp: 'Agent {version} lauscht auf Port {port}',
    agentDown:
      'Kein Agent läuft: Starten Sie ihn mit „wcoa start“ (oder „wcoa service install“ für jede Anmeldung)',
    paired: '{count} Erweiterung(en) gekoppelt',
    notPaired:
      'Keine Erweiterung gekoppelt: Führen Sie „wcoa pair“ aus und geben Sie den Code in den Optionen der Erweiterung ein',
    appSet: 'App-Registrierung {clientId} (Mandant {tenant}) antwortet der Identitätsplattform',
    appMissing: 'Keine App-Registrierung konfiguriert: Führen Sie „wcoa setup“ aus',
    appBroken:
      'Die App-Registrierung {clientId} funktioniert nicht: {reason}. Führen Sie „wcoa setup“ aus, um sie zu reparieren',
    smtpOk: 'SMTP {host}:{port} bietet STARTTLS und XOAUTH2 an',
    smtpBad: 'SMTP {host}:{port}: {reason}',
    accountOk: 'Konto {email} ist angemeldet',
    accountMissing: 'Kein Konto angemeldet: Führen Sie „wcoa signin --email <Postfach des Druckers>“ aus',
    skipped: '{what}: ohne laufenden Agent nicht geprüft',
    what: {
      pairing: 'Kopplung',
      smtp: 'SMTP-Endpunkt',
      account: 'Angemeldetes Konto',
    },
    allGood: 'Alles ist bereit: Senden Sie eine Test-E-Mail mit „wcoa test-mail --from <Postfach>“.',
    next: 'Als Nächstes: {action}',
  },
  firstRun: {
    heading: 'Nächste Schritte:',
    extension:
      '1. Laden Sie die Erweiterung: Öffnen Sie chrome://extensions (oder edge://extensions), aktivieren Sie den Entwicklermodus, klicken Sie auf „Entpackte Erweiterung laden“ und wählen Sie {dir}.',
    extensionNotBuilt:
      '1. Erstellen Sie die Erweiterung mit „npm run build“ und laden Sie dann {dir} unter chrome://extensions (Entwicklermodus, „Entpackte Erweiterung laden“).',
    extensionPacked: '1. Installieren Sie die Browsererweiterung (docs/install.md, Schritt 5).',
    pairing:
      '2. Geben Sie in den Optionen der Erweiterung den Kopplungscode {code} ein (5 Minuten gültig; „wcoa pair“ für einen neuen).',
    appReady: '3. App-Registrierung: eingerichtet (Client-ID {clientId}).',
    appMissing:
      '3. App-Registrierung: nicht eingerichtet. Führen Sie „wcoa setup“ in einem anderen Terminal aus.',
    more: 'Checkliste jederzeit: wcoa doctor',
  },
};
export default messages;
