import type { Shape } from '../../define.ts';
import type domain from '../../messages/causes.ts';

const messages: Shape<(typeof domain)['en']> = {
  cause: {
    'smtp-auth-disabled': {
      title: 'SMTP AUTH ist deaktiviert',
      explanation:
        'Exchange Online lehnt authentifiziertes SMTP für dieses Postfach oder für die ganze Organisation ab. In Mandanten, die nach Januar 2020 erstellt wurden, ist es standardmäßig deaktiviert, und die Einstellung des Postfachs hat Vorrang vor der Einstellung der Organisation.',
      remedy: [
        'Microsoft 365 Admin Center > Benutzer > Aktive Benutzer > das Konto des Druckers > E-Mail > E-Mail-Apps verwalten: „Authentifiziertes SMTP“ aktivieren und speichern.',
        'Oder in Exchange Online PowerShell für dieses Postfach: Set-CASMailbox -Identity <Konto> -SmtpClientAuthenticationDisabled $false',
        'Wenn auch der Schalter der Organisation aus ist: Set-TransportConfig -SmtpClientAuthenticationDisabled $false (Exchange Admin Center > Einstellungen > Nachrichtenfluss: „SMTP AUTH-Protokoll für Ihre Organisation deaktivieren“ abwählen).',
        'Auch die Sicherheitsstandards blockieren SMTP AUTH: prüfen Sie, dass sie deaktiviert sind (Microsoft Entra Admin Center > Übersicht > Eigenschaften > Sicherheitsstandards verwalten).',
        'Änderungen können bis zu einer Stunde brauchen; senden Sie danach erneut eine Test-E-Mail.',
      ],
    },
    'security-defaults-on': {
      title: 'Die Sicherheitsstandards blockieren SMTP AUTH',
      explanation:
        'Solange die Sicherheitsstandards aktiviert sind, blockiert Microsoft Entra ID die ältere SMTP-Anmeldung, die der Drucker verwendet, unabhängig von der Einstellung des Postfachs.',
      remedy: [
        'Microsoft Entra Admin Center > Identität > Übersicht > Eigenschaften > Sicherheitsstandards verwalten: auf „Deaktiviert“ setzen (das kann ein Globaler Administrator).',
        'Schützen Sie die Organisation stattdessen mit Richtlinien für bedingten Zugriff und nehmen Sie nur aus, was der Drucker braucht.',
        'Aktivieren Sie dann SMTP AUTH für das Postfach des Druckers (Set-CASMailbox -Identity <Konto> -SmtpClientAuthenticationDisabled $false).',
      ],
    },
    'conditional-access-blocked': {
      title: 'Eine Richtlinie für bedingten Zugriff hat die Anmeldung blockiert',
      explanation:
        'Microsoft Entra ID hat eine Richtlinie für bedingten Zugriff ausgewertet (Standort, Gerät, Client-App, Risiko) und die Anmeldung abgelehnt.',
      remedy: [
        'Microsoft Entra Admin Center > Identität > Überwachung und Integrität > Anmeldeprotokolle: die fehlgeschlagene Anmeldung öffnen und auf der Registerkarte „Bedingter Zugriff“ nachsehen, welche Richtlinie gegriffen hat.',
        'Passen Sie diese Richtlinie an oder nehmen Sie das Konto des Druckers davon aus (am besten mit einer eigenen, engeren Richtlinie).',
        'Melden Sie sich erneut in Web Config an (Netzwerk > E-Mail-Server > Grundlegend > Anmelden).',
      ],
    },
    'ca-blocks-device-code': {
      title: 'Der bedingte Zugriff blockiert den Gerätecodeflow',
      explanation:
        'Der Drucker meldet sich mit einem Gerätecode an. Eine Richtlinie für bedingten Zugriff mit der Bedingung „Authentifizierungsflows“ (Gerätecodeflow) blockiert diese Art der Anmeldung.',
      remedy: [
        'Anmeldeprotokolle: die fehlgeschlagene Anmeldung öffnen, Registerkarte „Bedingter Zugriff“, und die Richtlinie suchen, die den „Gerätecodeflow“ blockiert.',
        'Nehmen Sie das Konto des Druckeradministrators von dieser Richtlinie aus, solange Sie den Drucker anmelden, oder grenzen Sie die Richtlinie so ein, dass die Anmeldung des Druckers erlaubt ist.',
        'Melden Sie sich erneut in Web Config an (Netzwerk > E-Mail-Server > Grundlegend > Anmelden) und stellen Sie die Richtlinie danach so wieder her, wie Ihre Organisation es verlangt.',
      ],
    },
    'mfa-required': {
      title: 'Multi-Faktor-Authentifizierung ist erforderlich',
      explanation:
        'Das Konto muss die Multi-Faktor-Authentifizierung durchlaufen (oder sich dafür registrieren), bevor ein Token ausgestellt wird.',
      remedy: [
        'Starten Sie die Anmeldung erneut und schließen Sie die Multi-Faktor-Abfrage in dem Browserfenster ab, das sich für den Code öffnet.',
        'Hat das Konto noch nie einen zweiten Faktor registriert, registrieren Sie ihn zuerst unter https://aka.ms/mfasetup.',
        'Lässt sich die Abfrage von hier aus nie erfüllen, prüfen Sie in den Entra-Anmeldeprotokollen, welche Richtlinie sie verlangt.',
      ],
    },
    'consent-missing': {
      title: 'Die App hat in dieser Organisation keine Zustimmung',
      explanation:
        'Niemand hat den Berechtigungen der App (E-Mails als der Benutzer senden) für diesen Mandanten zugestimmt, oder das Konto ist der App nicht zugewiesen.',
      remedy: [
        'Melden Sie sich erneut mit einem Administratorkonto an, aktivieren Sie auf der Berechtigungsseite „Im Namen Ihrer Organisation zustimmen“ und klicken Sie auf „Akzeptieren“.',
        'Oder erteilen Sie sie im Microsoft Entra Admin Center > Unternehmensanwendungen > die App > Berechtigungen > Administratorzustimmung erteilen.',
        'Wenn die App eine Zuweisung verlangt: Unternehmensanwendungen > die App > Benutzer und Gruppen: das Konto des Druckers hinzufügen.',
      ],
    },
    'admin-role-missing': {
      title: 'Dem Konto fehlt die Administratorrolle für die Zustimmung',
      explanation:
        'Die Zustimmung im Namen der Organisation braucht einen Globalen Administrator (laut Epsons Anleitung) oder mindestens einen Cloudanwendungsadministrator.',
      remedy: [
        'Melden Sie sich mit einem Konto an, das die Rolle Globaler Administrator oder Cloudanwendungsadministrator hat.',
        'Oder bitten Sie einen solchen Administrator, der App zuerst die Administratorzustimmung zu erteilen (Unternehmensanwendungen > die App > Berechtigungen).',
      ],
    },
    'sign-in-expired': {
      title: 'Die Anmeldung ist abgelaufen',
      explanation:
        'Das Zugriffs- und das Aktualisierungstoken sind nicht mehr gültig: Der Drucker wurde lange nicht benutzt (Aktualisierungstoken verfallen nach etwa 90 Tagen ohne Nutzung), das Kennwort wurde geändert oder zurückgesetzt, oder ein Administrator oder eine Richtlinie zur Anmeldehäufigkeit hat die Sitzung widerrufen.',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: auf „Anmelden“ klicken und die Anmeldung erneut durchführen.',
        'Klicken Sie auf „OK“, damit der Drucker die neue Anmeldung speichert.',
        'Wenn sie immer wieder abläuft, prüfen Sie Richtlinien für bedingten Zugriff zur Anmeldehäufigkeit und Kennwortzurücksetzungen für dieses Konto.',
      ],
    },
    'sign-in-required': {
      title: 'Der Drucker ist beim E-Mail-Dienst nicht angemeldet',
      explanation:
        'OAuth2 ist ausgewählt, aber der Drucker hat keine Anmeldung und kann deshalb keine E-Mails senden.',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: Authentifizierungsmethode = OAuth2, E-Mail-Dienst = Microsoft Exchange Online (oder Outlook.com).',
        'Klicken Sie auf „Anmelden“ und dann auf „Mit Microsoft anmelden“; öffnen Sie die angezeigte URL und geben Sie den Code ein.',
        'Melden Sie sich mit einem Administratorkonto an und akzeptieren Sie („Im Namen Ihrer Organisation zustimmen“ aktivieren).',
        'Prüfen Sie zurück in Web Config, dass „Aktueller Status“ „Angemeldet“ zeigt, und klicken Sie dann auf „OK“.',
      ],
    },
    'signed-in-not-saved': {
      title: 'Die Anmeldung wurde nicht im Drucker gespeichert',
      explanation:
        'Web Config zeigt „Angemeldet“, aber die Einstellungen wurden nie an den Drucker gesendet, sodass der Drucker selbst keine Anmeldung hat.',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: Wenn „Aktueller Status“ „Angemeldet“ zeigt, klicken Sie unten auf der Seite auf „OK“.',
        'Senden Sie zur Bestätigung eine Test-E-Mail (E-Mail-Server > Verbindungstest).',
      ],
    },
    'sender-mismatch': {
      title: 'Die Absenderadresse weicht vom angemeldeten Konto ab',
      explanation:
        'Exchange Online lässt ein Konto nur mit seiner eigenen Adresse senden, es sei denn, es hat die Berechtigung „Senden als“ für die andere Adresse.',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: „E-Mail-Adresse des Absenders“ gleich dem „Authentifizierten Konto“ setzen.',
        'Oder erteilen Sie dem Konto „Senden als“ für das andere Postfach (Exchange Admin Center > Empfänger > Postfächer > das Postfach > Delegierung > Senden als).',
      ],
    },
    'send-throttled': {
      title: 'Das Senden ist vorübergehend gedrosselt',
      explanation:
        'Exchange Online hat das Senden für dieses Konto verlangsamt oder angehalten, zum Beispiel nach wiederholt abgelehntem „Senden als“ oder nach Überschreiten der Sendegrenzen.',
      remedy: [
        'Beheben Sie zuerst die Ursache (meist die Absenderadresse: machen Sie sie gleich dem angemeldeten Konto).',
        'Warten Sie vor dem nächsten Versuch: Die Drosselung endet von selbst, oft innerhalb einer Stunde, manchmal erst nach 24 Stunden.',
      ],
    },
    'token-rejected': {
      title: 'Exchange Online hat das Anmeldetoken abgelehnt',
      explanation:
        'Der SMTP-Server hat das XOAUTH2-Token abgelehnt: Es kann für die falsche Zielgruppe (Audience) oder den falschen Bereich ausgestellt sein, einen anderen Benutzer nennen als das Token, oder abgelehnt werden, weil SMTP AUTH deaktiviert ist oder eine Richtlinie greift.',
      remedy: [
        'Prüfen Sie, dass SMTP AUTH für das Postfach aktiviert ist (Microsoft 365 Admin Center > Benutzer > Aktive Benutzer > das Konto > E-Mail > E-Mail-Apps verwalten > Authentifiziertes SMTP).',
        'Stellen Sie sicher, dass das in Web Config angezeigte Konto dasjenige ist, das sich angemeldet hat, und dass das Postfach lizenziert ist.',
        'Melden Sie sich erneut in Web Config an (Netzwerk > E-Mail-Server > Grundlegend > Anmelden) und klicken Sie auf „OK“.',
        'Für eigene Werkzeuge: Fordern Sie den Bereich https://outlook.office.com/SMTP.Send an; das aud des Tokens muss https://outlook.office.com sein.',
      ],
    },
    'token-audience': {
      title: 'Das Token wurde für einen anderen Dienst ausgestellt',
      explanation:
        'SMTP braucht ein Token für Exchange Online (https://outlook.office.com). Ein Token für Microsoft Graph oder eine andere Ressource wird mit 535 5.7.3 abgelehnt.',
      remedy: [
        'Fordern Sie den Bereich https://outlook.office.com/SMTP.Send an (dazu offline_access) und keinen Graph-Bereich in derselben Anforderung.',
        'Geben Sie der App die delegierte Berechtigung SMTP.Send von Office 365 Exchange Online und erteilen Sie die Administratorzustimmung.',
      ],
    },
    'not-authenticated': {
      title: 'Das Gerät hat sich nicht authentifiziert',
      explanation:
        'Der Server hat E-Mail ohne jede Authentifizierung erhalten: Das Gerät hat keinen AUTH-Befehl gesendet oder es vor STARTTLS versucht.',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: Authentifizierungsmethode = OAuth2, und melden Sie sich an.',
        'Sichere Verbindung = STARTTLS, SMTP-Server-Portnummer = 587.',
        'Klicken Sie auf „OK“ und senden Sie dann eine Test-E-Mail.',
      ],
    },
    'tls-too-old': {
      title: 'Das Gerät verwendet TLS 1.0 oder 1.1',
      explanation: 'Exchange Online akzeptiert SMTP AUTH nur über TLS 1.2 oder neuer.',
      remedy: [
        'Aktualisieren Sie die Firmware des Druckers auf eine Version, die TLS 1.2 unterstützt.',
        'Bis dahin bietet Microsoft für solche Geräte smtp-legacy.office365.com an, nachdem Set-TransportConfig -AllowLegacyTLSClients $true ausgeführt wurde.',
      ],
    },
    'basic-auth-rejected': {
      title: 'Die Kennwortauthentifizierung (Standardauthentifizierung) wird abgelehnt',
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
      title: 'Microsoft nimmt von dieser IP-Adresse keinen Datenverkehr an',
      explanation:
        'Exchange Online hat die Verbindung wegen des Rufs der sendenden IP-Adresse abgelehnt; das ist typisch für neue Mandanten oder Testmandanten.',
      remedy: [
        'Öffnen Sie eine Supportanfrage bei Microsoft 365 (Admin Center > Support) und geben Sie die vollständige Antwort an.',
        'Senden Sie inzwischen aus einem anderen Netzwerk oder warten Sie, bis der Mandant vollständig bereitgestellt ist.',
      ],
    },
    'mailbox-unlicensed': {
      title: 'Das sendende Postfach hat keine Lizenz',
      explanation: 'Exchange Online lässt nur ein lizenziertes Postfach mit SMTP AUTH senden.',
      remedy: [
        'Microsoft 365 Admin Center > Benutzer > Aktive Benutzer > das Konto > Lizenzen und Apps: eine Lizenz zuweisen, die Exchange Online enthält.',
        'Warten Sie, bis das Postfach bereitgestellt ist, und senden Sie dann erneut eine Test-E-Mail.',
      ],
    },
    'wrong-server': {
      title: 'Die SMTP-Serveradresse ist nicht die von Microsoft',
      explanation:
        'Exchange Online expects smtp.office365.com; personal Outlook.com accounts expect smtp-mail.outlook.com. Your domain’s MX host (…mail.protection.outlook.com, port 25) is the Direct Send endpoint: it offers no sign-in and answers "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: SMTP-Serveradresse = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Klicken Sie auf „OK“.',
      ],
    },
    'wrong-port': {
      title: 'Der SMTP-Port ist nicht 587',
      explanation:
        'SMTP AUTH submission to Exchange Online works on port 587 with STARTTLS only; port 465 (SSL/TLS from the first byte) is not offered, so a connection there times out or is refused.',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: SMTP-Server-Portnummer = 587.',
        'Klicken Sie auf „OK“.',
      ],
    },
    'wrong-secure-connection': {
      title: 'Die sichere Verbindung ist nicht STARTTLS',
      explanation:
        'Exchange Online beginnt auf Port 587 unverschlüsselt und wechselt mit STARTTLS zu TLS; SSL/TLS ab dem ersten Byte oder gar keine Verschlüsselung scheitert.',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: Sichere Verbindung = STARTTLS.',
        'Klicken Sie auf „OK“.',
      ],
    },
    'service-unreachable': {
      title: 'Der E-Mail-Dienst ist nicht erreichbar',
      explanation:
        'Die Verbindung zum E-Mail- oder Clouddienst ist gescheitert: Namensauflösung, Routing, eine Firewall oder ein Proxy hat sie verhindert, oder der Dienst hat nicht geantwortet.',
      remedy: [
        'Prüfen Sie die Netzwerkeinstellungen des Druckers: IP-Adresse, Gateway und DNS-Server (Netzwerkstatus in Web Config oder das Statusblatt).',
        'Prüfen Sie, dass das Netzwerk den Drucker smtp.office365.com über TCP-Port 587 und login.microsoftonline.com über 443 erreichen lässt.',
        'Führen Sie in Web Config E-Mail-Server > Verbindungstest aus und versuchen Sie es erneut.',
      ],
    },
    'certificate-invalid': {
      title: 'Das Serverzertifikat konnte nicht überprüft werden',
      explanation:
        'Das TLS-Zertifikat war nicht gültig: Das Stammzertifikat fehlt oder ist veraltet, das Zertifikat ist abgelaufen, der Name passt nicht, oder etwas dazwischen fängt die Verbindung ab.',
      remedy: [
        'Web Config > Network Security > CA Certificate / Root Certificate Update: update the root certificates.',
        'Check the printer’s date and time are correct.',
        'Check that no proxy or firewall replaces the certificate, and that the SMTP Server Address is exactly the service’s name.',
        'If the printer is behind a TLS-inspecting proxy or firewall, import that proxy’s CA certificate into the printer: Web Config > Network Security > CA Certificate > Import.',
        'If this PC (the wcoa agent) is behind such a proxy, give the agent the proxy’s CA: tls.caFile in the agent’s config.json (or WCOA_CA_FILE), then restart the agent.',
      ],
    },
    'certificate-validation-disabled': {
      title: 'Die Zertifikatsvalidierung ist deaktiviert',
      explanation:
        'Der Drucker verbindet sich, ohne das Zertifikat des E-Mail-Servers zu prüfen, und kann den echten Server daher nicht von einem Betrüger unterscheiden.',
      remedy: [
        'Aktualisieren Sie zuerst die Stammzertifikate (Web Config > Netzwerksicherheit > Stammzertifikat-Update).',
        'Dann Web Config > Netzwerk > E-Mail-Server > Grundlegend: Zertifikatsvalidierung = Aktivieren, und auf „OK“ klicken.',
      ],
    },
    'app-not-found': {
      title: 'Die App wurde im Mandanten nicht gefunden',
      explanation:
        'Die Client-ID ist dem Mandanten, bei dem die Anmeldung ankam, unbekannt, oder die App ist dort deaktiviert: falsche Client-ID, falscher Mandant oder eine App, die für diese Kontoart nicht freigegeben ist.',
      remedy: [
        'Vergleichen Sie die Client-ID mit Microsoft Entra Admin Center > App-Registrierungen > die App > Übersicht (Anwendungs-ID (Client)).',
        'Prüfen Sie die Mandanten-ID (Verzeichnis-ID) oder Domäne, die für die Anmeldung verwendet wurde.',
        'Outlook.com-Konten brauchen eine App, deren unterstützte Kontotypen persönliche Microsoft-Konten einschließen.',
      ],
    },
    'wrong-tenant-endpoint': {
      title: 'Die Anmeldung hat den falschen Mandantenendpunkt verwendet',
      explanation:
        'Der Mandant in der Anmelde-URL passt nicht zur App oder zum Konto: eine Einzelmandanten-App mit /common, ein falsch geschriebener Mandant oder ein Konto aus einem anderen Verzeichnis.',
      remedy: [
        'Verwenden Sie den eigenen Endpunkt des Mandanten: https://login.microsoftonline.com/<Mandanten-ID oder Domäne>/.',
        'Prüfen Sie Mandantenname oder -ID auf Tippfehler und ob das Konto zu diesem Mandanten gehört.',
      ],
    },
    'public-client-disabled': {
      title: 'Öffentliche Clientflows sind für die App deaktiviert',
      explanation:
        'Der Gerätecodeflow verlangt, dass die App-Registrierung öffentliche Clientflows zulässt; sonst fordert Entra ID einen geheimen Clientschlüssel, den das Gerät nicht hat.',
      remedy: [
        'Microsoft Entra Admin Center > App-Registrierungen > die App > Authentifizierung > Erweiterte Einstellungen: „Öffentliche Clientflows zulassen“ auf „Ja“ setzen und speichern.',
      ],
    },
    'client-secret-sent': {
      title: 'Ein öffentlicher Client hat einen geheimen Clientschlüssel gesendet',
      explanation:
        'Die App ist als öffentlicher Client registriert, aber die Anforderung enthielt einen geheimen Clientschlüssel oder eine Assertion, die Entra ID ablehnt.',
      remedy: [
        'Entfernen Sie den geheimen Clientschlüssel aus der Konfiguration des Werkzeugs, das die Anmeldung durchführt.',
        'Lassen Sie „Öffentliche Clientflows zulassen“ für die Anmeldung mit Gerätecode aktiviert.',
      ],
    },
    'device-code-expired': {
      title: 'Der Anmeldecode ist abgelaufen',
      explanation: 'Der für die Anmeldung angezeigte Code gilt etwa 15 Minuten, und diese Zeit ist vorbei.',
      remedy: ['Starten Sie die Anmeldung erneut und geben Sie den neuen Code gleich ein.'],
    },
    'device-code-declined': {
      title: 'Die Anmeldung wurde abgelehnt',
      explanation:
        'Die Person, die sich anmeldete, hat abgebrochen oder die von der App angeforderten Berechtigungen abgelehnt.',
      remedy: [
        'Starten Sie die Anmeldung erneut und klicken Sie auf der Berechtigungsseite auf „Akzeptieren“.',
        'Werden die Berechtigungen absichtlich abgelehnt, bitten Sie einen Administrator, die Administratorzustimmung zu erteilen.',
      ],
    },
    'transient-server-error': {
      title: 'Vorübergehender Serverfehler',
      explanation:
        'Der Server hat ein vorübergehendes Problem gemeldet; soweit diese Antwort zeigt, ist an den Einstellungen nichts falsch.',
      remedy: [
        'Versuchen Sie es in einigen Minuten erneut.',
        'Wenn es anhält, sehen Sie auf der Seite „Dienstintegrität“ von Microsoft 365 nach.',
      ],
    },
    'additional-network-unsupported': {
      title: 'OAuth 2.0 funktioniert nur im Standardnetzwerk',
      explanation:
        'Bei Modellen mit zusätzlichen Netzwerken funktioniert E-Mail mit OAuth 2.0 nur im Standardnetzwerk (laut Epsons Anleitung).',
      remedy: [
        'Schließen Sie den Drucker so an, dass E-Mails über das Standardnetzwerk hinausgehen.',
        'Melden Sie sich dann erneut in Web Config an (Netzwerk > E-Mail-Server > Grundlegend).',
      ],
    },
    'oauth-not-supported': {
      title: 'Dieser Drucker bietet kein OAuth 2.0',
      explanation:
        'Die Liste „Authentifizierungsmethode“ enthält kein OAuth2, daher kann sich der Drucker in diesem Zustand nicht bei Exchange Online anmelden.',
      remedy: [
        'First update the printer’s firmware: newer firmware adds OAuth2 to Network > Email Server > Basic.',
        'If no update adds it and the printer mails colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
        'Or relay through an Exchange Online connector that identifies the printer’s network by its static public IP address or a certificate.',
        'Or use Microsoft’s direct send: SMTP to your domain’s MX host on port 25, no authentication, recipients inside your organisation only. It breaks if an admin turns on "Reject Direct Send" (generally available since September 2025) unless a partner connector covers the printer.',
      ],
    },
    'credentials-invalid': {
      title: 'Das Konto oder das Kennwort wurde abgelehnt',
      explanation:
        'Entra ID hat den Kontonamen oder das Kennwort nicht akzeptiert: ein Tippfehler, ein Konto, das es in diesem Verzeichnis nicht gibt, ein abgelaufenes Kennwort oder ein deaktiviertes oder gesperrtes Konto.',
      remedy: [
        'Prüfen Sie den Kontonamen (die vollständige Adresse) und geben Sie das Kennwort erneut ein.',
        'Prüfen Sie im Microsoft 365 Admin Center > Benutzer > Aktive Benutzer, dass das Konto existiert und nicht für die Anmeldung gesperrt ist, und setzen Sie bei Bedarf sein Kennwort zurück.',
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
      'Fehlercode {code}: Epsons OAuth 2.0-Anleitung dokumentiert diesen Code nicht. Schlagen Sie ihn im Handbuch des Druckers nach (das Benutzerhandbuch listet die Codes auf, die im Menü „Auftragsstatus“ angezeigt werden).',
  },
  explain: {
    noCause: 'Keine bekannte Ursache erkannt.',
    source: 'Quelle: {source}',
    sourceChecked: 'Source: {source} (checked {date})',
    matched: 'Erkannt an: {evidence}',
    emptyInput:
      'Nichts zu erklären: Geben Sie einen Text an oder -, um ihn von der Standardeingabe zu lesen.',
    badLang: 'Unbekannte Sprache „{lang}“. Verwenden Sie eine von: {langs}.',
    description:
      'Einen Fehlertext erklären (SMTP-Antwort, Anmeldefehler, Epson-Code oder -Meldung): wahrscheinliche Ursachen und was zu tun ist',
    textArgument: 'zu erklärende Fehlertexte; - liest einen von der Standardeingabe',
    jsonOption: 'eine JSON-Zeile pro Text ausgeben',
    langOption: 'Sprache der Titel und Abhilfen: {langs}',
  },
};
export default messages;
