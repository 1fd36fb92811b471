import type { Shape } from '../../define.ts';
import type domain from '../../messages/install.ts';

const messages: Shape<(typeof domain)['en']> = {
  extension: {
    name: 'Web Config OAuth Assistant',
    description:
      'Orienta a configuração do e-mail OAuth 2.0 para o Exchange Online no Web Config da Epson e a testa.',
  },
  setup: {
    description:
      'criar ou reparar o registro de aplicativo Entra que o wcoa usa (login de administrador com código de dispositivo)',
    tenantOption:
      'ID ou domínio do tenant em que entrar (padrão: o da configuração, senão a sua organização)',
    extensionIdOption:
      'o ID da extensão cuja verificação do tenant pode fazer login (padrão: a partir de WCOA_EXTENSION_KEY; veja o README "Pinned extension id")',
    badExtensionId: '"{value}" não é um ID de extensão (32 letras de a a p).',
    signIn: 'Entre como administrador da sua organização Microsoft 365: abra {url} e insira o código {code}.',
    signedIn: 'Conectado como {account} (tenant {tenant}).',
    signInFailed: 'O login não foi concluído: {reason}',
    nothingToDo: 'Nada a mudar: o registro de aplicativo "{name}" ({clientId}) está configurado.',
    willDo: 'O wcoa setup vai agora:',
    done: 'Feito:',
    noExtensionId:
      'Nenhum ID de extensão informado: a verificação do tenant no navegador só poderá fazer login depois que você executar wcoa setup --extension-id <id> (o ID aparece em chrome://extensions).',
    plan: {
      createApp:
        'criar o registro de aplicativo "{name}" (fluxos de cliente público ativados; SMTP.Send do Exchange Online; Microsoft Graph {graph})',
      fixApp: 'atualizar o registro de aplicativo {clientId}: {changes}',
      publicClient: 'ativar os fluxos de cliente público',
      addRedirect: 'adicionar o URI de redirecionamento {uri}',
      addPermissions: 'adicionar as permissões {permissions}',
      createPrincipal: 'criar a entidade de serviço dele (o aplicativo na sua organização)',
      grant: 'conceder consentimento para toda a organização: {resource} {scopes}',
      writeConfig: 'gravar clientId {clientId} e tenant {tenant} em {config}',
    },
    did: {
      createApp: 'registro de aplicativo "{name}" criado: ID de cliente {clientId}',
      fixApp: 'registro de aplicativo {clientId} atualizado',
      createPrincipal: 'entidade de serviço {id} criada',
      grant: 'consentimento de {resource} {scopes} concedido para a organização',
      writeConfig: 'clientId e tenant gravados em {config}',
    },
    missingRole:
      'O Microsoft Graph recusou {step}: {message}. Isso exige uma destas funções: {roles}. Peça a alguém que tenha uma delas para executar "wcoa setup", ou siga os passos no portal descritos no README ("Register the Entra app").',
    graphError: 'O Microsoft Graph respondeu {status} a {step}: {message}',
    unreachable: 'Não foi possível acessar {url}: {reason}',
    restart: 'Reinicie o agente para usar o novo ID de cliente (o wcoa service o reinicia no logon).',
  },
  service: {
    description: 'iniciar o agente no logon: instalar, desinstalar ou mostrar o serviço',
    installDescription:
      'gravar e ativar o serviço (unidade de usuário do systemd, agente do launchd ou tarefa agendada)',
    uninstallDescription: 'desativar e remover o serviço',
    statusDescription: 'mostrar se o serviço está instalado e em execução',
    installed: '{kind} instalado: {file}',
    enabled: 'Ativado: o agente inicia no logon (e já foi iniciado agora).',
    enableFailed: 'Gravado, mas "{command}" falhou: {reason}. Execute-o você mesmo quando a sessão permitir.',
    uninstalled: '{file} removido.',
    notInstalled: 'Nenhum serviço instalado ({file} não existe).',
    statusInstalled: 'Instalado: {file}',
    statusState: 'Estado: {state}',
    unsupported: 'Sem suporte a serviço para {platform}: inicie o agente com "wcoa start".',
  },
  doctor: {
    description: 'verificar cada elo, do Node até uma conta conectada, e dizer o que fazer em seguida',
    node: 'Node.js {version}',
    nodeOld: 'O Node.js {version} é anterior a {wanted}: instale uma versão LTS atual de nodejs.org',
    agentUp: 'Agente {version} escutando na porta {port}',
    agentDown:
      'Nenhum agente em execução: inicie-o com "wcoa start" (ou "wcoa service install" para iniciá-lo em todo logon)',
    paired: '{count} extensão(ões) pareada(s)',
    notPaired: 'Nenhuma extensão pareada: execute "wcoa pair" e insira o código nas opções da extensão',
    appSet: 'O registro de aplicativo {clientId} (tenant {tenant}) responde à plataforma de identidade',
    appMissing: 'Nenhum registro de aplicativo configurado: execute "wcoa setup"',
    appBroken:
      'O registro de aplicativo {clientId} não funciona: {reason}. Execute "wcoa setup" para repará-lo',
    smtpOk: 'SMTP {host}:{port} oferece STARTTLS e XOAUTH2',
    smtpBad: 'SMTP {host}:{port}: {reason}',
    accountOk: 'A conta {email} está conectada',
    accountMissing: 'Nenhuma conta conectada: execute "wcoa signin --email <caixa de correio da impressora>"',
    skipped: '{what}: não verificado sem um agente em execução',
    what: {
      pairing: 'Pareamento',
      smtp: 'Servidor SMTP',
      account: 'Conta conectada',
    },
    allGood: 'Tudo pronto: envie um e-mail de teste com "wcoa test-mail --from <caixa de correio>".',
    next: 'Em seguida: {action}',
  },
  firstRun: {
    heading: 'Próximos passos:',
    extension:
      '1. Carregue a extensão: abra chrome://extensions (ou edge://extensions), ative o Modo do desenvolvedor, clique em "Carregar sem compactação" e escolha {dir}.',
    extensionNotBuilt:
      '1. Compile a extensão com "npm run build" e depois carregue {dir} em chrome://extensions (Modo do desenvolvedor, "Carregar sem compactação").',
    extensionPacked: '1. Instale a extensão do navegador (docs/install.md, passo 5).',
    pairing:
      '2. Nas opções da extensão, insira o código de pareamento {code} (válido por 5 minutos; "wcoa pair" para gerar outro).',
    appReady: '3. Registro de aplicativo: configurado (ID de cliente {clientId}).',
    appMissing: '3. Registro de aplicativo: não configurado. Execute "wcoa setup" em outro terminal.',
    more: 'Lista de verificação a qualquer momento: wcoa doctor',
  },
};
export default messages;
