import type { Shape } from '../../define.ts';
import type domain from '../../messages/ui.ts';

const messages: Shape<(typeof domain)['en']> = {
  product: 'Web Config OAuth Assistant',
  pages: {
    'email-server-basic': 'Servidor de e-mail › Básico',
    'email-server-connection-test': 'Servidor de e-mail › Teste de comunicação',
    'fax-server-email': 'Servidor de fax › Configurações do servidor de e-mail',
    'job-history': 'Histórico de trabalhos',
    'network-status': 'Status da rede',
    'product-status': 'Estado do produto',
    login: 'Login do administrador',
    'print-admin-serverless': 'Epson Print Admin Serverless',
    'webconfig-other': 'Web Config',
    'not-webconfig': 'Não é uma página do Web Config',
  },
  overlay: {
    open: 'Abrir o assistente',
    collapse: 'Ocultar o assistente',
    guideHeading: 'Próximo passo',
    stepOf: 'Passo {n} de {total}',
    done: 'O login do e-mail está configurado nesta impressora.',
    outlineHint: 'O campo em causa está destacado na página.',
    hintsHeading: 'Pontos verificando',
    checklistHeading: 'Antes de começar (lado do Microsoft 365)',
    checklistNote: 'Marque cada item quando estiver feito; fica salvo para esta impressora.',
    messagesHeading: 'O que a impressora indica',
    jobHistoryHeading: 'Códigos de erro neste histórico',
    jobHistoryNone: 'Nenhum código de erro de e-mail ou da nuvem neste histórico.',
    codeLabel: 'Código {code}',
    codeUnknown:
      'Não conseguimos explicar o código {code} com certeza. Consulte o manual da impressora (lista de códigos de erro).',
    rowCount: '{count}×',
    oauthMissing: 'A página desta impressora não oferece o método OAuth2.',
    fieldsHeading: 'Como a página o mostra',
    noGuideHere:
      'Nada a configurar nesta página. As configurações de e-mail estão em Rede › Servidor de e-mail › Básico.',
    afterBlocker: 'Depois: {step}',
    dock: {
      left: 'Mover o assistente para a esquerda',
      right: 'Mover o assistente para a direita',
    },
    showRow: 'Mostrar a linha',
  },
  deviceCode: {
    heading: 'Código de login Microsoft',
    instructions:
      'Copie o código, abra a página de login, cole o código e entre com uma conta de administrador. Depois marque “Consentir em nome da sua organização” e aceite.',
    copy: 'Copiar código',
    copied: 'Copiado',
    open: 'Abrir a página de login',
    expires: 'O código expira às {time}.',
    notMicrosoft:
      'Esta página mostra um link de login que não é da Microsoft ({host}). Não entre por ele: a página de login por código de dispositivo da Microsoft é https://microsoft.com/devicelogin.',
  },
  testMail: {
    heading: 'E-mail de teste',
    button: 'Enviar um e-mail de teste',
    sending: 'Envio em curso…',
    needAccount: 'Preencha primeiro a conta (conta autenticada ou endereço de e-mail do remetente).',
    from: 'De {from} para {to} através de {server}',
    passed: 'Aprovado: a Microsoft aceitou a mensagem.',
    failed: 'Falhou em: {stage}',
    proves:
      'Um teste aprovado prova que a sua organização Microsoft 365 (tenant) aceita SMTP com OAuth (XOAUTH2) para esta caixa de correio, pelo mesmo servidor e com a mesma regra de remetente que a impressora usa. Não prova que o aplicativo da Epson tem consentimento, nem que o Acesso Condicional a trata da mesma forma.',
    stages: {
      dns: 'Resolução do nome',
      connect: 'Comunicação',
      tls: 'Proteção STARTTLS (TLS)',
      auth: 'Autenticação (XOAUTH2)',
      sender: 'Remetente',
      recipient: 'Destinatário',
      data: 'Mensagem',
      ok: 'Entregue',
    },
    transcript: 'Diálogo SMTP',
    causesHeading: 'Causas prováveis',
    notSignedIn: 'O agente não está conectado com {account}.',
    signInOnAgent: 'Entrar no agente',
    signingIn: 'Aguarde: o login ainda não terminou…',
    signedInRetry: 'Conectado. Envie o teste de novo.',
    whichAccount:
      'O teste entra como a caixa de correio da impressora, {account} (o remetente), e não como você: quando a Microsoft pedir, use essa conta.',
    whyAgent:
      'O agente neste computador faz o próprio login: a impressora não compartilha o login dela, por isso um e-mail de teste comprova a caixa de correio e o tenant, não o login da própria impressora.',
    agentSignInFailed:
      'O login do próprio agente para {account} não funciona mais (expirou ou foi revogado).',
    agentSignInNote:
      'Este é o login do agente neste computador, não o da impressora: a impressora não foi testada. Entre no agente de novo e envie o teste outra vez.',
    signInAgain: 'Entrar no agente de novo',
  },
  agent: {
    running: 'Agente em execução (versão {version})',
    down: 'O agente não está em execução neste computador.',
    downFix: 'Inicie-o na pasta do wcoa com:',
    startCommand: 'npm start',
    startCommandAlt: 'ou: npx wcoa start',
    notPaired: 'Este navegador não está pareado com o agente.',
    notPairedFix: 'Execute este comando e insira o código nas opções da extensão:',
    pairCommand: 'npx wcoa pair',
    paired: 'Emparelhado',
    error: 'O agente respondeu com um erro: {message}',
    notEnabled: 'O assistente não está ativado nesta impressora.',
  },
  popup: {
    thisPage: 'Esta página',
    detecting: 'Análise da página em curso…',
    notWebConfig: 'Esta página não é do Web Config da Epson.',
    cannotRead: 'Não é possível ler esta página (página do navegador ou documento local).',
    enable: 'Ativar nesta impressora',
    enabled: 'Ativado nesta impressora.',
    enableDenied: 'A permissão não foi concedida; o assistente continua desativado nesta impressora.',
    options: 'Opções',
    model: 'Modelo: {model}',
    reload: 'Recarregue a página para ver o assistente.',
  },
  options: {
    title: 'Web Config OAuth Assistant: opções',
    pairingHeading: 'Pareamento com o agente',
    pairingHelp:
      'O agente funciona neste computador e envia os e-mails de teste. Execute “npx wcoa pair” e insira o código que ele mostra.',
    codeLabel: 'Código de pareamento',
    portLabel: 'Porta do agente',
    pairButton: 'Parear',
    pairing: 'Pareamento em curso…',
    pairedOk: 'Emparelhado com o agente na porta {port}.',
    codeInvalid:
      'Esse código não é válido ou expirou. Execute “npx wcoa pair” de novo e insira o novo código.',
    codeFormat: 'O código tem 8 caracteres, por exemplo {example}.',
    portInvalid: 'A porta é um número de 1 a 65535 (a padrão do agente é {port}).',
    languageHeading: 'Idioma',
    languageAuto: 'Automático (o idioma do Web Config e depois o do navegador)',
    languageEn: 'English',
    languagePt: 'Português',
    printersHeading: 'Impressoras',
    printersHelp:
      'O assistente só funciona nas impressoras desta lista. Escreva o endereço da impressora (IP ou nome do host, http ou https).',
    addLabel: 'Endereço da impressora',
    addPlaceholder: '192.168.1.20 ou https://impressora.exemplo.local',
    addButton: 'Adicionar uma impressora',
    added: '{origin} adicionada. Abra ou recarregue a página do Web Config.',
    denied: 'O navegador não concedeu acesso a {origin}; não foi adicionada.',
    errors: {
      empty: 'Escreva o endereço da impressora, por exemplo 192.168.1.20.',
      scheme: 'Só se podem adicionar endereços http:// e https://.',
      invalid: 'Isto não é um endereço IP nem um nome de host. Exemplo: 192.168.1.20 ou impressora.local.',
    },
    none: 'Ainda não há impressoras.',
    revoke: 'Remover',
    allSitesLabel: 'Funcionar em todos os sites http e https (para quem administra muitas impressoras)',
    allSitesHelp:
      'O navegador pede acesso a todos os sites; o assistente continua a aparecer só nas páginas do Web Config.',
    agentPortHeading: 'O agente está em outra porta?',
    agentPortHelp: 'Digite a porta que o “npx wcoa start” mostrou e procure de novo.',
    agentLookAgain: 'Procurar de novo',
    agentFound: 'Agente encontrado na porta {port}.',
    agentNotFound: 'Nenhum agente responde na porta {port}.',
    pairingNow: 'Agora: {state}',
    stateDown: 'o agente não está em execução na porta {port}',
    stateNotPaired: 'o agente está em execução na porta {port}, este navegador não está pareado',
    statePaired: 'pareado com o agente na porta {port}',
    endpointsHeading: 'Servidor de e-mail que as impressoras usam (além do da Microsoft)',
    endpointsHelp:
      'Só se as suas impressoras enviarem de propósito por outro servidor (um relay, ou o emulador de um ambiente de teste): um “host:porta” por linha. O assistente deixa de sinalizar esse servidor ou porta.',
    endpointsLabel: 'Servidores de e-mail esperados',
    endpointsSave: 'Salvar',
    endpointsSaved: 'Salvo.',
    endpointsInvalid: 'Não é um host nem host:porta: {line}',
    tour: {
      heading: 'Primeira vez aqui? Um tour rápido',
      panel:
        'Na página do Web Config de uma impressora, o assistente mostra um painel: o próximo passo da configuração OAuth, o que as mensagens da impressora significam e um e-mail de teste.',
      fold: 'O painel se afasta ou se recolhe numa aba sozinho quando cobriria as mensagens, tabelas ou campos da impressora. Use ⇤ / ⇥ para fixá-lo à esquerda ou à direita e › para recolhê-lo; cada impressora lembra a sua escolha.',
      options:
        'Estas opções estão sempre no ícone da extensão › Opções: pareamento com o agente, suas impressoras, idioma.',
      done: 'Entendi',
    },
  },
  worker: {
    unknownMessage:
      'A extensão não conseguiu ler esta solicitação. Recarregue a página: se a extensão acabou de ser atualizada, isso carrega a nova versão.',
    notEnabled:
      'O assistente não está ativado nesta impressora. Clique no ícone da extensão nesta página e escolha “Ativar nesta impressora”.',
    pagesOnly:
      'A página de uma impressora não pode pedir “{type}”: só as páginas da própria extensão (o pop-up e as opções) podem.',
    printerOnly:
      '“{type}” pertence a uma impressora: só o assistente na página Web Config da impressora envia isso.',
    memoryTooLarge:
      'As anotações do guia para esta impressora passam de {max} bytes e não foram salvas; o guia continua a partir do que a página mostra.',
    noPrinterOrigin:
      'O endereço desta página não é um endereço http:// ou https:// de impressora, então o agente não pode associá-lo a uma impressora.',
    notHttp:
      '“{origin}” não é um endereço http:// ou https://. Digite o endereço da impressora como o navegador mostra, por exemplo http://192.168.1.20.',
    unexpected:
      'A extensão encontrou um erro inesperado ({message}). Recarregue a página; se acontecer de novo, recarregue a extensão na página de extensões do navegador.',
    noAnswer:
      'O service worker da extensão não respondeu ({message}). Recarregue a página; se acontecer de novo, recarregue a extensão na página de extensões do navegador.',
    unexpectedReply:
      'O service worker da extensão respondeu de um jeito que esta página não entende. Recarregue a página: se a extensão acabou de ser atualizada, isso carrega a nova versão.',
  },
};
export default messages;
