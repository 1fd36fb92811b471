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
        'Der Server hat Benutzername und Kennwort für den SMTP-Versand abgelehnt (550 5.7.30 oder 535 5.7.139 „basic authentication is disabled“): Persönliche Outlook.com-Konten akzeptieren nur OAuth 2.0, und Exchange Online lehnt Kennwörter ab, wo ein Administrator sie deaktiviert hat – für bestehende Mandanten standardmäßig ab Ende Dezember 2026 (neue Mandanten haben sie nie), und für alle nach der endgültigen Abschaltung (Termin wird in der zweiten Jahreshälfte 2027 bekannt gegeben).',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: Authentifizierungsmethode auf OAuth2 setzen und anmelden.',
        'Wird OAuth2 nicht angeboten, aktualisieren Sie die Firmware des Druckers.',
        'Bis dahin kann ein Exchange Online-Administrator SMTP AUTH für das Postfach wieder aktivieren (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); das funktioniert nur bis zur endgültigen Abschaltung.',
        'Keine Firmware mit OAuth2 und E-Mails nur an Kollegen: High Volume Email (interne Empfänger, Kennwortanmeldung bleibt bis September 2028), ein Relay über einen Connector oder Direktversand (Direct Send).',
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
        'Exchange Online erwartet smtp.office365.com; persönliche Outlook.com-Konten erwarten smtp-mail.outlook.com. Der MX-Host Ihrer Domäne (…mail.protection.outlook.com, Port 25) ist der Endpunkt für Direktversand (Direct Send): Er bietet keine Anmeldung an und antwortet mit „504 5.7.4 Unrecognized authentication type“.',
      remedy: [
        'Web Config > Netzwerk > E-Mail-Server > Grundlegend: SMTP-Serveradresse = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Klicken Sie auf „OK“.',
      ],
    },
    'wrong-port': {
      title: 'Der SMTP-Port ist nicht 587',
      explanation:
        'Der Versand mit SMTP AUTH an Exchange Online funktioniert nur über Port 587 mit STARTTLS; Port 465 (SSL/TLS ab dem ersten Byte) wird nicht angeboten, daher läuft eine Verbindung dorthin in eine Zeitüberschreitung oder wird abgewiesen.',
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
        'Web Config > Netzwerksicherheit > CA-Zertifikat / Stammzertifikat-Update: die Stammzertifikate aktualisieren.',
        'Prüfen Sie, dass Datum und Uhrzeit des Druckers stimmen.',
        'Prüfen Sie, dass kein Proxy und keine Firewall das Zertifikat ersetzt und dass die SMTP-Serveradresse genau der Name des Dienstes ist.',
        'Steht der Drucker hinter einem Proxy oder einer Firewall mit TLS-Prüfung, importieren Sie das CA-Zertifikat dieses Proxys in den Drucker: Web Config > Netzwerksicherheit > CA-Zertifikat > Importieren.',
        'Steht dieser PC (der wcoa-Agent) hinter einem solchen Proxy, geben Sie dem Agent die CA des Proxys: tls.caFile in der config.json des Agents (oder WCOA_CA_FILE), und starten Sie den Agent dann neu.',
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
        'Aktualisieren Sie zuerst die Firmware des Druckers: Neuere Firmware fügt OAuth2 unter Netzwerk > E-Mail-Server > Grundlegend hinzu.',
        'Fügt kein Update es hinzu und sendet der Drucker nur an Kollegen: High Volume Email (nur interne Empfänger; Kennwortanmeldung bleibt bis September 2028).',
        'Oder leiten Sie über einen Exchange Online-Connector weiter, der das Netzwerk des Druckers an seiner festen öffentlichen IP-Adresse oder an einem Zertifikat erkennt.',
        'Oder verwenden Sie Microsofts Direktversand (Direct Send): SMTP an den MX-Host Ihrer Domäne auf Port 25, ohne Authentifizierung, nur an Empfänger innerhalb Ihrer Organisation. Er funktioniert nicht mehr, wenn ein Administrator „Reject Direct Send“ aktiviert (allgemein verfügbar seit September 2025), es sei denn, ein Partner-Connector deckt den Drucker ab.',
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
      title: 'Die Anmeldung hat einen falschen Bereich oder eine falsche Ressource angefordert',
      explanation:
        'Entra ID hat den angeforderten Bereich abgelehnt (AADSTS70011, 28000) oder die darin genannte Ressource nicht gefunden (AADSTS500011). SMTP braucht genau https://outlook.office.com/SMTP.Send: Der Graph-Host vor SMTP.Send (https://graph.microsoft.com/SMTP.Send), ein bloßer Ressourcen-URI daneben oder Bereiche zweier Ressourcen in einer Anforderung werden abgelehnt.',
      remedy: [
        'Fordern Sie die Bereiche „https://outlook.office.com/SMTP.Send offline_access“ an und nichts anderes in derselben Anforderung (keine Graph-Bereiche, kein bloßes https://outlook.office.com).',
        'App-Registrierung > API-Berechtigungen: Office 365 Exchange Online (oder Microsoft Graph) > Delegiert > SMTP.Send hinzufügen, dann Administratorzustimmung erteilen.',
        'Besagt der Fehler, dass der Ressourcenprinzipal nicht gefunden wurde, hat der Mandant keinen Exchange Online-Dienstprinzipal: Prüfen Sie, ob der Mandant Exchange Online-Lizenzen hat.',
      ],
    },
    'request-malformed': {
      title: 'Der Anmeldeanforderung fehlt ein erforderlicher Parameter',
      explanation:
        'Entra ID hat die Anforderung selbst abgelehnt (AADSTS900144): Ein erforderliches Feld wie client_id, scope, grant_type oder device_code war leer oder fehlte. Das ist ein Fehler des Werkzeugs, das die Anforderung erstellt hat, nicht des Kontos.',
      remedy: [
        'Prüfen Sie, ob Client-ID und Mandant der App in den Einstellungen des Werkzeugs (wcoa: config.json, clientId und tenant) ausgefüllt sind.',
        'Hat ein Drucker oder ein eigenes Werkzeug die Anforderung erstellt, aktualisieren Sie dessen Firmware oder Software; nennen Sie dem Hersteller den vollständigen Fehler.',
      ],
    },
    'redirect-uri-missing': {
      title: 'Die App-Registrierung hat keine Antwortadresse',
      explanation:
        'Die App-Registrierung hat keinen Umleitungs-URI für diese Anmeldung (AADSTS500113), daher kann Entra ID die Antwort nirgendwohin senden.',
      remedy: [
        'Microsoft Entra Admin Center > App-Registrierungen > die App > Authentifizierung > Plattform hinzufügen: den Umleitungs-URI hinzufügen, den das Werkzeug verwendet (für eine Desktop- oder Geräteanmeldung „Mobile Anwendungen und Desktopanwendungen“ mit https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Speichern Sie und melden Sie sich dann erneut an.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'Die Antwortadresse ist auf der falschen Plattform registriert',
      explanation:
        'Der Umleitungs-URI existiert, aber unter einer Plattform, die nicht zum Flow passt (AADSTS9002325 und ähnliche): zum Beispiel als Single-Page-Anwendung registriert, während das Werkzeug den Code als Desktop- oder Web-App einlöst, oder umgekehrt.',
      remedy: [
        'App-Registrierungen > die App > Authentifizierung: Entfernen Sie den Umleitungs-URI von seiner Plattform und fügen Sie ihn unter der Plattform hinzu, die zum Werkzeug passt (Desktop- und Geräteanmeldungen: „Mobile Anwendungen und Desktopanwendungen“).',
        'Für den Gerätecodeflow setzen Sie außerdem „Öffentliche Clientflows zulassen“ auf Ja und melden sich dann erneut an.',
      ],
    },
    'client-secret-invalid': {
      title: 'Der geheime Clientschlüssel der App ist falsch oder abgelaufen',
      explanation:
        'Entra ID hat den geheimen Clientschlüssel abgelehnt (AADSTS7000215): Er wurde falsch eingegeben, statt seines Werts wurde die ID des Schlüssels angegeben, oder er ist abgelaufen.',
      remedy: [
        'App-Registrierungen > die App > Zertifikate & Geheimnisse: Erstellen Sie einen neuen geheimen Clientschlüssel und kopieren Sie seinen Wert (nicht die geheime ID) in das Werkzeug.',
        'Eine Geräteanmeldung (Gerätecodeflow) braucht überhaupt keinen geheimen Schlüssel: Verwenden Sie einen öffentlichen Client und senden Sie keinen.',
      ],
    },
    'token-user-mismatch': {
      title: 'Das Token gehört zu einem anderen Konto als dem sendenden',
      explanation:
        'SMTP XOAUTH2 sendet einen Benutzernamen und ein Token; Exchange Online lehnt sie ab (535 5.7.3), wenn das Token für ein anderes Konto ausgestellt wurde, zum Beispiel wenn sich der globale Administrator angemeldet hat, während der Drucker als sein eigenes Postfach sendet.',
      remedy: [
        'Melden Sie sich mit dem Postfach an, als das der Drucker sendet (das Konto unter Web Config > Netzwerk > E-Mail-Server > Grundlegend), nicht mit dem Administratorkonto.',
        'Oder erteilen Sie dem angemeldeten Konto „Senden als“ für dieses Postfach (Exchange Admin Center > Empfänger > Postfächer > das Postfach > Delegierung) und sorgen Sie dafür, dass der Absender dem angemeldeten Konto entspricht.',
      ],
    },
    'basic-auth-retiring': {
      title: 'Die Kennwortanmeldung bei Exchange Online wird abgeschaltet',
      explanation:
        'Dieser Drucker sendet über Exchange Online oder Outlook.com mit einem Kennwort (SMTP-AUTH). Microsoft deaktiviert SMTP AUTH mit Kennwort für bestehende Mandanten standardmäßig Ende Dezember 2026 (ein Administrator kann es vorerst wieder aktivieren; neue Mandanten haben es nicht) und gibt den Termin der endgültigen Abschaltung in der zweiten Jahreshälfte 2027 bekannt; danach erhält der Drucker „550 5.7.30 Basic authentication is not supported for Client Submission“.',
      remedy: [
        'Wechseln Sie zu OAuth 2.0: Web Config > Netzwerk > E-Mail-Server > Grundlegend: Authentifizierungsmethode = OAuth2, dann Anmelden (aktualisieren Sie zuerst die Firmware, wenn OAuth2 nicht angeboten wird).',
        'Ohne Firmware mit OAuth2 und E-Mails nur an Kollegen: High Volume Email (nur interne Empfänger; Kennwortanmeldung bleibt bis September 2028).',
        'Oder leiten Sie über einen Exchange Online-Connector weiter, der den Drucker an seiner festen öffentlichen IP-Adresse oder an einem Zertifikat erkennt.',
        'Oder Direktversand (Direct Send) an den MX-Host Ihrer Domäne auf Port 25 (nur interne Empfänger); er funktioniert nicht mehr, wenn ein Administrator „Reject Direct Send“ aktiviert (Set-OrganizationConfig -RejectDirectSend $true), ohne dass ein Connector den Drucker abdeckt.',
      ],
    },
    'direct-send-rejected': {
      title: 'Der Mandant lehnt Direktversand (Direct Send) ab',
      explanation:
        'Der Drucker sendet ohne Anmeldung an den MX-Host Ihrer Domäne (Direct Send), und die Mandanteneinstellung „Reject Direct Send“ (allgemein verfügbar seit September 2025) lehnt solche E-Mails ab.',
      remedy: [
        'Am besten: Stellen Sie den Drucker auf OAuth 2.0 mit smtp.office365.com, Port 587 um (Web Config > Netzwerk > E-Mail-Server > Grundlegend).',
        'Oder erstellen Sie einen eingehenden Partner-Connector, der den Drucker an seiner festen öffentlichen IP-Adresse oder an einem Zertifikat erkennt, damit seine E-Mails kein nicht authentifizierter Direktversand mehr sind.',
        'Oder, wenn Ihre Organisation es akzeptiert, deaktivieren Sie die Einstellung: Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'Der Server beherrscht nur TLS 1.1 oder älter',
      explanation:
        'Der SMTP-Server hat keine TLS-Version ab 1.2 angeboten; TLS 1.0 und 1.1 sind abgekündigt (RFC 8996), und weder der Agent noch Exchange Online akzeptiert sie. Veraltet ist der Server, nicht das Gerät.',
      remedy: [
        'Prüfen Sie die SMTP-Serveradresse: Exchange Online ist smtp.office365.com; ein anderer Server oder ein Relay dazwischen muss TLS 1.2 oder neuer anbieten.',
        'Bitten Sie den Betreiber dieses Servers, TLS 1.2 (oder 1.3) zu aktivieren.',
      ],
    },
    'agent-ca-untrusted': {
      title: 'Der Agent vertraut dem Aussteller des Zertifikats nicht',
      explanation:
        'Die Zertifikatkette führt nicht zu einer Zertifizierungsstelle, der der Agent vertraut: eine private CA oder ein Proxy bzw. eine Firewall, die TLS prüft und eigene Zertifikate ausstellt.',
      remedy: [
        'Ist die CA Ihre eigene (eine Firmen-CA, ein Proxy mit TLS-Prüfung), setzen Sie "tls": { "caFile": "/path/to/ca.pem" } in der config.json des Agents (oder WCOA_CA_FILE) und starten Sie den Agent neu.',
        'Andernfalls prüfen Sie, dass nichts zwischen diesem Computer und dem Server das Zertifikat ersetzt.',
      ],
    },
    'smtp-line-too-long': {
      title: 'Der Server hat eine Befehlszeile als zu lang abgelehnt',
      explanation:
        'Der SMTP-Server hat einen Befehl mit einem Zeilenlängenfehler beantwortet (etwa 500 5.5.2 Line too long). Zugriffstoken sind lang; ein Server, der Zeilen begrenzt, muss die XOAUTH2-Antwort in einer eigenen Zeile nach einem 334 annehmen.',
      remedy: [
        'Prüfen Sie, ob die SMTP-Serveradresse auf den gemeinten E-Mail-Dienst zeigt.',
        'Bitten Sie den Betreiber des Servers, AUTH-Zeilen von mindestens 12288 Oktetten (RFC 4954) oder die zweistufige AUTH-Form zuzulassen.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Verbunden, aber der Server hat keine SMTP-Begrüßung gesendet',
      explanation:
        'Die TCP-Verbindung wurde geöffnet, aber innerhalb der erlaubten Zeit kam keine 220-Begrüßung: Der Port erwartet möglicherweise TLS von Anfang an (465), oder eine Firewall oder ein ausgelasteter Server hält die Verbindung auf.',
      remedy: [
        'Verwenden Sie für Exchange Online Port 587 mit STARTTLS.',
        'Prüfen Sie, dass keine Firewall und kein Proxy den SMTP-Port abfängt, und versuchen Sie es dann erneut.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'Keine Verbindung zum Cloud-Dienst oder E-Mail-Dienst.',
        solution: 'Stellen Sie eine Verbindung zum Cloud-Dienst oder E-Mail-Dienst her.',
      },
      '361': {
        state: 'Die Verbindung zum Cloud-Dienst oder E-Mail-Dienst ist abgelaufen.',
        solution: 'Stellen Sie die Verbindung zum Cloud-Dienst oder E-Mail-Dienst erneut her.',
      },
      '370': {
        state: 'Sie müssen sich erneut beim Cloud-Dienst anmelden.',
        solution: 'Melden Sie sich beim Cloud-Dienst an.',
      },
    },
    documented: 'Fehlercode {code}: {state} Lösung von Epson: {solution}',
    likely: 'Wahrscheinliche Ursachen: {causes}',
    undocumented:
      'Fehlercode {code}: Epsons OAuth 2.0-Anleitung dokumentiert diesen Code nicht. Schlagen Sie ihn im Handbuch des Druckers nach (das Benutzerhandbuch listet die Codes auf, die im Menü „Auftragsstatus“ angezeigt werden).',
  },
  explain: {
    noCause: 'Keine bekannte Ursache erkannt.',
    source: 'Quelle: {source}',
    sourceChecked: 'Quelle: {source} (geprüft am {date})',
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
