import { defineMessages } from '../define.ts';

/**
 * The tenant pre-flight ("Check my tenant", extension/src/tenant): sign-in, what Graph showed and
 * what it cannot show. Cause titles and remedies come from causes.ts; these are the words around them.
 */
export default defineMessages({
  en: {
    heading: 'Check my tenant',
    intro:
      'Sign in as a Microsoft 365 administrator: the extension reads, through Microsoft Graph, what in your tenant would stop the printer (security defaults, Conditional Access, your admin role, the mailbox licence). It changes nothing, and the sign-in stays in this browser.',
    checklistItem: 'Check my tenant (security defaults, Conditional Access, admin role, mailbox licence)',
    openCheck: 'Check my tenant',
    authorityLabel: 'Sign-in authority',
    clientIdLabel: 'Application (client) ID of your app registration',
    redirectHelp:
      'Register this address as a Single-page application redirect URI in the app registration, with the delegated Microsoft Graph permissions Policy.Read.All, RoleManagement.Read.Directory and User.Read.All (admin consent):',
    graphLabel: 'Microsoft Graph address',
    mailboxLabel: 'The printer’s mailbox (optional)',
    mailboxPlaceholder: 'scanner@contoso.com',
    run: 'Check my tenant',
    signingIn: 'Signing in…',
    checking: 'Reading the tenant through Microsoft Graph…',
    signedInAs: 'Checked as {account} at {time}.',
    clean: 'Nothing found that would stop the printer.',
    found: '{count} finding(s):',
    settingsInvalid:
      'The sign-in authority and the Microsoft Graph address must be https:// addresses, and the client ID a GUID (00000000-0000-0000-0000-000000000000).',
    mailboxInvalid: 'The printer’s mailbox must be an email address, like scanner@contoso.com.',
    cancelled: 'The sign-in window was closed before the sign-in finished. Click the button to try again.',
    signInFailed: 'The sign-in did not finish: {message}',
    graphFailed: 'Microsoft Graph refused the request ({code}): {message}',
    identityMissing: 'This browser cannot open the sign-in window (no identity API). Use Chrome or Edge.',
    check: {
      'security-defaults': 'Security defaults',
      'conditional-access': 'Conditional Access policies',
      'admin-role': 'Your directory roles',
      mailbox: 'The printer’s mailbox',
    },
    outcome: {
      unreadable: '{check}: could not be read with your account',
      canRead:
        'It takes the delegated permission {permissions} (with admin consent) and one of these roles: {roles}.',
      reportOnly: 'Report-only policy: it would apply if someone turned it on.',
      missing: 'No account {subject} in this tenant.',
      unlicensed: '{subject} has no Exchange Online licence.',
      roles:
        'Your roles: {roles}. Consenting for the organisation takes Global Administrator or Cloud Application Administrator.',
      noRoles:
        'You hold no directory role. Consenting for the organisation takes Global Administrator or Cloud Application Administrator.',
      policy: 'Policy “{subject}”: {reasons}',
    },
    reason: {
      block: 'blocks sign-in',
      'device-code': 'blocks the device code flow the printer signs in with',
      'legacy-clients': 'targets legacy clients (Exchange ActiveSync, other clients)',
      mfa: 'demands multi-factor authentication',
      device: 'demands a compliant or domain-joined device',
      'may-apply':
        'it is assigned to groups, roles or named users: check whether the printer’s account is among them',
    },
    cannotTell: {
      heading: 'What Microsoft Graph cannot tell',
      text: 'Whether SMTP AUTH is on for the organisation and for the printer’s mailbox is not in Microsoft Graph. Check it in Exchange Online PowerShell:',
      proof:
        'Or let the printer prove it: the agent’s test mail signs in and sends over SMTP AUTH exactly as the printer does.',
    },
  },
  pt: {
    heading: 'Verificar o meu inquilino (tenant)',
    intro:
      'Inicie sessão como administrador do Microsoft 365: a extensão lê, através do Microsoft Graph, o que no seu tenant impediria a impressora (predefinições de segurança, Acesso Condicional, a sua função de administrador, a licença da caixa de correio). Não altera nada, e o início de sessão fica neste navegador.',
    checklistItem:
      'Verificar o meu tenant (predefinições de segurança, Acesso Condicional, função de administrador, licença da caixa de correio)',
    openCheck: 'Verificar o meu tenant',
    authorityLabel: 'Autoridade de início de sessão',
    clientIdLabel: 'ID da aplicação (cliente) do seu registo de aplicação',
    redirectHelp:
      'Registe este endereço como URI de redirecionamento de Aplicação de página única (Single-page application) no registo da aplicação, com as permissões delegadas do Microsoft Graph Policy.Read.All, RoleManagement.Read.Directory e User.Read.All (com consentimento de administrador):',
    graphLabel: 'Endereço do Microsoft Graph',
    mailboxLabel: 'Caixa de correio da impressora (opcional)',
    mailboxPlaceholder: 'scanner@contoso.com',
    run: 'Verificar o meu tenant',
    signingIn: 'A iniciar sessão…',
    checking: 'A ler o tenant através do Microsoft Graph…',
    signedInAs: 'Verificado como {account} às {time}.',
    clean: 'Não foi encontrado nada que impeça a impressora.',
    found: '{count} resultado(s):',
    settingsInvalid:
      'A autoridade de início de sessão e o endereço do Microsoft Graph têm de ser endereços https://, e o ID do cliente um GUID (00000000-0000-0000-0000-000000000000).',
    mailboxInvalid:
      'A caixa de correio da impressora tem de ser um endereço de email, como scanner@contoso.com.',
    cancelled:
      'A janela de início de sessão foi fechada antes de terminar. Clique no botão para tentar de novo.',
    signInFailed: 'O início de sessão não terminou: {message}',
    graphFailed: 'O Microsoft Graph recusou o pedido ({code}): {message}',
    identityMissing:
      'Este navegador não consegue abrir a janela de início de sessão (sem a API identity). Use o Chrome ou o Edge.',
    check: {
      'security-defaults': 'Predefinições de segurança',
      'conditional-access': 'Políticas de Acesso Condicional',
      'admin-role': 'As suas funções de diretório',
      mailbox: 'A caixa de correio da impressora',
    },
    outcome: {
      unreadable: '{check}: não foi possível ler com a sua conta',
      canRead:
        'É preciso a permissão delegada {permissions} (com consentimento de administrador) e uma destas funções: {roles}.',
      reportOnly: 'Política só de relatório: aplicar-se-ia se alguém a ativasse.',
      missing: 'Não existe nenhuma conta {subject} neste tenant.',
      unlicensed: '{subject} não tem licença do Exchange Online.',
      roles:
        'As suas funções: {roles}. Para consentir em nome da organização é preciso ser Administrador Global ou Administrador de Aplicações na Nuvem.',
      noRoles:
        'Não tem nenhuma função de diretório. Para consentir em nome da organização é preciso ser Administrador Global ou Administrador de Aplicações na Nuvem.',
      policy: 'Política “{subject}”: {reasons}',
    },
    reason: {
      block: 'bloqueia o início de sessão',
      'device-code': 'bloqueia o fluxo de código de dispositivo com que a impressora inicia sessão',
      'legacy-clients': 'abrange clientes antigos (Exchange ActiveSync, outros clientes)',
      mfa: 'exige autenticação multifator',
      device: 'exige um dispositivo em conformidade ou associado ao domínio',
      'may-apply':
        'está atribuída a grupos, funções ou utilizadores específicos: verifique se a conta da impressora está entre eles',
    },
    cannotTell: {
      heading: 'O que o Microsoft Graph não consegue dizer',
      text: 'Se o SMTP AUTH está ativo na organização e na caixa de correio da impressora não consta do Microsoft Graph. Verifique no PowerShell do Exchange Online:',
      proof:
        'Ou deixe que a impressora o prove: o email de teste do agente inicia sessão e envia por SMTP AUTH tal como a impressora.',
    },
  },
});
