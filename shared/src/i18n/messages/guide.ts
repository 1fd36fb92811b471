import { defineMessages } from '../define.ts';

/**
 * The setup guide's words (shared/src/guide holds its structure). UI labels in **bold** are the
 * printer's and Microsoft's own; bold appears only in lists (`action`, `complete`), which the
 * overlay renders as rich text; titles, `done` and `hint` are plain text. pt: the Epson guide is European Portuguese; this text is written
 * for Portugal and Brazil alike (no ecrã/tela, "insira", "configurações"), and where the two
 * countries' interfaces label a button differently both labels are given.
 */
export default defineMessages({
  en: {
    title: 'Set up OAuth 2.0 for Exchange Online',
    progress: 'Step {position} of {total}',
    howToTell: 'How to tell it is done:',
    variants: {
      'email-server': {
        title: 'Email Server: OAuth 2.0',
        intro:
          'Exchange Online no longer accepts passwords from printers (basic authentication) and SMTP AUTH is off by default, so the printer must sign in with OAuth 2.0 to send email.',
        complete: [
          'Done: the printer holds the OAuth 2.0 settings and the sign-in.',
          'To check from the printer: on the panel, Settings > General Settings > Network Settings > Network Status > Email Server Status, or print the network status sheet (Network Status > Print Status Sheet).',
        ],
      },
      'fax-server': {
        title: 'Fax Server: OAuth 2.0',
        intro:
          "On models that send to a fax provider's server by email: when the provider's server uses OAuth 2.0, set OAuth2 for the fax server's email settings too.",
        complete: [
          'Done: the printer holds the OAuth 2.0 settings of the fax server.',
          'Ask your fax service provider for any other settings.',
        ],
      },
      serverless: {
        title: 'Epson Print Admin Serverless: For My Email',
        intro:
          "When the sender's address is each user's own address, the administrator first signs in once for the organisation; after that each user signs in with their own account.",
        complete: [
          "The administrator's sign-in is done.",
          'Each user registered in Epson Print Admin Serverless signs in once, with their work or school Microsoft account, the first time they select For My Email.',
        ],
      },
    },
    who: {
      'tenant-admin': 'Microsoft 365 administrator',
      'printer-admin': 'Printer administrator',
    },
    places: {
      'exchange-admin-center': 'Exchange admin center',
      'microsoft-365-admin-center': 'Microsoft 365 admin center',
      'entra-admin-center': 'Microsoft Entra admin center',
      printer: 'The printer',
      webconfig: 'Web Config',
    },
    prerequisites: {
      heading: 'Before you start',
      intro: 'Microsoft 365 must allow the printer to send with OAuth 2.0. Tick each item once it is true.',
      powershellCheck: 'Check in Exchange Online PowerShell:',
      powershellFix: 'Change it:',
      state: {
        met: 'Done',
        missing: 'Missing',
        unknown: 'Not checked',
      },
      items: {
        'tenant-smtp-auth': {
          title: 'SMTP AUTH enabled for the organisation',
          action: [
            'In the Exchange admin center, Settings > Mail flow: clear **Turn off SMTP AUTH protocol for your organization** and save.',
            'Tenants created since 2020 have it turned off.',
          ],
          done: 'Get-TransportConfig shows SmtpClientAuthenticationDisabled: False.',
        },
        'security-defaults-off': {
          title: 'Security defaults turned off',
          action: [
            'In the Microsoft Entra admin center, Overview > Properties > **Manage security defaults**: set security defaults to Disabled, and protect the organisation with Conditional Access instead.',
            'Security defaults turn SMTP AUTH off (the Epson guide lists this step under the Exchange admin center).',
          ],
          done: 'Manage security defaults shows Disabled.',
        },
        'mailbox-smtp-auth': {
          title: "SMTP AUTH on for the printer's mailbox",
          action: [
            "In the Microsoft 365 admin center, Users > Active users > the printer's account > Mail > **Manage email apps**: tick **Authenticated SMTP** and save.",
            "The mailbox setting wins over the organisation's.",
          ],
          done: 'Authenticated SMTP is ticked for the mailbox.',
        },
        'mailbox-licensed': {
          title: 'The mailbox has an Exchange Online licence',
          action: [
            "In the Microsoft 365 admin center, Users > Active users > the printer's account > **Licenses and apps**: assign a licence that includes Exchange Online.",
          ],
          done: 'The account has a licence with Exchange Online.',
        },
        'conditional-access': {
          title: "No Conditional Access policy blocks the printer's sign-in",
          action: [
            'In the Microsoft Entra admin center, Conditional Access > Policies: review the enabled policies that apply to the account.',
            'A policy that blocks the device code flow (authentication flows condition) or legacy clients, or demands MFA on every sign-in, stops the printer: exclude the account or adjust the policy.',
            'The sign-in logs name the policy behind a refused sign-in.',
          ],
          done: 'No enabled policy blocks the account or the device code flow.',
        },
        'consent-admin-role': {
          title: 'An administrator who can consent for the organisation',
          action: [
            'The account that signs in for the printer must hold the Global Administrator role, or at least Cloud Application Administrator, to give consent on behalf of the organisation.',
            'Check it in the Microsoft Entra admin center, Roles and admins.',
          ],
          done: 'The account holds one of these roles.',
        },
        'latest-firmware': {
          title: 'Latest printer firmware',
          action: [
            "Update the printer's firmware (from Web Config or the printer's panel; see the printer's manual).",
            'Without OAuth2 in Authentication Method, the printer cannot send email through Exchange Online.',
          ],
          done: 'Authentication Method offers OAuth2.',
        },
        'standard-network': {
          title: 'Standard network, not an additional network',
          action: [
            'On models with additional networks, OAuth 2.0 works only on the standard network: set up email on the standard network.',
          ],
          done: 'The printer sends email over its standard network.',
        },
      },
    },
    steps: {
      'open-webconfig': {
        title: 'Open Web Config',
        action: [
          "On a computer on the same network as the printer, type the printer's IP address into the browser (http://, or https:// on newer models).",
          "Find the IP address on the printer's panel: Settings > General Settings > Network Settings > Network Status > Wired LAN/Wi-Fi Status.",
        ],
        done: "The printer's Web Config is open.",
        hint: "This is the printer's Web Config.",
      },
      'log-in': {
        title: 'Log in as administrator',
        action: [
          'Select **Log in**, enter the administrator password and click **OK**.',
          "Unless it was changed, the password is often the printer's serial number.",
        ],
        done: 'Web Config shows the administrator menus, such as the Network tab.',
        hint: 'Enter the administrator password here. The assistant never reads it.',
      },
      'open-email-server': {
        title: 'Open Network > Email Server > Basic',
        action: ['Select the **Network** tab, then **Email Server** > **Basic**.'],
        done: 'The Email Server > Basic page is open.',
        hint: 'Email Server is under the Network tab.',
      },
      'choose-oauth2': {
        title: 'Choose OAuth2',
        action: ['Set **Authentication Method** to **OAuth2**.', 'Do not click OK yet: sign in first.'],
        done: 'Authentication Method shows OAuth2 and the page shows Email service.',
        hint: 'Choose OAuth2 here.',
      },
      'choose-service': {
        title: 'Choose Microsoft Exchange Online',
        action: [
          'Set **Email service** to **Microsoft Exchange Online**.',
          'For personal use, choose **Outlook.com** instead.',
        ],
        done: 'Email service shows the service you chose.',
        hint: 'Microsoft Exchange Online here (Outlook.com for personal use).',
      },
      'sign-in': {
        title: 'Sign in',
        action: ['Click **Sign In**, then **Sign in with Microsoft** in the window that opens.'],
        done: 'An authentication code and a Microsoft address are shown.',
        hint: 'Click Sign In.',
      },
      'copy-code': {
        title: 'Copy the code and open the address',
        action: [
          'Copy the authentication code shown.',
          "Click the address shown: Microsoft's sign-in page opens.",
        ],
        done: "Microsoft's page asks for the code.",
        hint: 'The code is valid for about 15 minutes.',
      },
      'enter-code': {
        title: 'Enter the code',
        action: ["On Microsoft's page, paste the code and click **Next**."],
        done: 'Microsoft asks for an account.',
        hint: 'Paste the code you copied.',
      },
      'admin-account': {
        title: 'Sign in with an administrator account',
        action: [
          'Enter an account with the Global Administrator role (at least Cloud Application Administrator) and click **Next**.',
          'The printer sends email as the account that signs in here: its mailbox needs SMTP AUTH.',
        ],
        done: 'Microsoft asks for the password.',
        hint: 'Global Administrator, or at least Cloud Application Administrator.',
      },
      password: {
        title: 'Enter the password',
        action: [
          "Enter the account's password and click **Sign in**.",
          'If Microsoft asks for a second check (MFA), complete it.',
        ],
        done: 'Microsoft shows the permissions requested.',
        hint: "The password is typed on Microsoft's page only.",
      },
      consent: {
        title: 'Consent on behalf of the organisation',
        action: [
          'On the **Permissions requested** page, tick **Consent on behalf of your organization** and click **Accept**.',
          'When Microsoft says the sign-in is complete, close that browser window.',
        ],
        done: 'Back in Web Config, Current Status reads Signed in and the account is shown.',
        hint: 'Consent on behalf of your organization, then Accept.',
      },
      'save-settings': {
        title: 'Click OK to send the settings to the printer',
        action: [
          'Check that **Current Status** reads **Signed in** and shows the account.',
          'Click **OK** to send the OAuth 2.0 settings to the printer. Until you do, the printer does not keep them.',
        ],
        done: 'After you click OK, the page loads again and still shows OAuth2 and Signed in.',
        hint: 'Signed in but not saved yet: click OK.',
      },
      'confirm-save': {
        title: 'Click OK on the confirmation page to save',
        action: [
          'Web Config shows the settings again to confirm them. The printer has not saved them yet.',
          'Click **OK** on this page. The settings page then loads again; the setup is done when it still shows OAuth2 and Signed in.',
        ],
        done: 'The settings page loads again and shows OAuth2 and Signed in.',
        hint: 'Sent but not saved yet: click OK on the confirmation page.',
      },
      'open-serverless': {
        title: 'Open Epson Print Admin Serverless',
        action: [
          "Open Epson Print Admin Serverless. This applies when its authentication settings set **Sender's Email Address** to **User's email address**.",
        ],
        done: 'The Epson Print Admin Serverless page is open.',
        hint: 'Epson Print Admin Serverless.',
      },
      'choose-for-my-email': {
        title: 'Select For My Email',
        action: [
          'Select **For My Email** (menu names vary by model).',
          'The Microsoft sign-in page appears.',
        ],
        done: 'Microsoft asks for an account.',
        hint: 'For My Email.',
      },
      'fax-open-email-server': {
        title: 'Open Fax > Fax Server > Email Server Settings',
        action: ['Select the **Fax** tab, then **Fax Server** > **Email Server Settings**.'],
        done: 'The Email Server Settings page of the fax server is open.',
        hint: 'Email Server Settings is under Fax > Fax Server.',
      },
      'fax-choose-service': {
        title: 'Choose the email service',
        action: [
          'Set **Email service** to the service your fax provider uses (Microsoft Exchange Online, or Outlook.com for personal use).',
          'Ask your fax service provider for the other settings.',
        ],
        done: 'Email service shows the service you chose.',
        hint: "Your fax provider's email service.",
      },
      'fax-save-settings': {
        title: 'Click OK to send the fax server settings to the printer',
        action: [
          'Check that **Current Status** reads **Signed in** and shows the account.',
          'Click **OK** to send the settings to the printer. Until you do, the printer does not keep them.',
        ],
        done: 'After you click OK, the page loads again and still shows OAuth2 and Signed in.',
        hint: 'Signed in but not saved yet: click OK.',
      },
      'fax-confirm-save': {
        title: 'Click OK on the confirmation page to save the fax server settings',
        action: [
          'Web Config shows the settings again to confirm them. The printer has not saved them yet.',
          'Click **OK** on this page. The settings page then loads again; the setup is done when it still shows OAuth2 and Signed in.',
        ],
        done: 'The settings page loads again and shows OAuth2 and Signed in.',
        hint: 'Sent but not saved yet: click OK on the confirmation page.',
      },
      'serverless-log-in': {
        title: 'Log in as printer administrator',
        action: [
          'In Epson Print Admin Serverless, log in as a user with administrator rights on the printer.',
        ],
        done: 'The administrator menus are shown.',
        hint: 'A user with administrator rights on the printer.',
      },
      'serverless-consent': {
        title: 'Consent for the organisation and set the permission scope',
        action: [
          'On the permissions page, select **Consent on behalf of your organization**, set the permission scope and select **Accept**.',
          'Epson Print Admin Serverless shows a message when the sign-in succeeds: select **OK** to close the window.',
        ],
        done: 'Epson Print Admin Serverless shows the sign-in succeeded.',
        hint: 'Consent on behalf of your organization, then Accept.',
      },
    },
    microsoftSide: "Then, on Microsoft's page:",
    deviceCode: {
      heading: 'Sign in with this code',
      codeLabel: 'Code',
      copy: 'Copy the code',
      copied: 'Copied',
      open: 'Open {url}',
      expiresIn: 'The code expires in {minutes} min.',
      expired: 'The code has expired: click Sign In again to get a new one.',
      waiting: "Waiting for the sign-in to finish on Microsoft's page…",
    },
    save: {
      clickOk: 'Click OK to send the settings to the printer.',
      saved: 'Saved: the printer holds the OAuth 2.0 settings.',
    },
    currentStatus: {
      signedIn:
        'Current Status reads Signed in. If the printer still cannot send email, the sign-in may not have been saved to the printer: click OK to send the settings.',
      signInShown: 'No Current Status, and a Sign In button is shown: the printer is not signed in. Sign in.',
      expired:
        'The sign-in lapses when the printer sends no email for a long time (the access and refresh tokens become invalid): the administrator signs in again.',
    },
    blocked: {
      'oauth-not-supported':
        "This printer's Authentication Method does not offer OAuth2. Update the firmware; if no update adds it, Microsoft's direct send or an SMTP relay connector are the alternatives.",
    },
  },
  pt: {
    title: 'Configurar o OAuth 2.0 para o Exchange Online',
    progress: 'Passo {position} de {total}',
    howToTell: 'Como saber que está feito:',
    variants: {
      'email-server': {
        title: 'Servidor de e-mail: OAuth 2.0',
        intro:
          'O Exchange Online já não aceita palavras-passe (senhas) de impressoras (autenticação básica) e o SMTP AUTH vem desativado; por isso, a impressora tem de iniciar sessão com OAuth 2.0 para enviar e-mails.',
        complete: [
          'Concluído: a impressora tem as configurações de OAuth 2.0 e o início de sessão.',
          'Para confirmar na impressora: no painel, Definições > Definições gerais > Definições de rede > Estado da rede > Estado servidor e-mail, ou imprima a folha de estado da rede (Estado da rede > folha de estado).',
        ],
      },
      'fax-server': {
        title: 'Servidor de fax: OAuth 2.0',
        intro:
          'Nos modelos que enviam para o servidor de um fornecedor de fax por e-mail: se o servidor do fornecedor usar OAuth 2.0, defina também OAuth2 nas configurações de e-mail do servidor de fax.',
        complete: [
          'Concluído: a impressora tem as configurações de OAuth 2.0 do servidor de fax.',
          'Peça as restantes configurações ao seu fornecedor do serviço de fax.',
        ],
      },
      serverless: {
        title: 'Epson Print Admin Serverless: Para o Meu E-mail',
        intro:
          'Quando o endereço do remetente é o endereço de cada pessoa, o administrador inicia sessão primeiro, uma vez, em nome da organização; depois, cada pessoa inicia sessão com a sua própria conta.',
        complete: [
          'O início de sessão do administrador está feito.',
          'Cada pessoa inscrita no Epson Print Admin Serverless inicia sessão uma vez, com a conta Microsoft da empresa ou da escola, na primeira vez que seleciona Para o Meu E-mail.',
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
            'No Centro de administração do Exchange, Definições > Fluxo de correio (Configurações > Fluxo de emails): desmarque **Desativar o protocolo SMTP AUTH para a sua organização** e clique em **Guardar** (ou **Salvar**).',
            'Vem desativado nos tenants criados a partir de 2020.',
          ],
          done: 'Get-TransportConfig mostra SmtpClientAuthenticationDisabled: False.',
        },
        'security-defaults-off': {
          title: 'Predefinições de segurança (padrões de segurança) desativadas',
          action: [
            'No Centro de administração do Microsoft Entra, Descrição geral > Propriedades (Visão geral > Propriedades) > **Gerir predefinições de segurança** (**Gerenciar padrões de segurança**): desative-as e proteja a organização com o Acesso Condicional.',
            'As predefinições de segurança desativam o SMTP AUTH (o guia da Epson indica este passo no Centro de administração do Exchange).',
          ],
          done: 'As predefinições de segurança aparecem como desativadas.',
        },
        'mailbox-smtp-auth': {
          title: 'SMTP AUTH ativado na caixa de correio da impressora',
          action: [
            'No Centro de administração do Microsoft 365, Utilizadores > Utilizadores ativos (Usuários > Usuários ativos) > a conta da impressora > Correio > **Gerir aplicações de e-mail** (**Gerenciar aplicativos de email**): marque **SMTP autenticado** e clique em **Guardar** (ou **Salvar**).',
            'A configuração da caixa de correio prevalece sobre a da organização.',
          ],
          done: 'SMTP autenticado está marcado para a caixa de correio.',
        },
        'mailbox-licensed': {
          title: 'A caixa de correio tem uma licença do Exchange Online',
          action: [
            'No Centro de administração do Microsoft 365, Utilizadores > Utilizadores ativos (Usuários > Usuários ativos) > a conta da impressora > **Licenças e aplicações** (**Licenças e aplicativos**): atribua uma licença que inclua o Exchange Online.',
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
            'Sem OAuth2 no Método de autenticação, a impressora não consegue enviar e-mails pelo Exchange Online.',
          ],
          done: 'O Método de autenticação oferece OAuth2.',
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
          'Selecione **Iniciar sessão**, insira a palavra-passe (senha) de administrador e clique em **OK**.',
          'Se não tiver sido alterada, a palavra-passe (senha) é muitas vezes o número de série da impressora.',
        ],
        done: 'O Web Config mostra os menus de administrador, como o separador (aba) Rede.',
        hint: 'Insira aqui a palavra-passe (senha) de administrador. O assistente nunca a lê.',
      },
      'open-email-server': {
        title: 'Abrir Rede > Servidor de e-mail > Básico',
        action: ['Selecione o separador (aba) **Rede** e depois **Servidor de e-mail** > **Básico**.'],
        done: 'A página Servidor de e-mail > Básico está aberta.',
        hint: 'O Servidor de e-mail está no separador (aba) Rede.',
      },
      'choose-oauth2': {
        title: 'Escolher OAuth2',
        action: [
          'Em **Método de autenticação**, selecione **OAuth2**.',
          'Não clique ainda em OK: primeiro inicie sessão.',
        ],
        done: 'O Método de autenticação mostra OAuth2 e a página mostra o Serviço de e-mail.',
        hint: 'Escolha OAuth2 aqui.',
      },
      'choose-service': {
        title: 'Escolher o Microsoft Exchange Online',
        action: [
          'Em **Serviço de e-mail**, selecione **Microsoft Exchange Online**.',
          'Para uso pessoal, selecione **Outlook.com**.',
        ],
        done: 'O Serviço de e-mail mostra o serviço escolhido.',
        hint: 'Microsoft Exchange Online aqui (Outlook.com para uso pessoal).',
      },
      'sign-in': {
        title: 'Iniciar sessão',
        action: [
          'Clique em **Iniciar sessão** e depois em **Iniciar sessão com a Microsoft** na janela que se abre.',
        ],
        done: 'Aparecem um código de autenticação e um endereço da Microsoft.',
        hint: 'Clique em Iniciar sessão.',
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
        action: ['Na página da Microsoft, cole o código e clique em **Seguinte** (ou **Avançar**).'],
        done: 'A Microsoft pede uma conta.',
        hint: 'Cole o código que copiou.',
      },
      'admin-account': {
        title: 'Iniciar sessão com uma conta de administrador',
        action: [
          'Insira uma conta com a função de Administrador Global (Global Administrator) ou, no mínimo, Cloud Application Administrator e clique em **Seguinte** (ou **Avançar**).',
          'A impressora envia os e-mails com a conta que inicia sessão aqui: a caixa de correio dessa conta precisa de SMTP AUTH.',
        ],
        done: 'A Microsoft pede a palavra-passe (senha).',
        hint: 'Administrador Global (Global Administrator) ou, no mínimo, Cloud Application Administrator.',
      },
      password: {
        title: 'Inserir a palavra-passe (senha)',
        action: [
          'Insira a palavra-passe (senha) da conta e clique em **Iniciar sessão** (ou **Entrar**).',
          'Se a Microsoft pedir uma segunda verificação (MFA), conclua-a.',
        ],
        done: 'A Microsoft mostra as permissões pedidas.',
        hint: 'A palavra-passe (senha) só é escrita na página da Microsoft.',
      },
      consent: {
        title: 'Dar consentimento em nome da organização',
        action: [
          'Na página **Permissões solicitadas**, marque **Consentimento em nome da organização** e clique em **Aceitar**.',
          'Quando a Microsoft indicar que o início de sessão terminou, feche essa janela do navegador.',
        ],
        done: 'De volta ao Web Config, o Estado actual mostra Sessão iniciada e a conta.',
        hint: 'Consentimento em nome da organização e depois Aceitar.',
      },
      'save-settings': {
        title: 'Clicar em OK para enviar as configurações para a impressora',
        action: [
          'Confirme que o **Estado actual** mostra **Sessão iniciada** e a conta.',
          'Clique em **OK** para enviar as configurações de OAuth 2.0 para a impressora. Até lá, a impressora não as mantém.',
        ],
        done: 'Depois de clicar em OK, a página volta a carregar e continua a mostrar OAuth2 e Sessão iniciada.',
        hint: 'Sessão iniciada, mas ainda não enviada para a impressora: clique em OK.',
      },
      'confirm-save': {
        title: 'Clicar em OK na página de confirmação para guardar',
        action: [
          'O Web Config mostra de novo as configurações para as confirmar. A impressora ainda não as guardou.',
          'Clique em **OK** nesta página. A página de configurações volta a carregar; a configuração fica concluída quando continuar a mostrar OAuth2 e a sessão iniciada.',
        ],
        done: 'A página de configurações volta a carregar e mostra OAuth2 e a sessão iniciada.',
        hint: 'Enviadas, mas ainda não guardadas: clique em OK na página de confirmação.',
      },
      'open-serverless': {
        title: 'Abrir o Epson Print Admin Serverless',
        action: [
          'Abra o Epson Print Admin Serverless. Este procedimento aplica-se quando as configurações de autenticação definem o **Ender. de e-mail do remetente** como **Endereço de e-mail do utilizador**.',
        ],
        done: 'A página do Epson Print Admin Serverless está aberta.',
        hint: 'Epson Print Admin Serverless.',
      },
      'choose-for-my-email': {
        title: 'Selecionar Para o Meu E-mail',
        action: [
          'Selecione **Para o Meu E-mail** (os nomes dos menus variam conforme o modelo).',
          'Aparece a página de início de sessão da Microsoft.',
        ],
        done: 'A Microsoft pede uma conta.',
        hint: 'Para o Meu E-mail.',
      },
      'fax-open-email-server': {
        title: 'Abrir as configurações de e-mail do servidor de fax',
        action: [
          'Selecione o separador (aba) **Fax** e depois **Servidor de fax** > **Definições de servidor de correio eletrónico**.',
        ],
        done: 'A página de configurações de e-mail do servidor de fax está aberta.',
        hint: 'Está em Fax > Servidor de fax.',
      },
      'fax-choose-service': {
        title: 'Escolher o serviço de e-mail',
        action: [
          'Em **Serviço de e-mail**, selecione o serviço que o seu fornecedor de fax usa (Microsoft Exchange Online, ou Outlook.com para uso pessoal).',
          'Peça as restantes configurações ao seu fornecedor do serviço de fax.',
        ],
        done: 'O Serviço de e-mail mostra o serviço escolhido.',
        hint: 'O serviço de e-mail do seu fornecedor de fax.',
      },
      'fax-save-settings': {
        title: 'Clicar em OK para enviar as configurações do servidor de fax para a impressora',
        action: [
          'Confirme que o **Estado actual** mostra **Sessão iniciada** e a conta.',
          'Clique em **OK** para enviar as configurações para a impressora. Até lá, a impressora não as mantém.',
        ],
        done: 'Depois de clicar em OK, a página volta a carregar e continua a mostrar OAuth2 e Sessão iniciada.',
        hint: 'Sessão iniciada, mas ainda não enviada para a impressora: clique em OK.',
      },
      'fax-confirm-save': {
        title: 'Clicar em OK na página de confirmação para guardar as configurações do servidor de fax',
        action: [
          'O Web Config mostra de novo as configurações para as confirmar. A impressora ainda não as guardou.',
          'Clique em **OK** nesta página. A página de configurações volta a carregar; a configuração fica concluída quando continuar a mostrar OAuth2 e a sessão iniciada.',
        ],
        done: 'A página de configurações volta a carregar e mostra OAuth2 e a sessão iniciada.',
        hint: 'Enviadas, mas ainda não guardadas: clique em OK na página de confirmação.',
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
          'O Epson Print Admin Serverless mostra uma mensagem quando o início de sessão é bem-sucedido: selecione **OK** para fechar a janela.',
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
      expired: 'O código expirou: clique de novo em Iniciar sessão para obter outro.',
      waiting: 'Aguarde que o início de sessão termine na página da Microsoft…',
    },
    save: {
      clickOk: 'Clique em OK para enviar as configurações para a impressora.',
      saved: 'Pronto: a impressora já tem as configurações de OAuth 2.0.',
    },
    currentStatus: {
      signedIn:
        'O Estado actual mostra Sessão iniciada. Se a impressora continuar sem conseguir enviar e-mails, o início de sessão pode não ter sido enviado para a impressora: clique em OK para enviar as configurações.',
      signInShown:
        'Não aparece o Estado actual e aparece o botão Iniciar sessão: a impressora não tem sessão iniciada. Inicie sessão.',
      expired:
        'O início de sessão expira quando a impressora passa muito tempo sem enviar e-mails (os tokens de acesso e de atualização deixam de ser válidos): o administrador tem de iniciar sessão novamente.',
    },
    blocked: {
      'oauth-not-supported':
        'O Método de autenticação desta impressora não oferece OAuth2. Atualize o firmware; se nenhuma atualização o acrescentar, as alternativas são o envio direto (direct send) da Microsoft ou um conector de retransmissão SMTP.',
    },
  },
});
