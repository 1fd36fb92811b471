import type { Shape } from '../../define.ts';
import type domain from '../../messages/guide.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'OAuth 2.0 für Exchange Online einrichten',
  progress: 'Schritt {position} von {total}',
  howToTell: 'So erkennen Sie, dass es erledigt ist:',
  variants: {
    'email-server': {
      title: '{label:emailServer}: OAuth 2.0',
      intro:
        'Exchange Online nimmt von Druckern keine Kennwörter mehr an (Standardauthentifizierung), und SMTP AUTH ist standardmäßig deaktiviert; der Drucker muss sich daher mit OAuth 2.0 anmelden, um E-Mails zu senden.',
      complete: [
        'Fertig: Der Drucker hat die OAuth 2.0-Einstellungen und die Anmeldung gespeichert.',
        'Prüfen am Drucker: im Bedienfeld Einstellungen > Allgemeine Einstellungen > Netzwerkeinstellungen > Netzwerkstatus > E-Mail-Server-Status, oder das Netzwerkstatusblatt drucken (Netzwerkstatus > Statusblatt drucken).',
      ],
    },
    'fax-server': {
      title: '{label:faxServer}: OAuth 2.0',
      intro:
        'Bei Modellen, die per E-Mail an den Server eines Faxanbieters senden: Wenn der Server des Anbieters OAuth 2.0 verwendet, stellen Sie auch für die E-Mail-Einstellungen des Faxservers OAuth2 ein.',
      complete: [
        'Fertig: Der Drucker hat die OAuth 2.0-Einstellungen des Faxservers gespeichert.',
        'Weitere Einstellungen erfahren Sie bei Ihrem Faxdienstanbieter.',
      ],
    },
    serverless: {
      title: 'Epson Print Admin Serverless: {label:forMyEmail}',
      intro:
        'Wenn die Absenderadresse die eigene Adresse jedes Benutzers ist, meldet sich zuerst der Administrator einmal für die Organisation an; danach meldet sich jeder Benutzer mit seinem eigenen Konto an.',
      complete: [
        'Die Anmeldung des Administrators ist erledigt.',
        'Jeder in Epson Print Admin Serverless registrierte Benutzer meldet sich einmal mit seinem Geschäfts-, Schul- oder Unikonto von Microsoft an, wenn er zum ersten Mal „{label:forMyEmail}“ wählt.',
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
          'Ohne OAuth2 unter **{label:authMethod}** kann der Drucker keine E-Mails über Exchange Online senden.',
        ],
        done: '„{label:authMethod}“ bietet OAuth2 an.',
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
        'Wählen Sie **{label:logIn}**, geben Sie das Administratorkennwort ein und klicken Sie auf **{label:okButton}**.',
        'Wurde es nicht geändert, ist das Kennwort oft die Seriennummer des Druckers.',
      ],
      done: 'Web Config zeigt die Administratormenüs, etwa die Registerkarte „{label:networkTab}“.',
      hint: 'Geben Sie hier das Administratorkennwort ein. Der Assistent liest es nie.',
    },
    'open-email-server': {
      title: '{label:networkTab} > {label:emailServer} > {label:basic} öffnen',
      action: [
        'Wählen Sie die Registerkarte **{label:networkTab}** und dann **{label:emailServer}** > **{label:basic}**.',
      ],
      done: 'Die Seite „{label:emailServer} > {label:basic}“ ist geöffnet.',
      hint: '„{label:emailServer}“ finden Sie auf der Registerkarte „{label:networkTab}“.',
    },
    'choose-oauth2': {
      title: 'OAuth2 wählen',
      action: [
        'Setzen Sie **{label:authMethod}** auf **OAuth2**.',
        'Klicken Sie noch nicht auf {label:okButton}: Melden Sie sich zuerst an.',
      ],
      done: '„{label:authMethod}“ zeigt OAuth2, und die Seite zeigt „{label:emailService}“.',
      hint: 'Wählen Sie hier OAuth2.',
    },
    'choose-service': {
      title: 'Microsoft Exchange Online wählen',
      action: [
        'Setzen Sie **{label:emailService}** auf **Microsoft Exchange Online**.',
        'Für die private Nutzung wählen Sie stattdessen **Outlook.com**.',
      ],
      done: '„{label:emailService}“ zeigt den gewählten Dienst.',
      hint: 'Hier Microsoft Exchange Online (Outlook.com für die private Nutzung).',
    },
    'sign-in': {
      title: 'Anmelden',
      action: [
        'Klicken Sie auf **{label:signInButton}** und im sich öffnenden Fenster auf **{label:signInWithMicrosoft}**.',
      ],
      done: 'Ein Authentifizierungscode und eine Microsoft-Adresse werden angezeigt.',
      hint: 'Klicken Sie auf „{label:signInButton}“.',
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
      done: 'Zurück in Web Config zeigt „{label:currentStatus}“ „{label:signedIn}“ und das Konto.',
      hint: '„Im Namen Ihrer Organisation zustimmen“, dann „Akzeptieren“.',
    },
    'save-settings': {
      title: 'Auf {label:okButton} klicken, um die Einstellungen an den Drucker zu senden',
      action: [
        'Prüfen Sie, dass **{label:currentStatus}** **{label:signedIn}** zeigt und das Konto nennt.',
        'Klicken Sie auf **{label:okButton}**, um die OAuth 2.0-Einstellungen an den Drucker zu senden. Bis dahin behält der Drucker sie nicht.',
      ],
      done: 'Nach dem Klick auf {label:okButton} lädt die Seite neu und zeigt weiterhin OAuth2 und „{label:signedIn}“.',
      hint: '„{label:signedIn}“, aber noch nicht gespeichert: Klicken Sie auf {label:okButton}.',
    },
    'confirm-save': {
      title: 'Klicken Sie auf der Bestätigungsseite auf {label:okButton}, um zu speichern',
      action: [
        'Web Config zeigt die Einstellungen zur Bestätigung noch einmal an. Der Drucker hat sie noch nicht gespeichert.',
        'Klicken Sie auf dieser Seite auf **{label:okButton}**. Die Einstellungsseite wird dann neu geladen; die Einrichtung ist abgeschlossen, wenn sie weiterhin OAuth2 und „{label:signedIn}“ zeigt.',
      ],
      done: 'Die Einstellungsseite wird neu geladen und zeigt OAuth2 und „{label:signedIn}“.',
      hint: 'Gesendet, aber noch nicht gespeichert: Klicken Sie auf der Bestätigungsseite auf {label:okButton}.',
    },
    'open-serverless': {
      title: 'Epson Print Admin Serverless öffnen',
      action: [
        'Öffnen Sie Epson Print Admin Serverless. Dies gilt, wenn dessen Authentifizierungseinstellungen **{label:serverlessSender}** auf **{label:userEmail}** setzen.',
      ],
      done: 'Die Seite von Epson Print Admin Serverless ist geöffnet.',
      hint: 'Epson Print Admin Serverless.',
    },
    'choose-for-my-email': {
      title: '„{label:forMyEmail}“ wählen',
      action: [
        'Wählen Sie **{label:forMyEmail}** (die Menünamen unterscheiden sich je nach Modell).',
        'Die Anmeldeseite von Microsoft erscheint.',
      ],
      done: 'Microsoft fragt nach einem Konto.',
      hint: '„{label:forMyEmail}“.',
    },
    'fax-open-email-server': {
      title: '{label:fax} > {label:faxServer} > {label:emailServerSettings} öffnen',
      action: [
        'Wählen Sie die Registerkarte **{label:fax}** und dann **{label:faxServer}** > **{label:emailServerSettings}**.',
      ],
      done: 'Die Seite „{label:emailServerSettings}“ unter „{label:faxServer}“ ist geöffnet.',
      hint: '„{label:emailServerSettings}“ finden Sie unter {label:fax} > {label:faxServer}.',
    },
    'fax-choose-service': {
      title: 'E-Mail-Dienst wählen',
      action: [
        'Setzen Sie **{label:emailService}** auf den Dienst, den Ihr Faxanbieter verwendet (Microsoft Exchange Online, oder Outlook.com für die private Nutzung).',
        'Die übrigen Einstellungen erfahren Sie bei Ihrem Faxdienstanbieter.',
      ],
      done: '„{label:emailService}“ zeigt den gewählten Dienst.',
      hint: 'Der Dienst, den Ihr Faxanbieter verwendet.',
    },
    'fax-save-settings': {
      title: 'Auf {label:okButton} klicken, um die Faxserver-Einstellungen an den Drucker zu senden',
      action: [
        'Prüfen Sie, dass **{label:currentStatus}** **{label:signedIn}** zeigt und das Konto nennt.',
        'Klicken Sie auf **{label:okButton}**, um die Einstellungen an den Drucker zu senden. Bis dahin behält der Drucker sie nicht.',
      ],
      done: 'Nach dem Klick auf {label:okButton} lädt die Seite neu und zeigt weiterhin OAuth2 und „{label:signedIn}“.',
      hint: '„{label:signedIn}“, aber noch nicht gespeichert: Klicken Sie auf {label:okButton}.',
    },
    'fax-confirm-save': {
      title:
        'Klicken Sie auf der Bestätigungsseite auf {label:okButton}, um die Faxserver-Einstellungen zu speichern',
      action: [
        'Web Config zeigt die Einstellungen zur Bestätigung noch einmal an. Der Drucker hat sie noch nicht gespeichert.',
        'Klicken Sie auf dieser Seite auf **{label:okButton}**. Die Einstellungsseite wird dann neu geladen; die Einrichtung ist abgeschlossen, wenn sie weiterhin OAuth2 und „{label:signedIn}“ zeigt.',
      ],
      done: 'Die Einstellungsseite wird neu geladen und zeigt OAuth2 und „{label:signedIn}“.',
      hint: 'Gesendet, aber noch nicht gespeichert: Klicken Sie auf der Bestätigungsseite auf {label:okButton}.',
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
        'Epson Print Admin Serverless zeigt eine Meldung, wenn die Anmeldung gelungen ist: Wählen Sie **{label:okButton}**, um das Fenster zu schließen.',
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
    expired:
      'Der Code ist abgelaufen: Klicken Sie erneut auf „{label:signInButton}“, um einen neuen zu erhalten.',
    waiting: 'Warten, bis die Anmeldung auf der Seite von Microsoft abgeschlossen ist…',
  },
  save: {
    clickOk: 'Klicken Sie auf {label:okButton}, um die Einstellungen an den Drucker zu senden.',
    saved: 'Gespeichert: Der Drucker hat die OAuth 2.0-Einstellungen.',
  },
  currentStatus: {
    signedIn:
      '„{label:currentStatus}“ zeigt „{label:signedIn}“. Kann der Drucker trotzdem keine E-Mails senden, wurde die Anmeldung vielleicht nicht im Drucker gespeichert: Klicken Sie auf {label:okButton}, um die Einstellungen zu senden.',
    signInShown:
      'Kein „{label:currentStatus}“, und eine Schaltfläche „{label:signInButton}“ wird angezeigt: Der Drucker ist nicht angemeldet. Melden Sie sich an.',
    expired:
      'Die Anmeldung verfällt, wenn der Drucker lange keine E-Mail sendet (Zugriffs- und Aktualisierungstoken werden ungültig): Der Administrator meldet sich erneut an.',
  },
  blocked: {
    'oauth-not-supported':
      '„{label:authMethod}“ bietet auf diesem Drucker kein OAuth2 an. Aktualisieren Sie die Firmware; fügt kein Update es hinzu, sind Microsofts Direktversand (Direct Send) oder ein SMTP-Relay-Connector die Alternativen.',
  },
};
export default messages;
