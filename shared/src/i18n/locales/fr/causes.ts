import type { Shape } from '../../define.ts';
import type domain from '../../messages/causes.ts';

const messages: Shape<(typeof domain)['en']> = {
  cause: {
    'smtp-auth-disabled': {
      title: 'SMTP AUTH est désactivé',
      explanation:
        'Exchange Online refuse le SMTP authentifié pour cette boîte aux lettres ou pour toute l’organisation. Les locataires créés après janvier 2020 l’ont désactivé par défaut, et le réglage de la boîte aux lettres l’emporte sur celui de l’organisation.',
      remedy: [
        'Centre d’administration Microsoft 365 > Utilisateurs > Utilisateurs actifs > le compte de l’imprimante > Courrier > Gérer les applications de messagerie : cochez "SMTP authentifié" et enregistrez.',
        'Ou, dans Exchange Online PowerShell, pour cette boîte aux lettres : Set-CASMailbox -Identity <compte> -SmtpClientAuthenticationDisabled $false',
        'Si le commutateur de l’organisation est lui aussi désactivé : Set-TransportConfig -SmtpClientAuthenticationDisabled $false (Centre d’administration Exchange > Paramètres > Flux de courrier : décochez "Désactiver le protocole SMTP AUTH pour votre organisation").',
        'Les paramètres de sécurité par défaut bloquent aussi SMTP AUTH : vérifiez qu’ils sont désactivés (Centre d’administration Microsoft Entra > Vue d’ensemble > Propriétés > Gérer les paramètres de sécurité par défaut).',
        'Les modifications peuvent mettre jusqu’à une heure à s’appliquer ; renvoyez ensuite un e-mail de test.',
      ],
    },
    'security-defaults-on': {
      title: 'Les paramètres de sécurité par défaut bloquent SMTP AUTH',
      explanation:
        'Quand les paramètres de sécurité par défaut sont activés, Microsoft Entra ID bloque la connexion SMTP de type hérité qu’utilise l’imprimante, quel que soit le réglage de la boîte aux lettres.',
      remedy: [
        'Centre d’administration Microsoft Entra > Identité > Vue d’ensemble > Propriétés > Gérer les paramètres de sécurité par défaut : choisissez Désactivé (un Administrateur général peut le faire).',
        'Protégez plutôt l’organisation avec des stratégies d’Accès conditionnel, en n’excluant que ce dont l’imprimante a besoin.',
        'Activez ensuite SMTP AUTH pour la boîte aux lettres de l’imprimante (Set-CASMailbox -Identity <compte> -SmtpClientAuthenticationDisabled $false).',
      ],
    },
    'conditional-access-blocked': {
      title: 'Une stratégie d’Accès conditionnel a bloqué la connexion',
      explanation:
        'Microsoft Entra ID a évalué une stratégie d’Accès conditionnel (emplacement, appareil, application cliente, risque) et a refusé la connexion.',
      remedy: [
        'Centre d’administration Microsoft Entra > Identité > Surveillance et intégrité > Journaux de connexion : ouvrez la connexion en échec et lisez l’onglet Accès conditionnel pour voir quelle stratégie s’est appliquée.',
        'Ajustez cette stratégie ou excluez-en le compte de l’imprimante (idéalement avec une stratégie à elle, plus restreinte).',
        'Reconnectez-vous depuis Web Config (Réseau > Serveur de messagerie > De base > Se connecter).',
      ],
    },
    'ca-blocks-device-code': {
      title: 'L’Accès conditionnel bloque le flux de code d’appareil',
      explanation:
        'L’imprimante se connecte avec un code d’appareil. Une stratégie d’Accès conditionnel avec la condition "Flux d’authentification" (flux de code d’appareil) bloque ce type de connexion.',
      remedy: [
        'Journaux de connexion : ouvrez la connexion en échec, onglet Accès conditionnel, et trouvez la stratégie qui bloque le "Flux de code d’appareil".',
        'Excluez de cette stratégie le compte de l’administrateur de l’imprimante le temps de connecter l’imprimante, ou restreignez la portée de la stratégie pour que la connexion de l’imprimante soit autorisée.',
        'Reconnectez-vous depuis Web Config (Réseau > Serveur de messagerie > De base > Se connecter), puis rétablissez la stratégie comme votre organisation l’exige.',
      ],
    },
    'mfa-required': {
      title: 'L’authentification multifacteur est requise',
      explanation:
        'Le compte doit effectuer l’authentification multifacteur (ou s’y inscrire) avant qu’un jeton soit émis.',
      remedy: [
        'Recommencez la connexion et répondez à la demande multifacteur dans la fenêtre du navigateur ouverte pour le code.',
        'Si le compte n’a jamais inscrit de second facteur, inscrivez-le d’abord sur https://aka.ms/mfasetup.',
        'Si la demande ne peut jamais être satisfaite d’ici, regardez dans les journaux de connexion Entra quelle stratégie l’exige.',
      ],
    },
    'consent-missing': {
      title: 'L’application n’a pas de consentement dans cette organisation',
      explanation:
        'Personne n’a consenti aux autorisations de l’application (envoyer des e-mails au nom de l’utilisateur) pour ce locataire, ou le compte n’est pas attribué à l’application.',
      remedy: [
        'Reconnectez-vous avec un compte administrateur et, sur l’écran des autorisations, cochez "Consentement au nom de votre organisation", puis Accepter.',
        'Ou accordez-le dans Centre d’administration Microsoft Entra > Applications d’entreprise > l’application > Autorisations > Accorder un consentement d’administrateur.',
        'Si l’application exige une attribution : Applications d’entreprise > l’application > Utilisateurs et groupes : ajoutez le compte de l’imprimante.',
      ],
    },
    'admin-role-missing': {
      title: 'Le compte n’a pas le rôle d’administrateur nécessaire pour consentir',
      explanation:
        'Le consentement au nom de l’organisation demande un Administrateur général (guide d’Epson) ou au moins un Administrateur d’applications cloud.',
      remedy: [
        'Connectez-vous avec un compte qui a le rôle Administrateur général ou Administrateur d’applications cloud.',
        'Ou demandez à un tel administrateur d’accorder d’abord le consentement administrateur à l’application (Applications d’entreprise > l’application > Autorisations).',
      ],
    },
    'sign-in-expired': {
      title: 'La connexion a expiré',
      explanation:
        'Le jeton d’accès et le jeton d’actualisation ne sont plus valides : l’imprimante n’a pas servi depuis longtemps (les jetons d’actualisation expirent après environ 90 jours d’inactivité), le mot de passe a été changé ou réinitialisé, ou un administrateur ou une stratégie de fréquence de connexion a révoqué la session.',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : cliquez sur Se connecter et refaites la connexion.',
        'Cliquez sur OK pour que l’imprimante enregistre la nouvelle connexion.',
        'Si elle expire encore, vérifiez les stratégies de fréquence de connexion de l’Accès conditionnel et les réinitialisations de mot de passe de ce compte.',
      ],
    },
    'sign-in-required': {
      title: 'L’imprimante n’est pas connectée au service de messagerie',
      explanation:
        'OAuth2 est sélectionné, mais l’imprimante n’a aucune connexion : elle ne peut donc pas envoyer d’e-mails.',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : Méthode d’authentification = OAuth2, Service de messagerie = Microsoft Exchange Online (ou Outlook.com).',
        'Cliquez sur Se connecter, puis sur Se connecter avec Microsoft ; ouvrez l’URL affichée et saisissez le code.',
        'Connectez-vous avec un compte administrateur et acceptez (cochez "Consentement au nom de votre organisation").',
        'De retour dans Web Config, vérifiez que État actuel indique Connecté, puis cliquez sur OK.',
      ],
    },
    'signed-in-not-saved': {
      title: 'La connexion n’a pas été enregistrée sur l’imprimante',
      explanation:
        'Web Config affiche Connecté, mais les paramètres n’ont jamais été envoyés à l’imprimante : l’imprimante elle-même n’a donc aucune connexion.',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : si État actuel indique Connecté, cliquez sur OK en bas de la page.',
        'Envoyez un e-mail de test (Serveur de messagerie > Test de connexion) pour le confirmer.',
      ],
    },
    'sender-mismatch': {
      title: 'L’adresse de l’expéditeur diffère du compte connecté',
      explanation:
        'Exchange Online ne laisse un compte envoyer qu’avec sa propre adresse, sauf s’il a l’autorisation Envoyer en tant que sur l’autre adresse.',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : rendez l’Adresse e-mail de l’expéditeur identique au Compte authentifié.',
        'Ou donnez au compte l’autorisation Envoyer en tant que sur l’autre boîte aux lettres (Centre d’administration Exchange > Destinataires > Boîtes aux lettres > la boîte aux lettres > Délégation > Envoyer en tant que).',
      ],
    },
    'send-throttled': {
      title: 'L’envoi est temporairement limité',
      explanation:
        'Exchange Online a ralenti ou suspendu l’envoi pour ce compte, par exemple après des refus répétés d’envoi au nom d’une autre adresse ou un dépassement des limites d’envoi.',
      remedy: [
        'Corrigez d’abord la cause (le plus souvent l’adresse de l’expéditeur : rendez-la égale au compte connecté).',
        'Attendez avant de réessayer : la limitation se lève d’elle-même, souvent en une heure, parfois jusqu’à 24 heures.',
      ],
    },
    'token-rejected': {
      title: 'Exchange Online a rejeté le jeton de connexion',
      explanation:
        'Le serveur SMTP a refusé le jeton XOAUTH2 : il peut viser une autre audience ou une autre étendue, nommer un autre utilisateur que celui du jeton, ou être refusé parce que SMTP AUTH est désactivé ou qu’une stratégie s’applique.',
      remedy: [
        'Vérifiez que SMTP AUTH est activé pour la boîte aux lettres (Centre d’administration Microsoft 365 > Utilisateurs > Utilisateurs actifs > le compte > Courrier > Gérer les applications de messagerie > SMTP authentifié).',
        'Assurez-vous que le compte affiché dans Web Config est bien celui qui s’est connecté, et que la boîte aux lettres a une licence.',
        'Reconnectez-vous depuis Web Config (Réseau > Serveur de messagerie > De base > Se connecter) et cliquez sur OK.',
        'Pour vos propres outils : demandez l’étendue https://outlook.office.com/SMTP.Send ; l’aud du jeton doit être https://outlook.office.com.',
      ],
    },
    'token-audience': {
      title: 'Le jeton a été émis pour un autre service',
      explanation:
        'SMTP a besoin d’un jeton pour Exchange Online (https://outlook.office.com). Un jeton pour Microsoft Graph ou une autre ressource est refusé avec 535 5.7.3.',
      remedy: [
        'Demandez l’étendue https://outlook.office.com/SMTP.Send (plus offline_access), sans aucune étendue Graph dans la même requête.',
        'Donnez à l’application l’autorisation déléguée SMTP.Send d’Office 365 Exchange Online, et accordez le consentement administrateur.',
      ],
    },
    'not-authenticated': {
      title: 'L’appareil ne s’est pas authentifié',
      explanation:
        'Le serveur a reçu un e-mail sans aucune authentification : l’appareil n’a envoyé aucune commande AUTH, ou l’a tentée avant STARTTLS.',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : Méthode d’authentification = OAuth2, et connectez-vous.',
        'Connexion sécurisée = STARTTLS, Numéro de port du serveur SMTP = 587.',
        'Cliquez sur OK, puis envoyez un e-mail de test.',
      ],
    },
    'tls-too-old': {
      title: 'L’appareil utilise TLS 1.0 ou 1.1',
      explanation: 'Exchange Online n’accepte SMTP AUTH qu’en TLS 1.2 ou plus récent.',
      remedy: [
        'Mettez à jour le micrologiciel de l’imprimante vers une version qui prend en charge TLS 1.2.',
        'En attendant, Microsoft propose smtp-legacy.office365.com pour ces appareils, après Set-TransportConfig -AllowLegacyTLSClients $true.',
      ],
    },
    'basic-auth-rejected': {
      title: 'L’authentification par mot de passe (de base) est refusée',
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
      title: 'Microsoft n’accepte pas le trafic de cette adresse IP',
      explanation:
        'Exchange Online a refusé la connexion à cause de la réputation de l’adresse IP d’envoi ; c’est typique des locataires nouveaux ou d’essai.',
      remedy: [
        'Ouvrez une demande de support auprès de Microsoft 365 (centre d’administration > Support) en citant la réponse complète.',
        'En attendant, envoyez depuis un autre réseau ou attendez que le locataire soit entièrement approvisionné.',
      ],
    },
    'mailbox-unlicensed': {
      title: 'La boîte aux lettres d’envoi n’a pas de licence',
      explanation:
        'Exchange Online ne laisse envoyer avec SMTP AUTH qu’une boîte aux lettres dotée d’une licence.',
      remedy: [
        'Centre d’administration Microsoft 365 > Utilisateurs > Utilisateurs actifs > le compte > Licences et applications : attribuez une licence qui inclut Exchange Online.',
        'Attendez que la boîte aux lettres soit approvisionnée, puis renvoyez un e-mail de test.',
      ],
    },
    'wrong-server': {
      title: 'L’adresse du serveur SMTP n’est pas celle de Microsoft',
      explanation:
        'Exchange Online expects smtp.office365.com; personal Outlook.com accounts expect smtp-mail.outlook.com. Your domain’s MX host (…mail.protection.outlook.com, port 25) is the Direct Send endpoint: it offers no sign-in and answers "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : Adresse du serveur SMTP = smtp.office365.com (Outlook.com : smtp-mail.outlook.com).',
        'Cliquez sur OK.',
      ],
    },
    'wrong-port': {
      title: 'Le port SMTP n’est pas 587',
      explanation:
        'SMTP AUTH submission to Exchange Online works on port 587 with STARTTLS only; port 465 (SSL/TLS from the first byte) is not offered, so a connection there times out or is refused.',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : Numéro de port du serveur SMTP = 587.',
        'Cliquez sur OK.',
      ],
    },
    'wrong-secure-connection': {
      title: 'La connexion sécurisée n’est pas STARTTLS',
      explanation:
        'Sur le port 587, Exchange Online commence en clair puis passe en TLS avec STARTTLS ; SSL/TLS dès le premier octet, ou aucun chiffrement, échoue.',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : Connexion sécurisée = STARTTLS.',
        'Cliquez sur OK.',
      ],
    },
    'service-unreachable': {
      title: 'Le service de messagerie est injoignable',
      explanation:
        'La connexion au service de messagerie ou au service cloud a échoué : la résolution de noms, le routage, un pare-feu ou un proxy l’a arrêtée, ou le service n’a pas répondu.',
      remedy: [
        'Vérifiez les paramètres réseau de l’imprimante : adresse IP, passerelle et serveur DNS (État du réseau dans Web Config, ou la feuille d’état).',
        'Vérifiez que le réseau laisse l’imprimante joindre smtp.office365.com sur le port TCP 587 et login.microsoftonline.com sur le 443.',
        'Lancez Serveur de messagerie > Test de connexion dans Web Config, puis réessayez.',
      ],
    },
    'certificate-invalid': {
      title: 'Le certificat du serveur n’a pas pu être vérifié',
      explanation:
        'Le certificat TLS n’a pas été validé : le certificat racine manque ou est périmé, le certificat a expiré, le nom ne correspond pas, ou un intermédiaire intercepte la connexion.',
      remedy: [
        'Web Config > Network Security > CA Certificate / Root Certificate Update: update the root certificates.',
        'Check the printer’s date and time are correct.',
        'Check that no proxy or firewall replaces the certificate, and that the SMTP Server Address is exactly the service’s name.',
        'If the printer is behind a TLS-inspecting proxy or firewall, import that proxy’s CA certificate into the printer: Web Config > Network Security > CA Certificate > Import.',
        'If this PC (the wcoa agent) is behind such a proxy, give the agent the proxy’s CA: tls.caFile in the agent’s config.json (or WCOA_CA_FILE), then restart the agent.',
      ],
    },
    'certificate-validation-disabled': {
      title: 'La validation du certificat est désactivée',
      explanation:
        'L’imprimante se connecte sans vérifier le certificat du serveur de messagerie : elle ne peut donc pas distinguer le vrai serveur d’un imposteur.',
      remedy: [
        'Mettez d’abord à jour les certificats racine (Web Config > Sécurité réseau > Mise à jour du certificat racine).',
        'Puis Web Config > Réseau > Serveur de messagerie > De base : Validation du certificat = Activer, et cliquez sur OK.',
      ],
    },
    'app-not-found': {
      title: 'L’application est introuvable dans le locataire',
      explanation:
        'L’ID client est inconnu du locataire vers lequel la connexion est allée, ou l’application y est désactivée : mauvais ID client, mauvais locataire, ou application non activée pour ce type de compte.',
      remedy: [
        'Comparez l’ID client avec Centre d’administration Microsoft Entra > Inscriptions d’applications > l’application > Vue d’ensemble (ID d’application (client)).',
        'Vérifiez l’ID ou le domaine du locataire (annuaire) utilisé pour la connexion.',
        'Les comptes Outlook.com demandent une application dont les types de comptes pris en charge incluent les comptes Microsoft personnels.',
      ],
    },
    'wrong-tenant-endpoint': {
      title: 'La connexion a utilisé le mauvais point de terminaison de locataire',
      explanation:
        'Le locataire dans l’URL de connexion ne correspond pas à l’application ou au compte : une application monolocataire utilisée avec /common, un locataire mal saisi, ou un compte d’un autre annuaire.',
      remedy: [
        'Utilisez le point de terminaison propre au locataire : https://login.microsoftonline.com/<ID ou domaine du locataire>/.',
        'Vérifiez le nom ou l’ID du locataire (fautes de frappe) et que le compte appartient bien à ce locataire.',
      ],
    },
    'public-client-disabled': {
      title: 'Les flux de clients publics sont désactivés pour l’application',
      explanation:
        'Le flux de code d’appareil exige que l’inscription d’application autorise les flux de clients publics ; sinon Entra ID demande un secret client que l’appareil n’a pas.',
      remedy: [
        'Centre d’administration Microsoft Entra > Inscriptions d’applications > l’application > Authentification > Paramètres avancés : réglez "Autoriser les flux de clients publics" sur Oui et enregistrez.',
      ],
    },
    'client-secret-sent': {
      title: 'Un client public a envoyé un secret client',
      explanation:
        'L’application est inscrite comme client public, mais la requête portait un secret client ou une assertion, ce qu’Entra ID refuse.',
      remedy: [
        'Retirez le secret client de la configuration de l’outil qui se connecte.',
        'Laissez "Autoriser les flux de clients publics" activé pour la connexion par code d’appareil.',
      ],
    },
    'device-code-expired': {
      title: 'Le code de connexion a expiré',
      explanation: 'Le code affiché pour la connexion est valable environ 15 minutes, et ce délai est passé.',
      remedy: ['Recommencez la connexion et saisissez rapidement le nouveau code.'],
    },
    'device-code-declined': {
      title: 'La connexion a été refusée',
      explanation:
        'La personne qui se connectait a annulé, ou a refusé les autorisations demandées par l’application.',
      remedy: [
        'Recommencez la connexion et, sur l’écran des autorisations, cliquez sur Accepter.',
        'Si l’écran des autorisations est refusé volontairement, demandez à un administrateur d’accorder le consentement administrateur.',
      ],
    },
    'transient-server-error': {
      title: 'Erreur temporaire du serveur',
      explanation:
        'Le serveur a signalé un problème temporaire ; d’après cette réponse, rien n’est faux dans les paramètres.',
      remedy: [
        'Réessayez dans quelques minutes.',
        'Si cela persiste, consultez la page d’état d’intégrité des services Microsoft 365.',
      ],
    },
    'additional-network-unsupported': {
      title: 'OAuth 2.0 ne fonctionne que sur le réseau standard',
      explanation:
        'Sur les modèles dotés de réseaux supplémentaires, l’e-mail OAuth 2.0 ne fonctionne que sur le réseau standard (guide d’Epson).',
      remedy: [
        'Raccordez l’imprimante de sorte que les e-mails partent par le réseau standard.',
        'Puis reconnectez-vous depuis Web Config (Réseau > Serveur de messagerie > De base).',
      ],
    },
    'oauth-not-supported': {
      title: 'Cette imprimante ne propose pas OAuth 2.0',
      explanation:
        'La liste Méthode d’authentification ne contient pas OAuth2 : en l’état, l’imprimante ne peut pas se connecter à Exchange Online.',
      remedy: [
        'First update the printer’s firmware: newer firmware adds OAuth2 to Network > Email Server > Basic.',
        'If no update adds it and the printer mails colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
        'Or relay through an Exchange Online connector that identifies the printer’s network by its static public IP address or a certificate.',
        'Or use Microsoft’s direct send: SMTP to your domain’s MX host on port 25, no authentication, recipients inside your organisation only. It breaks if an admin turns on "Reject Direct Send" (generally available since September 2025) unless a partner connector covers the printer.',
      ],
    },
    'credentials-invalid': {
      title: 'Le compte ou le mot de passe a été refusé',
      explanation:
        'Entra ID n’a pas accepté le nom de compte ou le mot de passe : une faute de frappe, un compte qui n’existe pas dans cet annuaire, un mot de passe expiré, ou un compte désactivé ou verrouillé.',
      remedy: [
        'Vérifiez le nom du compte (l’adresse complète) et saisissez de nouveau le mot de passe.',
        'Dans Centre d’administration Microsoft 365 > Utilisateurs > Utilisateurs actifs, vérifiez que le compte existe, qu’il n’est pas bloqué pour la connexion, et réinitialisez son mot de passe si besoin.',
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
      'Code d’erreur {code} : le guide OAuth 2.0 d’Epson ne documente pas ce code. Cherchez-le dans le manuel de l’imprimante (le Guide d’utilisation liste les codes affichés dans le menu État du travail).',
  },
  explain: {
    noCause: 'Aucune cause connue reconnue.',
    source: 'Source : {source}',
    sourceChecked: 'Source: {source} (checked {date})',
    matched: 'Correspondance : {evidence}',
    emptyInput: 'Rien à expliquer : donnez un texte, ou - pour le lire sur l’entrée standard.',
    badLang: 'Langue inconnue "{lang}". Utilisez l’une de celles-ci : {langs}.',
    description:
      'Explique un texte d’erreur (réponse SMTP, erreur de connexion, code ou message Epson) : causes probables et que faire',
    textArgument: 'textes d’erreur à expliquer ; - en lit un sur l’entrée standard',
    jsonOption: 'affiche une ligne JSON par texte',
    langOption: 'langue des titres et des solutions : {langs}',
  },
};
export default messages;
