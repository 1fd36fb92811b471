import type { Shape } from '../../define.ts';
import type domain from '../../messages/tenant.ts';

const messages: Shape<(typeof domain)['en']> = {
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
  registrationMissing:
    '“Verificar o meu inquilino (tenant)” inicia sessão com o registo de aplicação que o agente usa, e ainda não se conhece nenhum. Execute isto no computador onde o agente corre, emparelhe este navegador com o agente (acima) e volte a esta página:',
  setupCommand: 'npx wcoa setup',
  registrationFromAgent:
    'Inicia sessão com o registo de aplicação que o agente configurou (ID de cliente {clientId}).',
  registrationFromPolicy:
    'Inicia sessão com o registo de aplicação que a sua equipa de TI definiu por política (ID de cliente {clientId}).',
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
      'Ou deixe que a impressora o prove: o e-mail de teste do agente inicia sessão e envia por SMTP AUTH tal como a impressora.',
  },
};
export default messages;
