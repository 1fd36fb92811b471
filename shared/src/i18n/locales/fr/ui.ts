import type { Shape } from '../../define.ts';
import type domain from '../../messages/ui.ts';

const messages: Shape<(typeof domain)['en']> = {
  product: 'Web Config OAuth Assistant',
  pages: {
    'email-server-basic': 'Serveur de messagerie › De base',
    'email-server-connection-test': 'Serveur de messagerie › Test de connexion',
    'fax-server-email': 'Serveur de télécopie › Paramètres du serveur de messagerie',
    'job-history': 'Historique des travaux',
    'network-status': 'État du réseau',
    'product-status': 'État du produit',
    login: 'Connexion administrateur',
    'print-admin-serverless': 'Epson Print Admin Serverless',
    'webconfig-other': 'Web Config',
    'not-webconfig': 'Pas une page Web Config',
  },
  overlay: {
    open: 'Ouvrir l’assistant',
    collapse: 'Masquer l’assistant',
    guideHeading: 'Étape suivante',
    stepOf: 'Étape {n} sur {total}',
    done: 'La connexion de la messagerie est configurée sur cette imprimante.',
    outlineHint: 'Le champ concerné est encadré sur la page.',
    hintsHeading: 'À vérifier',
    checklistHeading: 'Avant de commencer (côté Microsoft 365)',
    checklistNote: 'Cochez chaque point une fois fait ; c’est mémorisé pour cette imprimante.',
    messagesHeading: 'Ce que dit l’imprimante',
    jobHistoryHeading: 'Codes d’erreur de cet historique',
    jobHistoryNone: 'Aucun code d’erreur de messagerie ou de cloud dans cet historique.',
    codeLabel: 'Code {code}',
    codeUnknown:
      'Nous ne pouvons pas expliquer le code {code} avec certitude. Cherchez-le dans le manuel de l’imprimante (liste des codes d’erreur).',
    rowCount: '{count}×',
    oauthMissing: 'La page de cette imprimante ne propose aucune méthode OAuth2.',
    fieldsHeading: 'Tel que la page l’affiche',
    noGuideHere:
      'Rien à configurer sur cette page. Les paramètres de messagerie se trouvent sous Réseau › Serveur de messagerie › De base.',
    afterBlocker: 'Ensuite : {step}',
    dock: {
      left: 'Placer l’assistant à gauche',
      right: 'Placer l’assistant à droite',
    },
    showRow: 'Afficher la ligne',
  },
  deviceCode: {
    heading: 'Code de connexion Microsoft',
    instructions:
      'Copiez le code, ouvrez la page de connexion, collez le code et connectez-vous avec un compte administrateur. Cochez ensuite « Consentement au nom de votre organisation » et acceptez.',
    copy: 'Copier le code',
    copied: 'Copié',
    open: 'Ouvrir la page de connexion',
    expires: 'Le code expire à {time}.',
    notMicrosoft:
      'Cette page affiche un lien de connexion qui n’est pas celui de Microsoft ({host}). Ne vous y connectez pas : la page de connexion d’appareil de Microsoft est https://microsoft.com/devicelogin.',
  },
  testMail: {
    heading: 'E-mail de test',
    button: 'Envoyer un e-mail de test',
    sending: 'Envoi…',
    needAccount: 'Renseignez d’abord le compte (Compte authentifié ou Adresse e-mail de l’expéditeur).',
    from: 'De {from} à {to} via {server}',
    passed: 'Réussi : Microsoft a accepté le message.',
    failed: 'Échec à l’étape : {stage}',
    proves:
      'Une réussite prouve que votre locataire accepte SMTP avec OAuth (XOAUTH2) pour cette boîte aux lettres, via le même serveur et la même règle d’expéditeur que l’imprimante. Elle ne prouve pas que l’application d’Epson a le consentement, ni que l’Accès conditionnel la traite de la même façon.',
    stages: {
      dns: 'Résolution de nom',
      connect: 'Connexion',
      tls: 'Chiffrement STARTTLS',
      auth: 'Authentification (XOAUTH2)',
      sender: 'Expéditeur',
      recipient: 'Destinataire',
      data: 'Message',
      ok: 'Remis',
    },
    transcript: 'Dialogue SMTP',
    causesHeading: 'Causes probables',
    notSignedIn: 'L’agent n’a aucune connexion pour {account}.',
    signInOnAgent: 'Se connecter sur l’agent',
    signingIn: 'En attente de la fin de la connexion…',
    signedInRetry: 'Connecté. Renvoyez le test.',
    whichAccount:
      'Le test se connecte en tant que boîte aux lettres de l’imprimante, {account} (l’expéditeur), et non en tant que vous : quand Microsoft le demande, utilisez ce compte.',
    whyAgent:
      'L’agent de cet ordinateur se connecte de son côté : l’imprimante garde sa connexion pour elle, donc un e-mail de test prouve que la boîte aux lettres et le locataire fonctionnent, pas la connexion propre à l’imprimante.',
    agentSignInFailed:
      'La connexion propre à l’agent pour {account} ne fonctionne plus (expirée ou révoquée).',
    agentSignInNote:
      'Il s’agit de la connexion de l’agent sur cet ordinateur, pas de celle de l’imprimante : l’imprimante n’a pas été testée. Reconnectez l’agent, puis renvoyez le test.',
    signInAgain: 'Reconnecter l’agent',
  },
  agent: {
    running: 'Agent en cours d’exécution (version {version})',
    down: 'L’agent ne tourne pas sur cet ordinateur.',
    downFix: 'Démarrez-le dans le dossier wcoa avec :',
    startCommand: 'npm start',
    startCommandAlt: 'ou : npx wcoa start',
    notPaired: 'Ce navigateur n’est pas appairé avec l’agent.',
    notPairedFix: 'Lancez cette commande, puis saisissez le code dans les options de l’extension :',
    pairCommand: 'npx wcoa pair',
    paired: 'Appairé',
    error: 'L’agent a répondu par une erreur : {message}',
    notEnabled: 'L’assistant n’est pas activé sur cette imprimante.',
  },
  popup: {
    thisPage: 'Cette page',
    detecting: 'Analyse de la page…',
    notWebConfig: 'Cette page n’est pas une page Web Config d’Epson.',
    cannotRead: 'Cette page ne peut pas être lue (page du navigateur ou document local).',
    enable: 'Activer sur cette imprimante',
    enabled: 'Activé sur cette imprimante.',
    enableDenied: 'L’autorisation n’a pas été accordée ; l’assistant reste désactivé sur cette imprimante.',
    options: 'Options',
    model: 'Modèle : {model}',
    reload: 'Rechargez la page pour afficher l’assistant.',
  },
  options: {
    title: 'Web Config OAuth Assistant : options',
    pairingHeading: 'Appairage avec l’agent',
    pairingHelp:
      'L’agent tourne sur cet ordinateur et envoie les e-mails de test. Lancez « npx wcoa pair » et saisissez le code affiché.',
    codeLabel: 'Code d’appairage',
    portLabel: 'Port de l’agent',
    pairButton: 'Appairer',
    pairing: 'Appairage…',
    pairedOk: 'Appairé avec l’agent sur le port {port}.',
    codeInvalid:
      'Ce code n’est pas valide ou a expiré. Relancez « npx wcoa pair » et saisissez le nouveau code.',
    codeFormat: 'Le code compte 8 caractères, comme {example}.',
    portInvalid: 'Le port est un nombre de 1 à 65535 (celui de l’agent par défaut est {port}).',
    languageHeading: 'Langue',
    languageAuto: 'Automatique (la langue de Web Config, sinon celle du navigateur)',
    languageEn: 'English',
    languagePt: 'Português',
    printersHeading: 'Imprimantes',
    printersHelp:
      'L’assistant ne fonctionne que sur les imprimantes listées ici. Saisissez l’adresse d’une imprimante (IP ou nom d’hôte, http ou https).',
    addLabel: 'Adresse de l’imprimante',
    addPlaceholder: '192.168.1.20 ou https://imprimante.exemple.local',
    addButton: 'Ajouter une imprimante',
    added: '{origin} ajoutée. Ouvrez ou rechargez sa page Web Config.',
    denied: 'Le navigateur n’a pas accordé l’accès à {origin} ; elle n’a pas été ajoutée.',
    errors: {
      empty: 'Saisissez l’adresse de l’imprimante, par exemple 192.168.1.20.',
      scheme: 'Seules les adresses http:// et https:// peuvent être ajoutées.',
      invalid: 'Ce n’est ni une adresse IP ni un nom d’hôte. Exemple : 192.168.1.20 ou imprimante.local.',
    },
    none: 'Aucune imprimante pour l’instant.',
    revoke: 'Retirer',
    allSitesLabel:
      'Fonctionner sur tous les sites http et https (pour qui administre beaucoup d’imprimantes)',
    allSitesHelp:
      'Le navigateur demande l’accès à tous les sites ; l’assistant ne s’affiche toujours que sur les pages Web Config.',
    agentPortHeading: 'L’agent est sur un autre port ?',
    agentPortHelp: 'Saisissez le port affiché par « npx wcoa start », puis recherchez de nouveau.',
    agentLookAgain: 'Rechercher de nouveau',
    agentFound: 'Agent trouvé sur le port {port}.',
    agentNotFound: 'Aucun agent ne répond sur le port {port}.',
    pairingNow: 'Actuellement : {state}',
    stateDown: 'l’agent ne tourne pas sur le port {port}',
    stateNotPaired: 'l’agent tourne sur le port {port}, ce navigateur n’est pas appairé',
    statePaired: 'appairé avec l’agent sur le port {port}',
    endpointsHeading: 'Serveur de messagerie utilisé par les imprimantes (en plus de celui de Microsoft)',
    endpointsHelp:
      'Uniquement si vos imprimantes envoient volontairement via un autre serveur (un relais, ou l’émulateur d’un environnement de test) : un « hôte:port » par ligne. L’assistant ne signale alors plus ce serveur ni ce port.',
    endpointsLabel: 'Serveurs de messagerie attendus',
    endpointsSave: 'Enregistrer',
    endpointsSaved: 'Enregistré.',
    endpointsInvalid: 'Ni un hôte ni un hôte:port : {line}',
    tour: {
      heading: 'Première visite ? Un petit tour',
      panel:
        'Sur la page Web Config d’une imprimante, l’assistant affiche un panneau : l’étape suivante de la configuration OAuth, la signification des messages de l’imprimante, et un e-mail de test.',
      fold: 'Le panneau s’écarte ou se replie en onglet de lui-même lorsqu’il masquerait les messages, tableaux ou champs de l’imprimante. Utilisez ⇤ / ⇥ pour l’ancrer à gauche ou à droite et › pour le replier ; chaque imprimante mémorise votre choix.',
      options:
        'Ces options se trouvent toujours sous l’icône de l’extension › Options : appairage avec l’agent, vos imprimantes, langue.',
      done: 'J’ai compris',
    },
  },
  worker: {
    unknownMessage:
      'L’extension n’a pas pu lire cette demande. Rechargez la page : si l’extension vient d’être mise à jour, cela charge sa nouvelle version.',
    notEnabled:
      'L’assistant n’est pas activé sur cette imprimante. Cliquez sur l’icône de l’extension sur cette page et choisissez « Activer sur cette imprimante ».',
    pagesOnly:
      'La page d’une imprimante ne peut pas demander « {type} » : seules les pages de l’extension (sa fenêtre et ses options) le peuvent.',
    printerOnly:
      '« {type} » appartient à une imprimante : seul l’assistant sur la page Web Config de l’imprimante l’envoie.',
    memoryTooLarge:
      'Les notes du guide pour cette imprimante dépassent {max} octets et n’ont pas été gardées ; le guide reprend à partir de ce que montre la page.',
    noPrinterOrigin:
      'L’adresse de cette page n’est pas une adresse http:// ou https:// d’imprimante : l’agent ne peut pas la classer sous une imprimante.',
    notHttp:
      '« {origin} » n’est pas une adresse http:// ou https://. Saisissez l’adresse de l’imprimante telle que le navigateur l’affiche, par exemple http://192.168.1.20.',
    unexpected:
      'L’extension a rencontré une erreur inattendue ({message}). Rechargez la page ; si cela se reproduit, rechargez l’extension depuis la page des extensions du navigateur.',
    noAnswer:
      'Le service worker de l’extension n’a pas répondu ({message}). Rechargez la page ; si cela se reproduit, rechargez l’extension depuis la page des extensions du navigateur.',
    unexpectedReply:
      'Le service worker de l’extension a répondu d’une façon que cette page ne comprend pas. Rechargez la page : si l’extension vient d’être mise à jour, cela charge sa nouvelle version.',
  },
};
export default messages;
