import type { Shape } from '../../define.ts';
import type domain from '../../messages/agent.ts';

const messages: Shape<(typeof domain)['en']> = {
  errors: {
    'forbidden-host': 'Cet agent ne répond qu’à 127.0.0.1, localhost ou [::1], sur son propre port.',
    'unsupported-media-type': 'Envoyez le corps de la requête en JSON (Content-Type: application/json).',
    'payload-too-large': 'Le corps de la requête dépasse 64 Kio.',
    'invalid-json': 'Le corps de la requête n’est pas du JSON valide.',
    'forbidden-origin':
      'Cette origine n’est pas appairée avec l’agent. Lancez "wcoa pair" et saisissez le code dans les options de l’extension.',
    unauthorized:
      'Jeton absent ou incorrect. Appairez de nouveau l’extension ("wcoa pair"), ou lancez la CLI avec le même --home que l’agent.',
    'rate-limited': 'Trop de requêtes. Réessayez dans {seconds} s.',
    'invalid-request': 'La requête n’est pas valide : {details}',
    'not-found': 'Rien ici : {path}',
    'pairing-code-invalid':
      'Ce code d’appairage est incorrect, déjà utilisé ou expiré. Lancez "wcoa pair" pour en obtenir un autre.',
    'account-unknown':
      'L’agent n’a pas de compte {account}. Connectez-vous d’abord : wcoa signin --email {account}',
    'account-not-signed-in':
      'Le compte {account} n’est pas connecté ({state}). Reconnectez-vous : wcoa signin --email {account}',
    'recipient-not-allowed':
      'Un e-mail de test part vers le compte lui-même ; {to} ne figure pas dans testMail.allowedRecipients de {config}, dans le dossier de l’agent.',
    'signin-not-configured':
      'La connexion a besoin de l’ID client de votre application Entra : définissez "clientId" dans {config} ou WCOA_CLIENT_ID (README : "Register the Entra app").',
    'signin-failed': 'La connexion n’a pas pu démarrer : {reason}',
    'smtp-host-not-allowed':
      'L’agent n’envoie votre jeton d’accès qu’aux serveurs SMTP de Microsoft ({allowed}), pas à {host}. Si {host} est correct, ajoutez-le à testMail.allowedSmtpHosts dans {config}.',
    'printer-unknown':
      'L’agent n’a vu aucune imprimante "{id}". GET /v1/printers (ou `wcoa printers`) les liste.',
    'sheet-unavailable': '{reason}',
    internal:
      'L’agent a rencontré une erreur inattendue. Son journal, {logs} dans le dossier de l’agent (wcoa status indique où), en dit plus.',
    'agent-down': 'L’agent wcoa n’est pas lancé. Démarrez-le avec : npx wcoa start',
    'not-paired':
      'L’extension n’est pas appairée avec l’agent. Lancez "npx wcoa pair" et saisissez le code dans les options.',
    'printer-not-enabled': 'L’extension n’est pas activée sur cette imprimante.',
    'extension-reloaded':
      'L’extension a été mise à jour ou rechargée pendant que cette page était ouverte : la page ne peut plus la joindre. Rechargez la page pour utiliser de nouveau l’assistant.',
  },
  validation: {
    lineBreak: '{field} doit tenir sur une seule ligne, sans saut de ligne.',
    email: '{field} n’est pas une adresse e-mail valide.',
    required: '{field} est obligatoire.',
    date: '{field} n’est pas une date comprise entre 2000 et aujourd’hui (ISO 8601 avec fuseau horaire).',
    other: '{field} : {problem}',
  },
  config: {
    invalid: 'La configuration n’est pas valide ({where}) : {problems}',
    keyMismatch:
      'La clé du magasin conservée par {backend} n’ouvre pas le magasin de {home}. Restaurez la clé, ou déplacez le magasin pour repartir de zéro.',
  },
  cli: {
    home: 'dossier de l’agent (par défaut : WCOA_HOME ou le dossier de données de la plateforme)',
    port: 'port de l’agent (par défaut : WCOA_PORT ou {port})',
    startDescription: 'lance l’agent en boucle locale (127.0.0.1 et [::1])',
    statusDescription:
      'affiche ce qui tourne et où, qui conserve la clé, les comptes et les clients appairés',
    pairDescription: 'affiche un code d’appairage à usage unique pour l’extension (5 minutes)',
    clientsDescription: 'liste les extensions appairées',
    revokeDescription: 'révoque une extension appairée par son ID',
    signinDescription: 'connecte un compte avec le flux de code d’appareil (SMTP.Send)',
    testMailDescription: 'envoie un e-mail de test avec XOAUTH2 et affiche chaque étape',
    probeDescription: 'vérifie un serveur SMTP : DNS, connexion, STARTTLS, TLS, mécanismes AUTH',
    badPort: '"{value}" n’est pas un port : indiquez un nombre de 0 à 65535.',
    badSmtp: '"{value}" n’est pas de la forme HÔTE ou HÔTE:PORT.',
    alreadyRunning:
      'Un agent écoute déjà sur le port {port} (pid {pid}). Arrêtez-le d’abord, ou utilisez un autre --port.',
    portInUse: 'Le port {port} est occupé. Choisissez-en un autre avec --port (0 en choisit un libre).',
    notRunning: 'Aucun agent ne tourne pour {home}. Démarrez-en un avec : npx wcoa start',
    unreachable:
      'Impossible de joindre l’agent à {url} ({reason}). "wcoa start" tourne-t-il avec les mêmes --port et --home ?',
    agentError: 'L’agent répond : {message}',
    running: 'Agent {version}, pid {pid}, à l’écoute sur {listening}',
    homeLine: 'Dossier : {home}',
    backendLine: 'Clé du magasin conservée par : {backend}',
    signinLine: 'Connexion : ID client {clientId}, autorité {authority}',
    notConfigured: 'non défini',
    configured: 'défini',
    noAccounts: 'Aucun compte.',
    accountLine: '  {email} ({tenant}) : {state}',
    accountCause: '    cause : {cause}',
    accountReason: '    raison : {reason}',
    accountReasons: {
      'stored-sign-in-unreadable':
        'sa connexion enregistrée a échoué au contrôle d’intégrité du magasin (modifiée, ou scellée avec une autre clé) et a été mise de côté ; reconnectez-vous : wcoa signin --email {account}',
    },
    clientsCount: 'Extensions appairées : {count}',
    noClients: 'Aucune extension appairée.',
    clientLine: '{id}  {name}  {origin}  appairée le {created}  dernière utilisation {used}',
    never: 'jamais',
    revoked: '{id} révoquée.',
    noSuchClient: 'Aucune extension appairée avec l’ID {id}. "wcoa clients" les liste.',
    signinPrompt:
      'Pour vous connecter, ouvrez {url} et saisissez le code {code}. Le code expire à {expires}.',
    signinWaiting: 'En attente de la fin de la connexion…',
    signedIn: 'Connecté : {email}',
    signinFailed: 'La connexion a échoué ({state}).',
    causeLine: '  {id} : {title}',
    stageOk: '  ✓ {stage} {ms}',
    stageFailed: '  ✗ {stage}',
    testMailOk: 'E-mail de test accepté : {reply}',
    testMailFailed: 'L’e-mail de test a échoué à l’étape {stage} : {reply}',
    probeOk: 'Le serveur {host}:{port} accepte STARTTLS et propose XOAUTH2.',
    probeFailed: '{host}:{port} : la vérification s’est arrêtée à l’étape {stage}.',
    probeNoXoauth2: '{host}:{port} ne propose pas AUTH XOAUTH2 après STARTTLS.',
    tlsLine:
      '  TLS {version}, certificat pour {subject} émis par {issuer}, valable jusqu’au {validTo} ({validity}), le nom {nameMatch}',
    dayCount: '{days} jour',
    daysCount: '{days} jours',
    nameMatches: 'correspond',
    nameDiffers: 'ne correspond PAS',
    authLine: '  AUTH après STARTTLS : {mechanisms}',
  },
  options: {
    json: 'affiche du JSON (une ligne par résultat)',
    email: 'la boîte aux lettres à connecter (le compte de l’imprimante)',
    tenant: 'ID ou domaine du locataire ; organizations, ou consumers pour Outlook.com',
    account: 'le compte connecté au nom duquel envoyer',
    from: 'l’expéditeur (l’adresse e-mail de l’expéditeur réglée sur l’imprimante) ; par défaut : le compte',
    to: 'le destinataire : le compte lui-même, ou l’un de testMail.allowedRecipients',
    smtp: 'serveur SMTP sous la forme HÔTE:PORT (par défaut selon la configuration : smtp.office365.com:587)',
    printer: 'rattache le test à cette imprimante',
  },
  stages: {
    dns: 'DNS',
    connect: 'connexion',
    banner: 'bannière',
    ehlo: 'EHLO',
    starttls: 'STARTTLS',
    tls: 'TLS',
    auth: 'authentification',
    sender: 'expéditeur',
    recipient: 'destinataire',
    data: 'message',
    ok: 'terminé',
  },
  testMail: {
    subject: 'E-mail de test wcoa : XOAUTH2 fonctionne pour {account}',
    body: 'Ce message a été envoyé par l’agent Web Config OAuth Assistant en SMTP avec STARTTLS et AUTH XOAUTH2, au nom de {account}, via {server}, le {time}. S’il est arrivé, le locataire accepte les e-mails OAuth 2.0 de ce compte.',
  },
  detect: {
    description: 'lit des pages Web Config enregistrées (HTML) : type de page, modèle, langue et champs',
    fileArgument:
      'pages HTML enregistrées depuis une imprimante (ou toute page, pour vérifier que ce n’est pas Web Config)',
    urlOption: 'l’adresse d’où vient la page (simple indice d’appoint)',
    jsonOption: 'une ligne JSON par page : { "file", …PageModel }',
    noFiles: 'Indiquez au moins une page HTML : wcoa detect page.html',
    badUrl: '"{url}" n’est pas une URL. Indiquez-la sous la forme http://HÔTE/CHEMIN, ou omettez --url.',
    unreadable: 'Impossible de lire {file} : {reason}.',
    notFound: 'ce fichier n’existe pas ; vérifiez le chemin',
    denied: 'permission refusée',
    isFolder: 'c’est un dossier ; indiquez les pages HTML qu’il contient',
    notHtml:
      '{file} n’est pas une page HTML (aucun balisage). Enregistrez la page depuis le navigateur au format HTML et réessayez.',
    tooLarge:
      '{file} fait {size} Mo ; wcoa detect lit les pages jusqu’à {limit} Mo (une page Web Config est bien plus petite). Enregistrez seulement la page de l’imprimante (HTML uniquement, pas la page complète) et réessayez.',
    failedCount: '{count} page(s) sur {total} n’ont pas pu être lues.',
    page: 'page',
    vendor: 'fabricant',
    model: 'modèle',
    lang: 'langue',
    signals: 'indices',
    unknown: 'inconnu',
    notEpson: 'pas Web Config d’Epson',
    tooDeep:
      '{file} imbrique ses éléments sur plus de {limit} niveaux, ce qu’aucune page Web Config ne fait ; il n’est pas lu. Enregistrez à nouveau la page de l’imprimante depuis le navigateur (HTML uniquement).',
  },
};
export default messages;
