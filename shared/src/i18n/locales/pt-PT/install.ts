import type { Shape } from '../../define.ts';
import type domain from '../../messages/install.ts';

const messages: Shape<(typeof domain)['en']> = {
  extension: {
    name: 'Web Config OAuth Assistant',
    description:
      'Orienta a configuração do e-mail OAuth 2.0 para o Exchange Online no Web Config da Epson e testa-a.',
  },
  setup: {
    description:
      'criar ou reparar o registo de aplicação Entra que o wcoa usa (início de sessão de administrador com código de dispositivo)',
    tenantOption:
      'id ou domínio do tenant onde iniciar sessão (por omissão: o da configuração, senão a sua organização)',
    extensionIdOption:
      'o id da extensão cuja verificação do tenant pode iniciar sessão (por omissão: a partir de WCOA_EXTENSION_KEY; ver README "Pinned extension id")',
    badExtensionId: '"{value}" não é um id de extensão (32 letras de a a p).',
    signIn:
      'Inicie sessão como administrador da sua organização Microsoft 365: abra {url} e introduza o código {code}.',
    signedIn: 'Sessão iniciada como {account} (tenant {tenant}).',
    signInFailed: 'O início de sessão não foi concluído: {reason}',
    nothingToDo: 'Nada a mudar: o registo de aplicação "{name}" ({clientId}) está configurado.',
    willDo: 'O wcoa setup vai agora:',
    done: 'Feito:',
    noExtensionId:
      'Nenhum id de extensão indicado: a verificação do tenant no navegador só poderá iniciar sessão depois de executar wcoa setup --extension-id <id> (o id aparece em chrome://extensions).',
    plan: {
      createApp:
        'criar o registo de aplicação "{name}" (fluxos de cliente público ativos; SMTP.Send do Exchange Online; Microsoft Graph {graph})',
      fixApp: 'atualizar o registo de aplicação {clientId}: {changes}',
      publicClient: 'ativar os fluxos de cliente público',
      addRedirect: 'acrescentar o URI de redirecionamento {uri}',
      addPermissions: 'acrescentar as permissões {permissions}',
      createPrincipal: 'criar o respetivo principal de serviço (a aplicação na sua organização)',
      grant: 'conceder consentimento para toda a organização: {resource} {scopes}',
      writeConfig: 'gravar clientId {clientId} e tenant {tenant} em {config}',
    },
    did: {
      createApp: 'registo de aplicação "{name}" criado: id de cliente {clientId}',
      fixApp: 'registo de aplicação {clientId} atualizado',
      createPrincipal: 'principal de serviço {id} criado',
      grant: 'consentimento de {resource} {scopes} concedido para a organização',
      writeConfig: 'clientId e tenant gravados em {config}',
    },
    missingRole:
      'O Microsoft Graph recusou {step}: {message}. É preciso uma destas funções: {roles}. Peça a quem tenha uma que execute "wcoa setup", ou siga os passos no portal descritos no README ("Register the Entra app").',
    graphError: 'O Microsoft Graph respondeu {status} a {step}: {message}',
    unreachable: 'Não foi possível contactar {url}: {reason}',
    restart:
      'Reinicie o agente para usar o novo id de cliente (o wcoa service reinicia-o ao iniciar sessão no computador).',
  },
  service: {
    description: 'iniciar o agente com a sessão: instalar, desinstalar ou mostrar o serviço',
    installDescription:
      'escrever e ativar o serviço (unidade de utilizador systemd, agente launchd ou tarefa agendada)',
    uninstallDescription: 'desativar e remover o serviço',
    statusDescription: 'mostrar se o serviço está instalado e em execução',
    installed: '{kind} instalado: {file}',
    enabled: 'Ativado: o agente inicia com a sessão (e já foi iniciado agora).',
    enableFailed:
      'Escrito, mas "{command}" falhou: {reason}. Execute-o manualmente quando a sessão o permitir.',
    uninstalled: '{file} removido.',
    notInstalled: 'Nenhum serviço instalado ({file} não existe).',
    statusInstalled: 'Instalado: {file}',
    statusState: 'Estado: {state}',
    unsupported: 'Sem suporte de serviço para {platform}: inicie o agente com "wcoa start".',
  },
  doctor: {
    description: 'verificar cada elo, do Node a uma conta com sessão iniciada, e dizer o passo seguinte',
    node: 'Node.js {version}',
    nodeOld: 'O Node.js {version} é anterior a {wanted}: instale uma versão LTS atual de nodejs.org',
    agentUp: 'Agente {version} à escuta na porta {port}',
    agentDown:
      'Nenhum agente em execução: inicie-o com "wcoa start" (ou "wcoa service install" para o iniciar em cada sessão)',
    paired: '{count} extensão(ões) emparelhada(s)',
    notPaired:
      'Nenhuma extensão emparelhada: execute "wcoa pair" e introduza o código nas opções da extensão',
    appSet: 'O registo de aplicação {clientId} (tenant {tenant}) responde à plataforma de identidade',
    appMissing: 'Nenhum registo de aplicação configurado: execute "wcoa setup"',
    appBroken:
      'O registo de aplicação {clientId} não funciona: {reason}. Execute "wcoa setup" para o reparar',
    smtpOk: 'SMTP {host}:{port} oferece STARTTLS e XOAUTH2',
    smtpBad: 'SMTP {host}:{port}: {reason}',
    accountOk: 'A conta {email} tem sessão iniciada',
    accountMissing:
      'Nenhuma conta com sessão iniciada: execute "wcoa signin --email <caixa de correio da impressora>"',
    skipped: '{what}: não verificado sem um agente em execução',
    what: {
      pairing: 'Emparelhamento',
      smtp: 'Servidor SMTP',
      account: 'Conta com sessão iniciada',
    },
    allGood: 'Tudo pronto: envie um e-mail de teste com "wcoa test-mail --from <caixa de correio>".',
    next: 'A seguir: {action}',
  },
  firstRun: {
    heading: 'Próximos passos:',
    extension:
      '1. Carregue a extensão: abra chrome://extensions (ou edge://extensions), ative o modo de programador, "Carregar expandida" e escolha {dir}.',
    extensionNotBuilt:
      '1. Compile a extensão com "npm run build" e carregue {dir} em chrome://extensions (modo de programador, "Carregar expandida").',
    extensionPacked: '1. Instale a extensão do navegador (docs/install.md, passo 5).',
    pairing:
      '2. Nas opções da extensão, introduza o código de emparelhamento {code} (válido 5 minutos; "wcoa pair" para outro).',
    appReady: '3. Registo de aplicação: configurado (id de cliente {clientId}).',
    appMissing: '3. Registo de aplicação: por configurar. Execute "wcoa setup" noutro terminal.',
    more: 'Lista de verificação a qualquer momento: wcoa doctor',
  },
};
export default messages;
