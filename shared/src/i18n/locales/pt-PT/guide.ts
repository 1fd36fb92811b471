import type { Shape } from '../../define.ts';
import type domain from '../../messages/guide.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Configurar o OAuth 2.0 para o Exchange Online',
  progress: 'Passo {position} de {total}',
  howToTell: 'Como saber que está feito:',
  variants: {
    'email-server': {
      title: '{label:emailServer}: OAuth 2.0',
      intro:
        'O Exchange Online já não aceita palavras-passe de impressoras (autenticação básica) e o SMTP AUTH vem desativado; por isso, a impressora tem de iniciar sessão com OAuth 2.0 para enviar e-mails.',
      complete: [
        'Concluído: a impressora tem as configurações de OAuth 2.0 e o início de sessão.',
        'Para confirmar na impressora: no painel, Definições > Definições gerais > Definições de rede > Estado da rede > Estado servidor e-mail, ou imprima a folha de estado da rede (Estado da rede > folha de estado).',
      ],
    },
    'fax-server': {
      title: '{label:faxServer}: OAuth 2.0',
      intro:
        'Nos modelos que enviam para o servidor de um fornecedor de fax por e-mail: se o servidor do fornecedor usar OAuth 2.0, defina também OAuth2 nas configurações de e-mail do servidor de fax.',
      complete: [
        'Concluído: a impressora tem as configurações de OAuth 2.0 do servidor de fax.',
        'Peça as restantes configurações ao seu fornecedor do serviço de fax.',
      ],
    },
    serverless: {
      title: 'Epson Print Admin Serverless: {label:forMyEmail}',
      intro:
        'Quando o endereço do remetente é o endereço de cada pessoa, o administrador inicia sessão primeiro, uma vez, em nome da organização; depois, cada pessoa inicia sessão com a sua própria conta.',
      complete: [
        'O início de sessão do administrador está feito.',
        'Cada pessoa inscrita no Epson Print Admin Serverless inicia sessão uma vez, com a conta Microsoft da empresa ou da escola, na primeira vez que seleciona “{label:forMyEmail}”.',
      ],
    },
  },
  who: {
    'tenant-admin': 'Administrador do Microsoft 365',
    'printer-admin': 'Administrador da impressora',
  },
  places: {
    'exchange-admin-center': 'Centro de administração do Exchange',
    'microsoft-365-admin-center': 'Centro de administração do Microsoft 365',
    'entra-admin-center': 'Centro de administração do Microsoft Entra',
    printer: 'A impressora',
    webconfig: 'Web Config',
  },
  prerequisites: {
    heading: 'Antes de começar',
    intro:
      'O Microsoft 365 tem de permitir que a impressora envie com OAuth 2.0. Marque cada item quando estiver cumprido.',
    powershellCheck: 'Verificar no PowerShell do Exchange Online:',
    powershellFix: 'Para alterar:',
    state: {
      met: 'Cumprido',
      missing: 'Em falta',
      unknown: 'Não verificado',
    },
    items: {
      'tenant-smtp-auth': {
        title: 'SMTP AUTH ativado para a organização',
        action: [
          'No Centro de administração do Exchange, Definições > Fluxo de correio: desmarque **Desativar o protocolo SMTP AUTH para a sua organização** e clique em **Guardar**.',
          'Vem desativado nos tenants criados a partir de 2020.',
        ],
        done: 'Get-TransportConfig mostra SmtpClientAuthenticationDisabled: False.',
      },
      'security-defaults-off': {
        title: 'Predefinições de segurança desativadas',
        action: [
          'No Centro de administração do Microsoft Entra, Descrição geral > Propriedades > **Gerir predefinições de segurança**: desative-as e proteja a organização com o Acesso Condicional.',
          'As predefinições de segurança desativam o SMTP AUTH (o guia da Epson indica este passo no Centro de administração do Exchange).',
        ],
        done: 'As predefinições de segurança aparecem como desativadas.',
      },
      'mailbox-smtp-auth': {
        title: 'SMTP AUTH ativado na caixa de correio da impressora',
        action: [
          'No Centro de administração do Microsoft 365, Utilizadores > Utilizadores ativos > a conta da impressora > Correio > **Gerir aplicações de e-mail**: marque **SMTP autenticado** e clique em **Guardar**.',
          'A configuração da caixa de correio prevalece sobre a da organização.',
        ],
        done: 'SMTP autenticado está marcado para a caixa de correio.',
      },
      'mailbox-licensed': {
        title: 'A caixa de correio tem uma licença do Exchange Online',
        action: [
          'No Centro de administração do Microsoft 365, Utilizadores > Utilizadores ativos > a conta da impressora > **Licenças e aplicações**: atribua uma licença que inclua o Exchange Online.',
        ],
        done: 'A conta tem uma licença com o Exchange Online.',
      },
      'conditional-access': {
        title: 'Nenhuma política de Acesso Condicional bloqueia o início de sessão da impressora',
        action: [
          'No Centro de administração do Microsoft Entra, Acesso Condicional > Políticas: reveja as políticas ativas que se aplicam à conta.',
          'Uma política que bloqueie o fluxo de código de dispositivo (condição de fluxos de autenticação) ou os clientes legados, ou que exija MFA em cada início de sessão, impede a impressora de iniciar sessão: exclua a conta ou ajuste a política.',
          'O histórico de inícios de sessão (Sign-in logs) indica a política que recusou um início de sessão.',
        ],
        done: 'Nenhuma política ativa bloqueia a conta nem o fluxo de código de dispositivo.',
      },
      'consent-admin-role': {
        title: 'Um administrador que possa dar consentimento pela organização',
        action: [
          'A conta que inicia sessão pela impressora tem de ter a função de Administrador Global (Global Administrator) ou, no mínimo, de Cloud Application Administrator para dar consentimento em nome da organização.',
          'Confirme no Centro de administração do Microsoft Entra, Funções e administradores.',
        ],
        done: 'A conta tem uma destas funções.',
      },
      'latest-firmware': {
        title: 'Firmware da impressora atualizado',
        action: [
          'Atualize o firmware da impressora (no Web Config ou no painel da impressora; consulte o manual da impressora).',
          'Sem OAuth2 no “{label:authMethod}”, a impressora não consegue enviar e-mails pelo Exchange Online.',
        ],
        done: 'O “{label:authMethod}” oferece OAuth2.',
      },
      'standard-network': {
        title: 'Rede padrão, não uma rede adicional',
        action: [
          'Nos modelos com redes adicionais, o OAuth 2.0 só funciona na rede padrão: configure o e-mail na rede padrão.',
        ],
        done: 'A impressora envia e-mails pela rede padrão.',
      },
    },
  },
  steps: {
    'open-webconfig': {
      title: 'Abrir o Web Config',
      action: [
        'A partir de um computador na mesma rede que a impressora, escreva o endereço IP da impressora no navegador (http://, ou https:// nos modelos mais recentes).',
        'O endereço IP está no painel da impressora: Definições > Definições gerais > Definições de rede > Estado da rede > Estado de LAN com fios/Wi-Fi.',
      ],
      done: 'O Web Config da impressora está aberto.',
      hint: 'Este é o Web Config da impressora.',
    },
    'log-in': {
      title: 'Iniciar sessão como administrador',
      action: [
        'Selecione **{label:logIn}**, insira a palavra-passe de administrador e clique em **{label:okButton}**.',
        'Se não tiver sido alterada, a palavra-passe é muitas vezes o número de série da impressora.',
      ],
      done: 'O Web Config mostra os menus de administrador, como o separador “{label:networkTab}”.',
      hint: 'Insira aqui a palavra-passe de administrador. O assistente nunca a lê.',
    },
    'open-email-server': {
      title: 'Abrir {label:networkTab} > {label:emailServer} > {label:basic}',
      action: [
        'Selecione o separador **{label:networkTab}** e depois **{label:emailServer}** > **{label:basic}**.',
      ],
      done: 'A página {label:emailServer} > {label:basic} está aberta.',
      hint: 'O “{label:emailServer}” está no separador “{label:networkTab}”.',
    },
    'choose-oauth2': {
      title: 'Escolher OAuth2',
      action: [
        'Em **{label:authMethod}**, selecione **OAuth2**.',
        'Não clique ainda em {label:okButton}: primeiro inicie sessão.',
      ],
      done: 'O “{label:authMethod}” mostra OAuth2 e a página mostra o “{label:emailService}”.',
      hint: 'Escolha OAuth2 aqui.',
    },
    'choose-service': {
      title: 'Escolher o Microsoft Exchange Online',
      action: [
        'Em **{label:emailService}**, selecione **Microsoft Exchange Online**.',
        'Para uso pessoal, selecione **Outlook.com**.',
      ],
      done: 'O “{label:emailService}” mostra o serviço escolhido.',
      hint: 'Microsoft Exchange Online aqui (Outlook.com para uso pessoal).',
    },
    'sign-in': {
      title: 'Iniciar sessão',
      action: [
        'Clique em **{label:signInButton}** e depois em **{label:signInWithMicrosoft}** na janela que se abre.',
      ],
      done: 'Aparecem um código de autenticação e um endereço da Microsoft.',
      hint: 'Clique em “{label:signInButton}”.',
    },
    'copy-code': {
      title: 'Copiar o código e abrir o endereço',
      action: [
        'Copie o código de autenticação apresentado.',
        'Clique no endereço apresentado para abrir a página de início de sessão da Microsoft.',
      ],
      done: 'A página da Microsoft pede o código.',
      hint: 'O código é válido por cerca de 15 minutos.',
    },
    'enter-code': {
      title: 'Inserir o código',
      action: ['Na página da Microsoft, cole o código e clique em **Seguinte**.'],
      done: 'A Microsoft pede uma conta.',
      hint: 'Cole o código que copiou.',
    },
    'admin-account': {
      title: 'Iniciar sessão com uma conta de administrador',
      action: [
        'Insira uma conta com a função de Administrador Global (Global Administrator) ou, no mínimo, Cloud Application Administrator e clique em **Seguinte**.',
        'A impressora envia os e-mails com a conta que inicia sessão aqui: a caixa de correio dessa conta precisa de SMTP AUTH.',
      ],
      done: 'A Microsoft pede a palavra-passe.',
      hint: 'Administrador Global (Global Administrator) ou, no mínimo, Cloud Application Administrator.',
    },
    password: {
      title: 'Inserir a palavra-passe',
      action: [
        'Insira a palavra-passe da conta e clique em **Iniciar sessão**.',
        'Se a Microsoft pedir uma segunda verificação (MFA), conclua-a.',
      ],
      done: 'A Microsoft mostra as permissões pedidas.',
      hint: 'A palavra-passe só é escrita na página da Microsoft.',
    },
    consent: {
      title: 'Dar consentimento em nome da organização',
      action: [
        'Na página **Permissões solicitadas**, marque **Consentimento em nome da organização** e clique em **Aceitar**.',
        'Quando a Microsoft indicar que o início de sessão terminou, feche essa janela do navegador.',
      ],
      done: 'De volta ao Web Config, o “{label:currentStatus}” mostra “{label:signedIn}” e a conta.',
      hint: 'Consentimento em nome da organização e depois Aceitar.',
    },
    'save-settings': {
      title: 'Clicar em {label:okButton} para enviar as configurações para a impressora',
      action: [
        'Confirme que o **{label:currentStatus}** mostra **{label:signedIn}** e a conta.',
        'Clique em **{label:okButton}** para enviar as configurações de OAuth 2.0 para a impressora. Até lá, a impressora não as mantém.',
      ],
      done: 'Depois de clicar em {label:okButton}, a página volta a carregar e continua a mostrar OAuth2 e “{label:signedIn}”.',
      hint: '“{label:signedIn}”, mas ainda não enviada para a impressora: clique em {label:okButton}.',
    },
    'confirm-save': {
      title: 'Clicar em {label:okButton} na página de confirmação para guardar',
      action: [
        'O Web Config mostra de novo as definições para as confirmar. A impressora ainda não as guardou.',
        'Clique em **{label:okButton}** nesta página. A página de definições volta a carregar; a configuração fica concluída quando continuar a mostrar OAuth2 e “{label:signedIn}”.',
      ],
      done: 'A página de definições volta a carregar e mostra OAuth2 e “{label:signedIn}”.',
      hint: 'Enviadas, mas ainda não guardadas: clique em {label:okButton} na página de confirmação.',
    },
    'open-serverless': {
      title: 'Abrir o Epson Print Admin Serverless',
      action: [
        'Abra o Epson Print Admin Serverless. Este procedimento aplica-se quando as configurações de autenticação definem o **{label:serverlessSender}** como **{label:userEmail}**.',
      ],
      done: 'A página do Epson Print Admin Serverless está aberta.',
      hint: 'Epson Print Admin Serverless.',
    },
    'choose-for-my-email': {
      title: 'Selecionar “{label:forMyEmail}”',
      action: [
        'Selecione **{label:forMyEmail}** (os nomes dos menus variam conforme o modelo).',
        'Aparece a página de início de sessão da Microsoft.',
      ],
      done: 'A Microsoft pede uma conta.',
      hint: '“{label:forMyEmail}”.',
    },
    'fax-open-email-server': {
      title: 'Abrir as configurações de e-mail do servidor de fax',
      action: [
        'Selecione o separador **{label:fax}** e depois **{label:faxServer}** > **{label:emailServerSettings}**.',
      ],
      done: 'A página de configurações de e-mail do servidor de fax está aberta.',
      hint: 'Está em {label:fax} > {label:faxServer}.',
    },
    'fax-choose-service': {
      title: 'Escolher o serviço de e-mail',
      action: [
        'Em **{label:emailService}**, selecione o serviço que o seu fornecedor de fax usa (Microsoft Exchange Online, ou Outlook.com para uso pessoal).',
        'Peça as restantes configurações ao seu fornecedor do serviço de fax.',
      ],
      done: 'O “{label:emailService}” mostra o serviço escolhido.',
      hint: 'O serviço de e-mail do seu fornecedor de fax.',
    },
    'fax-save-settings': {
      title: 'Clicar em {label:okButton} para enviar as configurações do servidor de fax para a impressora',
      action: [
        'Confirme que o **{label:currentStatus}** mostra **{label:signedIn}** e a conta.',
        'Clique em **{label:okButton}** para enviar as configurações para a impressora. Até lá, a impressora não as mantém.',
      ],
      done: 'Depois de clicar em {label:okButton}, a página volta a carregar e continua a mostrar OAuth2 e “{label:signedIn}”.',
      hint: '“{label:signedIn}”, mas ainda não enviada para a impressora: clique em {label:okButton}.',
    },
    'fax-confirm-save': {
      title:
        'Clicar em {label:okButton} na página de confirmação para guardar as definições do servidor de fax',
      action: [
        'O Web Config mostra de novo as definições para as confirmar. A impressora ainda não as guardou.',
        'Clique em **{label:okButton}** nesta página. A página de definições volta a carregar; a configuração fica concluída quando continuar a mostrar OAuth2 e “{label:signedIn}”.',
      ],
      done: 'A página de definições volta a carregar e mostra OAuth2 e “{label:signedIn}”.',
      hint: 'Enviadas, mas ainda não guardadas: clique em {label:okButton} na página de confirmação.',
    },
    'serverless-log-in': {
      title: 'Iniciar sessão como administrador da impressora',
      action: [
        'No Epson Print Admin Serverless, inicie sessão com uma conta com privilégios de administrador da impressora.',
      ],
      done: 'Aparecem os menus de administrador.',
      hint: 'Uma conta com privilégios de administrador da impressora.',
    },
    'serverless-consent': {
      title: 'Dar consentimento pela organização e definir o intervalo de permissões',
      action: [
        'Na página de permissões, selecione **Concordo em nome da organização**, defina o intervalo de permissões e selecione **Aceitar**.',
        'O Epson Print Admin Serverless mostra uma mensagem quando o início de sessão é bem-sucedido: selecione **{label:okButton}** para fechar a janela.',
      ],
      done: 'O Epson Print Admin Serverless indica que o início de sessão foi bem-sucedido.',
      hint: 'Concordo em nome da organização e depois Aceitar.',
    },
  },
  microsoftSide: 'Depois, na página da Microsoft:',
  deviceCode: {
    heading: 'Inicie sessão com este código',
    codeLabel: 'Código',
    copy: 'Copiar o código',
    copied: 'Copiado',
    open: 'Abrir {url}',
    expiresIn: 'O código expira em {minutes} min.',
    expired: 'O código expirou: clique de novo em “{label:signInButton}” para obter outro.',
    waiting: 'Aguarde que o início de sessão termine na página da Microsoft…',
  },
  save: {
    clickOk: 'Clique em {label:okButton} para enviar as configurações para a impressora.',
    saved: 'Pronto: a impressora já tem as configurações de OAuth 2.0.',
  },
  currentStatus: {
    signedIn:
      'O “{label:currentStatus}” mostra “{label:signedIn}”. Se a impressora continuar sem conseguir enviar e-mails, o início de sessão pode não ter sido enviado para a impressora: clique em {label:okButton} para enviar as configurações.',
    signInShown:
      'Não aparece o “{label:currentStatus}” e aparece o botão “{label:signInButton}”: a impressora não tem sessão iniciada. Inicie sessão.',
    expired:
      'O início de sessão expira quando a impressora passa muito tempo sem enviar e-mails (os tokens de acesso e de atualização deixam de ser válidos): o administrador tem de iniciar sessão novamente.',
  },
  blocked: {
    'oauth-not-supported':
      'Nesta impressora, “{label:authMethod}” não oferece OAuth2. Atualize o firmware; se nenhuma atualização o acrescentar, as alternativas são o envio direto (direct send) da Microsoft ou um conector de retransmissão SMTP.',
  },
};
export default messages;
