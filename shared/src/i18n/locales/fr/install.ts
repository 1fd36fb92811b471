import type { Shape } from '../../define.ts';
import type domain from '../../messages/install.ts';

const messages: Shape<(typeof domain)['en']> = {
  extension: {
    name: 'Web Config OAuth Assistant',
    description:
      'Guide Epson Web Config pas à pas dans la configuration de la messagerie OAuth 2.0 pour Exchange Online, et la teste.',
  },
  setup: {
    description:
      'crée ou répare l’inscription d’application Entra qu’utilise wcoa (connexion en tant qu’administrateur avec un code d’appareil)',
    tenantOption:
      'ID ou domaine du locataire auquel se connecter (par défaut : celui de la configuration, sinon votre organisation)',
    extensionIdOption:
      'l’ID de l’extension dont la vérification du locataire peut se connecter (par défaut : d’après WCOA_EXTENSION_KEY ; voir le README, "Pinned extension id")',
    badExtensionId: '"{value}" n’est pas un ID d’extension (32 lettres de a à p).',
    signIn:
      'Connectez-vous en tant qu’administrateur de votre organisation Microsoft 365 : ouvrez {url} et saisissez le code {code}.',
    signedIn: 'Connecté en tant que {account} (locataire {tenant}).',
    signInFailed: 'La connexion n’a pas abouti : {reason}',
    nothingToDo: 'Rien à modifier : l’inscription d’application "{name}" ({clientId}) est configurée.',
    willDo: 'wcoa setup va maintenant :',
    done: 'Terminé :',
    noExtensionId:
      'Aucun ID d’extension indiqué : la vérification du locataire dans le navigateur ne peut pas se connecter tant que vous n’avez pas lancé wcoa setup --extension-id <id> (l’ID figure sur chrome://extensions).',
    plan: {
      createApp:
        'créer l’inscription d’application "{name}" (flux de clients publics activés ; SMTP.Send d’Exchange Online ; Microsoft Graph {graph})',
      fixApp: 'mettre à jour l’inscription d’application {clientId} : {changes}',
      publicClient: 'activer les flux de clients publics',
      addRedirect: 'ajouter l’URI de redirection {uri}',
      addPermissions: 'ajouter les autorisations {permissions}',
      createPrincipal: 'créer son principal de service (l’application dans votre organisation)',
      grant: 'accorder le consentement pour toute l’organisation : {resource} {scopes}',
      writeConfig: 'écrire clientId {clientId} et tenant {tenant} dans {config}',
    },
    did: {
      createApp: 'inscription d’application "{name}" créée : ID client {clientId}',
      fixApp: 'inscription d’application {clientId} mise à jour',
      createPrincipal: 'principal de service {id} créé',
      grant: '{resource} {scopes} accordé pour l’organisation',
      writeConfig: 'clientId et tenant écrits dans {config}',
    },
    missingRole:
      'Microsoft Graph a refusé de {step} : {message}. Il faut l’un de ces rôles : {roles}. Demandez à une personne qui en détient un de lancer "wcoa setup", ou suivez les étapes du portail décrites dans le README ("Register the Entra app").',
    graphError: 'Microsoft Graph a répondu {status} en tentant de {step} : {message}',
    unreachable: 'Impossible de joindre {url} : {reason}',
    restart:
      'Redémarrez l’agent pour qu’il utilise le nouvel ID client (wcoa service le redémarre à l’ouverture de session).',
  },
  service: {
    description: 'démarre l’agent à l’ouverture de session : installe, désinstalle ou affiche le service',
    installDescription:
      'écrit et active le service (unité utilisateur systemd, agent launchd ou tâche planifiée)',
    uninstallDescription: 'désactive et supprime le service',
    statusDescription: 'indique si le service est installé et s’il tourne',
    installed: '{kind} installé : {file}',
    enabled: 'Activé : l’agent démarre à l’ouverture de session (et dès maintenant).',
    enableFailed:
      'Écrit, mais "{command}" a échoué : {reason}. Lancez-le vous-même dès que la session le permet.',
    uninstalled: '{file} supprimé.',
    notInstalled: 'Aucun service installé ({file} n’existe pas).',
    statusInstalled: 'Installé : {file}',
    statusState: 'État : {state}',
    unsupported: 'Pas de prise en charge du service pour {platform} : démarrez l’agent avec "wcoa start".',
  },
  doctor: {
    description: 'vérifie chaque maillon, de Node jusqu’à un compte connecté, et indique quoi faire ensuite',
    node: 'Node.js {version}',
    nodeOld:
      'Node.js {version} est antérieur à {wanted} : installez une version LTS actuelle depuis nodejs.org',
    agentUp: 'Agent {version} à l’écoute sur le port {port}',
    agentDown:
      'Aucun agent ne tourne : démarrez-le avec "wcoa start" (ou "wcoa service install" pour chaque ouverture de session)',
    paired: '{count} extension(s) appairée(s)',
    notPaired:
      'Aucune extension appairée : lancez "wcoa pair" et saisissez le code dans les options de l’extension',
    appSet: 'L’inscription d’application {clientId} (locataire {tenant}) répond à la plateforme d’identités',
    appMissing: 'Aucune inscription d’application configurée : lancez "wcoa setup"',
    appBroken:
      'L’inscription d’application {clientId} ne fonctionne pas : {reason}. Lancez "wcoa setup" pour la réparer',
    smtpOk: 'SMTP {host}:{port} propose STARTTLS et XOAUTH2',
    smtpBad: 'SMTP {host}:{port} : {reason}',
    accountOk: 'Le compte {email} est connecté',
    accountMissing:
      'Aucun compte connecté : lancez "wcoa signin --email <la boîte aux lettres de l’imprimante>"',
    skipped: '{what} : non vérifié sans agent en cours d’exécution',
    what: {
      pairing: 'Appairage',
      smtp: 'Point de terminaison SMTP',
      account: 'Compte connecté',
    },
    allGood: 'Tout est prêt : envoyez un e-mail de test avec "wcoa test-mail --from <boîte aux lettres>".',
    next: 'Ensuite : {action}',
  },
  firstRun: {
    heading: 'Étapes suivantes :',
    extension:
      '1. Chargez l’extension : ouvrez chrome://extensions (ou edge://extensions), activez le Mode développeur, cliquez sur "Charger l’extension non empaquetée" et choisissez {dir}.',
    extensionNotBuilt:
      '1. Compilez l’extension avec "npm run build", puis chargez {dir} dans chrome://extensions (Mode développeur, "Charger l’extension non empaquetée").',
    extensionPacked: '1. Installez l’extension de navigateur (docs/install.md, étape 5).',
    pairing:
      '2. Dans les options de l’extension, saisissez le code d’appairage {code} (valable 5 minutes ; "wcoa pair" pour en obtenir un autre).',
    appReady: '3. Inscription d’application : configurée (ID client {clientId}).',
    appMissing: '3. Inscription d’application : non configurée. Lancez "wcoa setup" dans un autre terminal.',
    more: 'Liste de contrôle à tout moment : wcoa doctor',
  },
};
export default messages;
