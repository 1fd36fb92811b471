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
        'O servidor recusou nome de utilizador e palavra-passe para envio por SMTP (550 5.7.30, ou 535 5.7.139 "basic authentication is disabled"): as contas pessoais Outlook.com só aceitam OAuth 2.0, e o Exchange Online recusa palavras-passe onde um administrador as desligou, por predefinição nos tenants existentes a partir do fim de dezembro de 2026 (os tenants novos nunca as têm), e para todos depois da remoção final (data anunciada no segundo semestre de 2027).',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: escolha OAuth2 como Método de autenticação e inicie sessão.',
        'Se o OAuth2 não for oferecido, atualize o firmware da impressora.',
        'Até lá, um administrador do Exchange Online pode voltar a ligar o SMTP AUTH na caixa de correio (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); só funciona até à remoção final.',
        'Sem firmware com OAuth2 e só com e-mail para colegas: High Volume Email (destinatários internos, início de sessão por palavra-passe mantido até setembro de 2028), um reencaminhamento por conector, ou envio direto (Direct Send).',
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
        'O Exchange Online espera smtp.office365.com; as contas pessoais Outlook.com esperam smtp-mail.outlook.com. O anfitrião MX do seu domínio (…mail.protection.outlook.com, porta 25) é o ponto de envio direto (Direct Send): não oferece início de sessão e responde "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Rede > Servidor de e-mail > Básico: Endereço do servidor SMTP = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Clique em OK.',
      ],
    },
    'wrong-port': {
      title: 'A porta SMTP não é a 587',
      explanation:
        'O envio com SMTP AUTH para o Exchange Online só funciona na porta 587 com STARTTLS; a porta 465 (SSL/TLS desde o início) não é oferecida, por isso a ligação esgota o tempo ou é recusada.',
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
        'Se nenhuma atualização o acrescentar e a impressora só enviar para colegas: High Volume Email (só destinatários internos; o início de sessão por palavra-passe mantém-se até setembro de 2028).',
        'Ou reencaminhe através de um conector do Exchange Online que identifique a rede da impressora pelo endereço IP público fixo ou por um certificado.',
        'Ou use o envio direto (direct send) da Microsoft: SMTP para o anfitrião MX do seu domínio na porta 25, sem autenticação, só para destinatários dentro da organização. Deixa de funcionar se um administrador ligar "Reject Direct Send" (com disponibilidade geral desde setembro de 2025), a menos que um conector de parceiro cubra a impressora.',
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
    'scope-invalid': {
      title: 'O início de sessão pediu um âmbito (scope) ou recurso errado',
      explanation:
        'O Entra ID recusou o âmbito pedido (AADSTS70011, 28000) ou não encontrou o recurso que ele indica (AADSTS500011). O SMTP precisa exatamente de https://outlook.office.com/SMTP.Send: o anfitrião do Graph à frente de SMTP.Send (https://graph.microsoft.com/SMTP.Send), um URI de recurso isolado ao lado dele, ou âmbitos de dois recursos no mesmo pedido são recusados.',
      remedy: [
        'Peça os âmbitos "https://outlook.office.com/SMTP.Send offline_access" e mais nenhum no mesmo pedido (sem âmbitos do Graph, sem https://outlook.office.com isolado).',
        'Registo da aplicação > API permissions: acrescente Office 365 Exchange Online (ou Microsoft Graph) > Delegated > SMTP.Send e depois Grant admin consent.',
        'Se o erro disser que o principal do recurso não foi encontrado, o tenant não tem o principal de serviço do Exchange Online: confirme que o tenant tem licenças do Exchange Online.',
      ],
    },
    'request-malformed': {
      title: 'Falta um parâmetro obrigatório no pedido de início de sessão',
      explanation:
        'O Entra ID recusou o próprio pedido (AADSTS900144): um campo obrigatório como client_id, scope, grant_type ou device_code estava vazio ou em falta. A falha é da ferramenta que montou o pedido, não da conta.',
      remedy: [
        'Confirme que o ID de cliente e o tenant da aplicação estão preenchidos nas definições da ferramenta (wcoa: config.json, clientId e tenant).',
        'Se foi uma impressora ou outra ferramenta a montar o pedido, atualize o firmware ou o software e envie o erro completo ao fabricante.',
      ],
    },
    'redirect-uri-missing': {
      title: 'O registo da aplicação não tem endereço de resposta',
      explanation:
        'O registo da aplicação não tem um URI de redirecionamento para este início de sessão (AADSTS500113), por isso o Entra ID não tem para onde enviar a resposta.',
      remedy: [
        'Centro de administração do Microsoft Entra > App registrations > a aplicação > Authentication > Add a platform: acrescente o URI de redirecionamento que a ferramenta usa (para início de sessão de computador ou dispositivo, "Mobile and desktop applications" com https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Guarde e inicie sessão novamente.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'O endereço de resposta está registado na plataforma errada',
      explanation:
        'O URI de redirecionamento existe, mas numa plataforma que não serve o fluxo (AADSTS9002325 e semelhantes): por exemplo registado como Single-page application quando a ferramenta troca o código como aplicação de computador ou web, ou o contrário.',
      remedy: [
        'App registrations > a aplicação > Authentication: retire o URI da plataforma onde está e acrescente-o na plataforma certa para a ferramenta (inícios de sessão de computador e dispositivo: "Mobile and desktop applications").',
        'Para o fluxo de código de dispositivo, ponha também "Allow public client flows" em Yes e inicie sessão novamente.',
      ],
    },
    'client-secret-invalid': {
      title: 'O segredo de cliente da aplicação está errado ou expirou',
      explanation:
        'O Entra ID recusou o segredo de cliente (AADSTS7000215): foi mal copiado, foi dado o ID do segredo em vez do valor, ou expirou.',
      remedy: [
        'App registrations > a aplicação > Certificates & secrets: crie um segredo novo e copie o Value (não o Secret ID) para a ferramenta.',
        'Um início de sessão de dispositivo (fluxo de código de dispositivo) não precisa de segredo: use um cliente público e não envie nenhum.',
      ],
    },
    'token-user-mismatch': {
      title: 'O token pertence a outra conta que não a que envia',
      explanation:
        'O SMTP XOAUTH2 envia um nome de utilizador e um token; o Exchange Online recusa-os (535 5.7.3) quando o token foi emitido para outra conta, por exemplo quando o administrador global iniciou sessão e a impressora envia como a sua própria caixa de correio.',
      remedy: [
        'Inicie sessão com a caixa de correio com que a impressora envia (a conta em Web Config > Rede > Servidor de e-mail > Básico), não com a conta do administrador.',
        'Ou dê à conta com sessão iniciada a permissão Send As nessa caixa (Centro de administração do Exchange > Recipients > Mailboxes > a caixa > Delegation) e faça o remetente coincidir com essa conta.',
      ],
    },
    'basic-auth-retiring': {
      title: 'O início de sessão por palavra-passe no Exchange Online vai ser desligado',
      explanation:
        'Esta impressora envia pelo Exchange Online ou Outlook.com com palavra-passe (SMTP-AUTH). A Microsoft desliga por predefinição o SMTP AUTH com palavra-passe nos tenants existentes no fim de dezembro de 2026 (por agora um administrador pode voltar a ligá-lo; os tenants novos não o têm) e anuncia a data da remoção final no segundo semestre de 2027; a partir daí a impressora recebe "550 5.7.30 Basic authentication is not supported for Client Submission".',
      remedy: [
        'Passe para OAuth 2.0: Web Config > Rede > Servidor de e-mail > Básico: Método de autenticação = OAuth2 e depois Iniciar sessão (atualize primeiro o firmware se o OAuth2 não for oferecido).',
        'Sem firmware com OAuth2 e só com correio para colegas: High Volume Email (só destinatários internos; o início de sessão por palavra-passe mantém-se até setembro de 2028).',
        'Ou reencaminhe através de um conector do Exchange Online que identifique a impressora pelo endereço IP público fixo ou por um certificado.',
        'Ou envio direto (Direct Send) para o anfitrião MX do seu domínio na porta 25 (só destinatários internos); deixa de funcionar se um administrador ligar "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) sem um conector que cubra a impressora.',
      ],
    },
    'direct-send-rejected': {
      title: 'O tenant rejeita o envio direto (Direct Send)',
      explanation:
        'A impressora envia sem iniciar sessão para o anfitrião MX do seu domínio (Direct Send), e a definição "Reject Direct Send" do tenant (com disponibilidade geral desde setembro de 2025) recusa esse correio.',
      remedy: [
        'Melhor: passe a impressora para OAuth 2.0 em smtp.office365.com, porta 587 (Web Config > Rede > Servidor de e-mail > Básico).',
        'Ou crie um conector de entrada de parceiro que identifique a impressora pelo endereço IP público fixo ou por um certificado, para que o correio deixe de ser Direct Send sem autenticação.',
        'Ou, se a organização o aceitar, desligue a definição: Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'O servidor só fala TLS 1.1 ou anterior',
      explanation:
        'O servidor SMTP não ofereceu nenhuma versão de TLS a partir da 1.2; o TLS 1.0 e 1.1 foram retirados (RFC 8996) e nem o agente nem o Exchange Online os aceitam. Quem está desatualizado é o servidor, não o dispositivo.',
      remedy: [
        'Verifique o Endereço do servidor SMTP: o Exchange Online é smtp.office365.com; outro servidor ou relay pelo meio tem de oferecer TLS 1.2 ou posterior.',
        'Peça a quem gere esse servidor que ative o TLS 1.2 (ou 1.3).',
      ],
    },
    'agent-ca-untrusted': {
      title: 'O agente não confia no emissor do certificado',
      explanation:
        'A cadeia do certificado não chega a uma autoridade de certificação em que o agente confie: uma CA privada, ou um proxy ou firewall que inspeciona o TLS e emite os seus próprios certificados.',
      remedy: [
        'Se a CA é sua (uma CA da empresa, um proxy que inspeciona TLS), defina "tls": { "caFile": "/caminho/para/ca.pem" } no config.json do agente (ou WCOA_CA_FILE) e reinicie o agente.',
        'Caso contrário, confirme que nada entre este computador e o servidor substitui o certificado.',
      ],
    },
    'smtp-line-too-long': {
      title: 'O servidor recusou uma linha de comando por ser demasiado longa',
      explanation:
        'O servidor SMTP respondeu a um comando com um erro de comprimento de linha (como 500 5.5.2 Line too long). Os tokens de acesso são longos; um servidor que limita as linhas tem de aceitar a resposta XOAUTH2 numa linha própria depois de um 334.',
      remedy: [
        'Confirme que o Endereço do servidor SMTP aponta para o serviço de correio pretendido.',
        'Peça a quem gere o servidor que aceite linhas AUTH de pelo menos 12288 octetos (RFC 4954) ou a forma AUTH em dois passos.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Ligado, mas o servidor não enviou a saudação SMTP',
      explanation:
        'A ligação TCP abriu, mas não chegou nenhuma saudação 220 no tempo permitido: a porta pode esperar TLS desde o início (465), ou uma firewall ou um servidor sobrecarregado retém a ligação.',
      remedy: [
        'Use a porta 587 com STARTTLS para o Exchange Online.',
        'Confirme que nenhuma firewall ou proxy interceta a porta SMTP e tente de novo.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'Sem ligação ao serviço de nuvem ou ao serviço de correio eletrónico.',
        solution: 'Ligar ao serviço de nuvem ou ao serviço de correio eletrónico.',
      },
      '361': {
        state: 'A ligação ao serviço de nuvem ou ao serviço de correio eletrónico expirou.',
        solution: 'Ligar ao serviço de nuvem ou ao serviço de correio eletrónico.',
      },
      '370': {
        state: 'É necessário iniciar sessão no serviço de nuvem novamente.',
        solution: 'Iniciar sessão no serviço de nuvem.',
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
      'Explicar um texto de erro (resposta SMTP, erro de início de sessão, código ou mensagem Epson): causas prováveis e o que fazer',
    textArgument: 'textos de erro a explicar; - lê um da entrada padrão',
    jsonOption: 'escrever uma linha JSON por texto',
    langOption: 'idioma dos títulos e das soluções: {langs}',
  },
};
export default messages;
