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
        'El servidor rechazó un nombre de usuario y una contraseña para el envío SMTP (550 5.7.30, o 535 5.7.139 "basic authentication is disabled"): las cuentas personales de Outlook.com solo aceptan OAuth 2.0, y Exchange Online rechaza las contraseñas donde un administrador las ha desactivado, de forma predeterminada para los inquilinos existentes a partir de finales de diciembre de 2026 (los inquilinos nuevos nunca las tienen), y para todos tras la retirada definitiva (fecha que se anunciará en el segundo semestre de 2027).',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: establezca Método de autenticación en OAuth2 e inicie sesión.',
        'Si no se ofrece OAuth2, actualice el firmware de la impresora.',
        'Mientras tanto, un administrador de Exchange Online puede volver a activar SMTP AUTH para el buzón (Set-CASMailbox -Identity <cuenta> -SmtpClientAuthenticationDisabled $false); esto solo funciona hasta la retirada definitiva.',
        'Sin firmware con OAuth2 y con correo solo para compañeros: High Volume Email (destinatarios internos; el inicio de sesión con contraseña se mantiene hasta septiembre de 2028), una retransmisión mediante conector, o el envío directo (Direct Send).',
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
        'Exchange Online espera smtp.office365.com; las cuentas personales de Outlook.com esperan smtp-mail.outlook.com. El host MX de su dominio (…mail.protection.outlook.com, puerto 25) es el punto de conexión del envío directo (Direct Send): no ofrece inicio de sesión y responde "504 5.7.4 Unrecognized authentication type".',
      remedy: [
        'Web Config > Red > Servidor de correo electrónico > Básico: Dirección del servidor SMTP = smtp.office365.com (Outlook.com: smtp-mail.outlook.com).',
        'Haga clic en OK.',
      ],
    },
    'wrong-port': {
      title: 'El puerto SMTP no es el 587',
      explanation:
        'El envío con SMTP AUTH a Exchange Online solo funciona en el puerto 587 con STARTTLS; el puerto 465 (SSL/TLS desde el primer byte) no se ofrece, así que una conexión a él agota el tiempo de espera o se rechaza.',
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
        'Web Config > Seguridad de red > Certificado CA / Actualización del certificado raíz: actualice los certificados raíz.',
        'Compruebe que la fecha y la hora de la impresora son correctas.',
        'Compruebe que ningún proxy ni cortafuegos sustituye el certificado y que la Dirección del servidor SMTP es exactamente el nombre del servicio.',
        'Si la impresora está detrás de un proxy o cortafuegos que inspecciona TLS, importe en la impresora el certificado CA de ese proxy: Web Config > Seguridad de red > Certificado CA > Importar.',
        'Si este equipo (el agente wcoa) está detrás de un proxy así, indique al agente la CA del proxy: tls.caFile en el config.json del agente (o WCOA_CA_FILE), y reinicie el agente.',
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
        'Actualice primero el firmware de la impresora: el firmware más reciente añade OAuth2 en Red > Servidor de correo electrónico > Básico.',
        'Si ninguna actualización lo añade y la impresora solo envía correo a compañeros: High Volume Email (solo destinatarios internos; el inicio de sesión con contraseña se mantiene hasta septiembre de 2028).',
        'O retransmita a través de un conector de Exchange Online que identifique la red de la impresora por su dirección IP pública estática o por un certificado.',
        'O use el envío directo de Microsoft (Direct Send): SMTP al host MX de su dominio en el puerto 25, sin autenticación, solo a destinatarios de su organización. Deja de funcionar si un administrador activa "Reject Direct Send" (disponible de forma general desde septiembre de 2025), salvo que un conector de asociado cubra la impresora.',
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
      title: 'El inicio de sesión pidió un ámbito o un recurso erróneo',
      explanation:
        'Entra ID rechazó el ámbito solicitado (AADSTS70011, 28000) o no encontró el recurso que nombra (AADSTS500011). SMTP necesita exactamente https://outlook.office.com/SMTP.Send: se rechazan el host de Graph delante de SMTP.Send (https://graph.microsoft.com/SMTP.Send), un URI de recurso suelto a su lado, o ámbitos de dos recursos en una misma solicitud.',
      remedy: [
        'Solicite los ámbitos "https://outlook.office.com/SMTP.Send offline_access" y nada más en la misma solicitud (ningún ámbito de Graph, ningún https://outlook.office.com suelto).',
        'Registro de aplicaciones > Permisos de API: agregue Office 365 Exchange Online (o Microsoft Graph) > Permisos delegados > SMTP.Send y, después, Conceder consentimiento de administrador.',
        'Si el error indica que no se encontró la entidad de servicio del recurso, el inquilino no tiene ninguna entidad de servicio de Exchange Online: compruebe que el inquilino tiene licencias de Exchange Online.',
      ],
    },
    'request-malformed': {
      title: 'A la solicitud de inicio de sesión le falta un parámetro obligatorio',
      explanation:
        'Entra ID rechazó la propia solicitud (AADSTS900144): un campo obligatorio como client_id, scope, grant_type o device_code estaba vacío o faltaba. Es un fallo de la herramienta que construyó la solicitud, no de la cuenta.',
      remedy: [
        'Compruebe que el id. de cliente de la aplicación y el inquilino están rellenados en la configuración de la herramienta (wcoa: config.json, clientId y tenant).',
        'Si la solicitud la construyó una impresora o una herramienta propia, actualice su firmware o su software y facilite a su fabricante el error completo.',
      ],
    },
    'redirect-uri-missing': {
      title: 'El registro de aplicaciones no tiene dirección de respuesta',
      explanation:
        'El registro de aplicaciones no tiene ningún URI de redireccionamiento para este inicio de sesión (AADSTS500113), así que Entra ID no tiene adónde enviar la respuesta.',
      remedy: [
        'Centro de administración Microsoft Entra > Registros de aplicaciones > la aplicación > Autenticación > Agregar una plataforma: agregue el URI de redireccionamiento que usa la herramienta (para un inicio de sesión de escritorio o de dispositivo, "Aplicaciones móviles y de escritorio" con https://login.microsoftonline.com/common/oauth2/nativeclient).',
        'Guarde y vuelva a iniciar sesión.',
      ],
    },
    'redirect-uri-wrong-platform': {
      title: 'La dirección de respuesta está registrada en la plataforma equivocada',
      explanation:
        'El URI de redireccionamiento existe, pero en una plataforma que no corresponde al flujo (AADSTS9002325 y similares): por ejemplo, registrado como Aplicación de página única mientras la herramienta canjea el código como aplicación de escritorio o web, o al revés.',
      remedy: [
        'Registros de aplicaciones > la aplicación > Autenticación: quite el URI de redireccionamiento de la plataforma en la que está y agréguelo en la plataforma que corresponde a la herramienta (inicios de sesión de escritorio y de dispositivo: "Aplicaciones móviles y de escritorio").',
        'Para el flujo de código de dispositivo, establezca además "Permitir flujos de clientes públicos" en Sí y vuelva a iniciar sesión.',
      ],
    },
    'client-secret-invalid': {
      title: 'El secreto de cliente de la aplicación es erróneo o ha caducado',
      explanation:
        'Entra ID rechazó el secreto de cliente (AADSTS7000215): se escribió mal, se indicó el id. del secreto en lugar de su valor, o ha caducado.',
      remedy: [
        'Registros de aplicaciones > la aplicación > Certificados y secretos: cree un nuevo secreto de cliente y copie su Valor (no el Id. de secreto) en la herramienta.',
        'Un inicio de sesión de dispositivo (flujo de código de dispositivo) no necesita ningún secreto: use un cliente público y no envíe ninguno.',
      ],
    },
    'token-user-mismatch': {
      title: 'El token pertenece a una cuenta distinta de la que envía',
      explanation:
        'SMTP XOAUTH2 envía un nombre de usuario y un token; Exchange Online los rechaza (535 5.7.3) cuando el token se emitió para otra cuenta, por ejemplo cuando inició sesión el Administrador global mientras la impresora envía como su propio buzón.',
      remedy: [
        'Inicie sesión con el buzón como el que envía la impresora (la cuenta de Web Config > Red > Servidor de correo electrónico > Básico), no con la cuenta del administrador.',
        'O conceda a la cuenta con sesión iniciada el permiso Enviar como sobre ese buzón (Centro de administración de Exchange > Destinatarios > Buzones > el buzón > Delegación) y haga que el remitente coincida con la cuenta con sesión iniciada.',
      ],
    },
    'basic-auth-retiring': {
      title: 'El inicio de sesión con contraseña en Exchange Online se está desactivando',
      explanation:
        'Esta impresora envía a través de Exchange Online o de Outlook.com con una contraseña (SMTP-AUTH). Microsoft desactiva de forma predeterminada SMTP AUTH con contraseña para los inquilinos existentes a finales de diciembre de 2026 (por ahora un administrador puede volver a activarlo; los inquilinos nuevos no lo tienen) y anunciará la fecha de la retirada definitiva en el segundo semestre de 2027; a partir de entonces la impresora recibe "550 5.7.30 Basic authentication is not supported for Client Submission".',
      remedy: [
        'Pase a OAuth 2.0: Web Config > Red > Servidor de correo electrónico > Básico: Método de autenticación = OAuth2 y, después, Iniciar sesión (actualice antes el firmware si no se ofrece OAuth2).',
        'Sin firmware con OAuth2 y con correo solo para compañeros: High Volume Email (solo destinatarios internos; el inicio de sesión con contraseña se mantiene hasta septiembre de 2028).',
        'O retransmita a través de un conector de Exchange Online que identifique la impresora por su dirección IP pública estática o por un certificado.',
        'O use el envío directo (Direct Send) al host MX de su dominio en el puerto 25 (solo destinatarios internos); deja de funcionar si un administrador activa "Reject Direct Send" (Set-OrganizationConfig -RejectDirectSend $true) sin un conector que cubra la impresora.',
      ],
    },
    'direct-send-rejected': {
      title: 'El inquilino rechaza el envío directo (Direct Send)',
      explanation:
        'La impresora envía sin iniciar sesión al host MX de su dominio (envío directo, Direct Send), y la opción "Reject Direct Send" del inquilino (disponible de forma general desde septiembre de 2025) rechaza ese correo.',
      remedy: [
        'Lo mejor: cambie la impresora a OAuth 2.0 en smtp.office365.com, puerto 587 (Web Config > Red > Servidor de correo electrónico > Básico).',
        'O cree un conector de entrada de asociado que identifique la impresora por su dirección IP pública estática o por un certificado, para que su correo deje de ser envío directo sin autenticar.',
        'O, si su organización lo acepta, desactive la opción: Set-OrganizationConfig -RejectDirectSend $false.',
      ],
    },
    'server-tls-too-old': {
      title: 'El servidor solo admite TLS 1.1 o anterior',
      explanation:
        'El servidor SMTP no ofreció ninguna versión de TLS a partir de la 1.2; TLS 1.0 y 1.1 están retirados (RFC 8996) y ni el agente ni Exchange Online los aceptan. El que está desactualizado es el servidor, no el dispositivo.',
      remedy: [
        'Compruebe la Dirección del servidor SMTP: la de Exchange Online es smtp.office365.com; cualquier otro servidor o retransmisor intermedio debe ofrecer TLS 1.2 o posterior.',
        'Pida a quien administra ese servidor que active TLS 1.2 (o 1.3).',
      ],
    },
    'agent-ca-untrusted': {
      title: 'El agente no confía en el emisor del certificado',
      explanation:
        'La cadena de certificados no lleva a ninguna entidad de certificación en la que confíe el agente: una CA privada, o un proxy o cortafuegos que inspecciona TLS y emite sus propios certificados.',
      remedy: [
        'Si la CA es suya (una CA de la empresa, un proxy que inspecciona TLS), defina "tls": { "caFile": "/path/to/ca.pem" } en el config.json del agente (o WCOA_CA_FILE) y reinicie el agente.',
        'Si no, compruebe que nada entre este equipo y el servidor sustituye el certificado.',
      ],
    },
    'smtp-line-too-long': {
      title: 'El servidor rechazó una línea de comando por ser demasiado larga',
      explanation:
        'El servidor SMTP respondió a un comando con un error de longitud de línea (como 500 5.5.2 Line too long). Los tokens de acceso son largos; un servidor que limita las líneas debe aceptar la respuesta XOAUTH2 en una línea propia tras un 334.',
      remedy: [
        'Compruebe que la Dirección del servidor SMTP apunta al servicio de correo que pretendía.',
        'Pida a quien administra el servidor que admita líneas AUTH de al menos 12288 octetos (RFC 4954) o la forma de AUTH en dos pasos.',
      ],
    },
    'smtp-no-greeting': {
      title: 'Conectado, pero el servidor no envió ningún saludo SMTP',
      explanation:
        'La conexión TCP se abrió, pero no llegó ningún saludo 220 en el tiempo permitido: puede que el puerto espere TLS desde el principio (465), o que un cortafuegos o un servidor ocupado retenga la conexión.',
      remedy: [
        'Use el puerto 587 con STARTTLS para Exchange Online.',
        'Compruebe que ningún cortafuegos ni proxy intercepta el puerto SMTP y vuelva a intentarlo.',
      ],
    },
  },
  jobCode: {
    epson: {
      '360': {
        state: 'No hay conexión con el servicio de nube ni con el servicio de correo electrónico.',
        solution: 'Conéctese al servicio de nube o al servicio de correo electrónico.',
      },
      '361': {
        state: 'La conexión con el servicio de nube o con el servicio de correo electrónico ha caducado.',
        solution: 'Vuelva a conectarse al servicio de nube o al servicio de correo electrónico.',
      },
      '370': {
        state: 'Debe volver a iniciar sesión en el servicio de nube.',
        solution: 'Inicie sesión en el servicio de nube.',
      },
    },
    documented: 'Código de error {code}: {state} Solución de Epson: {solution}',
    likely: 'Causas probables: {causes}',
    undocumented:
      'Código de error {code}: la guía OAuth 2.0 de Epson no documenta este código. Búsquelo en el manual de la impresora (el Manual de usuario enumera los códigos que muestra el menú Estado del trabajo).',
  },
  explain: {
    noCause: 'No se ha reconocido ninguna causa conocida.',
    source: 'Fuente: {source}',
    sourceChecked: 'Fuente: {source} (comprobada el {date})',
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
