import { defineMessages } from '../define.ts';

/**
 * What the CLI says while installing and setting up: `wcoa setup` (the app registration), `wcoa
 * service` (start at login), `wcoa doctor` and the first-run guidance of `wcoa start`. pt is
 * written for Portugal and Brazil alike (impersonal forms).
 */
export default defineMessages({
  en: {
    extension: {
      name: 'Web Config OAuth Assistant',
      description: 'Guides Epson Web Config through OAuth 2.0 mail setup for Exchange Online, and tests it.',
    },
    setup: {
      description:
        'create or repair the Entra app registration wcoa uses (sign in as an administrator with a device code)',
      tenantOption: 'tenant id or domain to sign in to (default: the config, else your organisation)',
      extensionIdOption:
        'the extension id whose tenant check may sign in (default: from WCOA_EXTENSION_KEY; see README "Pinned extension id")',
      badExtensionId: '"{value}" is not an extension id (32 letters a to p).',
      signIn:
        'Sign in as an administrator of your Microsoft 365 organisation: open {url} and enter the code {code}.',
      signedIn: 'Signed in as {account} (tenant {tenant}).',
      signInFailed: 'The sign-in did not complete: {reason}',
      nothingToDo: 'Nothing to change: the app registration "{name}" ({clientId}) is set up.',
      willDo: 'wcoa setup will now:',
      done: 'Done:',
      noExtensionId:
        'No extension id given: the tenant check in the browser cannot sign in until you run wcoa setup --extension-id <id> (the id is on chrome://extensions).',
      plan: {
        createApp:
          'create the app registration "{name}" (public client flows on; Exchange Online SMTP.Send; Microsoft Graph {graph})',
        fixApp: 'update the app registration {clientId}: {changes}',
        publicClient: 'turn on public client flows',
        addRedirect: 'add the redirect URI {uri}',
        addPermissions: 'add the permissions {permissions}',
        createPrincipal: 'create its service principal (the app in your organisation)',
        grant: 'grant consent for the whole organisation: {resource} {scopes}',
        writeConfig: 'write clientId {clientId} and tenant {tenant} to {config}',
      },
      did: {
        createApp: 'created the app registration "{name}": client id {clientId}',
        fixApp: 'updated the app registration {clientId}',
        createPrincipal: 'created the service principal {id}',
        grant: 'granted {resource} {scopes} for the organisation',
        writeConfig: 'wrote clientId and tenant to {config}',
      },
      missingRole:
        'Microsoft Graph refused to {step}: {message}. This needs one of these roles: {roles}. Ask someone who holds one to run "wcoa setup", or follow the README\'s portal steps ("Register the Entra app").',
      graphError: 'Microsoft Graph answered {status} to {step}: {message}',
      unreachable: 'Cannot reach {url}: {reason}',
      restart: 'Restart the agent to use the new client id (wcoa service restarts it at login).',
    },
    service: {
      description: 'start the agent at login: install, uninstall or show the service',
      installDescription: 'write and enable the service (systemd user unit, launchd agent or scheduled task)',
      uninstallDescription: 'disable and remove the service',
      statusDescription: 'show whether the service is installed and running',
      installed: 'Installed {kind}: {file}',
      enabled: 'Enabled: the agent starts at login (and now).',
      enableFailed: 'Written, but "{command}" failed: {reason}. Run it yourself once the session allows it.',
      uninstalled: 'Removed {file}.',
      notInstalled: 'No service installed ({file} does not exist).',
      statusInstalled: 'Installed: {file}',
      statusState: 'State: {state}',
      unsupported: 'No service support for {platform}: start the agent with "wcoa start".',
    },
    doctor: {
      description: 'check each link from Node to a signed-in account and say what to do next',
      node: 'Node.js {version}',
      nodeOld: 'Node.js {version} is older than {wanted}: install a current LTS from nodejs.org',
      agentUp: 'Agent {version} listening on port {port}',
      agentDown: 'No agent running: start it with "wcoa start" (or "wcoa service install" for every login)',
      paired: '{count} extension(s) paired',
      notPaired: 'No extension paired: run "wcoa pair" and enter the code in the extension\'s options',
      appSet: 'App registration {clientId} (tenant {tenant}) answers the identity platform',
      appMissing: 'No app registration configured: run "wcoa setup"',
      appBroken: 'The app registration {clientId} does not work: {reason}. Run "wcoa setup" to repair it',
      smtpOk: 'SMTP {host}:{port} offers STARTTLS and XOAUTH2',
      smtpBad: 'SMTP {host}:{port}: {reason}',
      accountOk: 'Account {email} is signed in',
      accountMissing: 'No account signed in: run "wcoa signin --email <the printer\'s mailbox>"',
      skipped: '{what}: not checked without a running agent',
      what: { pairing: 'Pairing', smtp: 'SMTP endpoint', account: 'Signed-in account' },
      allGood: 'Everything is ready: send a test mail with "wcoa test-mail --from <mailbox>".',
      next: 'Next: {action}',
    },
    firstRun: {
      heading: 'Next steps:',
      extension:
        '1. Load the extension: open chrome://extensions (or edge://extensions), turn on Developer mode, "Load unpacked" and choose {dir}.',
      extensionNotBuilt:
        '1. Build the extension with "npm run build", then load {dir} in chrome://extensions (Developer mode, "Load unpacked").',
      extensionPacked: '1. Install the browser extension (docs/install.md, step 5).',
      pairing:
        '2. In the extension\'s options, enter the pairing code {code} (valid 5 minutes; "wcoa pair" for another).',
      appReady: '3. App registration: set up (client id {clientId}).',
      appMissing: '3. App registration: not set up. Run "wcoa setup" in another terminal.',
      more: 'Checklist at any time: wcoa doctor',
    },
  },
  pt: {
    extension: {
      name: 'Web Config OAuth Assistant',
      description:
        'Guia o Web Config da Epson na configuração do correio OAuth 2.0 para o Exchange Online, e testa-a.',
    },
    setup: {
      description:
        'criar ou reparar o registo de aplicação Entra que o wcoa usa (início de sessão de administrador com código de dispositivo)',
      tenantOption:
        'id ou domínio do inquilino onde iniciar sessão (por omissão: a configuração, senão a organização)',
      extensionIdOption:
        'o id da extensão cuja verificação do inquilino pode iniciar sessão (por omissão: de WCOA_EXTENSION_KEY; ver README "Pinned extension id")',
      badExtensionId: '"{value}" não é um id de extensão (32 letras de a a p).',
      signIn:
        'Inicie sessão como administrador da organização Microsoft 365: abra {url} e introduza o código {code}.',
      signedIn: 'Sessão iniciada como {account} (inquilino {tenant}).',
      signInFailed: 'O início de sessão não foi concluído: {reason}',
      nothingToDo: 'Nada a mudar: o registo de aplicação "{name}" ({clientId}) está configurado.',
      willDo: 'O wcoa setup vai agora:',
      done: 'Feito:',
      noExtensionId:
        'Nenhum id de extensão indicado: a verificação do inquilino no navegador só poderá iniciar sessão depois de executar wcoa setup --extension-id <id> (o id aparece em chrome://extensions).',
      plan: {
        createApp:
          'criar o registo de aplicação "{name}" (fluxos de cliente público ativos; SMTP.Send do Exchange Online; Microsoft Graph {graph})',
        fixApp: 'atualizar o registo de aplicação {clientId}: {changes}',
        publicClient: 'ativar os fluxos de cliente público',
        addRedirect: 'acrescentar o URI de redirecionamento {uri}',
        addPermissions: 'acrescentar as permissões {permissions}',
        createPrincipal: 'criar o respetivo principal de serviço (a aplicação na organização)',
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
        'O Microsoft Graph recusou {step}: {message}. É preciso uma destas funções: {roles}. Peça a quem tenha uma que execute "wcoa setup", ou siga os passos no portal do README ("Register the Entra app").',
      graphError: 'O Microsoft Graph respondeu {status} a {step}: {message}',
      unreachable: 'Não foi possível contactar {url}: {reason}',
      restart:
        'Reinicie o agente para usar o novo id de cliente (o wcoa service reinicia-o ao iniciar sessão).',
    },
    service: {
      description: 'iniciar o agente com a sessão: instalar, desinstalar ou mostrar o serviço',
      installDescription:
        'escrever e ativar o serviço (unidade de utilizador systemd, agente launchd ou tarefa agendada)',
      uninstallDescription: 'desativar e remover o serviço',
      statusDescription: 'mostrar se o serviço está instalado e em execução',
      installed: '{kind} instalado: {file}',
      enabled: 'Ativado: o agente inicia com a sessão (e já agora).',
      enableFailed: 'Escrito, mas "{command}" falhou: {reason}. Execute-o quando a sessão o permitir.',
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
        'Nenhum agente em execução: inicie-o com "wcoa start" (ou "wcoa service install" para cada sessão)',
      paired: '{count} extensão(ões) emparelhada(s)',
      notPaired:
        'Nenhuma extensão emparelhada: execute "wcoa pair" e introduza o código nas opções da extensão',
      appSet: 'O registo de aplicação {clientId} (inquilino {tenant}) responde à plataforma de identidade',
      appMissing: 'Nenhum registo de aplicação configurado: execute "wcoa setup"',
      appBroken:
        'O registo de aplicação {clientId} não funciona: {reason}. Execute "wcoa setup" para o reparar',
      smtpOk: 'SMTP {host}:{port} oferece STARTTLS e XOAUTH2',
      smtpBad: 'SMTP {host}:{port}: {reason}',
      accountOk: 'A conta {email} tem sessão iniciada',
      accountMissing:
        'Nenhuma conta com sessão iniciada: execute "wcoa signin --email <caixa de correio da impressora>"',
      skipped: '{what}: não verificado sem um agente em execução',
      what: { pairing: 'Emparelhamento', smtp: 'Servidor SMTP', account: 'Conta com sessão iniciada' },
      allGood: 'Tudo pronto: envie um correio de teste com "wcoa test-mail --from <caixa de correio>".',
      next: 'A seguir: {action}',
    },
    firstRun: {
      heading: 'Próximos passos:',
      extension:
        '1. Carregue a extensão: abra chrome://extensions (ou edge://extensions), ative o modo de programador, "Carregar expandida" e escolha {dir}.',
      extensionNotBuilt:
        '1. Construa a extensão com "npm run build" e carregue {dir} em chrome://extensions (modo de programador, "Carregar expandida").',
      extensionPacked: '1. Instale a extensão do navegador (docs/install.md, passo 5).',
      pairing:
        '2. Nas opções da extensão, introduza o código de emparelhamento {code} (válido 5 minutos; "wcoa pair" para outro).',
      appReady: '3. Registo de aplicação: configurado (id de cliente {clientId}).',
      appMissing: '3. Registo de aplicação: por configurar. Execute "wcoa setup" noutro terminal.',
      more: 'Lista de verificação a qualquer momento: wcoa doctor',
    },
  },
});
