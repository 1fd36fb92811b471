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
        'Le serveur a refusé un nom d’utilisateur et un mot de passe pour l’envoi SMTP (550 5.7.30, ou 535 5.7.139 "basic authentication is disabled") : les comptes Outlook.com personnels n’acceptent que OAuth 2.0, et Exchange Online refuse les mots de passe là où un administrateur les a désactivés, par défaut pour les locataires existants à partir de fin décembre 2026 (les nouveaux locataires ne les ont jamais), et pour tous après la suppression définitive (date annoncée au second semestre 2027).',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : réglez Méthode d’authentification sur OAuth2 et connectez-vous.',
        'Si OAuth2 n’est pas proposé, mettez à jour le micrologiciel de l’imprimante.',
        'D’ici là, un administrateur Exchange Online peut réactiver SMTP AUTH pour la boîte aux lettres (Set-CASMailbox -Identity <compte> -SmtpClientAuthenticationDisabled $false) ; cela ne fonctionne que jusqu’à la suppression définitive.',
        'Sans micrologiciel OAuth2 et avec des e-mails destinés uniquement à des collègues : High Volume Email (destinataires internes, connexion par mot de passe maintenue jusqu’en septembre 2028), un relais via connecteur, ou l’envoi direct (Direct Send).',
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
        'Exchange Online attend smtp.office365.com ; les comptes Outlook.com personnels attendent smtp-mail.outlook.com. L’hôte MX de votre domaine (…mail.protection.outlook.com, port 25) est le point de terminaison de l’envoi direct (Direct Send) : il ne propose aucune connexion et répond "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Réseau > Serveur de messagerie > De base : Adresse du serveur SMTP = smtp.office365.com (Outlook.com : smtp-mail.outlook.com).',
        'Cliquez sur OK.',
      ],
    },
    'wrong-port': {
      title: 'Le port SMTP n’est pas 587',
      explanation:
        'L’envoi SMTP AUTH vers Exchange Online ne fonctionne que sur le port 587 avec STARTTLS ; le port 465 (SSL/TLS dès le premier octet) n’est pas proposé, donc une connexion sur ce port expire ou est refusée.',
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
        'Web Config > Sécurité réseau > Certificat CA / Mise à jour du certificat racine : mettez à jour les certificats racine.',
        'Vérifiez que la date et l’heure de l’imprimante sont justes.',
        'Vérifiez qu’aucun proxy ni pare-feu ne remplace le certificat, et que l’Adresse du serveur SMTP est exactement le nom du service.',
        'Si l’imprimante se trouve derrière un proxy ou un pare-feu qui inspecte TLS, importez le certificat CA de ce proxy dans l’imprimante : Web Config > Sécurité réseau > Certificat CA > Importer.',
        'Si ce PC (l’agent wcoa) se trouve derrière un tel proxy, indiquez à l’agent la CA du proxy : tls.caFile dans le config.json de l’agent (ou WCOA_CA_FILE), puis redémarrez l’agent.',
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
        'Mettez d’abord à jour le micrologiciel de l’imprimante : les micrologiciels récents ajoutent OAuth2 dans Réseau > Serveur de messagerie > De base.',
        'Si aucune mise à jour ne l’ajoute et que l’imprimante n’envoie des e-mails qu’à des collègues : High Volume Email (destinataires internes uniquement ; connexion par mot de passe maintenue jusqu’en septembre 2028).',
        'Ou relayez via un connecteur Exchange Online qui identifie le réseau de l’imprimante par son adresse IP publique statique ou par un certificat.',
        'Ou utilisez l’envoi direct de Microsoft (Direct Send) : SMTP vers l’hôte MX de votre domaine sur le port 25, sans authentification, destinataires internes à votre organisation uniquement. Il cesse de fonctionner si un administrateur active "Reject Direct Send" (disponible en version générale depuis septembre 2025), sauf si un connecteur partenaire couvre l’imprimante.',
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
      title: 'La connexion a demandé une étendue ou une ressource incorrecte',
      explanation:
        'Entra ID a refusé l’étendue demandée (AADSTS70011, 28000) ou n’a pas trouvé la ressource qu’elle nomme (AADSTS500011). SMTP exige exactement https://outlook.office.com/SMTP.Send : l’hôte de Graph devant SMTP.Send (https://graph.microsoft.com/SMTP.Send), un URI de ressource seul à côté, ou des étendues de deux ressources dans une même requête sont refusés.',
      remedy: [
        'Demandez les étendues "https://outlook.office.com/SMTP.Send offline_access" et rien d’autre dans la même requête (aucune étendue Graph, pas de https://outlook.office.com seul).',
        'Inscription d’application > Autorisations de l’API : ajoutez Office 365 Exchange Online (ou Microsoft Graph) > Autorisations déléguées > SMTP.Send, puis Accorder un consentement d’administrateur.',
        'Si l’erreur indique que le principal de ressource est introuvable, le locataire n’a aucun principal de service Exchange Online : vérifiez que le locataire dispose de licences Exchange Online.',
      ],
    },
    'request-malformed': {
      title: 'Il manque un paramètre obligatoire dans la requête de connexion',
      explanation:
        'Entra ID a refusé la requête elle-même (AADSTS900144) : un champ obligatoire tel que client_id, scope, grant_type ou device_code était vide ou absent. C’est un défaut de l’outil qui a construit la requête, pas du compte.',
      remedy: [
        'Vérifiez que l’ID client de l’application et le locataire sont renseignés dans les paramètres de l’outil (wcoa : config.json, clientId et tenant).',
        'Si c’est une imprimante ou un outil tiers qui a construit la requête, mettez à jour son micrologiciel ou son logiciel ; communiquez l’erreur complète à son fabricant.',
      ],
    },
    'redirect-uri-missing': {
      title: 'L’inscription d’application n’a pas d’adresse de réponse',
      explanation:
        'L’inscription d’application n’a aucun URI de redirection pour cette connexion (AADSTS500113) : Entra ID ne sait donc pas où envoyer la réponse.',
      remedy: [
        'Centre d’administration Microsoft Entra > Inscriptions d’applications > l’application > Authentification > Ajouter une plateforme : ajoutez l’URI de redirection qu’utilise l’outil (pour une connexion de bureau ou d’appareil, "Applications mobiles et de bureau" avec https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Enregistrez, puis reconnectez-vous.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'L’adresse de réponse est inscrite sur la mauvaise plateforme',
      explanation:
        'L’URI de redirection existe, mais sous une plateforme qui ne correspond pas au flux (AADSTS9002325 et similaires) : par exemple inscrit comme Application monopage alors que l’outil échange le code comme une application de bureau ou web, ou l’inverse.',
      remedy: [
        'Inscriptions d’applications > l’application > Authentification : supprimez l’URI de redirection de la plateforme où il se trouve et ajoutez-le sous la plateforme qui correspond à l’outil (connexions de bureau et d’appareil : "Applications mobiles et de bureau").',
        'Pour le flux de code d’appareil, réglez aussi "Autoriser les flux de clients publics" sur Oui, puis reconnectez-vous.',
      ],
    },
    'client-secret-invalid': {
      title: 'Le secret client de l’application est incorrect ou a expiré',
      explanation:
        'Entra ID a refusé le secret client (AADSTS7000215) : il a été mal saisi, l’ID du secret a été fourni à la place de sa valeur, ou il a expiré.',
      remedy: [
        'Inscriptions d’applications > l’application > Certificats et secrets : créez un nouveau secret client et copiez sa Valeur (pas l’ID de secret) dans l’outil.',
        'Une connexion d’appareil (flux de code d’appareil) ne nécessite aucun secret : utilisez un client public et n’en envoyez aucun.',
      ],
    },
    'token-user-mismatch': {
      title: 'Le jeton appartient à un autre compte que celui qui envoie',
      explanation:
        'SMTP XOAUTH2 envoie un nom d’utilisateur et un jeton ; Exchange Online les refuse (535 5.7.3) quand le jeton a été émis pour un autre compte, par exemple quand l’Administrateur général s’est connecté alors que l’imprimante envoie en tant que sa propre boîte aux lettres.',
      remedy: [
        'Connectez-vous avec la boîte aux lettres en tant que laquelle l’imprimante envoie (le compte indiqué dans Web Config > Réseau > Serveur de messagerie > De base), et non avec le compte de l’administrateur.',
        'Ou accordez au compte connecté l’autorisation Envoyer en tant que sur cette boîte aux lettres (Centre d’administration Exchange > Destinataires > Boîtes aux lettres > la boîte aux lettres > Délégation) et faites correspondre l’expéditeur au compte connecté.',
      ],
    },
    'basic-auth-retiring': {
      title: 'La connexion par mot de passe à Exchange Online est en cours de désactivation',
      explanation:
        'Cette imprimante envoie via Exchange Online ou Outlook.com avec un mot de passe (SMTP-AUTH). Microsoft désactive par défaut SMTP AUTH par mot de passe pour les locataires existants fin décembre 2026 (un administrateur peut le réactiver pour l’instant ; les nouveaux locataires ne l’ont pas) et annoncera la date de suppression définitive au second semestre 2027 ; ensuite, l’imprimante reçoit "550 5.7.30 Basic authentication is not supported for Client Submission".',
      remedy: [
        'Passez à OAuth 2.0 : Web Config > Réseau > Serveur de messagerie > De base : Méthode d’authentification = OAuth2, puis Se connecter (mettez d’abord à jour le micrologiciel si OAuth2 n’est pas proposé).',
        'Sans micrologiciel OAuth2 et avec des e-mails destinés uniquement à des collègues : High Volume Email (destinataires internes uniquement ; connexion par mot de passe maintenue jusqu’en septembre 2028).',
        'Ou relayez via un connecteur Exchange Online qui identifie l’imprimante par son adresse IP publique statique ou par un certificat.',
        'Ou utilisez l’envoi direct (Direct Send) vers l’hôte MX de votre domaine sur le port 25 (destinataires internes uniquement) ; il cesse de fonctionner si un administrateur active "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) sans connecteur qui couvre l’imprimante.',
      ],
    },
    'direct-send-rejected': {
      title: 'Le locataire refuse l’envoi direct (Direct Send)',
      explanation:
        'L’imprimante envoie sans se connecter vers l’hôte MX de votre domaine (envoi direct, Direct Send), et le paramètre "Reject Direct Send" du locataire (disponible en version générale depuis septembre 2025) refuse ces e-mails.',
      remedy: [
        'Le mieux : passez l’imprimante à OAuth 2.0 sur smtp.office365.com, port 587 (Web Config > Réseau > Serveur de messagerie > De base).',
        'Ou créez un connecteur partenaire entrant qui identifie l’imprimante par son adresse IP publique statique ou par un certificat, afin que ses e-mails ne soient plus de l’envoi direct non authentifié.',
        'Ou, si votre organisation l’accepte, désactivez le paramètre : Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'Le serveur ne parle que TLS 1.1 ou une version antérieure',
      explanation:
        'Le serveur SMTP n’a proposé aucune version de TLS à partir de 1.2 ; TLS 1.0 et 1.1 sont retirés (RFC 8996) et ni l’agent ni Exchange Online ne les acceptent. C’est le serveur, et non l’appareil, qui est obsolète.',
      remedy: [
        'Vérifiez l’Adresse du serveur SMTP : celle d’Exchange Online est smtp.office365.com ; tout autre serveur ou relais intermédiaire doit proposer TLS 1.2 ou ultérieur.',
        'Demandez à la personne qui gère ce serveur d’activer TLS 1.2 (ou 1.3).',
      ],
    },
    'agent-ca-untrusted': {
      title: 'L’agent ne fait pas confiance à l’émetteur du certificat',
      explanation:
        'La chaîne de certificats ne mène à aucune autorité de certification approuvée par l’agent : une CA privée, ou un proxy ou un pare-feu qui inspecte TLS et émet ses propres certificats.',
      remedy: [
        'Si la CA est la vôtre (une CA d’entreprise, un proxy qui inspecte TLS), définissez "tls": { "caFile": "/path/to/ca.pem" } dans le config.json de l’agent (ou WCOA_CA_FILE) et redémarrez l’agent.',
        'Sinon, vérifiez que rien entre cet ordinateur et le serveur ne remplace le certificat.',
      ],
    },
    'smtp-line-too-long': {
      title: 'Le serveur a refusé une ligne de commande trop longue',
      explanation:
        'Le serveur SMTP a répondu à une commande par une erreur de longueur de ligne (par exemple 500 5.5.2 Line too long). Les jetons d’accès sont longs ; un serveur qui limite les lignes doit accepter la réponse XOAUTH2 sur une ligne à part après un 334.',
      remedy: [
        'Vérifiez que l’Adresse du serveur SMTP pointe vers le service de messagerie voulu.',
        'Demandez à la personne qui gère le serveur d’autoriser des lignes AUTH d’au moins 12288 octets (RFC 4954) ou la forme d’AUTH en deux étapes.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Connecté, mais le serveur n’a envoyé aucun message d’accueil SMTP',
      explanation:
        'La connexion TCP s’est ouverte, mais aucun message d’accueil 220 n’est arrivé dans le délai imparti : le port attend peut-être TLS dès le départ (465), ou un pare-feu ou un serveur surchargé retient la connexion.',
      remedy: [
        'Utilisez le port 587 avec STARTTLS pour Exchange Online.',
        'Vérifiez qu’aucun pare-feu ni proxy n’intercepte le port SMTP, puis réessayez.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'Aucune connexion au service cloud ou au service de messagerie.',
        solution: 'Connectez-vous au service cloud ou au service de messagerie.',
      },
      '361': {
        state: 'La connexion au service cloud ou au service de messagerie a expiré.',
        solution: 'Reconnectez-vous au service cloud ou au service de messagerie.',
      },
      '370': {
        state: 'Vous devez vous reconnecter au service cloud.',
        solution: 'Connectez-vous au service cloud.',
      },
    },
    documented: 'Code d’erreur {code} : {state} Solution d’Epson : {solution}',
    likely: 'Causes probables : {causes}',
    undocumented:
      'Code d’erreur {code} : le guide OAuth 2.0 d’Epson ne documente pas ce code. Cherchez-le dans le manuel de l’imprimante (le Guide d’utilisation liste les codes affichés dans le menu État du travail).',
  },
  explain: {
    noCause: 'Aucune cause connue reconnue.',
    source: 'Source : {source}',
    sourceChecked: 'Source : {source} (vérifiée le {date})',
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
