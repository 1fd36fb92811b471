import type { Shape } from '../../define.ts';
import type domain from '../../messages/agent.ts';

const messages: Shape<(typeof domain)['en']> = {
  errors: {
    'forbidden-host': 'Este agente só responde em 127.0.0.1, localhost ou [::1], na sua própria porta.',
    'unsupported-media-type': 'O corpo do pedido tem de ser JSON (Content-Type: application/json).',
    'payload-too-large': 'O corpo do pedido ultrapassa 64 KiB.',
    'invalid-json': 'O corpo do pedido não é JSON válido.',
    'forbidden-origin':
      'Esta origem não está emparelhada com o agente. Execute "wcoa pair" e introduza o código nas opções da extensão.',
    unauthorized:
      'Token ausente ou incorreto. Emparelhe de novo a extensão ("wcoa pair") ou use a CLI com o mesmo --home do agente.',
    'rate-limited': 'Demasiados pedidos. Tente de novo dentro de {seconds} s.',
    'invalid-request': 'O pedido não é válido: {details}',
    'not-found': 'Nada aqui: {path}',
    'pairing-code-invalid':
      'O código de emparelhamento está errado, já foi usado ou expirou. Execute "wcoa pair" para obter outro.',
    'account-unknown':
      'O agente não tem a conta {account}. Inicie sessão primeiro: wcoa signin --email {account}',
    'account-not-signed-in':
      'A conta {account} não tem sessão iniciada ({state}). Inicie sessão de novo: wcoa signin --email {account}',
    'recipient-not-allowed':
      'O e-mail de teste vai para a própria conta; {to} não consta de testMail.allowedRecipients em {config} na pasta do agente.',
    'signin-not-configured':
      'O início de sessão precisa do client id da sua aplicação Entra: defina "clientId" em {config} ou WCOA_CLIENT_ID (README: "Register the Entra app").',
    'signin-failed': 'Não foi possível começar o início de sessão: {reason}',
    'smtp-host-not-allowed':
      'O agente só envia o seu token de acesso para os servidores SMTP da Microsoft ({allowed}), não para {host}. Se {host} estiver certo, acrescente-o a testMail.allowedSmtpHosts em {config}.',
    'printer-unknown':
      'O agente não viu nenhuma impressora "{id}". GET /v1/printers (ou `wcoa printers`) lista-as.',
    'sheet-unavailable': '{reason}',
    internal:
      'O agente encontrou um erro inesperado. O registo, {logs} na pasta do agente (o wcoa status mostra onde), tem mais detalhes.',
    'agent-down': 'O agente wcoa não está em execução. Inicie-o com: npx wcoa start',
    'not-paired':
      'A extensão não está emparelhada com o agente. Execute "npx wcoa pair" e introduza o código nas opções.',
    'printer-not-enabled': 'A extensão não está ativada nesta impressora.',
    'extension-reloaded':
      'A extensão foi atualizada ou recarregada com esta página aberta, e a página já não a consegue contactar. Recarregue a página para voltar a usar o assistente.',
  },
  validation: {
    lineBreak: '{field} tem de ocupar uma só linha, sem quebras de linha.',
    email: '{field} não é um endereço de e-mail válido.',
    required: '{field} é obrigatório.',
    date: '{field} não é uma data entre 2000 e hoje (ISO 8601 com fuso horário).',
    other: '{field}: {problem}',
  },
  config: {
    invalid: 'A configuração não é válida ({where}): {problems}',
    keyMismatch:
      'A chave guardada em {backend} não abre o armazenamento em {home}. Reponha a chave, ou mova o armazenamento para começar do zero.',
  },
  cli: {
    home: 'pasta do agente (se omitida: WCOA_HOME ou a pasta de dados da plataforma)',
    port: 'porta do agente (se omitida: WCOA_PORT ou {port})',
    startDescription: 'executa o agente no loopback (127.0.0.1 e [::1])',
    statusDescription: 'mostra o que corre e onde, onde está a chave, as contas e os clientes emparelhados',
    pairDescription: 'mostra um código de emparelhamento para a extensão (5 minutos, uso único)',
    clientsDescription: 'lista as extensões emparelhadas',
    revokeDescription: 'revoga uma extensão emparelhada pelo seu id',
    signinDescription: 'inicia sessão numa conta com o fluxo de código de dispositivo (SMTP.Send)',
    testMailDescription: 'envia um e-mail de teste com XOAUTH2 e mostra cada etapa',
    probeDescription: 'verifica um servidor SMTP: DNS, TCP, STARTTLS, TLS, mecanismos AUTH',
    badPort: '"{value}" não é uma porta: use um número de 0 a 65535.',
    badSmtp: '"{value}" não tem a forma HOST ou HOST:PORTA.',
    alreadyRunning: 'Já há um agente na porta {port} (pid {pid}). Pare-o primeiro ou use outra --port.',
    portInUse: 'A porta {port} está ocupada. Escolha outra com --port (0 escolhe uma livre).',
    notRunning: 'Nenhum agente em execução para {home}. Inicie um com: npx wcoa start',
    unreachable:
      'Não foi possível chegar ao agente em {url} ({reason}). O "wcoa start" está em execução com as mesmas --port e --home?',
    agentError: 'Resposta do agente: {message}',
    running: 'Agente {version}, pid {pid}, disponível em {listening}',
    homeLine: 'Pasta: {home}',
    backendLine: 'Chave do armazenamento guardada em: {backend}',
    signinLine: 'Início de sessão: client id {clientId}, autoridade {authority}',
    notConfigured: 'não definido',
    configured: 'definido',
    noAccounts: 'Nenhuma conta.',
    accountLine: '  {email} ({tenant}): {state}',
    accountCause: '    causa: {cause}',
    accountReason: '    porquê: {reason}',
    accountReasons: {
      'stored-sign-in-unreadable':
        'o início de sessão guardado falhou a verificação de integridade do armazenamento (foi alterado, ou selado com outra chave) e foi posto de parte; inicie sessão de novo: wcoa signin --email {account}',
    },
    clientsCount: 'Extensões emparelhadas: {count}',
    noClients: 'Nenhuma extensão emparelhada.',
    clientLine: '{id}  {name}  {origin}  emparelhada {created}  último uso {used}',
    never: 'nunca',
    revoked: 'Revogado: {id}.',
    noSuchClient: 'Nenhuma extensão emparelhada com o id {id}. "wcoa clients" lista-as.',
    signinPrompt:
      'Para iniciar sessão, abra {url} e introduza o código {code}. O código expira às {expires}.',
    signinWaiting: 'À espera de que o início de sessão termine…',
    signedIn: 'Sessão iniciada: {email}',
    signinFailed: 'O início de sessão falhou ({state}).',
    causeLine: '  {id}: {title}',
    stageOk: '  ✓ {stage} {ms}',
    stageFailed: '  ✗ {stage}',
    testMailOk: 'E-mail de teste aceite: {reply}',
    testMailFailed: 'O e-mail de teste falhou na etapa {stage}: {reply}',
    probeOk: 'O servidor {host}:{port} aceita STARTTLS e oferece XOAUTH2.',
    probeFailed: '{host}:{port}: a verificação parou em {stage}.',
    probeNoXoauth2: '{host}:{port} não oferece AUTH XOAUTH2 depois do STARTTLS.',
    tlsLine:
      '  TLS {version}, certificado para {subject} emitido por {issuer}, válido até {validTo} ({validity}), nome {nameMatch}',
    dayCount: '{days} dia',
    daysCount: '{days} dias',
    nameMatches: 'corresponde',
    nameDiffers: 'NÃO corresponde',
    authLine: '  AUTH depois do STARTTLS: {mechanisms}',
  },
  options: {
    json: 'mostra JSON (uma linha por resultado)',
    email: 'a caixa de correio em que se inicia sessão (a conta da impressora)',
    tenant: 'id ou domínio do tenant; organizations, ou consumers para Outlook.com',
    account: 'a conta com sessão iniciada que envia',
    from: "o remetente (o Sender's Email Address da impressora); se omitido: a conta",
    to: 'o destinatário: a própria conta, ou um de testMail.allowedRecipients',
    smtp: 'servidor SMTP como HOST:PORTA (se omitido, o da configuração: smtp.office365.com:587)',
    printer: 'associa o teste a esta impressora',
  },
  stages: {
    dns: 'DNS',
    connect: 'TCP',
    banner: 'saudação',
    ehlo: 'EHLO',
    starttls: 'STARTTLS',
    tls: 'TLS',
    auth: 'autenticação',
    sender: 'remetente',
    recipient: 'destinatário',
    data: 'mensagem',
    ok: 'concluído',
  },
  testMail: {
    subject: 'E-mail de teste wcoa: XOAUTH2 funciona para {account}',
    body: 'Esta mensagem foi enviada pelo agente do Web Config OAuth Assistant por SMTP com STARTTLS e AUTH XOAUTH2, como {account}, através de {server}, em {time}. Se chegou, o tenant aceita e-mail OAuth 2.0 desta conta.',
  },
  detect: {
    description: 'lê páginas do Web Config gravadas em HTML: tipo de página, modelo, idioma e campos',
    fileArgument:
      'páginas HTML gravadas de uma impressora (ou outra página, para confirmar que não é Web Config)',
    urlOption: 'o endereço de onde veio a página (apenas um indício de apoio)',
    jsonOption: 'uma linha JSON por página: { "file", …PageModel }',
    noFiles: 'Indique pelo menos uma página HTML: wcoa detect pagina.html',
    badUrl: '"{url}" não é um URL. Indique-o como http://HOST/CAMINHO, ou omita --url.',
    unreadable: 'Não foi possível ler {file}: {reason}.',
    notFound: 'não existe; confirme o caminho',
    denied: 'sem permissão de leitura',
    isFolder: 'é uma pasta; indique as páginas HTML que estão nela',
    notHtml:
      '{file} não é uma página HTML (não tem marcação). Grave a página no navegador como HTML e tente de novo.',
    tooLarge:
      '{file} tem {size} MB; o wcoa detect lê páginas até {limit} MB (uma página do Web Config é muito menor). Guarde só a página da impressora (apenas HTML, não a página completa) e tente de novo.',
    failedCount: 'Não foi possível ler {count} de {total} páginas.',
    page: 'página',
    vendor: 'fabricante',
    model: 'modelo',
    lang: 'idioma',
    signals: 'indícios',
    unknown: 'desconhecido',
    notEpson: 'não é Web Config da Epson',
    tooDeep:
      '{file} aninha os elementos a mais de {limit} níveis de profundidade, o que nenhuma página do Web Config faz; não é lida. Guarde de novo a página da impressora no navegador (apenas HTML).',
  },
};
export default messages;
