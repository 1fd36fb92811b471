import type { Shape } from '../../define.ts';
import type domain from '../../messages/guide.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'OAuth 2.0 für Exchange Online einrichten',
  progress: 'Schritt {position} von {total}',
  howToTell: 'So erkennen Sie, dass es erledigt ist:',
  variants: {
    'email-server': {
      title: 'E-Mail-Server: OAuth 2.0',
      intro:
        'Exchange Online nimmt von Druckern keine Kennwörter mehr an (Standardauthentifizierung), und SMTP AUTH ist standardmäßig deaktiviert; der Drucker muss sich daher mit OAuth 2.0 anmelden, um E-Mails zu senden.',
      complete: [
        'Fertig: Der Drucker hat die OAuth 2.0-Einstellungen und die Anmeldung gespeichert.',
        'Prüfen am Drucker: im Bedienfeld Einstellungen > Allgemeine Einstellungen > Netzwerkeinstellungen > Netzwerkstatus > E-Mail-Server-Status, oder das Netzwerkstatusblatt drucken (Netzwerkstatus > Statusblatt drucken).',
      ],
    },
    'fax-server': {
      title: 'Faxserver: OAuth 2.0',
      intro:
        'Bei Modellen, die per E-Mail an den Server eines Faxanbieters senden: Wenn der Server des Anbieters OAuth 2.0 verwendet, stellen Sie auch für die E-Mail-Einstellungen des Faxservers OAuth2 ein.',
      complete: [
        'Fertig: Der Drucker hat die OAuth 2.0-Einstellungen des Faxservers gespeichert.',
        'Weitere Einstellungen erfahren Sie bei Ihrem Faxdienstanbieter.',
      ],
    },
    serverless: {
      title: 'Epson Print Admin Serverless: Für meine E-Mail',
      intro:
        'Wenn die Absenderadresse die eigene Adresse jedes Benutzers ist, meldet sich zuerst der Administrator einmal für die Organisation an; danach meldet sich jeder Benutzer mit seinem eigenen Konto an.',
      complete: [
        'Die Anmeldung des Administrators ist erledigt.',
        'Jeder in Epson Print Admin Serverless registrierte Benutzer meldet sich einmal mit seinem Geschäfts-, Schul- oder Unikonto von Microsoft an, wenn er zum ersten Mal „Für meine E-Mail“ wählt.',
      ],
    },
  },
  who: {
    'tenant-admin': 'Microsoft 365-Administrator',
    'printer-admin': 'Druckeradministrator',
  },
  places: {
    'exchange-admin-center': 'Exchange Admin Center',
    'microsoft-365-admin-center': 'Microsoft 365 Admin Center',
    'entra-admin-center': 'Microsoft Entra Admin Center',
    printer: 'Der Drucker',
    webconfig: 'Web Config',
  },
  prerequisites: {
    heading: 'Bevor Sie beginnen',
    intro:
      'Microsoft 365 muss dem Drucker erlauben, mit OAuth 2.0 zu senden. Haken Sie jeden Punkt ab, sobald er erfüllt ist.',
    powershellCheck: 'In Exchange Online PowerShell prüfen:',
    powershellFix: 'Ändern:',
    state: {
      met: 'Erledigt',
      missing: 'Fehlt',
      unknown: 'Nicht geprüft',
    },
    items: {
      'tenant-smtp-auth': {
        title: 'SMTP AUTH für die Organisation aktiviert',
        action: [
          'Im Exchange Admin Center unter Einstellungen > Nachrichtenfluss: **SMTP AUTH-Protokoll für Ihre Organisation deaktivieren** abwählen und speichern.',
          'In Mandanten, die seit 2020 erstellt wurden, ist es deaktiviert.',
        ],
        done: 'Get-TransportConfig zeigt SmtpClientAuthenticationDisabled: False.',
      },
      'security-defaults-off': {
        title: 'Sicherheitsstandards deaktiviert',
        action: [
          'Im Microsoft Entra Admin Center unter Übersicht > Eigenschaften > **Sicherheitsstandards verwalten**: die Sicherheitsstandards auf „Deaktiviert“ setzen und die Organisation stattdessen mit bedingtem Zugriff schützen.',
          'Die Sicherheitsstandards schalten SMTP AUTH aus (Epsons Anleitung führt diesen Schritt unter dem Exchange Admin Center).',
        ],
        done: '„Sicherheitsstandards verwalten“ zeigt „Deaktiviert“.',
      },
      'mailbox-smtp-auth': {
        title: 'SMTP AUTH für das Postfach des Druckers aktiviert',
        action: [
          'Im Microsoft 365 Admin Center unter Benutzer > Aktive Benutzer > das Konto des Druckers > E-Mail > **E-Mail-Apps verwalten**: **Authentifiziertes SMTP** aktivieren und speichern.',
          'Die Einstellung des Postfachs hat Vorrang vor der der Organisation.',
        ],
        done: '„Authentifiziertes SMTP“ ist für das Postfach aktiviert.',
      },
      'mailbox-licensed': {
        title: 'Das Postfach hat eine Exchange Online-Lizenz',
        action: [
          'Im Microsoft 365 Admin Center unter Benutzer > Aktive Benutzer > das Konto des Druckers > **Lizenzen und Apps**: eine Lizenz zuweisen, die Exchange Online enthält.',
        ],
        done: 'Das Konto hat eine Lizenz mit Exchange Online.',
      },
      'conditional-access': {
        title: 'Keine Richtlinie für bedingten Zugriff blockiert die Anmeldung des Druckers',
        action: [
          'Im Microsoft Entra Admin Center unter Bedingter Zugriff > Richtlinien: die aktivierten Richtlinien prüfen, die für das Konto gelten.',
          'Eine Richtlinie, die den Gerätecodeflow (Bedingung „Authentifizierungsflows“) oder Legacy-Clients blockiert oder bei jeder Anmeldung MFA verlangt, hält den Drucker auf: das Konto ausnehmen oder die Richtlinie anpassen.',
          'Die Anmeldeprotokolle nennen die Richtlinie hinter einer abgelehnten Anmeldung.',
        ],
        done: 'Keine aktivierte Richtlinie blockiert das Konto oder den Gerätecodeflow.',
      },
      'consent-admin-role': {
        title: 'Ein Administrator, der für die Organisation zustimmen kann',
        action: [
          'Das Konto, das sich für den Drucker anmeldet, muss die Rolle Globaler Administrator oder mindestens Cloudanwendungsadministrator haben, um im Namen der Organisation zuzustimmen.',
          'Prüfen Sie das im Microsoft Entra Admin Center unter Rollen und Administratoren.',
        ],
        done: 'Das Konto hat eine dieser Rollen.',
      },
      'latest-firmware': {
        title: 'Aktuelle Drucker-Firmware',
        action: [
          'Aktualisieren Sie die Firmware des Druckers (über Web Config oder das Bedienfeld des Druckers; siehe Handbuch des Druckers).',
          'Ohne OAuth2 unter **Authentifizierungsmethode** kann der Drucker keine E-Mails über Exchange Online senden.',
        ],
        done: '„Authentifizierungsmethode“ bietet OAuth2 an.',
      },
      'standard-network': {
        title: 'Standardnetzwerk, kein zusätzliches Netzwerk',
        action: [
          'Bei Modellen mit zusätzlichen Netzwerken funktioniert OAuth 2.0 nur im Standardnetzwerk: Richten Sie E-Mail im Standardnetzwerk ein.',
        ],
        done: 'Der Drucker sendet E-Mails über sein Standardnetzwerk.',
      },
    },
  },
  steps: {
    'open-webconfig': {
      title: 'Web Config öffnen',
      action: [
        'Geben Sie auf einem Computer im selben Netzwerk wie der Drucker die IP-Adresse des Druckers in den Browser ein (http://, bei neueren Modellen https://).',
        'Die IP-Adresse finden Sie im Bedienfeld des Druckers: Einstellungen > Allgemeine Einstellungen > Netzwerkeinstellungen > Netzwerkstatus > Kabel-LAN-/WLAN-Status.',
      ],
      done: 'Web Config des Druckers ist geöffnet.',
      hint: 'Dies ist Web Config des Druckers.',
    },
    'log-in': {
      title: 'Als Administrator anmelden',
      action: [
        'Wählen Sie **Anmelden**, geben Sie das Administratorkennwort ein und klicken Sie auf **OK**.',
        'Wurde es nicht geändert, ist das Kennwort oft die Seriennummer des Druckers.',
      ],
      done: 'Web Config zeigt die Administratormenüs, etwa die Registerkarte „Netzwerk“.',
      hint: 'Geben Sie hier das Administratorkennwort ein. Der Assistent liest es nie.',
    },
    'open-email-server': {
      title: 'Netzwerk > E-Mail-Server > Grundlegend öffnen',
      action: ['Wählen Sie die Registerkarte **Netzwerk** und dann **E-Mail-Server** > **Grundlegend**.'],
      done: 'Die Seite „E-Mail-Server > Grundlegend“ ist geöffnet.',
      hint: '„E-Mail-Server“ finden Sie auf der Registerkarte „Netzwerk“.',
    },
    'choose-oauth2': {
      title: 'OAuth2 wählen',
      action: [
        'Setzen Sie **Authentifizierungsmethode** auf **OAuth2**.',
        'Klicken Sie noch nicht auf OK: Melden Sie sich zuerst an.',
      ],
      done: '„Authentifizierungsmethode“ zeigt OAuth2, und die Seite zeigt „E-Mail-Dienst“.',
      hint: 'Wählen Sie hier OAuth2.',
    },
    'choose-service': {
      title: 'Microsoft Exchange Online wählen',
      action: [
        'Setzen Sie **E-Mail-Dienst** auf **Microsoft Exchange Online**.',
        'Für die private Nutzung wählen Sie stattdessen **Outlook.com**.',
      ],
      done: '„E-Mail-Dienst“ zeigt den gewählten Dienst.',
      hint: 'Hier Microsoft Exchange Online (Outlook.com für die private Nutzung).',
    },
    'sign-in': {
      title: 'Anmelden',
      action: ['Klicken Sie auf **Anmelden** und im sich öffnenden Fenster auf **Mit Microsoft anmelden**.'],
      done: 'Ein Authentifizierungscode und eine Microsoft-Adresse werden angezeigt.',
      hint: 'Klicken Sie auf „Anmelden“.',
    },
    'copy-code': {
      title: 'Code kopieren und Adresse öffnen',
      action: [
        'Kopieren Sie den angezeigten Authentifizierungscode.',
        'Klicken Sie auf die angezeigte Adresse: Die Anmeldeseite von Microsoft öffnet sich.',
      ],
      done: 'Die Seite von Microsoft fragt nach dem Code.',
      hint: 'Der Code gilt etwa 15 Minuten.',
    },
    'enter-code': {
      title: 'Code eingeben',
      action: ['Fügen Sie auf der Seite von Microsoft den Code ein und klicken Sie auf **Weiter**.'],
      done: 'Microsoft fragt nach einem Konto.',
      hint: 'Fügen Sie den kopierten Code ein.',
    },
    'admin-account': {
      title: 'Mit einem Administratorkonto anmelden',
      action: [
        'Geben Sie ein Konto mit der Rolle Globaler Administrator (mindestens Cloudanwendungsadministrator) ein und klicken Sie auf **Weiter**.',
        'Der Drucker sendet E-Mails als das Konto, das sich hier anmeldet: Sein Postfach braucht SMTP AUTH.',
      ],
      done: 'Microsoft fragt nach dem Kennwort.',
      hint: 'Globaler Administrator oder mindestens Cloudanwendungsadministrator.',
    },
    password: {
      title: 'Kennwort eingeben',
      action: [
        'Geben Sie das Kennwort des Kontos ein und klicken Sie auf **Anmelden**.',
        'Wenn Microsoft eine zweite Überprüfung (MFA) verlangt, schließen Sie sie ab.',
      ],
      done: 'Microsoft zeigt die angeforderten Berechtigungen.',
      hint: 'Das Kennwort wird nur auf der Seite von Microsoft eingegeben.',
    },
    consent: {
      title: 'Im Namen der Organisation zustimmen',
      action: [
        'Aktivieren Sie auf der Seite **Angeforderte Berechtigungen** die Option **Im Namen Ihrer Organisation zustimmen** und klicken Sie auf **Akzeptieren**.',
        'Wenn Microsoft meldet, dass die Anmeldung abgeschlossen ist, schließen Sie dieses Browserfenster.',
      ],
      done: 'Zurück in Web Config zeigt „Aktueller Status“ „Angemeldet“ und das Konto.',
      hint: '„Im Namen Ihrer Organisation zustimmen“, dann „Akzeptieren“.',
    },
    'save-settings': {
      title: 'Auf OK klicken, um die Einstellungen an den Drucker zu senden',
      action: [
        'Prüfen Sie, dass **Aktueller Status** **Angemeldet** zeigt und das Konto nennt.',
        'Klicken Sie auf **OK**, um die OAuth 2.0-Einstellungen an den Drucker zu senden. Bis dahin behält der Drucker sie nicht.',
      ],
      done: 'Nach dem Klick auf OK lädt die Seite neu und zeigt weiterhin OAuth2 und „Angemeldet“.',
      hint: 'Angemeldet, aber noch nicht gespeichert: Klicken Sie auf OK.',
    },
    'confirm-save': {
      title: 'Klicken Sie auf der Bestätigungsseite auf OK, um zu speichern',
      action: [
        'Web Config zeigt die Einstellungen zur Bestätigung noch einmal an. Der Drucker hat sie noch nicht gespeichert.',
        'Klicken Sie auf dieser Seite auf **OK**. Die Einstellungsseite wird dann neu geladen; die Einrichtung ist abgeschlossen, wenn sie weiterhin OAuth2 und Angemeldet zeigt.',
      ],
      done: 'Die Einstellungsseite wird neu geladen und zeigt OAuth2 und Angemeldet.',
      hint: 'Gesendet, aber noch nicht gespeichert: Klicken Sie auf der Bestätigungsseite auf OK.',
    },
    'open-serverless': {
      title: 'Epson Print Admin Serverless öffnen',
      action: [
        'Öffnen Sie Epson Print Admin Serverless. Dies gilt, wenn dessen Authentifizierungseinstellungen **E-Mail-Adresse des Absenders** auf **E-Mail-Adresse des Benutzers** setzen.',
      ],
      done: 'Die Seite von Epson Print Admin Serverless ist geöffnet.',
      hint: 'Epson Print Admin Serverless.',
    },
    'choose-for-my-email': {
      title: '„Für meine E-Mail“ wählen',
      action: [
        'Wählen Sie **Für meine E-Mail** (die Menünamen unterscheiden sich je nach Modell).',
        'Die Anmeldeseite von Microsoft erscheint.',
      ],
      done: 'Microsoft fragt nach einem Konto.',
      hint: 'Für meine E-Mail.',
    },
    'fax-open-email-server': {
      title: 'Fax > Faxserver > E-Mail-Server-Einstellungen öffnen',
      action: [
        'Wählen Sie die Registerkarte **Fax** und dann **Faxserver** > **E-Mail-Server-Einstellungen**.',
      ],
      done: 'Die Seite „E-Mail-Server-Einstellungen“ des Faxservers ist geöffnet.',
      hint: '„E-Mail-Server-Einstellungen“ finden Sie unter Fax > Faxserver.',
    },
    'fax-choose-service': {
      title: 'E-Mail-Dienst wählen',
      action: [
        'Setzen Sie **E-Mail-Dienst** auf den Dienst, den Ihr Faxanbieter verwendet (Microsoft Exchange Online, oder Outlook.com für die private Nutzung).',
        'Die übrigen Einstellungen erfahren Sie bei Ihrem Faxdienstanbieter.',
      ],
      done: '„E-Mail-Dienst“ zeigt den gewählten Dienst.',
      hint: 'Der E-Mail-Dienst Ihres Faxanbieters.',
    },
    'fax-save-settings': {
      title: 'Auf OK klicken, um die Faxserver-Einstellungen an den Drucker zu senden',
      action: [
        'Prüfen Sie, dass **Aktueller Status** **Angemeldet** zeigt und das Konto nennt.',
        'Klicken Sie auf **OK**, um die Einstellungen an den Drucker zu senden. Bis dahin behält der Drucker sie nicht.',
      ],
      done: 'Nach dem Klick auf OK lädt die Seite neu und zeigt weiterhin OAuth2 und „Angemeldet“.',
      hint: 'Angemeldet, aber noch nicht gespeichert: Klicken Sie auf OK.',
    },
    'fax-confirm-save': {
      title: 'Klicken Sie auf der Bestätigungsseite auf OK, um die Faxserver-Einstellungen zu speichern',
      action: [
        'Web Config zeigt die Einstellungen zur Bestätigung noch einmal an. Der Drucker hat sie noch nicht gespeichert.',
        'Klicken Sie auf dieser Seite auf **OK**. Die Einstellungsseite wird dann neu geladen; die Einrichtung ist abgeschlossen, wenn sie weiterhin OAuth2 und Angemeldet zeigt.',
      ],
      done: 'Die Einstellungsseite wird neu geladen und zeigt OAuth2 und Angemeldet.',
      hint: 'Gesendet, aber noch nicht gespeichert: Klicken Sie auf der Bestätigungsseite auf OK.',
    },
    'serverless-log-in': {
      title: 'Als Druckeradministrator anmelden',
      action: [
        'Melden Sie sich in Epson Print Admin Serverless als Benutzer mit Administratorrechten für den Drucker an.',
      ],
      done: 'Die Administratormenüs werden angezeigt.',
      hint: 'Ein Benutzer mit Administratorrechten für den Drucker.',
    },
    'serverless-consent': {
      title: 'Für die Organisation zustimmen und den Berechtigungsbereich festlegen',
      action: [
        'Wählen Sie auf der Berechtigungsseite **Im Namen Ihrer Organisation zustimmen**, legen Sie den Berechtigungsbereich fest und wählen Sie **Akzeptieren**.',
        'Epson Print Admin Serverless zeigt eine Meldung, wenn die Anmeldung gelungen ist: Wählen Sie **OK**, um das Fenster zu schließen.',
      ],
      done: 'Epson Print Admin Serverless meldet, dass die Anmeldung gelungen ist.',
      hint: '„Im Namen Ihrer Organisation zustimmen“, dann „Akzeptieren“.',
    },
  },
  microsoftSide: 'Dann auf der Seite von Microsoft:',
  deviceCode: {
    heading: 'Mit diesem Code anmelden',
    codeLabel: 'Code',
    copy: 'Code kopieren',
    copied: 'Kopiert',
    open: '{url} öffnen',
    expiresIn: 'Der Code läuft in {minutes} Min. ab.',
    expired: 'Der Code ist abgelaufen: Klicken Sie erneut auf „Anmelden“, um einen neuen zu erhalten.',
    waiting: 'Warten, bis die Anmeldung auf der Seite von Microsoft abgeschlossen ist…',
  },
  save: {
    clickOk: 'Klicken Sie auf OK, um die Einstellungen an den Drucker zu senden.',
    saved: 'Gespeichert: Der Drucker hat die OAuth 2.0-Einstellungen.',
  },
  currentStatus: {
    signedIn:
      '„Aktueller Status“ zeigt „Angemeldet“. Kann der Drucker trotzdem keine E-Mails senden, wurde die Anmeldung vielleicht nicht im Drucker gespeichert: Klicken Sie auf OK, um die Einstellungen zu senden.',
    signInShown:
      'Kein „Aktueller Status“, und eine Schaltfläche „Anmelden“ wird angezeigt: Der Drucker ist nicht angemeldet. Melden Sie sich an.',
    expired:
      'Die Anmeldung verfällt, wenn der Drucker lange keine E-Mail sendet (Zugriffs- und Aktualisierungstoken werden ungültig): Der Administrator meldet sich erneut an.',
  },
  blocked: {
    'oauth-not-supported':
      'Die Authentifizierungsmethode dieses Druckers bietet kein OAuth2. Aktualisieren Sie die Firmware; fügt kein Update es hinzu, sind Microsofts Direktversand (Direct Send) oder ein SMTP-Relay-Connector die Alternativen.',
  },
};
export default messages;
