import type { Shape } from '../../define.ts';
import type domain from '../../messages/sheet.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Folha de Estado da Rede',
  printed: 'Impressa em {date}',
  notSeen: 'ainda não visto',
  seenOn: 'Conforme lido no Web Config em {date}',
  identity: {
    heading: 'Impressora',
    model: 'Modelo',
    serialNumber: 'Número de série',
    webConfig: 'Web Config',
    printerId: 'ID da impressora (wcoa)',
    firstSeen: 'Vista pela primeira vez',
  },
  network: {
    heading: 'Estado da Rede',
    deviceName: 'Nome do dispositivo',
    connection: 'Estado da conexão',
    ipAddress: 'Endereço IP',
    subnetMask: 'Máscara de sub-rede',
    gateway: 'Gateway padrão',
    dns: 'Servidor DNS',
    ipv6: 'Endereço IPv6',
    macAddress: 'Endereço MAC',
    ssid: 'SSID',
  },
  email: {
    heading: 'Servidor de e-mail',
    authMethod: 'Método de autenticação',
    emailService: 'Serviço de e-mail',
    currentStatus: 'Estado actual',
    account: 'Conta',
    sender: 'Endereço de e-mail do remetente',
    smtpServer: 'Endereço do servidor SMTP',
    smtpPort: 'Número da porta do servidor SMTP',
    secureConnection: 'Conexão segura',
    certificateValidation: 'Validação de certificado',
  },
  values: {
    off: 'Desativado',
    smtpAuth: 'SMTP AUTH',
    popBeforeSmtp: 'POP antes de SMTP',
    oauth2: 'OAuth 2.0',
    exchangeOnline: 'Microsoft Exchange Online',
    outlookCom: 'Outlook.com',
    signedIn: 'Sessão iniciada',
    notSignedIn: 'Sessão não iniciada',
    none: 'Nenhuma',
    starttls: 'STARTTLS',
    sslTls: 'SSL/TLS',
    enable: 'Ativar',
    disable: 'Desativar',
    yes: 'Sim',
    no: 'Não',
  },
  jobs: {
    heading: 'Histórico de trabalhos',
    codes: 'Códigos de erro (mais recentes primeiro)',
    noErrors: 'Nenhum código de erro listado',
  },
  beyond: {
    heading: 'O que a folha da própria impressora não mostra',
  },
  testMail: {
    heading: 'Último e-mail de teste (agente wcoa)',
    result: 'Resultado',
    delivered: 'Entregue',
    failedAt: 'Falhou na etapa: {stage}',
    sent: 'Enviado',
    route: 'De → Para',
    server: 'Servidor SMTP',
    reply: 'Resposta do servidor',
    proves:
      'Um e-mail de teste entregue prova que o tenant aceita e-mails XOAUTH2 desta caixa de correio pelo mesmo servidor e remetente da impressora; não prova que a aplicação da Epson tem consentimento.',
  },
  probe: {
    heading: 'Verificação do servidor SMTP',
    server: 'Servidor',
    checked: 'Verificado',
    tlsVersion: 'Versão do TLS',
    certificateExpiry: 'O certificado expira',
    daysLeft: '{date} (faltam {days} dias)',
    expired: '{date} (expirado)',
    xoauth2: 'XOAUTH2 oferecido',
  },
  token: {
    heading: 'Início de sessão neste computador (agente wcoa)',
    account: 'Conta',
    state: 'Estado',
    states: {
      signingIn: 'Início de sessão em curso',
      signedIn: 'Sessão iniciada',
      expired: 'Expirada: inicie sessão novamente',
      failed: 'Falhou',
    },
    accessTokenExpires: 'Token de acesso válido até',
    lastRefresh: 'Última renovação do token',
    daysAgo: '{date} (há {days} dias)',
    noAccount: 'O agente não tem sessão iniciada para {account}',
  },
  mail: {
    heading: 'Atividade de e-mail',
    lastMail: 'Último e-mail enviado com sucesso pela impressora',
    lastTestMail: 'Último e-mail de teste do agente',
    clocks:
      'Dois relógios: o início de sessão da impressora caduca após 90 dias sem e-mail enviado pela própria impressora (o seu histórico de trabalhos). O e-mail de teste do agente usa o início de sessão do próprio agente; prova o tenant, mas não reinicia os 90 dias da impressora.',
    source: 'Origem',
    sources: {
      jobHistory: 'o histórico de trabalhos da impressora',
      testMail: 'um e-mail de teste do wcoa (não um e-mail da própria impressora)',
    },
    daysSince: 'Dias desde então',
    lapse: 'Expiração do token',
    lapseOk: 'A sessão da impressora expira após {lapse} dias sem e-mails: faltam {left} dias',
    lapseWarning:
      'Sem e-mails há {days} dias: a sessão da impressora expira aos {lapse} dias. Envie agora um e-mail a partir da impressora.',
    lapsed:
      'Sem e-mails há {days} dias: a sessão da impressora expirou (após {lapse} dias). Inicie sessão novamente no Web Config.',
  },
  causes: {
    heading: 'Causas e soluções',
    none: 'Nenhum problema encontrado no que foi visto',
    fromPage: 'Configurações do servidor de e-mail',
    fromTestMail: 'Último e-mail de teste',
    fromJobs: 'Histórico de trabalhos',
    source: 'Fonte: {source}',
    passwordPrinters:
      '{count} impressora(s) que o agente viu enviar pelo Exchange Online ou Outlook.com com palavra-passe: isso deixa de funcionar por predefinição no fim de dezembro de 2026. Passe-as para OAuth 2.0.',
  },
  footer:
    'Gerada pelo Web Config OAuth Assistant {version}. Os valores indicados como “ainda não visto” não constavam de nenhuma página do Web Config lida pela extensão.',
  view: {
    heading: 'Impressoras',
    seenHeading: 'Como o agente as viu pela última vez',
    intro: 'Todas as impressoras cujas páginas do Web Config a extensão leu, como o agente as guarda.',
    empty: 'Ainda nenhuma impressora vista. Abra o Web Config de uma impressora com a extensão ativada nela.',
    refresh: 'Atualizar',
    columns: {
      printer: 'Impressora',
      oauth: 'OAuth 2.0',
      lastMail: 'Último e-mail com sucesso',
      actions: 'Abrir',
    },
    oauth: {
      signedIn: 'Sessão iniciada',
      notSignedIn: 'Sessão não iniciada',
      otherMethod: 'Outro método',
      notSeen: 'Ainda não visto',
    },
    methods: {
      off: 'Desligado',
      'smtp-auth': 'SMTP-AUTH',
      'pop-before-smtp': 'POP antes de SMTP',
      oauth2: 'OAuth2',
    },
    lastMail: '{date}, há {days} dias ({source})',
    sources: {
      jobHistory: 'histórico de trabalhos',
      testMail: 'e-mail de teste',
    },
    noMail: 'ainda nenhum visto',
    warning:
      'Sem e-mails há {days} dias. A sessão da impressora expira após {lapse} dias sem e-mails: envie um agora.',
    lapsed:
      'Sem e-mails há {days} dias: a sessão da impressora expirou. Inicie sessão novamente no Web Config.',
    webConfig: 'Web Config',
    sheet: 'Folha de estado',
    loadFailed: 'Não foi possível ler as impressoras do agente: {message}',
    passwordPrinters:
      '{count} destas impressoras enviam pelo Exchange Online ou Outlook.com com palavra-passe (SMTP-AUTH): a Microsoft desliga isso por predefinição no fim de dezembro de 2026. Passe-as para OAuth 2.0.',
    passwordRow:
      'Início de sessão por palavra-passe: desligado por predefinição a partir do fim de dezembro de 2026',
    pager: {
      range: 'Impressoras {from}–{to} de {total}',
      previous: 'Anteriores',
      next: 'Seguintes',
    },
  },
  page: {
    title: 'Folha de estado',
    loading: 'Leitura da folha do agente em curso…',
    print: 'Imprimir',
    pdf: 'Exportar PDF',
    noPrinter: 'O agente ainda não viu esta impressora. Abra primeiro uma das páginas do Web Config dela.',
    failed: 'Não foi possível obter a folha do agente: {message}',
  },
  cli: {
    printersDescription: 'lista as impressoras que a extensão viu, com o estado do OAuth e o último e-mail',
    sheetDescription: 'a folha de estado da rede de uma impressora (HTML na saída, ou um PDF)',
    printerArg: 'ID da impressora, endereço do Web Config, IP, MAC, número de série ou nome do dispositivo',
    pdfOption: 'grava um PDF neste caminho em vez de HTML na saída',
    langOption: 'idioma da folha (en, pt-PT, pt-BR, es, fr…); se omitido, o do terminal',
    jsonOption: 'mostra a lista em JSON',
    badLang: 'Idioma desconhecido "{value}": use um dos que o wcoa inclui (en, pt-PT, pt-BR, es, fr…).',
    noPrinters:
      'Ainda nenhuma impressora vista: abra o Web Config de uma impressora com a extensão ativada nela.',
    noSuchPrinter:
      'Nenhuma impressora corresponde a "{ref}". Execute `wcoa printers` para as listar e indique o ID ou o endereço.',
    header: ['ID', 'IMPRESSORA', 'ENDEREÇO', 'OAUTH 2.0', 'ÚLTIMO EMAIL', 'DIAS'],
    pdfWritten: 'Folha gravada em {file}',
    cannotWrite: 'Não é possível gravar {file}: {reason}',
  },
  errors: {
    noChromium:
      'Nenhum Chromium encontrado para imprimir o PDF. Instale-o (Debian/Ubuntu: sudo apt-get install chromium) ou indique o caminho em WCOA_CHROMIUM.',
    chromiumMissing:
      'WCOA_CHROMIUM aponta para {path}, que não existe. Corrija o caminho ou remova a variável.',
    pdfFailed: 'O Chromium não conseguiu imprimir a folha: {reason}',
  },
};
export default messages;
