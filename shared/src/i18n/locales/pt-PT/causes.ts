import type { Shape } from '../../define.ts';
import type domain from '../../messages/causes.ts';

const messages: Shape<(typeof domain)['en']> = {
  cause: {
    'smtp-auth-disabled': {
      title: 'O SMTP AUTH está desativado',
      explanation:
        'O Exchange Online recusa SMTP autenticado para esta caixa de correio ou para toda a organização. Nos tenants (inquilinos) criados depois de janeiro de 2020 vem desativado, e a definição da caixa de correio prevalece sobre a da organização.',
      remedy: [
        'Centro de administração do Microsoft 365 > Users > Active users > a conta da impressora > Mail > Manage email apps: marque "Authenticated SMTP" e confirme com Save.',
        'Ou, no PowerShell do Exchange Online, para essa caixa de correio: Set-CASMailbox -Identity <conta> -SmtpClientAuthenticationDisabled $false',
        'Se também estiver desativado para a organização: Set-TransportConfig -SmtpClientAuthenticationDisabled $false (Centro de administração do Exchange > Settings > Mail flow: desmarque "Turn off SMTP AUTH protocol for your organization").',
        'As predefinições de segurança (security defaults) também bloqueiam o SMTP AUTH: confirme que estão desativadas (Centro de administração do Entra > Overview > Properties > Manage security defaults).',
        'As alterações podem demorar até uma hora a aplicar-se; depois envie novamente um e-mail de teste.',
      ],
    },
    'security-defaults-on': {
      title: 'As predefinições de segurança bloqueiam o SMTP AUTH',
      explanation:
        'Com as predefinições de segurança (security defaults) ativas, o Microsoft Entra ID bloqueia o início de sessão por SMTP usado pela impressora, seja qual for a definição da caixa de correio.',
      remedy: [
        'Centro de administração do Microsoft Entra > Identity > Overview > Properties > Manage security defaults: escolha Disabled (é preciso um Administrador Global).',
        'Proteja a organização com políticas de Acesso Condicional em vez disso, excluindo apenas o que a impressora precisa.',
        'Depois ative o SMTP AUTH para a caixa de correio da impressora (Set-CASMailbox -Identity <conta> -SmtpClientAuthenticationDisabled $false).',
      ],
    },
    'conditional-access-blocked': {
      title: 'Uma política de Acesso Condicional bloqueou o início de sessão',
      explanation:
        'O Microsoft Entra ID avaliou uma política de Acesso Condicional (localização, dispositivo, aplicação cliente, risco) e recusou o início de sessão.',
      remedy: [
        'Centro de administração do Microsoft Entra > Identity > Monitoring & health > Sign-in logs: abra o início de sessão falhado e veja no painel Conditional Access qual a política aplicada.',
        'Ajuste essa política ou exclua dela a conta da impressora (de preferência com uma política própria, mais restrita).',
        'Inicie sessão de novo no Web Config (Rede > Servidor de e-mail > Básico > Iniciar sessão).',
      ],
    },
    'ca-blocks-device-code': {
      title: 'O Acesso Condicional bloqueia o fluxo de código de dispositivo',
      explanation:
        'A impressora inicia sessão com um código de dispositivo. Uma política de Acesso Condicional com a condição "Authentication flows" (Device code flow) bloqueia esse tipo de início de sessão.',
      remedy: [
        'Sign-in logs: abra o início de sessão falhado, painel Conditional Access, e encontre a política que bloqueia "Device code flow".',
        'Exclua dessa política a conta do administrador da impressora enquanto inicia a sessão da impressora, ou limite o âmbito da política para que esse início de sessão seja permitido.',
        'Inicie sessão de novo no Web Config (Rede > Servidor de e-mail > Básico > Iniciar sessão) e volte depois a aplicar a política como a organização exigir.',
      ],
    },
    'mfa-required': {
      title: 'É necessária a autenticação multifator',
      explanation:
        'A conta tem de concluir a autenticação multifator (ou configurá-la) antes de ser emitido um token.',
      remedy: [
        'Comece de novo o início de sessão e conclua o pedido de autenticação multifator na janela do navegador aberta para o código.',
        'Se a conta nunca configurou um segundo fator, configure-o primeiro em https://aka.ms/mfasetup.',
        'Se o pedido não puder ser satisfeito a partir daqui, veja nos Sign-in logs do Entra que política o exige.',
      ],
    },
    'consent-missing': {
      title: 'A aplicação não tem consentimento nesta organização',
      explanation:
        'Ninguém consentiu as permissões da aplicação (enviar e-mail em nome da conta) para este tenant, ou a conta não está atribuída à aplicação.',
      remedy: [
        'Inicie sessão de novo com uma conta de administrador e, na página de permissões, marque "Consentimento em nome da organização" ("Consent on behalf of your organization") e clique em Aceitar.',
        'Ou conceda-o no Centro de administração do Microsoft Entra > Enterprise applications > a aplicação > Permissions > Grant admin consent.',
        'Se a aplicação exigir atribuição: Enterprise applications > a aplicação > Users and groups: adicione a conta da impressora.',
      ],
    },
    'admin-role-missing': {
      title: 'A conta não tem a função de administrador necessária para consentir',
      explanation:
        'O consentimento em nome da organização exige um Administrador Global (guia da Epson) ou, pelo menos, um Administrador de Aplicações na Nuvem (Cloud Application Administrator).',
      remedy: [
        'Inicie sessão com uma conta com a função Global Administrator ou Cloud Application Administrator.',
        'Ou peça a esse administrador que conceda antes o consentimento de administrador à aplicação (Enterprise applications > a aplicação > Permissions).',
      ],
    },
    'sign-in-expired': {
      title: 'A sessão expirou',
      explanation:
        'O token de acesso e o token de atualização deixaram de ser válidos: a impressora não foi usada durante muito tempo (os tokens de atualização caducam após cerca de 90 dias sem uso), a palavra-passe foi alterada ou redefinida, ou um administrador ou uma política de frequência de início de sessão revogou a sessão.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: clique em Iniciar sessão e conclua de novo o início de sessão.',
        'Clique em OK para que a impressora guarde o novo início de sessão.',
        'Se voltar a expirar, verifique as políticas de frequência de início de sessão do Acesso Condicional e se a palavra-passe dessa conta foi redefinida.',
      ],
    },
    'sign-in-required': {
      title: 'A impressora não tem sessão iniciada no serviço de e-mail',
      explanation:
        'O OAuth2 está selecionado, mas a impressora não tem sessão iniciada e por isso não consegue enviar e-mail.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2, Serviço de e-mail = Microsoft Exchange Online (ou Outlook.com).',
        'Clique em Iniciar sessão e depois em Iniciar sessão com a Microsoft; abra o URL apresentado e introduza o código.',
        'Inicie sessão com uma conta de administrador e aceite (marque "Consentimento em nome da organização").',
        'De volta ao Web Config, confirme que o Estado actual indica Sessão iniciada e clique em OK.',
      ],
    },
    'signed-in-not-saved': {
      title: 'O início de sessão não foi guardado na impressora',
      explanation:
        'O Web Config mostra Sessão iniciada, mas as definições nunca foram enviadas para a impressora, por isso a própria impressora não tem sessão iniciada.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: se o Estado actual indicar Sessão iniciada, clique em OK no fundo da página.',
        'Envie um e-mail de teste (Servidor de e-mail > Teste de ligação) para confirmar.',
      ],
    },
    'sender-mismatch': {
      title: 'O endereço do remetente é diferente da conta com sessão iniciada',
      explanation:
        'O Exchange Online só permite que uma conta envie com o seu próprio endereço, a menos que tenha a permissão Enviar como (Send As) sobre o outro endereço.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: torne o Endereço de e-mail do remetente igual à Conta autenticada.',
        'Ou conceda à conta Send As sobre a outra caixa de correio (Centro de administração do Exchange > Recipients > Mailboxes > a caixa de correio > Delegation > Send as).',
      ],
    },
    'send-throttled': {
      title: 'O envio está temporariamente limitado',
      explanation:
        'O Exchange Online abrandou ou suspendeu o envio desta conta, por exemplo após recusas repetidas de envio em nome de outro endereço ou por exceder os limites de envio.',
      remedy: [
        'Corrija primeiro a causa (normalmente o endereço do remetente: torne-o igual à conta com sessão iniciada).',
        'Aguarde antes de tentar de novo: a limitação termina sozinha, muitas vezes numa hora, às vezes até 24 horas.',
      ],
    },
    'token-rejected': {
      title: 'O Exchange Online recusou o token de início de sessão',
      explanation:
        'O servidor SMTP recusou o token XOAUTH2: pode ter sido emitido para o público (audience) ou âmbito errado, indicar uma conta diferente da do token, ou ser recusado porque o SMTP AUTH está desativado ou se aplica uma política.',
      remedy: [
        'Confirme que o SMTP AUTH está ativo para a caixa de correio (Centro de administração do Microsoft 365 > Users > Active users > a conta > Mail > Manage email apps > Authenticated SMTP).',
        'Confirme que a conta mostrada no Web Config é a que iniciou sessão e que a caixa de correio tem licença.',
        'Inicie sessão de novo no Web Config (Rede > Servidor de e-mail > Básico > Iniciar sessão) e clique em OK.',
        'Nas suas próprias ferramentas: peça o âmbito https://outlook.office.com/SMTP.Send; o aud do token tem de ser https://outlook.office.com.',
      ],
    },
    'token-audience': {
      title: 'O token foi emitido para outro serviço',
      explanation:
        'O SMTP precisa de um token para o Exchange Online (https://outlook.office.com). Um token para o Microsoft Graph ou outro recurso é recusado com 535 5.7.3.',
      remedy: [
        'Peça o âmbito https://outlook.office.com/SMTP.Send (e offline_access), sem nenhum âmbito do Graph no mesmo pedido.',
        'Dê à aplicação a permissão delegada SMTP.Send de Office 365 Exchange Online e conceda o consentimento de administrador.',
      ],
    },
    'not-authenticated': {
      title: 'O dispositivo não se autenticou',
      explanation:
        'O servidor recebeu o e-mail sem qualquer autenticação: o dispositivo não enviou o comando AUTH, ou tentou antes do STARTTLS.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2 e inicie sessão.',
        'Ligação segura = STARTTLS, Número da porta do servidor SMTP = 587.',
        'Clique em OK e envie um e-mail de teste.',
      ],
    },
    'tls-too-old': {
      title: 'O dispositivo usa TLS 1.0 ou 1.1',
      explanation: 'O Exchange Online só aceita SMTP AUTH com TLS 1.2 ou posterior.',
      remedy: [
        'Atualize o firmware da impressora para uma versão com suporte de TLS 1.2.',
        'Entretanto, a Microsoft disponibiliza smtp-legacy.office365.com para esses dispositivos depois de executar Set-TransportConfig -AllowLegacyTLSClients $true.',
      ],
    },
    'basic-auth-rejected': {
      title: 'A autenticação por palavra-passe (básica) é recusada',
      explanation:
        'O Exchange Online já não aceita nome de conta e palavra-passe para envio por SMTP; o dispositivo tem de usar OAuth 2.0.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: escolha OAuth2 como Método de autenticação e inicie sessão.',
        'Se o OAuth2 não for oferecido, atualize o firmware da impressora.',
      ],
    },
    'ip-blocked': {
      title: 'A Microsoft não aceita tráfego deste endereço IP',
      explanation:
        'O Exchange Online recusou a ligação por causa da reputação do endereço IP de envio; é típico de tenants novos ou de avaliação.',
      remedy: [
        'Abra um pedido de suporte no Microsoft 365 (Centro de administração > Support) com a resposta completa.',
        'Entretanto, envie a partir de outra rede ou aguarde que o tenant esteja totalmente pronto.',
      ],
    },
    'mailbox-unlicensed': {
      title: 'A caixa de correio de envio não tem licença',
      explanation:
        'O Exchange Online só deixa enviar com SMTP AUTH a partir de uma caixa de correio com licença.',
      remedy: [
        'Centro de administração do Microsoft 365 > Users > Active users > a conta > Licenses and apps: atribua uma licença que inclua o Exchange Online.',
        'Aguarde que a caixa de correio fique pronta e envie de novo um e-mail de teste.',
      ],
    },
    'wrong-server': {
      title: 'O endereço do servidor SMTP não é o da Microsoft',
      explanation:
        'O Exchange Online espera smtp.office365.com; as contas pessoais Outlook.com esperam smtp-mail.outlook.com.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Endereço do servidor SMTP = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Clique em OK.',
      ],
    },
    'wrong-port': {
      title: 'A porta SMTP não é a 587',
      explanation:
        'O envio com SMTP AUTH para o Exchange Online só funciona na porta 587; a porta 465 não é suportada.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Número da porta do servidor SMTP = 587.',
        'Clique em OK.',
      ],
    },
    'wrong-secure-connection': {
      title: 'A ligação segura não é STARTTLS',
      explanation:
        'Na porta 587, o Exchange Online começa sem cifra e passa a TLS com STARTTLS; SSL/TLS desde o início, ou nenhuma cifra, falha.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Ligação segura = STARTTLS.',
        'Clique em OK.',
      ],
    },
    'service-unreachable': {
      title: 'Não é possível chegar ao serviço de e-mail',
      explanation:
        'A ligação ao serviço de e-mail ou de nuvem falhou: a resolução de nomes, o encaminhamento, uma firewall ou um proxy impediu-a, ou o serviço não respondeu.',
      remedy: [
        'Verifique as definições de rede da impressora: endereço IP, gateway e servidor DNS (Estado da rede no Web Config, ou a folha de estado).',
        'Confirme que a rede deixa a impressora chegar a smtp.office365.com na porta TCP 587 e a login.microsoftonline.com na 443.',
        'Execute Servidor de e-mail > Teste de ligação no Web Config e tente de novo.',
      ],
    },
    'certificate-invalid': {
      title: 'Não foi possível verificar o certificado do servidor',
      explanation:
        'O certificado TLS não foi validado: o certificado raiz falta ou está desatualizado, o certificado expirou, o nome não corresponde, ou algo pelo meio se interpõe na ligação.',
      remedy: [
        'Web Config > Segurança de rede > Certificado CA / Atualização do certificado raiz: atualize os certificados raiz.',
        'Confirme que a data e a hora da impressora estão certas.',
        'Confirme que nenhum proxy ou firewall substitui o certificado e que o Endereço do servidor SMTP é exatamente o nome do serviço.',
      ],
    },
    'certificate-validation-disabled': {
      title: 'A validação de certificados está desativada',
      explanation:
        'A impressora liga-se sem verificar o certificado do servidor de e-mail, por isso não distingue o servidor verdadeiro de um impostor.',
      remedy: [
        'Atualize primeiro os certificados raiz (Web Config > Segurança de rede > Atualização do certificado raiz).',
        'Depois, Web Config > Rede > Servidor de e-mail > Básico: Validação de certificado = Ativar, e clique em OK.',
      ],
    },
    'app-not-found': {
      title: 'A aplicação não foi encontrada no tenant',
      explanation:
        'O ID de cliente não é conhecido no tenant onde decorreu o início de sessão, ou a aplicação está desativada: ID de cliente errado, tenant errado, ou aplicação não ativada para esse tipo de conta.',
      remedy: [
        'Compare o ID de cliente com Centro de administração do Microsoft Entra > App registrations > a aplicação > Overview (Application (client) ID).',
        'Verifique o ID ou domínio do tenant (diretório) usado no início de sessão.',
        'As contas Outlook.com precisam de uma aplicação cujos tipos de conta suportados incluam contas Microsoft pessoais.',
      ],
    },
    'wrong-tenant-endpoint': {
      title: 'O início de sessão usou o ponto de acesso de tenant errado',
      explanation:
        'O tenant no URL de início de sessão não corresponde à aplicação ou à conta: uma aplicação de tenant único usada com /common, um tenant mal escrito, ou uma conta de outro diretório.',
      remedy: [
        'Use o ponto de acesso do próprio tenant: https://login.microsoftonline.com/<ID ou domínio do tenant>/.',
        'Verifique se o nome ou ID do tenant tem erros e se a conta pertence a esse tenant.',
      ],
    },
    'public-client-disabled': {
      title: 'Os fluxos de cliente público estão desativados na aplicação',
      explanation:
        'O fluxo de código de dispositivo exige que a aplicação (App registration) permita fluxos de cliente público; caso contrário, o Entra ID pede um segredo de cliente que o dispositivo não tem.',
      remedy: [
        'Centro de administração do Microsoft Entra > App registrations > a aplicação > Authentication > Advanced settings: defina "Allow public client flows" como Yes e confirme com Save.',
      ],
    },
    'client-secret-sent': {
      title: 'Um cliente público enviou um segredo de cliente',
      explanation:
        'A aplicação está registada como cliente público, mas o pedido levava um segredo ou asserção de cliente, que o Entra ID recusa.',
      remedy: [
        'Retire o segredo de cliente da configuração da ferramenta que inicia a sessão.',
        'Mantenha "Allow public client flows" ativo para o início de sessão com código de dispositivo.',
      ],
    },
    'device-code-expired': {
      title: 'O código de início de sessão expirou',
      explanation:
        'O código apresentado para o início de sessão é válido durante cerca de 15 minutos, e esse tempo passou.',
      remedy: ['Comece de novo o início de sessão e introduza logo o novo código.'],
    },
    'device-code-declined': {
      title: 'O início de sessão foi recusado',
      explanation: 'Quem iniciava a sessão cancelou, ou recusou as permissões pedidas pela aplicação.',
      remedy: [
        'Comece de novo o início de sessão e, na página de permissões, clique em Aceitar.',
        'Se as permissões forem recusadas de propósito, peça a um administrador que conceda o consentimento de administrador.',
      ],
    },
    'transient-server-error': {
      title: 'Erro temporário do servidor',
      explanation:
        'O servidor indicou um problema temporário; segundo esta resposta, nada está errado nas definições.',
      remedy: [
        'Tente de novo daqui a alguns minutos.',
        'Se persistir, consulte a página de estado de funcionamento (service health) do Microsoft 365.',
      ],
    },
    'additional-network-unsupported': {
      title: 'O OAuth 2.0 só funciona na rede padrão',
      explanation:
        'Nos modelos com redes adicionais, o e-mail com OAuth 2.0 só funciona na rede padrão (guia da Epson).',
      remedy: [
        'Ligue a impressora de modo que o e-mail saia pela rede padrão.',
        'Depois inicie sessão de novo no Web Config (Rede > Servidor de e-mail > Básico).',
      ],
    },
    'oauth-not-supported': {
      title: 'Esta impressora não oferece OAuth 2.0',
      explanation:
        'A lista Método de autenticação não tem OAuth2, por isso a impressora, tal como está, não consegue iniciar sessão no Exchange Online.',
      remedy: [
        'Primeiro atualize o firmware da impressora: o firmware mais recente acrescenta OAuth2 em Rede > Servidor de e-mail > Básico.',
        'Se nenhuma atualização o acrescentar, use o envio direto (direct send) da Microsoft: SMTP para o anfitrião MX do seu domínio na porta 25, sem autenticação, só para destinatários dentro da organização.',
        'Ou reencaminhe através de um conector do Exchange Online que identifique a rede da impressora pelo endereço IP público fixo ou por um certificado.',
      ],
    },
    'credentials-invalid': {
      title: 'A conta ou a palavra-passe foi recusada',
      explanation:
        'O Entra ID não aceitou o nome da conta ou a palavra-passe: um erro de escrita, uma conta que não existe neste diretório, uma palavra-passe expirada, ou uma conta desativada ou bloqueada.',
      remedy: [
        'Verifique o nome da conta (o endereço completo) e escreva de novo a palavra-passe.',
        'No Centro de administração do Microsoft 365 > Users > Active users, confirme que a conta existe e não está impedida de iniciar sessão, e redefina a palavra-passe se for preciso.',
      ],
    },
  },
  jobCode: {
    undocumented:
      'Código de erro {code}: o guia OAuth 2.0 da Epson não documenta este código. Procure-o no manual da impressora (a lista de códigos apresentados no menu Estado da tarefa).',
  },
  explain: {
    noCause: 'Nenhuma causa conhecida reconhecida.',
    source: 'Fonte: {source}',
    matched: 'Correspondência: {evidence}',
    emptyInput: 'Nada para explicar: indique um texto, ou - para o ler da entrada padrão.',
    badLang: 'Idioma desconhecido "{lang}". Use um destes: {langs}.',
    description:
      'Explicar um texto de erro (resposta SMTP, erro de início de sessão, código ou mensagem Epson): causas prováveis e o que fazer',
    textArgument: 'textos de erro a explicar; - lê um da entrada padrão',
    jsonOption: 'escrever uma linha JSON por texto',
    langOption: 'idioma dos títulos e das soluções: {langs}',
  },
};

export default messages;
