import type { Shape } from '../../define.ts';
import type domain from '../../messages/causes.ts';

const messages: Shape<(typeof domain)['en']> = {
  cause: {
    'smtp-auth-disabled': {
      title: 'SMTP AUTH está desactivado',
      explanation:
        'Exchange Online rechaza el SMTP autenticado para este buzón o para toda la organización. Los inquilinos creados después de enero de 2020 lo tienen desactivado de forma predeterminada, y la configuración del buzón prevalece sobre la de la organización.',
      remedy: [
        'Centro de administración de Microsoft 365 > Usuarios > Usuarios activos > la cuenta de la impresora > Correo > Administrar aplicaciones de correo electrónico: marque "SMTP autenticado" y guarde los cambios.',
        'O, en PowerShell de Exchange Online, para ese buzón: Set-CASMailbox -Identity <cuenta> -SmtpClientAuthenticationDisabled $false',
        'Si el interruptor de la organización también está desactivado: Set-TransportConfig -SmtpClientAuthenticationDisabled $false (Centro de administración de Exchange > Configuración > Flujo de correo: desmarque "Desactivar el protocolo SMTP AUTH para su organización").',
        'Los valores predeterminados de seguridad también bloquean SMTP AUTH: compruebe que están desactivados (Centro de administración Microsoft Entra > Información general > Propiedades > Administrar valores predeterminados de seguridad).',
        'Los cambios pueden tardar hasta una hora en aplicarse; después, vuelva a enviar un correo de prueba.',
      ],
    },
    'security-defaults-on': {
      title: 'Los valores predeterminados de seguridad bloquean SMTP AUTH',
      explanation:
        'Con los valores predeterminados de seguridad activados, Microsoft Entra ID bloquea el inicio de sesión SMTP de estilo heredado que usa la impresora, diga lo que diga la configuración del buzón.',
      remedy: [
        'Centro de administración Microsoft Entra > Identidad > Información general > Propiedades > Administrar valores predeterminados de seguridad: elija Deshabilitado (puede hacerlo un Administrador global).',
        'Proteja la organización con directivas de Acceso condicional en su lugar, y excluya solo lo que necesita la impresora.',
        'Después, active SMTP AUTH para el buzón de la impresora (Set-CASMailbox -Identity <cuenta> -SmtpClientAuthenticationDisabled $false).',
      ],
    },
    'conditional-access-blocked': {
      title: 'Una directiva de Acceso condicional bloqueó el inicio de sesión',
      explanation:
        'Microsoft Entra ID evaluó una directiva de Acceso condicional (ubicación, dispositivo, aplicación cliente, riesgo) y rechazó el inicio de sesión.',
      remedy: [
        'Centro de administración Microsoft Entra > Identidad > Supervisión y estado > Registros de inicio de sesión: abra el inicio de sesión con error y lea la pestaña Acceso condicional para ver qué directiva se aplicó.',
        'Ajuste esa directiva o excluya de ella la cuenta de la impresora (idealmente con una directiva propia más acotada).',
        'Vuelva a iniciar sesión desde Web Config (Red > Servidor de correo electrónico > Básico > Iniciar sesión).',
      ],
    },
    'ca-blocks-device-code': {
      title: 'El Acceso condicional bloquea el flujo de código de dispositivo',
      explanation:
        'La impresora inicia sesión con un código de dispositivo. Una directiva de Acceso condicional con la condición "Flujos de autenticación" (flujo de código de dispositivo) bloquea ese tipo de inicio de sesión.',
      remedy: [
        'Registros de inicio de sesión: abra el inicio de sesión con error, pestaña Acceso condicional, y busque la directiva que bloquea el "Flujo de código de dispositivo".',
        'Excluya de esa directiva la cuenta del administrador de la impresora mientras inicia la sesión de la impresora, o acote la directiva para que se permita el inicio de sesión de la impresora.',
        'Vuelva a iniciar sesión desde Web Config (Red > Servidor de correo electrónico > Básico > Iniciar sesión) y restablezca después la directiva como exija su organización.',
      ],
    },
    'mfa-required': {
      title: 'Se requiere autenticación multifactor',
      explanation:
        'La cuenta debe completar la autenticación multifactor (o registrarse en ella) antes de que se emita un token.',
      remedy: [
        'Vuelva a empezar el inicio de sesión y complete la solicitud multifactor en la ventana del navegador que se abre para el código.',
        'Si la cuenta nunca ha registrado un segundo factor, regístrelo primero en https://aka.ms/mfasetup.',
        'Si la solicitud no se puede completar desde aquí, compruebe en los registros de inicio de sesión de Entra qué directiva la exige.',
      ],
    },
    'consent-missing': {
      title: 'La aplicación no tiene consentimiento en esta organización',
      explanation:
        'Nadie ha dado su consentimiento a los permisos de la aplicación (enviar correo en nombre del usuario) para este inquilino, o la cuenta no está asignada a la aplicación.',
      remedy: [
        'Vuelva a iniciar sesión con una cuenta de administrador y, en la pantalla de permisos, marque "Consentimiento en nombre de su organización" y luego Aceptar.',
        'O concédalo en Centro de administración Microsoft Entra > Aplicaciones empresariales > la aplicación > Permisos > Conceder consentimiento de administrador.',
        'Si la aplicación requiere asignación: Aplicaciones empresariales > la aplicación > Usuarios y grupos: agregue la cuenta de la impresora.',
      ],
    },
    'admin-role-missing': {
      title: 'La cuenta no tiene el rol de administrador necesario para dar el consentimiento',
      explanation:
        'El consentimiento en nombre de la organización requiere un Administrador global (guía de Epson) o, como mínimo, un Administrador de aplicaciones en la nube.',
      remedy: [
        'Inicie sesión con una cuenta que tenga el rol Administrador global o Administrador de aplicaciones en la nube.',
        'O pida a uno de esos administradores que conceda antes el consentimiento de administrador a la aplicación (Aplicaciones empresariales > la aplicación > Permisos).',
      ],
    },
    'sign-in-expired': {
      title: 'El inicio de sesión ha caducado',
      explanation:
        'El token de acceso y el de actualización ya no son válidos: la impresora no se usó durante mucho tiempo (los tokens de actualización caducan tras unos 90 días de inactividad), la contraseña se cambió o se restableció, o un administrador o una directiva de frecuencia de inicio de sesión revocó la sesión.',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: haga clic en Iniciar sesión y vuelva a completar el inicio de sesión.',
        'Haga clic en OK para que la impresora guarde el nuevo inicio de sesión.',
        'Si sigue caducando, revise las directivas de frecuencia de inicio de sesión del Acceso condicional y los restablecimientos de contraseña de esa cuenta.',
      ],
    },
    'sign-in-required': {
      title: 'La impresora no ha iniciado sesión en el servicio de correo electrónico',
      explanation:
        'OAuth2 está seleccionado, pero la impresora no tiene ningún inicio de sesión, así que no puede enviar correo.',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: Método de autenticación = OAuth2, Servicio de correo electrónico = Microsoft Exchange Online (u Outlook.com).',
        'Haga clic en Iniciar sesión y luego en Iniciar sesión con Microsoft; abra la URL que aparece e introduzca el código.',
        'Inicie sesión con una cuenta de administrador y acepte (marque "Consentimiento en nombre de su organización").',
        'De vuelta en Web Config, compruebe que Estado actual indica Sesión iniciada y haga clic en OK.',
      ],
    },
    'signed-in-not-saved': {
      title: 'El inicio de sesión no se guardó en la impresora',
      explanation:
        'Web Config muestra Sesión iniciada, pero la configuración nunca se envió a la impresora, así que la propia impresora no tiene ningún inicio de sesión.',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: si Estado actual indica Sesión iniciada, haga clic en OK al pie de la página.',
        'Envíe un correo de prueba (Servidor de correo electrónico > Prueba de conexión) para confirmarlo.',
      ],
    },
    'sender-mismatch': {
      title: 'La dirección del remitente no es la de la cuenta con sesión iniciada',
      explanation:
        'Exchange Online solo deja que una cuenta envíe con su propia dirección, salvo que tenga el permiso Enviar como sobre la otra dirección.',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: haga que la Dirección de correo electrónico del remitente sea la misma que la Cuenta autenticada.',
        'O conceda a la cuenta Enviar como sobre el otro buzón (Centro de administración de Exchange > Destinatarios > Buzones > el buzón > Delegación > Enviar como).',
      ],
    },
    'send-throttled': {
      title: 'El envío está limitado temporalmente',
      explanation:
        'Exchange Online ha ralentizado o pausado el envío para esta cuenta, por ejemplo tras varios rechazos de "enviar como" o por superar los límites de envío.',
      remedy: [
        'Corrija primero la causa (normalmente la dirección del remitente: que sea la de la cuenta con sesión iniciada).',
        'Espere antes de reintentar: la limitación se levanta sola, a menudo en una hora y a veces en hasta 24 horas.',
      ],
    },
    'token-rejected': {
      title: 'Exchange Online rechazó el token de inicio de sesión',
      explanation:
        'El servidor SMTP rechazó el token XOAUTH2: puede ser para otra audiencia u otro ámbito, nombrar a un usuario distinto del del token, o rechazarse porque SMTP AUTH está desactivado o se aplica una directiva.',
      remedy: [
        'Compruebe que SMTP AUTH está activado para el buzón (Centro de administración de Microsoft 365 > Usuarios > Usuarios activos > la cuenta > Correo > Administrar aplicaciones de correo electrónico > SMTP autenticado).',
        'Asegúrese de que la cuenta que muestra Web Config es la que inició sesión y de que el buzón tiene licencia.',
        'Vuelva a iniciar sesión desde Web Config (Red > Servidor de correo electrónico > Básico > Iniciar sesión) y haga clic en OK.',
        'Para sus propias herramientas: solicite el ámbito https://outlook.office.com/SMTP.Send; el aud del token debe ser https://outlook.office.com.',
      ],
    },
    'token-audience': {
      title: 'El token se emitió para otro servicio',
      explanation:
        'SMTP necesita un token para Exchange Online (https://outlook.office.com). Un token para Microsoft Graph u otro recurso se rechaza con 535 5.7.3.',
      remedy: [
        'Solicite el ámbito https://outlook.office.com/SMTP.Send (más offline_access), sin ningún ámbito de Graph en la misma solicitud.',
        'Dé a la aplicación el permiso delegado SMTP.Send de Office 365 Exchange Online y conceda el consentimiento de administrador.',
      ],
    },
    'not-authenticated': {
      title: 'El dispositivo no se autenticó',
      explanation:
        'El servidor recibió correo sin ninguna autenticación: el dispositivo no envió el comando AUTH, o lo intentó antes de STARTTLS.',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: Método de autenticación = OAuth2, e inicie sesión.',
        'Conexión segura = STARTTLS, Número de puerto del servidor SMTP = 587.',
        'Haga clic en OK y envíe un correo de prueba.',
      ],
    },
    'tls-too-old': {
      title: 'El dispositivo usa TLS 1.0 o 1.1',
      explanation: 'Exchange Online solo acepta SMTP AUTH sobre TLS 1.2 o posterior.',
      remedy: [
        'Actualice el firmware de la impresora a una versión compatible con TLS 1.2.',
        'Mientras tanto, Microsoft ofrece smtp-legacy.office365.com para esos dispositivos, tras ejecutar Set-TransportConfig -AllowLegacyTLSClients $true.',
      ],
    },
    'basic-auth-rejected': {
      title: 'Se rechaza la autenticación por contraseña (básica)',
      explanation:
        'The server refused a user name and password for SMTP submission (550 5.7.30, or 535 5.7.139 "basic authentication is disabled"): Outlook.com personal accounts accept OAuth 2.0 only, and Exchange Online refuses passwords where an admin turned them off, by default for existing tenants from the end of December 2026 (new tenants never have them), and for everyone after the final removal (date announced in the second half of 2027).',
      remedy: [
        'Web Config > Network > Email Server > Basic: set Authentication Method to OAuth2 and sign in.',
        'If OAuth2 is not offered, update the printer’s firmware.',
        'Until then, an Exchange Online admin can turn SMTP AUTH back on for the mailbox (Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false); this works only until the final removal.',
        'No OAuth2 firmware and mail to colleagues only: High Volume Email (internal recipients, password sign-in kept until September 2028), a connector relay, or Direct Send.',
      ],
    },
    'ip-blocked': {
      title: 'Microsoft no acepta tráfico desde esta dirección IP',
      explanation:
        'Exchange Online rechazó la conexión por la reputación de la dirección IP de envío; es típico de inquilinos nuevos o de prueba.',
      remedy: [
        'Abra una solicitud de soporte con Microsoft 365 (centro de administración > Soporte) citando la respuesta completa.',
        'Mientras tanto, envíe desde otra red o espere a que el inquilino esté totalmente aprovisionado.',
      ],
    },
    'mailbox-unlicensed': {
      title: 'El buzón que envía no tiene licencia',
      explanation: 'Exchange Online solo deja enviar con SMTP AUTH a un buzón con licencia.',
      remedy: [
        'Centro de administración de Microsoft 365 > Usuarios > Usuarios activos > la cuenta > Licencias y aplicaciones: asigne una licencia que incluya Exchange Online.',
        'Espere a que se aprovisione el buzón y vuelva a enviar un correo de prueba.',
      ],
    },
    'wrong-server': {
      title: 'La dirección del servidor SMTP no es la de Microsoft',
      explanation:
        'Exchange Online expects smtp.office365.com; personal Outlook.com accounts expect smtp-mail.outlook.com. Your domain’s MX host (…mail.protection.outlook.com, port 25) is the Direct Send endpoint: it offers no sign-in and answers "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: Dirección del servidor SMTP = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Haga clic en OK.',
      ],
    },
    'wrong-port': {
      title: 'El puerto SMTP no es el 587',
      explanation:
        'SMTP AUTH submission to Exchange Online works on port 587 with STARTTLS only; port 465 (SSL/TLS from the first byte) is not offered, so a connection there times out or is refused.',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: Número de puerto del servidor SMTP = 587.',
        'Haga clic en OK.',
      ],
    },
    'wrong-secure-connection': {
      title: 'La conexión segura no es STARTTLS',
      explanation:
        'Exchange Online en el puerto 587 empieza en texto sin cifrar y pasa a TLS con STARTTLS; SSL/TLS desde el primer byte, o sin cifrado, falla.',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: Conexión segura = STARTTLS.',
        'Haga clic en OK.',
      ],
    },
    'service-unreachable': {
      title: 'No se puede contactar con el servicio de correo electrónico',
      explanation:
        'La conexión con el servicio de correo o de nube falló: la resolución de nombres, el enrutamiento, un cortafuegos o un proxy la detuvo, o el servicio no respondió.',
      remedy: [
        'Revise la configuración de red de la impresora: dirección IP, puerta de enlace y servidor DNS (Estado de la red en Web Config, o la hoja de estado).',
        'Compruebe que la red permite a la impresora llegar a smtp.office365.com en el puerto TCP 587 y a login.microsoftonline.com en el 443.',
        'Ejecute Servidor de correo electrónico > Prueba de conexión en Web Config y vuelva a intentarlo.',
      ],
    },
    'certificate-invalid': {
      title: 'No se pudo verificar el certificado del servidor',
      explanation:
        'El certificado TLS no se validó: falta el certificado raíz o está desactualizado, el certificado caducó, el nombre no coincide o algo intermedio intercepta la conexión.',
      remedy: [
        'Web Config > Network Security > CA Certificate / Root Certificate Update: update the root certificates.',
        'Check the printer’s date and time are correct.',
        'Check that no proxy or firewall replaces the certificate, and that the SMTP Server Address is exactly the service’s name.',
        'If the printer is behind a TLS-inspecting proxy or firewall, import that proxy’s CA certificate into the printer: Web Config > Network Security > CA Certificate > Import.',
        'If this PC (the wcoa agent) is behind such a proxy, give the agent the proxy’s CA: tls.caFile in the agent’s config.json (or WCOA_CA_FILE), then restart the agent.',
      ],
    },
    'certificate-validation-disabled': {
      title: 'La validación de certificado está desactivada',
      explanation:
        'La impresora se conecta sin comprobar el certificado del servidor de correo, así que no puede distinguir el servidor real de un impostor.',
      remedy: [
        'Actualice primero los certificados raíz (Web Config > Seguridad de red > Actualización del certificado raíz).',
        'Después, Web Config > Red > Servidor de correo electrónico > Básico: Validación de certificado = Activar, y haga clic en OK.',
      ],
    },
    'app-not-found': {
      title: 'No se encontró la aplicación en el inquilino',
      explanation:
        'El id. de cliente no es conocido en el inquilino al que fue el inicio de sesión, o la aplicación está deshabilitada allí: un id. de cliente erróneo, un inquilino erróneo, o una aplicación no habilitada para ese tipo de cuenta.',
      remedy: [
        'Compare el id. de cliente con Centro de administración Microsoft Entra > Registros de aplicaciones > la aplicación > Información general (Id. de aplicación (cliente)).',
        'Compruebe el id. o el dominio del inquilino (directorio) usado para el inicio de sesión.',
        'Las cuentas de Outlook.com necesitan una aplicación cuyos tipos de cuenta admitidos incluyan las cuentas Microsoft personales.',
      ],
    },
    'wrong-tenant-endpoint': {
      title: 'El inicio de sesión usó el punto de conexión de inquilino equivocado',
      explanation:
        'El inquilino de la URL de inicio de sesión no encaja con la aplicación o con la cuenta: una aplicación de un solo inquilino usada con /common, un inquilino mal escrito, o una cuenta de otro directorio.',
      remedy: [
        'Use el punto de conexión del propio inquilino: https://login.microsoftonline.com/<id. o dominio del inquilino>/.',
        'Compruebe que el nombre o el id. del inquilino no tiene errores y que la cuenta pertenece a ese inquilino.',
      ],
    },
    'public-client-disabled': {
      title: 'Los flujos de cliente público están desactivados en la aplicación',
      explanation:
        'El flujo de código de dispositivo requiere que el registro de aplicaciones permita flujos de cliente público; si no, Entra ID pide un secreto de cliente que el dispositivo no tiene.',
      remedy: [
        'Centro de administración Microsoft Entra > Registros de aplicaciones > la aplicación > Autenticación > Configuración avanzada: establezca "Permitir flujos de clientes públicos" en Sí y guarde.',
      ],
    },
    'client-secret-sent': {
      title: 'Un cliente público envió un secreto de cliente',
      explanation:
        'La aplicación está registrada como cliente público, pero la solicitud llevaba un secreto o una aserción de cliente, que Entra ID rechaza.',
      remedy: [
        'Quite el secreto de cliente de la configuración de la herramienta que inicia sesión.',
        'Mantenga activado "Permitir flujos de clientes públicos" para el inicio de sesión con código de dispositivo.',
      ],
    },
    'device-code-expired': {
      title: 'El código de inicio de sesión caducó',
      explanation:
        'El código que se muestra para el inicio de sesión es válido durante unos 15 minutos, y ese tiempo ha pasado.',
      remedy: ['Vuelva a empezar el inicio de sesión e introduzca enseguida el código nuevo.'],
    },
    'device-code-declined': {
      title: 'Se rechazó el inicio de sesión',
      explanation: 'La persona que iniciaba sesión canceló o rechazó los permisos que pedía la aplicación.',
      remedy: [
        'Vuelva a empezar el inicio de sesión y, en la pantalla de permisos, haga clic en Aceptar.',
        'Si la pantalla de permisos se rechaza a propósito, pida a un administrador que conceda el consentimiento de administrador.',
      ],
    },
    'transient-server-error': {
      title: 'Error temporal del servidor',
      explanation:
        'El servidor indicó un problema temporal; según esta respuesta, no hay nada mal en la configuración.',
      remedy: [
        'Vuelva a intentarlo dentro de unos minutos.',
        'Si persiste, consulte la página de estado del servicio de Microsoft 365.',
      ],
    },
    'additional-network-unsupported': {
      title: 'OAuth 2.0 solo funciona en la red estándar',
      explanation:
        'En los modelos con redes adicionales, el correo con OAuth 2.0 solo funciona en la red estándar (guía de Epson).',
      remedy: [
        'Conecte la impresora de modo que el correo salga por la red estándar.',
        'Después, vuelva a iniciar sesión desde Web Config (Red > Servidor de correo electrónico > Básico).',
      ],
    },
    'oauth-not-supported': {
      title: 'Esta impresora no ofrece OAuth 2.0',
      explanation:
        'La lista Método de autenticación no tiene OAuth2, así que, tal como está, la impresora no puede iniciar sesión en Exchange Online.',
      remedy: [
        'First update the printer’s firmware: newer firmware adds OAuth2 to Network > Email Server > Basic.',
        'If no update adds it and the printer mails colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
        'Or relay through an Exchange Online connector that identifies the printer’s network by its static public IP address or a certificate.',
        'Or use Microsoft’s direct send: SMTP to your domain’s MX host on port 25, no authentication, recipients inside your organisation only. It breaks if an admin turns on "Reject Direct Send" (generally available since September 2025) unless a partner connector covers the printer.',
      ],
    },
    'credentials-invalid': {
      title: 'Se rechazó la cuenta o la contraseña',
      explanation:
        'Entra ID no aceptó el nombre de cuenta o la contraseña: un error de escritura, una cuenta que no existe en este directorio, una contraseña caducada o una cuenta deshabilitada o bloqueada.',
      remedy: [
        'Compruebe el nombre de cuenta (la dirección completa) y vuelva a escribir la contraseña.',
        'En Centro de administración de Microsoft 365 > Usuarios > Usuarios activos, compruebe que la cuenta existe y no tiene bloqueado el inicio de sesión, y restablezca su contraseña si hace falta.',
      ],
    },
    'scope-invalid': {
      title: 'The sign-in asked for a scope or resource that is wrong',
      explanation:
        'Entra ID refused the requested scope (AADSTS70011, 28000) or could not find the resource it names (AADSTS500011). SMTP needs exactly https://outlook.office.com/SMTP.Send: Graph’s host in front of SMTP.Send (https://graph.microsoft.com/SMTP.Send), a bare resource URI beside it, or scopes of two resources in one request are refused.',
      remedy: [
        'Request the scopes "https://outlook.office.com/SMTP.Send offline_access" and nothing else in the same request (no Graph scopes, no bare https://outlook.office.com).',
        'App registration > API permissions: add Office 365 Exchange Online (or Microsoft Graph) > Delegated > SMTP.Send, then Grant admin consent.',
        'If the error says the resource principal was not found, the tenant has no Exchange Online service principal: check the tenant has Exchange Online licenses.',
      ],
    },
    'request-malformed': {
      title: 'The sign-in request is missing a required parameter',
      explanation:
        'Entra ID refused the request itself (AADSTS900144): a required field such as client_id, scope, grant_type or device_code was empty or missing. This is a fault of the tool that built the request, not of the account.',
      remedy: [
        'Check the app’s client id and tenant in the tool’s settings (wcoa: config.json, clientId and tenant) are filled in.',
        'If a printer or tool of its own built the request, update its firmware or software; quote the full error to its maker.',
      ],
    },
    'redirect-uri-missing': {
      title: 'The app registration has no reply address',
      explanation:
        'The app registration has no redirect URI for this sign-in (AADSTS500113), so Entra ID has nowhere to send the answer.',
      remedy: [
        'Microsoft Entra admin center > App registrations > the app > Authentication > Add a platform: add the redirect URI the tool uses (for a desktop or device sign-in, "Mobile and desktop applications" with https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Save, then sign in again.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'The reply address is registered on the wrong platform',
      explanation:
        'The redirect URI exists but under a platform that does not fit the flow (AADSTS9002325 and similar): for example registered as a Single-page application while the tool redeems the code as a desktop or web app, or the reverse.',
      remedy: [
        'App registrations > the app > Authentication: remove the redirect URI from the platform it is on and add it under the platform that matches the tool (desktop and device sign-ins: "Mobile and desktop applications").',
        'For the device code flow also set "Allow public client flows" to Yes, then sign in again.',
      ],
    },
    'client-secret-invalid': {
      title: 'The app’s client secret is wrong or expired',
      explanation:
        'Entra ID refused the client secret (AADSTS7000215): it was mistyped, the secret’s ID was given instead of its value, or it expired.',
      remedy: [
        'App registrations > the app > Certificates & secrets: create a new client secret and copy its Value (not the Secret ID) into the tool.',
        'A device sign-in (device code flow) needs no secret at all: use a public client and send none.',
      ],
    },
    'token-user-mismatch': {
      title: 'The token belongs to another account than the one sending',
      explanation:
        'SMTP XOAUTH2 sends a user name and a token; Exchange Online refuses them (535 5.7.3) when the token was issued to a different account, for example when the global administrator signed in while the printer sends as its own mailbox.',
      remedy: [
        'Sign in with the mailbox the printer sends as (the account in Web Config > Network > Email Server > Basic), not with the administrator’s account.',
        'Or grant the signed-in account Send As on that mailbox (Exchange admin center > Recipients > Mailboxes > the mailbox > Delegation) and make the sender match the signed-in account.',
      ],
    },
    'basic-auth-retiring': {
      title: 'Password sign-in to Exchange Online is being switched off',
      explanation:
        'This printer sends through Exchange Online or Outlook.com with a password (SMTP-AUTH). Microsoft switches password SMTP AUTH off by default for existing tenants at the end of December 2026 (an admin can turn it back on for now; new tenants do not have it) and will announce the final removal date in the second half of 2027; after that the printer gets "550 5.7.30 Basic authentication is not supported for Client Submission".',
      remedy: [
        'Move to OAuth 2.0: Web Config > Network > Email Server > Basic: Authentication Method = OAuth2, then Sign In (update the firmware first if OAuth2 is not offered).',
        'Without OAuth2 firmware and mail to colleagues only: High Volume Email (internal recipients only; password sign-in kept until September 2028).',
        'Or relay through an Exchange Online connector that identifies the printer by its static public IP address or a certificate.',
        'Or Direct Send to your domain’s MX host on port 25 (internal recipients only); it stops working if an admin turns on "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) without a connector that covers the printer.',
      ],
    },
    'direct-send-rejected': {
      title: 'The tenant rejects Direct Send',
      explanation:
        'The printer sends without signing in to your domain’s MX host (Direct Send), and the tenant’s "Reject Direct Send" setting (generally available since September 2025) refuses such mail.',
      remedy: [
        'Best: switch the printer to OAuth 2.0 on smtp.office365.com port 587 (Web Config > Network > Email Server > Basic).',
        'Or create an inbound partner connector that identifies the printer by its static public IP address or a certificate, so its mail is no longer unauthenticated Direct Send.',
        'Or, if your organisation accepts it, turn the setting off: Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'The server only speaks TLS 1.1 or older',
      explanation:
        'The SMTP server offered no TLS version from 1.2 up; TLS 1.0 and 1.1 are retired (RFC 8996) and neither the agent nor Exchange Online accepts them. The server, not the device, is out of date.',
      remedy: [
        'Check the SMTP Server Address: Exchange Online is smtp.office365.com; another server or relay in between must offer TLS 1.2 or later.',
        'Ask whoever runs that server to enable TLS 1.2 (or 1.3).',
      ],
    },
    'agent-ca-untrusted': {
      title: 'The agent does not trust the certificate’s issuer',
      explanation:
        'The certificate chain does not lead to a certificate authority the agent trusts: a private CA, or a proxy or firewall that inspects TLS and issues its own certificates.',
      remedy: [
        'If the CA is yours (a company CA, a TLS-inspecting proxy), set "tls": { "caFile": "/path/to/ca.pem" } in the agent’s config.json (or WCOA_CA_FILE) and restart the agent.',
        'Otherwise check that nothing between this computer and the server replaces the certificate.',
      ],
    },
    'smtp-line-too-long': {
      title: 'The server refused a command line as too long',
      explanation:
        'The SMTP server answered a command with a line-length error (such as 500 5.5.2 Line too long). Access tokens are long; a server that limits lines must accept the XOAUTH2 response on its own line after a 334.',
      remedy: [
        'Check the SMTP Server Address points at the mail service you meant.',
        'Ask whoever runs the server to allow AUTH lines of at least 12288 octets (RFC 4954) or the two-step AUTH form.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Connected, but the server sent no SMTP greeting',
      explanation:
        'The TCP connection opened but no 220 greeting came within the time allowed: the port may expect TLS from the start (465), or a firewall or a busy server holds the connection.',
      remedy: [
        'Use port 587 with STARTTLS for Exchange Online.',
        'Check that no firewall or proxy intercepts the SMTP port, then try again.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'No connection to the cloud service or email service.',
        solution: 'Connect to the cloud service or email service.',
      },
      '361': {
        state: 'The connection to the cloud service or email service has expired.',
        solution: 'Connect to the cloud service or email service again.',
      },
      '370': {
        state: 'You need to sign in to the cloud service again.',
        solution: 'Sign in to the cloud service.',
      },
    },
    documented: 'Error code {code}: {state} Epson’s solution: {solution}',
    likely: 'Likely causes: {causes}',
    undocumented:
      'Código de error {code}: la guía OAuth 2.0 de Epson no documenta este código. Búsquelo en el manual de la impresora (el Manual de usuario enumera los códigos que muestra el menú Estado del trabajo).',
  },
  explain: {
    noCause: 'No se ha reconocido ninguna causa conocida.',
    source: 'Fuente: {source}',
    sourceChecked: 'Source: {source} (checked {date})',
    matched: 'Coincidencia: {evidence}',
    emptyInput: 'Nada que explicar: indique un texto, o - para leerlo de la entrada estándar.',
    badLang: 'Idioma desconocido "{lang}". Use uno de estos: {langs}.',
    description:
      'Explica un texto de error (respuesta SMTP, error de inicio de sesión, código o mensaje de Epson): causas probables y qué hacer',
    textArgument: 'textos de error que explicar; - lee uno de la entrada estándar',
    jsonOption: 'imprime una línea JSON por texto',
    langOption: 'idioma de los títulos y las soluciones: {langs}',
  },
};
export default messages;
