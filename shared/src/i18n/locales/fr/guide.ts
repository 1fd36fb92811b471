import type { Shape } from '../../define.ts';
import type domain from '../../messages/guide.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Configurer OAuth 2.0 pour Exchange Online',
  progress: 'Étape {position} sur {total}',
  howToTell: 'Comment savoir que c’est fait :',
  variants: {
    'email-server': {
      title: '{label:emailServer} : OAuth 2.0',
      intro:
        'Exchange Online n’accepte plus les mots de passe des imprimantes (authentification de base) et SMTP AUTH est désactivé par défaut : l’imprimante doit donc se connecter avec OAuth 2.0 pour envoyer des e-mails.',
      complete: [
        'Terminé : l’imprimante détient les paramètres OAuth 2.0 et la connexion.',
        'Pour vérifier depuis l’imprimante : sur le panneau, Paramètres > Paramètres généraux > Paramètres réseau > État du réseau > État du serveur de messagerie, ou imprimez la feuille d’état du réseau (État du réseau > Imprimer la feuille d’état).',
      ],
    },
    'fax-server': {
      title: '{label:faxServer} : OAuth 2.0',
      intro:
        'Sur les modèles qui envoient par e-mail au serveur d’un fournisseur de télécopie : si le serveur du fournisseur utilise OAuth 2.0, réglez aussi OAuth2 dans les paramètres de messagerie du serveur de télécopie.',
      complete: [
        'Terminé : l’imprimante détient les paramètres OAuth 2.0 du serveur de télécopie.',
        'Demandez les autres paramètres à votre fournisseur de service de télécopie.',
      ],
    },
    serverless: {
      title: 'Epson Print Admin Serverless : {label:forMyEmail}',
      intro:
        'Quand l’adresse de l’expéditeur est l’adresse propre de chaque utilisateur, l’administrateur se connecte d’abord une fois au nom de l’organisation ; ensuite chaque utilisateur se connecte avec son propre compte.',
      complete: [
        'La connexion de l’administrateur est faite.',
        'Chaque utilisateur inscrit dans Epson Print Admin Serverless se connecte une fois, avec son compte Microsoft professionnel ou scolaire, la première fois qu’il sélectionne « {label:forMyEmail} ».',
      ],
    },
  },
  who: {
    'tenant-admin': 'Administrateur Microsoft 365',
    'printer-admin': 'Administrateur de l’imprimante',
  },
  places: {
    'exchange-admin-center': 'Centre d’administration Exchange',
    'microsoft-365-admin-center': 'Centre d’administration Microsoft 365',
    'entra-admin-center': 'Centre d’administration Microsoft Entra',
    printer: 'L’imprimante',
    webconfig: 'Web Config',
  },
  prerequisites: {
    heading: 'Avant de commencer',
    intro:
      'Microsoft 365 doit autoriser l’imprimante à envoyer avec OAuth 2.0. Cochez chaque point dès qu’il est vrai.',
    powershellCheck: 'Vérifiez dans Exchange Online PowerShell :',
    powershellFix: 'Modifiez-le :',
    state: {
      met: 'Fait',
      missing: 'Manquant',
      unknown: 'Non vérifié',
    },
    items: {
      'tenant-smtp-auth': {
        title: 'SMTP AUTH activé pour l’organisation',
        action: [
          'Dans le Centre d’administration Exchange, Paramètres > Flux de courrier : décochez **Désactiver le protocole SMTP AUTH pour votre organisation** et enregistrez.',
          'Les locataires créés depuis 2020 l’ont désactivé.',
        ],
        done: 'Get-TransportConfig affiche SmtpClientAuthenticationDisabled: False.',
      },
      'security-defaults-off': {
        title: 'Paramètres de sécurité par défaut désactivés',
        action: [
          'Dans le Centre d’administration Microsoft Entra, Vue d’ensemble > Propriétés > **Gérer les paramètres de sécurité par défaut** : réglez-les sur Désactivé, et protégez l’organisation avec l’Accès conditionnel.',
          'Les paramètres de sécurité par défaut désactivent SMTP AUTH (le guide d’Epson place cette étape dans le Centre d’administration Exchange).',
        ],
        done: 'Gérer les paramètres de sécurité par défaut indique Désactivé.',
      },
      'mailbox-smtp-auth': {
        title: 'SMTP AUTH activé pour la boîte aux lettres de l’imprimante',
        action: [
          'Dans le Centre d’administration Microsoft 365, Utilisateurs > Utilisateurs actifs > le compte de l’imprimante > Courrier > **Gérer les applications de messagerie** : cochez **SMTP authentifié** et enregistrez.',
          'Le réglage de la boîte aux lettres l’emporte sur celui de l’organisation.',
        ],
        done: 'SMTP authentifié est coché pour la boîte aux lettres.',
      },
      'mailbox-licensed': {
        title: 'La boîte aux lettres a une licence Exchange Online',
        action: [
          'Dans le Centre d’administration Microsoft 365, Utilisateurs > Utilisateurs actifs > le compte de l’imprimante > **Licences et applications** : attribuez une licence qui inclut Exchange Online.',
        ],
        done: 'Le compte a une licence avec Exchange Online.',
      },
      'conditional-access': {
        title: 'Aucune stratégie d’Accès conditionnel ne bloque la connexion de l’imprimante',
        action: [
          'Dans le Centre d’administration Microsoft Entra, Accès conditionnel > Stratégies : passez en revue les stratégies activées qui s’appliquent au compte.',
          'Une stratégie qui bloque le flux de code d’appareil (condition de flux d’authentification) ou les clients hérités, ou qui exige la MFA à chaque connexion, arrête l’imprimante : excluez le compte ou ajustez la stratégie.',
          'Les journaux de connexion nomment la stratégie derrière une connexion refusée.',
        ],
        done: 'Aucune stratégie activée ne bloque le compte ni le flux de code d’appareil.',
      },
      'consent-admin-role': {
        title: 'Un administrateur qui peut consentir au nom de l’organisation',
        action: [
          'Le compte qui se connecte pour l’imprimante doit avoir le rôle Administrateur général, ou au moins Administrateur d’applications cloud, pour donner le consentement au nom de l’organisation.',
          'Vérifiez-le dans le Centre d’administration Microsoft Entra, Rôles et administrateurs.',
        ],
        done: 'Le compte a l’un de ces rôles.',
      },
      'latest-firmware': {
        title: 'Micrologiciel de l’imprimante à jour',
        action: [
          'Mettez à jour le micrologiciel de l’imprimante (depuis Web Config ou le panneau de l’imprimante ; voir le manuel de l’imprimante).',
          'Sans OAuth2 dans « {label:authMethod} », l’imprimante ne peut pas envoyer d’e-mails via Exchange Online.',
        ],
        done: '« {label:authMethod} » propose OAuth2.',
      },
      'standard-network': {
        title: 'Réseau standard, pas un réseau supplémentaire',
        action: [
          'Sur les modèles à réseaux supplémentaires, OAuth 2.0 ne fonctionne que sur le réseau standard : configurez la messagerie sur le réseau standard.',
        ],
        done: 'L’imprimante envoie ses e-mails par son réseau standard.',
      },
    },
  },
  steps: {
    'open-webconfig': {
      title: 'Ouvrir Web Config',
      action: [
        'Sur un ordinateur du même réseau que l’imprimante, saisissez l’adresse IP de l’imprimante dans le navigateur (http://, ou https:// sur les modèles récents).',
        'L’adresse IP se trouve sur le panneau de l’imprimante : Paramètres > Paramètres généraux > Paramètres réseau > État du réseau > État LAN câblé/Wi-Fi.',
      ],
      done: 'Le Web Config de l’imprimante est ouvert.',
      hint: 'Voici le Web Config de l’imprimante.',
    },
    'log-in': {
      title: 'Se connecter en tant qu’administrateur',
      action: [
        'Sélectionnez **{label:logIn}**, saisissez le mot de passe administrateur et cliquez sur **{label:okButton}**.',
        'S’il n’a pas été changé, le mot de passe est souvent le numéro de série de l’imprimante.',
      ],
      done: 'Web Config affiche les menus d’administration, comme l’onglet « {label:networkTab} ».',
      hint: 'Saisissez ici le mot de passe administrateur. L’assistant ne le lit jamais.',
    },
    'open-email-server': {
      title: 'Ouvrir {label:networkTab} > {label:emailServer} > {label:basic}',
      action: [
        'Sélectionnez l’onglet **{label:networkTab}**, puis **{label:emailServer}** > **{label:basic}**.',
      ],
      done: 'La page {label:emailServer} > {label:basic} est ouverte.',
      hint: '« {label:emailServer} » se trouve sous l’onglet « {label:networkTab} ».',
    },
    'choose-oauth2': {
      title: 'Choisir OAuth2',
      action: [
        'Réglez **{label:authMethod}** sur **OAuth2**.',
        'Ne cliquez pas encore sur {label:okButton} : connectez-vous d’abord.',
      ],
      done: '« {label:authMethod} » indique OAuth2 et la page affiche « {label:emailService} ».',
      hint: 'Choisissez OAuth2 ici.',
    },
    'choose-service': {
      title: 'Choisir Microsoft Exchange Online',
      action: [
        'Réglez **{label:emailService}** sur **Microsoft Exchange Online**.',
        'Pour un usage personnel, choisissez plutôt **Outlook.com**.',
      ],
      done: '« {label:emailService} » indique le service choisi.',
      hint: 'Microsoft Exchange Online ici (Outlook.com pour un usage personnel).',
    },
    'sign-in': {
      title: 'Se connecter',
      action: [
        'Cliquez sur **{label:signInButton}**, puis sur **{label:signInWithMicrosoft}** dans la fenêtre qui s’ouvre.',
      ],
      done: 'Un code d’authentification et une adresse Microsoft s’affichent.',
      hint: 'Cliquez sur « {label:signInButton} ».',
    },
    'copy-code': {
      title: 'Copier le code et ouvrir l’adresse',
      action: [
        'Copiez le code d’authentification affiché.',
        'Cliquez sur l’adresse affichée : la page de connexion de Microsoft s’ouvre.',
      ],
      done: 'La page de Microsoft demande le code.',
      hint: 'Le code est valable environ 15 minutes.',
    },
    'enter-code': {
      title: 'Saisir le code',
      action: ['Sur la page de Microsoft, collez le code et cliquez sur **Suivant**.'],
      done: 'Microsoft demande un compte.',
      hint: 'Collez le code copié.',
    },
    'admin-account': {
      title: 'Se connecter avec un compte administrateur',
      action: [
        'Saisissez un compte qui a le rôle Administrateur général (au moins Administrateur d’applications cloud) et cliquez sur **Suivant**.',
        'L’imprimante envoie ses e-mails au nom du compte qui se connecte ici : sa boîte aux lettres a besoin de SMTP AUTH.',
      ],
      done: 'Microsoft demande le mot de passe.',
      hint: 'Administrateur général, ou au moins Administrateur d’applications cloud.',
    },
    password: {
      title: 'Saisir le mot de passe',
      action: [
        'Saisissez le mot de passe du compte et cliquez sur **Se connecter**.',
        'Si Microsoft demande une seconde vérification (MFA), effectuez-la.',
      ],
      done: 'Microsoft affiche les autorisations demandées.',
      hint: 'Le mot de passe ne se saisit que sur la page de Microsoft.',
    },
    consent: {
      title: 'Consentir au nom de l’organisation',
      action: [
        'Sur la page **Autorisations demandées**, cochez **Consentement au nom de votre organisation** et cliquez sur **Accepter**.',
        'Quand Microsoft indique que la connexion est terminée, fermez cette fenêtre du navigateur.',
      ],
      done: 'De retour dans Web Config, « {label:currentStatus} » indique « {label:signedIn} » et le compte s’affiche.',
      hint: 'Consentement au nom de votre organisation, puis Accepter.',
    },
    'save-settings': {
      title: 'Cliquer sur {label:okButton} pour envoyer les paramètres à l’imprimante',
      action: [
        'Vérifiez que **{label:currentStatus}** indique **{label:signedIn}** et affiche le compte.',
        'Cliquez sur **{label:okButton}** pour envoyer les paramètres OAuth 2.0 à l’imprimante. Tant que vous ne l’avez pas fait, l’imprimante ne les conserve pas.',
      ],
      done: 'Après le clic sur {label:okButton}, la page se recharge et affiche toujours OAuth2 et « {label:signedIn} ».',
      hint: '« {label:signedIn} », mais pas encore enregistré : cliquez sur {label:okButton}.',
    },
    'confirm-save': {
      title: 'Cliquer sur {label:okButton} sur la page de confirmation pour enregistrer',
      action: [
        'Web Config affiche de nouveau les paramètres pour que vous les confirmiez. L’imprimante ne les a pas encore enregistrés.',
        'Cliquez sur **{label:okButton}** sur cette page. La page des paramètres se recharge ensuite ; la configuration est terminée si elle affiche toujours OAuth2 et « {label:signedIn} ».',
      ],
      done: 'La page des paramètres se recharge et affiche OAuth2 et « {label:signedIn} ».',
      hint: 'Envoyé, mais pas encore enregistré : cliquez sur {label:okButton} sur la page de confirmation.',
    },
    'open-serverless': {
      title: 'Ouvrir Epson Print Admin Serverless',
      action: [
        'Ouvrez Epson Print Admin Serverless. Cela s’applique quand ses paramètres d’authentification règlent **{label:serverlessSender}** sur **{label:userEmail}**.',
      ],
      done: 'La page Epson Print Admin Serverless est ouverte.',
      hint: 'Epson Print Admin Serverless.',
    },
    'choose-for-my-email': {
      title: 'Sélectionner « {label:forMyEmail} »',
      action: [
        'Sélectionnez **{label:forMyEmail}** (les noms de menu varient selon le modèle).',
        'La page de connexion de Microsoft s’affiche.',
      ],
      done: 'Microsoft demande un compte.',
      hint: '« {label:forMyEmail} ».',
    },
    'fax-open-email-server': {
      title: 'Ouvrir {label:fax} > {label:faxServer} > {label:emailServerSettings}',
      action: [
        'Sélectionnez l’onglet **{label:fax}**, puis **{label:faxServer}** > **{label:emailServerSettings}**.',
      ],
      done: 'La page « {label:emailServerSettings} » du serveur de télécopie est ouverte.',
      hint: '« {label:emailServerSettings} » se trouve sous {label:fax} > {label:faxServer}.',
    },
    'fax-choose-service': {
      title: 'Choisir le service de messagerie',
      action: [
        'Réglez **{label:emailService}** sur le service qu’utilise votre fournisseur de télécopie (Microsoft Exchange Online, ou Outlook.com pour un usage personnel).',
        'Demandez les autres paramètres à votre fournisseur de service de télécopie.',
      ],
      done: '« {label:emailService} » indique le service choisi.',
      hint: 'Le service de messagerie de votre fournisseur de télécopie.',
    },
    'fax-save-settings': {
      title:
        'Cliquer sur {label:okButton} pour envoyer les paramètres du serveur de télécopie à l’imprimante',
      action: [
        'Vérifiez que **{label:currentStatus}** indique **{label:signedIn}** et affiche le compte.',
        'Cliquez sur **{label:okButton}** pour envoyer les paramètres à l’imprimante. Tant que vous ne l’avez pas fait, l’imprimante ne les conserve pas.',
      ],
      done: 'Après le clic sur {label:okButton}, la page se recharge et affiche toujours OAuth2 et « {label:signedIn} ».',
      hint: '« {label:signedIn} », mais pas encore enregistré : cliquez sur {label:okButton}.',
    },
    'fax-confirm-save': {
      title:
        'Cliquer sur {label:okButton} sur la page de confirmation pour enregistrer les paramètres du serveur de télécopie',
      action: [
        'Web Config affiche de nouveau les paramètres pour que vous les confirmiez. L’imprimante ne les a pas encore enregistrés.',
        'Cliquez sur **{label:okButton}** sur cette page. La page des paramètres se recharge ensuite ; la configuration est terminée si elle affiche toujours OAuth2 et « {label:signedIn} ».',
      ],
      done: 'La page des paramètres se recharge et affiche OAuth2 et « {label:signedIn} ».',
      hint: 'Envoyé, mais pas encore enregistré : cliquez sur {label:okButton} sur la page de confirmation.',
    },
    'serverless-log-in': {
      title: 'Se connecter en tant qu’administrateur de l’imprimante',
      action: [
        'Dans Epson Print Admin Serverless, connectez-vous en tant qu’utilisateur ayant les droits d’administrateur sur l’imprimante.',
      ],
      done: 'Les menus d’administration s’affichent.',
      hint: 'Un utilisateur ayant les droits d’administrateur sur l’imprimante.',
    },
    'serverless-consent': {
      title: 'Consentir au nom de l’organisation et régler la portée des autorisations',
      action: [
        'Sur la page des autorisations, sélectionnez **Consentement au nom de votre organisation**, réglez la portée des autorisations et sélectionnez **Accepter**.',
        'Epson Print Admin Serverless affiche un message quand la connexion réussit : sélectionnez **{label:okButton}** pour fermer la fenêtre.',
      ],
      done: 'Epson Print Admin Serverless indique que la connexion a réussi.',
      hint: 'Consentement au nom de votre organisation, puis Accepter.',
    },
  },
  microsoftSide: 'Ensuite, sur la page de Microsoft :',
  deviceCode: {
    heading: 'Se connecter avec ce code',
    codeLabel: 'Code',
    copy: 'Copier le code',
    copied: 'Copié',
    open: 'Ouvrir {url}',
    expiresIn: 'Le code expire dans {minutes} min.',
    expired: 'Le code a expiré : cliquez de nouveau sur « {label:signInButton} » pour en obtenir un autre.',
    waiting: 'En attente de la fin de la connexion sur la page de Microsoft…',
  },
  save: {
    clickOk: 'Cliquez sur {label:okButton} pour envoyer les paramètres à l’imprimante.',
    saved: 'Enregistré : l’imprimante détient les paramètres OAuth 2.0.',
  },
  currentStatus: {
    signedIn:
      '« {label:currentStatus} » indique « {label:signedIn} ». Si l’imprimante ne parvient toujours pas à envoyer d’e-mails, la connexion n’a peut-être pas été enregistrée sur l’imprimante : cliquez sur {label:okButton} pour envoyer les paramètres.',
    signInShown:
      'Pas de « {label:currentStatus} », et un bouton « {label:signInButton} » s’affiche : l’imprimante n’est pas connectée. Connectez-la.',
    expired:
      'La connexion expire quand l’imprimante n’envoie aucun e-mail pendant longtemps (les jetons d’accès et d’actualisation ne sont plus valides) : l’administrateur se reconnecte.',
  },
  blocked: {
    'oauth-not-supported':
      'Sur cette imprimante, « {label:authMethod} » ne propose pas OAuth2. Mettez à jour le micrologiciel ; si aucune mise à jour ne l’ajoute, l’envoi direct de Microsoft ou un connecteur de relais SMTP sont les alternatives.',
  },
};
export default messages;
