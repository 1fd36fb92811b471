import type { Shape } from '../../define.ts';
import type domain from '../../messages/ui.ts';

const messages: Shape<(typeof domain)['en']> = {
  product: 'Web Config OAuth Assistant',
  pages: {
    'email-server-basic': 'Servidor de e-mail › Básico',
    'email-server-connection-test': 'Servidor de e-mail › Teste de comunicação',
    'fax-server-email': 'Servidor de fax › Definições do servidor de e-mail',
    'job-history': 'Histórico de trabalhos',
    'network-status': 'Estado da rede',
    'product-status': 'Estado do produto',
    login: 'Início de sessão do administrador',
    'print-admin-serverless': 'Epson Print Admin Serverless',
    'webconfig-other': 'Web Config',
    'not-webconfig': 'Não é uma página do Web Config',
  },
  overlay: {
    open: 'Abrir o assistente',
    collapse: 'Ocultar o assistente',
    guideHeading: 'Próximo passo',
    stepOf: 'Passo {n} de {total}',
    done: 'O início de sessão do e-mail está configurado nesta impressora.',
    outlineHint: 'O campo em causa está destacado na página.',
    hintsHeading: 'Pontos a verificar',
    checklistHeading: 'Antes de começar (lado do Microsoft 365)',
    checklistNote: 'Marque cada item quando estiver feito; fica guardado para esta impressora.',
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
      'Nada a configurar nesta página. As definições de e-mail estão em Rede › Servidor de e-mail › Básico.',
    afterBlocker: 'Depois: {step}',
    dock: {
      left: 'Mover o assistente para a esquerda',
      right: 'Mover o assistente para a direita',
    },
    showRow: 'Mostrar a linha',
  },
  deviceCode: {
    heading: 'Código de início de sessão Microsoft',
    instructions:
      'Copie o código, abra a página de início de sessão, cole o código e inicie sessão com uma conta de administrador. Depois marque “Consentir em nome da sua organização” e aceite.',
    copy: 'Copiar código',
    copied: 'Copiado',
    open: 'Abrir a página de início de sessão',
    expires: 'O código expira às {time}.',
    notMicrosoft:
      'Esta página mostra uma ligação de início de sessão que não é da Microsoft ({host}). Não inicie sessão aí: a página de início de sessão por código da Microsoft é https://microsoft.com/devicelogin.',
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
      'Um teste aprovado prova que a sua organização Microsoft 365 (tenant) aceita SMTP com OAuth (XOAUTH2) para esta caixa de correio, pelo mesmo servidor e com a mesma regra de remetente que a impressora usa. Não prova que a aplicação da Epson tem consentimento, nem que o Acesso Condicional a trata da mesma forma.',
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
    notSignedIn: 'O agente não tem nenhuma sessão iniciada para {account}.',
    signInOnAgent: 'Iniciar sessão no agente',
    signingIn: 'Aguarde: o início de sessão ainda não terminou…',
    signedInRetry: 'Sessão iniciada. Envie o teste de novo.',
    whichAccount:
      'O teste inicia sessão como a caixa de correio da impressora, {account} (o remetente), e não com a sua conta: quando a Microsoft pedir, use essa conta.',
    whyAgent:
      'O agente neste computador inicia sessão por conta própria: a impressora não partilha o seu início de sessão, por isso um e-mail de teste prova a caixa de correio e o tenant, não o início de sessão da própria impressora.',
    agentSignInFailed:
      'O início de sessão do próprio agente para {account} já não funciona (expirou ou foi revogado).',
    agentSignInNote:
      'Trata-se do início de sessão do agente neste computador, não do da impressora: a impressora não foi testada. Inicie sessão no agente de novo e envie o teste outra vez.',
    signInAgain: 'Iniciar sessão no agente de novo',
  },
  agent: {
    running: 'Agente em execução (versão {version})',
    down: 'O agente não está em execução neste computador.',
    downFix: 'Inicie-o na pasta do wcoa com:',
    startCommand: 'npm start',
    startCommandAlt: 'ou: npx wcoa start',
    notPaired: 'Este navegador não está emparelhado com o agente.',
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
    pairingHeading: 'Emparelhamento com o agente',
    pairingHelp:
      'O agente funciona neste computador e envia os e-mails de teste. Execute “npx wcoa pair” e insira o código que ele mostra.',
    codeLabel: 'Código de emparelhamento',
    portLabel: 'Porta do agente',
    pairButton: 'Emparelhar',
    pairing: 'Emparelhamento em curso…',
    pairedOk: 'Emparelhado com o agente na porta {port}.',
    codeInvalid:
      'Esse código não é válido ou expirou. Execute “npx wcoa pair” de novo e insira o novo código.',
    codeFormat: 'O código tem 8 caracteres, por exemplo {example}.',
    portInvalid: 'A porta é um número de 1 a 65535 (a predefinida do agente é {port}).',
    languageHeading: 'Idioma',
    languageAuto: 'Automático (o idioma do Web Config e depois o do navegador)',
    languageEn: 'English',
    languagePt: 'Português',
    printersHeading: 'Impressoras',
    printersHelp:
      'O assistente só funciona nas impressoras desta lista. Escreva o endereço da impressora (IP ou nome do anfitrião, http ou https).',
    addLabel: 'Endereço da impressora',
    addPlaceholder: '192.168.1.20 ou https://impressora.exemplo.local',
    addButton: 'Adicionar uma impressora',
    added: '{origin} adicionada. Abra ou recarregue a página do Web Config.',
    denied: 'O navegador não concedeu acesso a {origin}; não foi adicionada.',
    errors: {
      empty: 'Escreva o endereço da impressora, por exemplo 192.168.1.20.',
      scheme: 'Só se podem adicionar endereços http:// e https://.',
      invalid:
        'Isto não é um endereço IP nem um nome de anfitrião. Exemplo: 192.168.1.20 ou impressora.local.',
    },
    none: 'Ainda não há impressoras.',
    revoke: 'Remover',
    allSitesLabel: 'Funcionar em todos os sites http e https (para quem administra muitas impressoras)',
    allSitesHelp:
      'O navegador pede acesso a todos os sites; o assistente continua a aparecer só nas páginas do Web Config.',
    agentPortHeading: 'O agente está noutra porta?',
    agentPortHelp: 'Escreva a porta que o “npx wcoa start” indicou e procure de novo.',
    agentLookAgain: 'Procurar de novo',
    agentFound: 'Agente encontrado na porta {port}.',
    agentNotFound: 'Nenhum agente responde na porta {port}.',
    pairingNow: 'Agora: {state}',
    stateDown: 'o agente não está em execução na porta {port}',
    stateNotPaired: 'o agente está em execução na porta {port}, este navegador não está emparelhado',
    statePaired: 'emparelhado com o agente na porta {port}',
    endpointsHeading: 'Servidor de e-mail que as impressoras usam (além do da Microsoft)',
    endpointsHelp:
      'Só se as impressoras enviarem de propósito por outro servidor (um relay ou o emulador de um ambiente de teste): um “host:porta” por linha. O assistente deixa de assinalar esse servidor ou porta.',
    endpointsLabel: 'Servidores de e-mail esperados',
    endpointsSave: 'Guardar',
    endpointsSaved: 'Guardado.',
    endpointsInvalid: 'Não é um host nem host:porta: {line}',
    tour: {
      heading: 'Primeira vez? Uma visita rápida',
      panel:
        'Na página do Web Config de uma impressora, o assistente mostra um painel: o próximo passo da configuração OAuth, o que significam as mensagens da impressora e um e-mail de teste.',
      fold: 'O painel afasta-se ou recolhe-se sozinho num separador quando cobriria as mensagens, tabelas ou campos da impressora. Use ⇤ / ⇥ para o fixar à esquerda ou à direita e › para o recolher; cada impressora lembra a sua escolha.',
      options:
        'Estas opções estão sempre no ícone da extensão › Opções: emparelhamento com o agente, as suas impressoras, idioma.',
      done: 'Entendido',
    },
  },
  worker: {
    unknownMessage:
      'A extensão não conseguiu ler este pedido. Recarregue a página: se a extensão acabou de ser atualizada, isso carrega a nova versão.',
    notEnabled:
      'O assistente não está ativado nesta impressora. Clique no ícone da extensão nesta página e escolha “Ativar nesta impressora”.',
    pagesOnly:
      'A página de uma impressora não pode pedir “{type}”: só as páginas da própria extensão (a janela pop-up e as opções) o podem fazer.',
    printerOnly:
      '“{type}” pertence a uma impressora: só o assistente na página Web Config da impressora o envia.',
    memoryTooLarge:
      'As notas do guia para esta impressora excedem {max} bytes e não foram guardadas; o guia continua a partir do que a página mostra.',
    noPrinterOrigin:
      'O endereço desta página não é um endereço http:// ou https:// de uma impressora, por isso o agente não o pode associar a uma impressora.',
    notHttp:
      '“{origin}” não é um endereço http:// ou https://. Escreva o endereço da impressora tal como o navegador o mostra, por exemplo http://192.168.1.20.',
    unexpected:
      'A extensão encontrou um erro inesperado ({message}). Recarregue a página; se voltar a acontecer, recarregue a extensão na página de extensões do navegador.',
    noAnswer:
      'O service worker da extensão não respondeu ({message}). Recarregue a página; se voltar a acontecer, recarregue a extensão na página de extensões do navegador.',
    unexpectedReply:
      'O service worker da extensão respondeu de uma forma que esta página não entende. Recarregue a página: se a extensão acabou de ser atualizada, isso carrega a nova versão.',
  },
};
export default messages;
