import type { Shape } from '../../define.ts';
import type domain from '../../messages/causes.ts';

const messages: Shape<(typeof domain)['en']> = {
  cause: {
    'smtp-auth-disabled': {
      title: 'O SMTP AUTH está desativado',
      explanation:
        'O Exchange Online recusa SMTP autenticado para esta caixa de correio ou para toda a organização. Nos tenants (locatários) criados depois de janeiro de 2020 vem desativado, e a configuração da caixa de correio prevalece sobre a da organização.',
      remedy: [
        'Centro de administração do Microsoft 365 > Users > Active users > a conta da impressora > Mail > Manage email apps: marque "Authenticated SMTP" e confirme com Save.',
        'Ou, no PowerShell do Exchange Online, para essa caixa de correio: Set-CASMailbox -Identity <conta> -SmtpClientAuthenticationDisabled $false',
        'Se também estiver desativado para a organização: Set-TransportConfig -SmtpClientAuthenticationDisabled $false (Centro de administração do Exchange > Settings > Mail flow: desmarque "Turn off SMTP AUTH protocol for your organization").',
        'Os padrões de segurança (security defaults) também bloqueiam o SMTP AUTH: confirme que estão desativadas (Centro de administração do Entra > Overview > Properties > Manage security defaults).',
        'As alterações podem demorar até uma hora a aplicar-se; depois envie novamente um e-mail de teste.',
      ],
    },
    'security-defaults-on': {
      title: 'Os padrões de segurança bloqueiam o SMTP AUTH',
      explanation:
        'Com os padrões de segurança (security defaults) ativos, o Microsoft Entra ID bloqueia o login por SMTP usado pela impressora, seja qual for a configuração da caixa de correio.',
      remedy: [
        'Centro de administração do Microsoft Entra > Identity > Overview > Properties > Manage security defaults: escolha Disabled (é preciso um Administrador Global).',
        'Proteja a organização com políticas de Acesso Condicional em vez disso, excluindo apenas o que a impressora precisa.',
        'Depois ative o SMTP AUTH para a caixa de correio da impressora (Set-CASMailbox -Identity <conta> -SmtpClientAuthenticationDisabled $false).',
      ],
    },
    'conditional-access-blocked': {
      title: 'Uma política de Acesso Condicional bloqueou o login',
      explanation:
        'O Microsoft Entra ID avaliou uma política de Acesso Condicional (localização, dispositivo, aplicativo cliente, risco) e recusou o login.',
      remedy: [
        'Centro de administração do Microsoft Entra > Identity > Monitoring & health > Sign-in logs: abra o login com falha e veja no painel Conditional Access qual a política aplicada.',
        'Ajuste essa política ou exclua dela a conta da impressora (de preferência com uma política própria, mais restrita).',
        'Entre de novo no Web Config (Rede > Servidor de e-mail > Básico > Entrar).',
      ],
    },
    'ca-blocks-device-code': {
      title: 'O Acesso Condicional bloqueia o fluxo de código de dispositivo',
      explanation:
        'A impressora entra com um código de dispositivo. Uma política de Acesso Condicional com a condição "Authentication flows" (Device code flow) bloqueia esse tipo de login.',
      remedy: [
        'Sign-in logs: abra o login com falha, painel Conditional Access, e encontre a política que bloqueia "Device code flow".',
        'Exclua dessa política a conta do administrador da impressora enquanto entra da impressora, ou limite o âmbito da política para que esse login seja permitido.',
        'Entre de novo no Web Config (Rede > Servidor de e-mail > Básico > Entrar) e volte depois a aplicar a política como a organização exigir.',
      ],
    },
    'mfa-required': {
      title: 'É necessária a autenticação multifator',
      explanation:
        'A conta tem de concluir a autenticação multifator (ou configurá-la) antes de ser emitido um token.',
      remedy: [
        'Comece de novo o login e conclua o pedido de autenticação multifator na janela do navegador aberta para o código.',
        'Se a conta nunca configurou um segundo fator, configure-o primeiro em https://aka.ms/mfasetup.',
        'Se o pedido não puder ser satisfeito a partir daqui, veja nos Sign-in logs do Entra que política o exige.',
      ],
    },
    'consent-missing': {
      title: 'O aplicativo não tem consentimento nesta organização',
      explanation:
        'Ninguém consentiu as permissões do aplicativo (enviar e-mail em nome da conta) para este tenant, ou a conta não está atribuída ao aplicativo.',
      remedy: [
        'Entre de novo com uma conta de administrador e, na página de permissões, marque "Consentimento em nome da organização" ("Consent on behalf of your organization") e clique em Aceitar.',
        'Ou conceda-o no Centro de administração do Microsoft Entra > Enterprise applications > o aplicativo > Permissions > Grant admin consent.',
        'Se o aplicativo exigir atribuição: Enterprise applications > o aplicativo > Users and groups: adicione a conta da impressora.',
      ],
    },
    'admin-role-missing': {
      title: 'A conta não tem a função de administrador necessária para consentir',
      explanation:
        'O consentimento em nome da organização exige um Administrador Global (guia da Epson) ou, pelo menos, um Administrador de Aplicativos de Nuvem (Cloud Application Administrator).',
      remedy: [
        'Entre com uma conta com a função Global Administrator ou Cloud Application Administrator.',
        'Ou peça a esse administrador que conceda antes o consentimento de administrador ao aplicativo (Enterprise applications > o aplicativo > Permissions).',
      ],
    },
    'sign-in-expired': {
      title: 'A sessão expirou',
      explanation:
        'O token de acesso e o token de atualização deixaram de ser válidos: a impressora não foi usada durante muito tempo (os tokens de atualização expiram após cerca de 90 dias sem uso), a senha foi alterada ou redefinida, ou um administrador ou uma política de frequência de login revogou a sessão.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: clique em Entrar e conclua de novo o login.',
        'Clique em OK para que a impressora salve o novo login.',
        'Se voltar a expirar, verifique as políticas de frequência de login do Acesso Condicional e se a senha dessa conta foi redefinida.',
      ],
    },
    'sign-in-required': {
      title: 'A impressora não está conectada no serviço de e-mail',
      explanation:
        'O OAuth2 está selecionado, mas a impressora não está conectada e por isso não consegue enviar e-mail.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2, Serviço de e-mail = Microsoft Exchange Online (ou Outlook.com).',
        'Clique em Entrar e depois em Entrar com a Microsoft; abra o URL apresentado e insira o código.',
        'Entre com uma conta de administrador e aceite (marque "Consentimento em nome da organização").',
        'De volta ao Web Config, confirme que o Status atual indica Conectado e clique em OK.',
      ],
    },
    'signed-in-not-saved': {
      title: 'O login não foi salvo na impressora',
      explanation:
        'O Web Config mostra Conectado, mas as configurações nunca foram enviadas para a impressora, por isso a própria impressora não está conectada.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: se o Status atual indicar Conectado, clique em OK no fundo da página.',
        'Envie um e-mail de teste (Servidor de e-mail > Teste de conexão) para confirmar.',
      ],
    },
    'sender-mismatch': {
      title: 'O endereço do remetente é diferente da conta conectada',
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
        'Corrija primeiro a causa (normalmente o endereço do remetente: torne-o igual à conta conectada).',
        'Aguarde antes de tentar de novo: a limitação termina sozinha, muitas vezes numa hora, às vezes até 24 horas.',
      ],
    },
    'token-rejected': {
      title: 'O Exchange Online recusou o token de login',
      explanation:
        'O servidor SMTP recusou o token XOAUTH2: pode ter sido emitido para o público (audience) ou âmbito errado, indicar uma conta diferente da do token, ou ser recusado porque o SMTP AUTH está desativado ou se aplica uma política.',
      remedy: [
        'Confirme que o SMTP AUTH está ativo para a caixa de correio (Centro de administração do Microsoft 365 > Users > Active users > a conta > Mail > Manage email apps > Authenticated SMTP).',
        'Confirme que a conta mostrada no Web Config é a que entrou e que a caixa de correio tem licença.',
        'Entre de novo no Web Config (Rede > Servidor de e-mail > Básico > Entrar) e clique em OK.',
        'Nas suas próprias ferramentas: peça o âmbito https://outlook.office.com/SMTP.Send; o aud do token tem de ser https://outlook.office.com.',
      ],
    },
    'token-audience': {
      title: 'O token foi emitido para outro serviço',
      explanation:
        'O SMTP precisa de um token para o Exchange Online (https://outlook.office.com). Um token para o Microsoft Graph ou outro recurso é recusado com 535 5.7.3.',
      remedy: [
        'Peça o âmbito https://outlook.office.com/SMTP.Send (e offline_access), sem nenhum âmbito do Graph no mesmo pedido.',
        'Dê ao aplicativo a permissão delegada SMTP.Send de Office 365 Exchange Online e conceda o consentimento de administrador.',
      ],
    },
    'not-authenticated': {
      title: 'O dispositivo não se autenticou',
      explanation:
        'O servidor recebeu o e-mail sem qualquer autenticação: o dispositivo não enviou o comando AUTH, ou tentou antes do STARTTLS.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2 e entre.',
        'Conexão segura = STARTTLS, Número da porta do servidor SMTP = 587.',
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
      title: 'A autenticação por senha (básica) é recusada',
      explanation:
        'O servidor recusou nome de usuário e senha para envio por SMTP (550 5.7.30, ou 535 5.7.139 "basic authentication is disabled"): as contas pessoais Outlook.com só aceitam OAuth 2.0, e o Exchange Online recusa senhas onde um administrador as desativou, por padrão nos tenants existentes a partir do fim de dezembro de 2026 (os tenants novos nunca as têm), e para todos depois da remoção final (data anunciada no segundo semestre de 2027).',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: escolha OAuth2 como Método de autenticação e entre.',
        'Se o OAuth2 não for oferecido, atualize o firmware da impressora.',
        'Até lá, um administrador do Exchange Online pode reativar o SMTP AUTH na caixa de correio (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); isso só funciona até a remoção final.',
        'Sem firmware com OAuth2 e só com e-mail para colegas: High Volume Email (destinatários internos, login por senha mantido até setembro de 2028), uma retransmissão por conector, ou envio direto (Direct Send).',
      ],
    },
    'ip-blocked': {
      title: 'A Microsoft não aceita tráfego deste endereço IP',
      explanation:
        'O Exchange Online recusou a conexão por causa da reputação do endereço IP de envio; é típico de tenants novos ou de avaliação.',
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
        'O Exchange Online espera smtp.office365.com; as contas pessoais Outlook.com esperam smtp-mail.outlook.com. O host MX do seu domínio (…mail.protection.outlook.com, porta 25) é o ponto de envio direto (Direct Send): não oferece login e responde "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Endereço do servidor SMTP = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Clique em OK.',
      ],
    },
    'wrong-port': {
      title: 'A porta SMTP não é a 587',
      explanation:
        'O envio com SMTP AUTH para o Exchange Online só funciona na porta 587 com STARTTLS; a porta 465 (SSL/TLS desde o primeiro byte) não é oferecida, por isso a conexão expira ou é recusada.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Número da porta do servidor SMTP = 587.',
        'Clique em OK.',
      ],
    },
    'wrong-secure-connection': {
      title: 'A conexão segura não é STARTTLS',
      explanation:
        'Na porta 587, o Exchange Online começa sem cifra e passa a TLS com STARTTLS; SSL/TLS desde o início, ou nenhuma cifra, falha.',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Conexão segura = STARTTLS.',
        'Clique em OK.',
      ],
    },
    'service-unreachable': {
      title: 'Não é possível chegar ao serviço de e-mail',
      explanation:
        'A conexão ao serviço de e-mail ou de nuvem falhou: a resolução de nomes, o encaminhamento, uma firewall ou um proxy impediu-a, ou o serviço não respondeu.',
      remedy: [
        'Verifique as configurações de rede da impressora: endereço IP, gateway e servidor DNS (Status da rede no Web Config, ou a folha de status).',
        'Confirme que a rede deixa a impressora chegar a smtp.office365.com na porta TCP 587 e a login.microsoftonline.com na 443.',
        'Execute Servidor de e-mail > Teste de conexão no Web Config e tente de novo.',
      ],
    },
    'certificate-invalid': {
      title: 'Não foi possível verificar o certificado do servidor',
      explanation:
        'O certificado TLS não foi validado: o certificado raiz falta ou está desatualizado, o certificado expirou, o nome não corresponde, ou algo pelo meio se interpõe na conexão.',
      remedy: [
        'Web Config > Segurança de rede > Certificado CA / Atualização do certificado raiz: atualize os certificados raiz.',
        'Confirme que a data e a hora da impressora estão certas.',
        'Confirme que nenhum proxy ou firewall substitui o certificado e que o Endereço do servidor SMTP é exatamente o nome do serviço.',
        'Se a impressora estiver atrás de um proxy ou firewall que inspeciona TLS, importe o certificado CA desse proxy para a impressora: Web Config > Segurança de rede > Certificado CA > Importar.',
        'Se este PC (o agente wcoa) estiver atrás de um proxy desses, dê ao agente o certificado CA do proxy: tls.caFile no config.json do agente (ou WCOA_CA_FILE) e reinicie o agente.',
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
      title: 'O aplicativo não foi encontrado no tenant',
      explanation:
        'O ID de cliente não é conhecido no tenant onde decorreu o login, ou o aplicativo está desativado: ID de cliente errado, tenant errado, ou aplicativo não ativado para esse tipo de conta.',
      remedy: [
        'Compare o ID de cliente com Centro de administração do Microsoft Entra > App registrations > o aplicativo > Overview (Application (client) ID).',
        'Verifique o ID ou domínio do tenant (diretório) usado no login.',
        'As contas Outlook.com precisam de um aplicativo cujos tipos de conta suportados incluam contas Microsoft pessoais.',
      ],
    },
    'wrong-tenant-endpoint': {
      title: 'O login usou o ponto de acesso de tenant errado',
      explanation:
        'O tenant no URL de login não corresponde ao aplicativo ou à conta: um aplicativo de tenant único usado com /common, um tenant mal escrito, ou uma conta de outro diretório.',
      remedy: [
        'Use o ponto de acesso do próprio tenant: https://login.microsoftonline.com/<ID ou domínio do tenant>/.',
        'Verifique se o nome ou ID do tenant tem erros e se a conta pertence a esse tenant.',
      ],
    },
    'public-client-disabled': {
      title: 'Os fluxos de cliente público estão desativados no aplicativo',
      explanation:
        'O fluxo de código de dispositivo exige que o aplicativo (App registration) permita fluxos de cliente público; caso contrário, o Entra ID pede um segredo de cliente que o dispositivo não tem.',
      remedy: [
        'Centro de administração do Microsoft Entra > App registrations > o aplicativo > Authentication > Advanced settings: defina "Allow public client flows" como Yes e confirme com Save.',
      ],
    },
    'client-secret-sent': {
      title: 'Um cliente público enviou um segredo de cliente',
      explanation:
        'O aplicativo está registrado como cliente público, mas o pedido levava um segredo ou asserção de cliente, que o Entra ID recusa.',
      remedy: [
        'Retire o segredo de cliente da configuração da ferramenta que entra.',
        'Mantenha "Allow public client flows" ativo para o login com código de dispositivo.',
      ],
    },
    'device-code-expired': {
      title: 'O código de login expirou',
      explanation:
        'O código apresentado para o login é válido durante cerca de 15 minutos, e esse tempo passou.',
      remedy: ['Comece de novo o login e insira logo o novo código.'],
    },
    'device-code-declined': {
      title: 'O login foi recusado',
      explanation: 'Quem entrava cancelou, ou recusou as permissões pedidas pelo aplicativo.',
      remedy: [
        'Comece de novo o login e, na página de permissões, clique em Aceitar.',
        'Se as permissões forem recusadas de propósito, peça a um administrador que conceda o consentimento de administrador.',
      ],
    },
    'transient-server-error': {
      title: 'Erro temporário do servidor',
      explanation:
        'O servidor indicou um problema temporário; segundo esta resposta, nada está errado nas configurações.',
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
        'Depois entre de novo no Web Config (Rede > Servidor de e-mail > Básico).',
      ],
    },
    'oauth-not-supported': {
      title: 'Esta impressora não oferece OAuth 2.0',
      explanation:
        'A lista Método de autenticação não tem OAuth2, por isso a impressora, tal como está, não consegue entrar no Exchange Online.',
      remedy: [
        'Primeiro atualize o firmware da impressora: o firmware mais recente acrescenta OAuth2 em Rede > Servidor de e-mail > Básico.',
        'Se nenhuma atualização o acrescentar e a impressora só enviar para colegas: High Volume Email (só destinatários internos; o login por senha é mantido até setembro de 2028).',
        'Ou retransmita através de um conector do Exchange Online que identifique a rede da impressora pelo endereço IP público fixo ou por um certificado.',
        'Ou use o envio direto (direct send) da Microsoft: SMTP para o host MX do seu domínio na porta 25, sem autenticação, só para destinatários dentro da organização. Deixa de funcionar se um administrador ativar "Reject Direct Send" (com disponibilidade geral desde setembro de 2025), a menos que um conector de parceiro cubra a impressora.',
      ],
    },
    'credentials-invalid': {
      title: 'A conta ou a senha foi recusada',
      explanation:
        'O Entra ID não aceitou o nome da conta ou a senha: um erro de escrita, uma conta que não existe neste diretório, uma senha expirada, ou uma conta desativada ou bloqueada.',
      remedy: [
        'Verifique o nome da conta (o endereço completo) e escreva de novo a senha.',
        'No Centro de administração do Microsoft 365 > Users > Active users, confirme que a conta existe e não está impedida de entrar, e redefina a senha se for preciso.',
      ],
    },
    'scope-invalid': {
      title: 'O login pediu um escopo (scope) ou recurso errado',
      explanation:
        'O Entra ID recusou o escopo pedido (AADSTS70011, 28000) ou não encontrou o recurso que ele indica (AADSTS500011). O SMTP precisa exatamente de https://outlook.office.com/SMTP.Send: o host do Graph antes de SMTP.Send (https://graph.microsoft.com/SMTP.Send), um URI de recurso isolado ao lado dele, ou escopos de dois recursos no mesmo pedido são recusados.',
      remedy: [
        'Peça os escopos "https://outlook.office.com/SMTP.Send offline_access" e nenhum outro no mesmo pedido (sem escopos do Graph, sem https://outlook.office.com isolado).',
        'Registro do aplicativo > API permissions: adicione Office 365 Exchange Online (ou Microsoft Graph) > Delegated > SMTP.Send e depois Grant admin consent.',
        'Se o erro disser que a entidade de serviço do recurso não foi encontrada, o tenant não tem a entidade de serviço do Exchange Online: confirme que o tenant tem licenças do Exchange Online.',
      ],
    },
    'request-malformed': {
      title: 'Falta um parâmetro obrigatório no pedido de login',
      explanation:
        'O Entra ID recusou o próprio pedido (AADSTS900144): um campo obrigatório como client_id, scope, grant_type ou device_code estava vazio ou ausente. A falha é da ferramenta que montou o pedido, não da conta.',
      remedy: [
        'Confirme que o ID de cliente e o tenant do aplicativo estão preenchidos nas configurações da ferramenta (wcoa: config.json, clientId e tenant).',
        'Se uma impressora ou outra ferramenta montou o pedido, atualize o firmware ou o software dela e envie o erro completo ao fabricante.',
      ],
    },
    'redirect-uri-missing': {
      title: 'O registro do aplicativo não tem endereço de resposta',
      explanation:
        'O registro do aplicativo não tem um URI de redirecionamento para este login (AADSTS500113), por isso o Entra ID não tem para onde enviar a resposta.',
      remedy: [
        'Centro de administração do Microsoft Entra > App registrations > o aplicativo > Authentication > Add a platform: adicione o URI de redirecionamento que a ferramenta usa (para login de computador ou dispositivo, "Mobile and desktop applications" com https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Salve e entre novamente.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'O endereço de resposta está registrado na plataforma errada',
      explanation:
        'O URI de redirecionamento existe, mas numa plataforma que não serve para o fluxo (AADSTS9002325 e semelhantes): por exemplo, registrado como Single-page application enquanto a ferramenta resgata o código como aplicativo de desktop ou web, ou o contrário.',
      remedy: [
        'App registrations > o aplicativo > Authentication: remova o URI de redirecionamento da plataforma onde está e adicione-o na plataforma que corresponde à ferramenta (logins de desktop e de dispositivo: "Mobile and desktop applications").',
        'Para o fluxo de código de dispositivo, defina também "Allow public client flows" como Yes e entre novamente.',
      ],
    },
    'client-secret-invalid': {
      title: 'O segredo de cliente do aplicativo está errado ou expirou',
      explanation:
        'O Entra ID recusou o segredo de cliente (AADSTS7000215): foi digitado errado, foi informado o ID do segredo em vez do valor, ou expirou.',
      remedy: [
        'App registrations > o aplicativo > Certificates & secrets: crie um novo segredo de cliente e copie o Value (não o Secret ID) para a ferramenta.',
        'Um login de dispositivo (fluxo de código de dispositivo) não precisa de segredo: use um cliente público e não envie nenhum.',
      ],
    },
    'token-user-mismatch': {
      title: 'O token pertence a uma conta diferente da que envia',
      explanation:
        'O SMTP XOAUTH2 envia um nome de usuário e um token; o Exchange Online os recusa (535 5.7.3) quando o token foi emitido para outra conta, por exemplo quando o administrador global entrou e a impressora envia como a sua própria caixa de correio.',
      remedy: [
        'Entre com a caixa de correio com que a impressora envia (a conta em Web Config > Rede > Servidor de e-mail > Básico), não com a conta do administrador.',
        'Ou dê à conta conectada a permissão Send As nessa caixa de correio (Centro de administração do Exchange > Recipients > Mailboxes > a caixa de correio > Delegation) e faça o remetente coincidir com a conta conectada.',
      ],
    },
    'basic-auth-retiring': {
      title: 'O login por senha no Exchange Online está sendo desativado',
      explanation:
        'Esta impressora envia pelo Exchange Online ou Outlook.com com senha (SMTP-AUTH). A Microsoft desativa por padrão o SMTP AUTH com senha nos tenants existentes no fim de dezembro de 2026 (por enquanto um administrador pode reativá-lo; os tenants novos não o têm) e anunciará a data da remoção final no segundo semestre de 2027; a partir daí a impressora recebe "550 5.7.30 Basic authentication is not supported for Client Submission".',
      remedy: [
        'Passe para OAuth 2.0: Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2 e depois Entrar (atualize primeiro o firmware se o OAuth2 não for oferecido).',
        'Sem firmware com OAuth2 e só com e-mail para colegas: High Volume Email (só destinatários internos; o login por senha é mantido até setembro de 2028).',
        'Ou retransmita através de um conector do Exchange Online que identifique a impressora pelo endereço IP público fixo ou por um certificado.',
        'Ou use o envio direto (Direct Send) para o host MX do seu domínio na porta 25 (só destinatários internos); ele deixa de funcionar se um administrador ativar "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) sem um conector que cubra a impressora.',
      ],
    },
    'direct-send-rejected': {
      title: 'O tenant rejeita o envio direto (Direct Send)',
      explanation:
        'A impressora envia sem login para o host MX do seu domínio (Direct Send), e a configuração "Reject Direct Send" do tenant (com disponibilidade geral desde setembro de 2025) recusa esse e-mail.',
      remedy: [
        'O melhor: passe a impressora para OAuth 2.0 em smtp.office365.com, porta 587 (Web Config > Rede > Servidor de e-mail > Básico).',
        'Ou crie um conector de entrada de parceiro que identifique a impressora pelo endereço IP público fixo ou por um certificado, para que o e-mail dela deixe de ser Direct Send sem autenticação.',
        'Ou, se a sua organização aceitar, desative a configuração: Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'O servidor só fala TLS 1.1 ou anterior',
      explanation:
        'O servidor SMTP não ofereceu nenhuma versão de TLS a partir da 1.2; o TLS 1.0 e 1.1 foram descontinuados (RFC 8996) e nem o agente nem o Exchange Online os aceitam. Quem está desatualizado é o servidor, não o dispositivo.',
      remedy: [
        'Verifique o Endereço do servidor SMTP: o Exchange Online é smtp.office365.com; outro servidor ou relay no meio do caminho precisa oferecer TLS 1.2 ou posterior.',
        'Peça a quem administra esse servidor que habilite o TLS 1.2 (ou 1.3).',
      ],
    },
    'agent-ca-untrusted': {
      title: 'O agente não confia no emissor do certificado',
      explanation:
        'A cadeia do certificado não leva a uma autoridade de certificação em que o agente confie: uma CA privada, ou um proxy ou firewall que inspeciona o TLS e emite os próprios certificados.',
      remedy: [
        'Se a CA é sua (uma CA da empresa, um proxy que inspeciona TLS), defina "tls": { "caFile": "/caminho/para/ca.pem" } no config.json do agente (ou WCOA_CA_FILE) e reinicie o agente.',
        'Caso contrário, confirme que nada entre este computador e o servidor substitui o certificado.',
      ],
    },
    'smtp-line-too-long': {
      title: 'O servidor recusou uma linha de comando por ser longa demais',
      explanation:
        'O servidor SMTP respondeu a um comando com um erro de comprimento de linha (como 500 5.5.2 Line too long). Os tokens de acesso são longos; um servidor que limita as linhas precisa aceitar a resposta XOAUTH2 numa linha própria depois de um 334.',
      remedy: [
        'Confirme que o Endereço do servidor SMTP aponta para o serviço de e-mail pretendido.',
        'Peça a quem administra o servidor que aceite linhas AUTH de pelo menos 12288 octetos (RFC 4954) ou a forma AUTH em duas etapas.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Conectado, mas o servidor não enviou a saudação SMTP',
      explanation:
        'A conexão TCP foi aberta, mas nenhuma saudação 220 chegou no tempo permitido: a porta pode esperar TLS desde o início (465), ou um firewall ou um servidor sobrecarregado está segurando a conexão.',
      remedy: [
        'Use a porta 587 com STARTTLS para o Exchange Online.',
        'Confirme que nenhum firewall ou proxy intercepta a porta SMTP e tente de novo.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'Sem conexão com o serviço de nuvem ou o serviço de e-mail.',
        solution: 'Conecte-se ao serviço de nuvem ou ao serviço de e-mail.',
      },
      '361': {
        state: 'A conexão com o serviço de nuvem ou o serviço de e-mail expirou.',
        solution: 'Conecte-se novamente ao serviço de nuvem ou ao serviço de e-mail.',
      },
      '370': {
        state: 'É necessário entrar novamente no serviço de nuvem.',
        solution: 'Entre no serviço de nuvem.',
      },
    },
    documented: 'Código de erro {code}: {state} Solução da Epson: {solution}',
    likely: 'Causas prováveis: {causes}',
    undocumented:
      'Código de erro {code}: o guia OAuth 2.0 da Epson não documenta este código. Procure-o no manual da impressora (a lista de códigos apresentados no menu Estado da tarefa).',
  },
  explain: {
    noCause: 'Nenhuma causa conhecida reconhecida.',
    source: 'Fonte: {source}',
    sourceChecked: 'Fonte: {source} (verificada em {date})',
    matched: 'Correspondência: {evidence}',
    emptyInput: 'Nada para explicar: indique um texto, ou - para o ler da entrada padrão.',
    badLang: 'Idioma desconhecido "{lang}". Use um destes: {langs}.',
    description:
      'Explicar um texto de erro (resposta SMTP, erro de login, código ou mensagem Epson): causas prováveis e o que fazer',
    textArgument: 'textos de erro a explicar; - lê um da entrada padrão',
    jsonOption: 'escrever uma linha JSON por texto',
    langOption: 'idioma dos títulos e das soluções: {langs}',
  },
};
export default messages;
