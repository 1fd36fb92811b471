import type { Shape } from '../../define.ts';
import type domain from '../../messages/sheet.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Feuille d’état du réseau',
  printed: 'Imprimée le {date}',
  notSeen: 'pas encore vu',
  seenOn: 'Lu dans Web Config le {date}',
  identity: {
    heading: 'Imprimante',
    model: 'Modèle',
    serialNumber: 'Numéro de série',
    webConfig: 'Web Config',
    printerId: 'ID d’imprimante (wcoa)',
    firstSeen: 'Vue pour la première fois',
  },
  network: {
    heading: 'État du réseau',
    deviceName: 'Nom du périphérique',
    connection: 'État de la connexion',
    ipAddress: 'Adresse IP',
    subnetMask: 'Masque de sous-réseau',
    gateway: 'Passerelle par défaut',
    dns: 'Serveur DNS',
    ipv6: 'Adresse IPv6',
    macAddress: 'Adresse MAC',
    ssid: 'SSID',
  },
  email: {
    heading: 'Serveur de messagerie',
    authMethod: 'Méthode d’authentification',
    emailService: 'Service de messagerie',
    currentStatus: 'État actuel',
    account: 'Compte authentifié',
    sender: 'Adresse e-mail de l’expéditeur',
    smtpServer: 'Adresse du serveur SMTP',
    smtpPort: 'Numéro de port du serveur SMTP',
    secureConnection: 'Connexion sécurisée',
    certificateValidation: 'Validation du certificat',
  },
  values: {
    off: 'Désactivé',
    smtpAuth: 'SMTP AUTH',
    popBeforeSmtp: 'POP avant SMTP',
    oauth2: 'OAuth 2.0',
    exchangeOnline: 'Microsoft Exchange Online',
    outlookCom: 'Outlook.com',
    signedIn: 'Connecté',
    notSignedIn: 'Non connecté',
    none: 'Aucun',
    starttls: 'STARTTLS',
    sslTls: 'SSL/TLS',
    enable: 'Activer',
    disable: 'Désactiver',
    yes: 'Oui',
    no: 'Non',
  },
  jobs: {
    heading: 'Historique des travaux',
    codes: 'Codes d’erreur (les plus récents d’abord)',
    noErrors: 'Aucun code d’erreur listé',
  },
  beyond: {
    heading: 'Ce que la feuille de l’imprimante elle-même ne peut pas montrer',
  },
  testMail: {
    heading: 'Dernier e-mail de test (agent wcoa)',
    result: 'Résultat',
    delivered: 'Remis',
    failedAt: 'Échec à l’étape : {stage}',
    sent: 'Envoyé',
    route: 'De → À',
    server: 'Serveur SMTP',
    reply: 'Réponse du serveur',
    proves:
      'Un e-mail de test remis prouve que le locataire accepte les e-mails XOAUTH2 de cette boîte aux lettres via le même serveur et le même expéditeur que l’imprimante ; il ne prouve pas que l’application d’Epson a le consentement.',
  },
  probe: {
    heading: 'Vérification du serveur SMTP',
    server: 'Serveur',
    checked: 'Vérifié',
    tlsVersion: 'Version TLS',
    certificateExpiry: 'Expiration du certificat',
    daysLeft: '{date} (encore {days} jours)',
    expired: '{date} (expiré)',
    xoauth2: 'XOAUTH2 proposé',
  },
  token: {
    heading: 'Connexion sur cet ordinateur (agent wcoa)',
    account: 'Compte',
    state: 'État',
    states: {
      signingIn: 'Connexion en cours',
      signedIn: 'Connecté',
      expired: 'Expirée : reconnectez-vous',
      failed: 'Échec',
    },
    accessTokenExpires: 'Jeton d’accès valable jusqu’au',
    lastRefresh: 'Dernier renouvellement du jeton',
    daysAgo: '{date} (il y a {days} jours)',
    noAccount: 'L’agent n’a aucune connexion pour {account}',
  },
  mail: {
    heading: 'Activité de messagerie',
    lastMail: 'Dernier e-mail réussi de l’imprimante',
    lastTestMail: 'Dernier e-mail de test de l’agent',
    clocks:
      'Deux horloges : la connexion de l’imprimante expire après 90 jours sans e-mail envoyé par l’imprimante elle-même (son historique des travaux). L’e-mail de test de l’agent utilise la connexion propre à l’agent ; il prouve que le locataire fonctionne, mais ne remet pas à zéro les 90 jours de l’imprimante.',
    source: 'Source',
    sources: {
      jobHistory: 'l’historique des travaux de l’imprimante',
      testMail: 'un e-mail de test wcoa (pas un e-mail de l’imprimante elle-même)',
    },
    daysSince: 'Jours écoulés',
    lapse: 'Expiration du jeton',
    lapseOk: 'La connexion de l’imprimante expire après {lapse} jours sans e-mail : il reste {left} jours',
    lapseWarning:
      'Aucun e-mail depuis {days} jours : la connexion de l’imprimante expire à {lapse} jours. Envoyez dès maintenant un e-mail depuis l’imprimante.',
    lapsed:
      'Aucun e-mail depuis {days} jours : la connexion de l’imprimante a expiré (après {lapse} jours). Reconnectez-vous dans Web Config.',
  },
  causes: {
    heading: 'Causes et solutions',
    none: 'Aucun problème trouvé dans ce qui a été vu',
    fromPage: 'Paramètres du serveur de messagerie',
    fromTestMail: 'Dernier e-mail de test',
    fromJobs: 'Historique des travaux',
    source: 'Source : {source}',
    passwordPrinters:
      '{count} imprimante(s) que l’agent a vue(s) envoyer via Exchange Online ou Outlook.com avec un mot de passe : cela cesse de fonctionner par défaut fin décembre 2026. Passez-les à OAuth 2.0.',
  },
  footer:
    'Généré par Web Config OAuth Assistant {version}. Les valeurs marquées « pas encore vu » ne figuraient sur aucune page Web Config lue par l’extension.',
  view: {
    heading: 'Imprimantes',
    seenHeading: 'Telles que l’agent les a vues en dernier',
    intro: 'Chaque imprimante dont l’extension a lu les pages Web Config, telle que l’agent s’en souvient.',
    empty:
      'Aucune imprimante vue pour l’instant. Ouvrez le Web Config d’une imprimante où l’extension est activée.',
    refresh: 'Actualiser',
    columns: {
      printer: 'Imprimante',
      oauth: 'OAuth 2.0',
      lastMail: 'Dernier e-mail réussi',
      actions: 'Ouvrir',
    },
    oauth: {
      signedIn: 'Connecté',
      notSignedIn: 'Non connecté',
      otherMethod: 'Autre méthode',
      notSeen: 'Pas encore vu',
    },
    methods: {
      off: 'Désactivé',
      'smtp-auth': 'SMTP-AUTH',
      'pop-before-smtp': 'POP avant SMTP',
      oauth2: 'OAuth2',
    },
    lastMail: '{date}, il y a {days} jours ({source})',
    sources: {
      jobHistory: 'historique des travaux',
      testMail: 'e-mail de test',
    },
    noMail: 'aucun vu pour l’instant',
    warning:
      'Aucun e-mail depuis {days} jours. La connexion de l’imprimante expire après {lapse} jours sans e-mail : envoyez-en un maintenant.',
    lapsed:
      'Aucun e-mail depuis {days} jours : la connexion de l’imprimante a expiré. Reconnectez-vous dans Web Config.',
    webConfig: 'Web Config',
    sheet: 'Feuille d’état',
    loadFailed: 'Impossible de lire les imprimantes auprès de l’agent : {message}',
    passwordPrinters:
      '{count} de ces imprimantes envoient via Exchange Online ou Outlook.com avec un mot de passe (SMTP-AUTH) : Microsoft le désactive par défaut fin décembre 2026. Passez-les à OAuth 2.0.',
    passwordRow: 'Connexion par mot de passe : désactivée par défaut à partir de fin décembre 2026',
    pager: {
      range: 'Imprimantes {from}–{to} sur {total}',
      previous: 'Précédent',
      next: 'Suivant',
    },
  },
  page: {
    title: 'Feuille d’état',
    loading: 'Lecture de la feuille auprès de l’agent…',
    print: 'Imprimer',
    pdf: 'Enregistrer en PDF',
    noPrinter: 'L’agent n’a pas encore vu cette imprimante. Ouvrez d’abord l’une de ses pages Web Config.',
    failed: 'Impossible d’obtenir la feuille auprès de l’agent : {message}',
  },
  cli: {
    printersDescription:
      'liste les imprimantes vues par l’extension, avec leur état OAuth et leur dernier e-mail',
    sheetDescription:
      'la feuille d’état du réseau d’une imprimante (HTML sur la sortie standard, ou un fichier PDF)',
    printerArg: 'ID d’imprimante, adresse Web Config, IP, MAC, numéro de série ou nom du périphérique',
    pdfOption: 'écrit un PDF dans ce fichier au lieu du HTML sur la sortie standard',
    langOption: 'langue de la feuille (en, pt-PT, pt-BR, es, fr…) ; par défaut : celle du terminal',
    jsonOption: 'affiche la liste en JSON',
    badLang:
      'Langue inconnue "{value}" : utilisez l’une de celles que wcoa propose (en, pt-PT, pt-BR, es, fr…).',
    noPrinters:
      'Aucune imprimante vue pour l’instant : ouvrez le Web Config d’une imprimante où l’extension est activée.',
    noSuchPrinter:
      'Aucune imprimante ne correspond à "{ref}". Lancez `wcoa printers` pour les lister, puis indiquez son ID ou son adresse.',
    header: ['ID', 'IMPRIMANTE', 'ADRESSE', 'OAUTH 2.0', 'DERNIER E-MAIL', 'JOURS'],
    pdfWritten: 'Feuille écrite dans {file}',
    cannotWrite: 'Impossible d’écrire {file} : {reason}',
  },
  errors: {
    noChromium:
      'Aucun Chromium trouvé pour imprimer le PDF. Installez-le (Debian/Ubuntu : sudo apt-get install chromium) ou indiquez son chemin dans WCOA_CHROMIUM.',
    chromiumMissing:
      'WCOA_CHROMIUM pointe vers {path}, qui n’existe pas. Corrigez le chemin ou supprimez la variable.',
    pdfFailed: 'Chromium n’a pas pu imprimer la feuille : {reason}',
  },
};
export default messages;
