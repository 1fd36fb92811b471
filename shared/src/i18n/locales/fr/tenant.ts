import type { Shape } from '../../define.ts';
import type domain from '../../messages/tenant.ts';

const messages: Shape<(typeof domain)['en']> = {
  heading: 'Vérifier mon locataire',
  intro:
    'Connectez-vous en tant qu’administrateur Microsoft 365 : l’extension lit, via Microsoft Graph, ce qui dans votre locataire empêcherait l’imprimante d’envoyer (paramètres de sécurité par défaut, Accès conditionnel, votre rôle d’administrateur, la licence de la boîte aux lettres). Elle ne modifie rien, et la connexion reste dans ce navigateur.',
  checklistItem:
    'Vérifier mon locataire (paramètres de sécurité par défaut, Accès conditionnel, rôle d’administrateur, licence de la boîte aux lettres)',
  openCheck: 'Vérifier mon locataire',
  authorityLabel: 'Autorité de connexion',
  clientIdLabel: 'ID d’application (client) de votre inscription d’application',
  redirectHelp:
    'Inscrivez cette adresse comme URI de redirection de type Application monopage dans l’inscription d’application, avec les autorisations déléguées Microsoft Graph Policy.Read.All, RoleManagement.Read.Directory et User.Read.All (avec consentement administrateur) :',
  graphLabel: 'Adresse de Microsoft Graph',
  mailboxLabel: 'La boîte aux lettres de l’imprimante (facultatif)',
  mailboxPlaceholder: 'scanner@contoso.com',
  run: 'Vérifier mon locataire',
  signingIn: 'Connexion…',
  checking: 'Lecture du locataire via Microsoft Graph…',
  signedInAs: 'Vérifié en tant que {account} à {time}.',
  clean: 'Rien trouvé qui empêcherait l’imprimante d’envoyer.',
  found: '{count} constat(s) :',
  settingsInvalid:
    'L’autorité de connexion et l’adresse de Microsoft Graph doivent être des adresses https://, et l’ID client un GUID (00000000-0000-0000-0000-000000000000).',
  mailboxInvalid:
    'La boîte aux lettres de l’imprimante doit être une adresse e-mail, comme scanner@contoso.com.',
  cancelled:
    'La fenêtre de connexion a été fermée avant la fin de la connexion. Cliquez sur le bouton pour réessayer.',
  signInFailed: 'La connexion n’a pas abouti : {message}',
  graphFailed: 'Microsoft Graph a refusé la requête ({code}) : {message}',
  identityMissing:
    'Ce navigateur ne peut pas ouvrir la fenêtre de connexion (pas d’API identity). Utilisez Chrome ou Edge.',
  registrationMissing:
    '« Vérifier mon locataire » se connecte avec l’inscription d’application qu’utilise l’agent, et aucune n’est encore connue. Lancez ceci sur l’ordinateur où tourne l’agent, appairez ce navigateur avec l’agent (ci-dessus), puis revenez sur cette page :',
  setupCommand: 'npx wcoa setup',
  registrationFromAgent:
    'Se connecte avec l’inscription d’application que l’agent a configurée (ID client {clientId}).',
  registrationFromPolicy:
    'Se connecte avec l’inscription d’application que votre service informatique a fixée par stratégie (ID client {clientId}).',
  check: {
    'security-defaults': 'Paramètres de sécurité par défaut',
    'conditional-access': 'Stratégies d’Accès conditionnel',
    'admin-role': 'Vos rôles d’annuaire',
    mailbox: 'La boîte aux lettres de l’imprimante',
  },
  outcome: {
    unreadable: '{check} : illisible avec votre compte',
    canRead:
      'Il faut l’autorisation déléguée {permissions} (avec consentement administrateur) et l’un de ces rôles : {roles}.',
    reportOnly: 'Stratégie en mode rapport uniquement : elle s’appliquerait si quelqu’un l’activait.',
    missing: 'Aucun compte {subject} dans ce locataire.',
    unlicensed: '{subject} n’a pas de licence Exchange Online.',
    roles:
      'Vos rôles : {roles}. Donner le consentement au nom de l’organisation demande le rôle Administrateur général ou Administrateur d’applications cloud.',
    noRoles:
      'Vous n’avez aucun rôle d’annuaire. Donner le consentement au nom de l’organisation demande le rôle Administrateur général ou Administrateur d’applications cloud.',
    policy: 'Stratégie « {subject} » : {reasons}',
  },
  reason: {
    block: 'bloque la connexion',
    'device-code': 'bloque le flux de code d’appareil avec lequel l’imprimante se connecte',
    'legacy-clients': 'vise les clients hérités (Exchange ActiveSync, autres clients)',
    mfa: 'exige l’authentification multifacteur',
    device: 'exige un appareil conforme ou joint à un domaine',
    'may-apply':
      'elle est attribuée à des groupes, des rôles ou des utilisateurs précis : vérifiez si le compte de l’imprimante en fait partie',
  },
  cannotTell: {
    heading: 'Ce que Microsoft Graph ne peut pas dire',
    text: 'Microsoft Graph n’indique pas si SMTP AUTH est activé pour l’organisation et pour la boîte aux lettres de l’imprimante. Vérifiez-le dans Exchange Online PowerShell :',
    proof:
      'Ou laissez l’imprimante le prouver : l’e-mail de test de l’agent se connecte et envoie en SMTP AUTH exactement comme l’imprimante.',
  },
};
export default messages;
