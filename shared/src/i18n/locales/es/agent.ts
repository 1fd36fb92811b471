import type { Shape } from '../../define.ts';
import type domain from '../../messages/agent.ts';

const messages: Shape<(typeof domain)['en']> = {
  errors: {
    'forbidden-host': 'Este agente solo responde en 127.0.0.1, localhost o [::1], en su propio puerto.',
    'unsupported-media-type': 'Envíe el cuerpo de la solicitud como JSON (Content-Type: application/json).',
    'payload-too-large': 'El cuerpo de la solicitud supera los 64 KiB.',
    'invalid-json': 'El cuerpo de la solicitud no es JSON válido.',
    'forbidden-origin':
      'Este origen no está emparejado con el agente. Ejecute "wcoa pair" e introduzca el código en las opciones de la extensión.',
    unauthorized:
      'Falta el token o no es correcto. Vuelva a emparejar la extensión ("wcoa pair") o ejecute la CLI con el mismo --home que el agente.',
    'rate-limited': 'Demasiadas solicitudes. Vuelva a intentarlo dentro de {seconds} s.',
    'invalid-request': 'La solicitud no es válida: {details}',
    'not-found': 'Aquí no hay nada: {path}',
    'pairing-code-invalid':
      'Ese código de emparejamiento no es correcto, ya se usó o ha caducado. Ejecute "wcoa pair" para obtener otro.',
    'account-unknown':
      'El agente no tiene la cuenta {account}. Inicie sesión primero: wcoa signin --email {account}',
    'account-not-signed-in':
      'La cuenta {account} no tiene la sesión iniciada ({state}). Vuelva a iniciar sesión: wcoa signin --email {account}',
    'recipient-not-allowed':
      'Un correo de prueba se envía a la propia cuenta; {to} no figura en testMail.allowedRecipients de {config}, en la carpeta del agente.',
    'signin-not-configured':
      'Para iniciar sesión hace falta el id. de cliente de su aplicación de Entra: defina "clientId" en {config} o WCOA_CLIENT_ID (README: "Register the Entra app").',
    'signin-failed': 'No se pudo iniciar el inicio de sesión: {reason}',
    'smtp-host-not-allowed':
      'El agente solo envía su token de acceso a los servidores SMTP de Microsoft ({allowed}), no a {host}. Si {host} es correcto, añádalo a testMail.allowedSmtpHosts en {config}.',
    'printer-unknown':
      'El agente no ha visto ninguna impresora "{id}". GET /v1/printers (o `wcoa printers`) las enumera.',
    'sheet-unavailable': '{reason}',
    internal:
      'El agente ha sufrido un error inesperado. Su registro, {logs} en la carpeta del agente (wcoa status indica dónde), da más detalles.',
    'agent-down': 'El agente wcoa no se está ejecutando. Inícielo con: npx wcoa start',
    'not-paired':
      'La extensión no está emparejada con el agente. Ejecute "npx wcoa pair" e introduzca el código en las opciones.',
    'printer-not-enabled': 'La extensión no está activada en esta impresora.',
    'extension-reloaded':
      'La extensión se actualizó o se recargó con esta página abierta y la página ya no puede comunicarse con ella. Recargue la página para volver a usar el asistente.',
  },
  validation: {
    lineBreak: '{field} debe ocupar una sola línea, sin saltos de línea.',
    email: '{field} no es una dirección de correo electrónico válida.',
    required: '{field} es obligatorio.',
    date: '{field} no es una fecha entre 2000 y hoy (ISO 8601 con zona horaria).',
    other: '{field}: {problem}',
  },
  config: {
    invalid: 'La configuración no es válida ({where}): {problems}',
    keyMismatch:
      'La clave del almacén guardada en {backend} no abre el almacén de {home}. Restaure la clave o aparte el almacén para empezar de cero.',
  },
  cli: {
    home: 'carpeta del agente (predeterminada: WCOA_HOME o la carpeta de datos de la plataforma)',
    port: 'puerto del agente (predeterminado: WCOA_PORT o {port})',
    startDescription: 'ejecuta el agente en loopback (127.0.0.1 y [::1])',
    statusDescription:
      'muestra qué se ejecuta y dónde, dónde se guarda la clave, las cuentas y los clientes emparejados',
    pairDescription: 'muestra un código de emparejamiento de un solo uso para la extensión (5 minutos)',
    clientsDescription: 'enumera las extensiones emparejadas',
    revokeDescription: 'revoca una extensión emparejada por su id.',
    signinDescription: 'inicia sesión en una cuenta con el flujo de código de dispositivo (SMTP.Send)',
    testMailDescription: 'envía un correo de prueba con XOAUTH2 y muestra cada etapa',
    probeDescription: 'comprueba un servidor SMTP: DNS, conexión, STARTTLS, TLS, mecanismos AUTH',
    badPort: '"{value}" no es un puerto: use un número de 0 a 65535.',
    badSmtp: '"{value}" no tiene la forma HOST o HOST:PUERTO.',
    alreadyRunning:
      'Ya hay un agente escuchando en el puerto {port} (pid {pid}). Deténgalo primero o use otro --port.',
    portInUse: 'El puerto {port} está en uso. Elija otro con --port (0 elige uno libre).',
    notRunning: 'No se está ejecutando ningún agente para {home}. Inicie uno con: npx wcoa start',
    unreachable:
      'No se puede contactar con el agente en {url} ({reason}). ¿Se está ejecutando "wcoa start" con el mismo --port y --home?',
    agentError: 'El agente responde: {message}',
    running: 'Agente {version}, pid {pid}, escuchando en {listening}',
    homeLine: 'Carpeta: {home}',
    backendLine: 'Clave del almacén guardada en: {backend}',
    signinLine: 'Inicio de sesión: id. de cliente {clientId}, autoridad {authority}',
    notConfigured: 'sin definir',
    configured: 'definido',
    noAccounts: 'No hay cuentas.',
    accountLine: '  {email} ({tenant}): {state}',
    accountCause: '    causa: {cause}',
    accountReason: '    motivo: {reason}',
    accountReasons: {
      'stored-sign-in-unreadable':
        'su inicio de sesión guardado no superó la comprobación de integridad del almacén (se modificó o se selló con otra clave) y se ha apartado; vuelva a iniciar sesión: wcoa signin --email {account}',
    },
    clientsCount: 'Extensiones emparejadas: {count}',
    noClients: 'No hay extensiones emparejadas.',
    clientLine: '{id}  {name}  {origin}  emparejada {created}  último uso {used}',
    never: 'nunca',
    revoked: '{id} revocada.',
    noSuchClient: 'No hay ninguna extensión emparejada con el id. {id}. "wcoa clients" las enumera.',
    signinPrompt:
      'Para iniciar sesión, abra {url} e introduzca el código {code}. El código caduca a las {expires}.',
    signinWaiting: 'Esperando a que termine el inicio de sesión…',
    signedIn: 'Sesión iniciada: {email}',
    signinFailed: 'El inicio de sesión ha fallado ({state}).',
    causeLine: '  {id}: {title}',
    stageOk: '  ✓ {stage} {ms}',
    stageFailed: '  ✗ {stage}',
    testMailOk: 'Correo de prueba aceptado: {reply}',
    testMailFailed: 'El correo de prueba falló en la etapa {stage}: {reply}',
    probeOk: 'El servidor {host}:{port} acepta STARTTLS y ofrece XOAUTH2.',
    probeFailed: '{host}:{port}: la comprobación se detuvo en {stage}.',
    probeNoXoauth2: '{host}:{port} no ofrece AUTH XOAUTH2 después de STARTTLS.',
    tlsLine:
      '  TLS {version}, certificado para {subject} emitido por {issuer}, válido hasta {validTo} ({validity}), el nombre {nameMatch}',
    dayCount: '{days} día',
    daysCount: '{days} días',
    nameMatches: 'coincide',
    nameDiffers: 'NO coincide',
    authLine: '  AUTH después de STARTTLS: {mechanisms}',
  },
  options: {
    json: 'imprime JSON (una línea por resultado)',
    email: 'el buzón con el que se inicia sesión (la cuenta de la impresora)',
    tenant: 'id. o dominio del inquilino; organizations, o consumers para Outlook.com',
    account: 'la cuenta con sesión iniciada que envía',
    from: 'el remitente (la Dirección de correo electrónico del remitente de la impresora); predeterminado: la cuenta',
    to: 'el destinatario: la propia cuenta o una de testMail.allowedRecipients',
    smtp: 'servidor SMTP como HOST:PUERTO (predeterminado según la configuración: smtp.office365.com:587)',
    printer: 'registra la prueba para esta impresora',
  },
  stages: {
    dns: 'DNS',
    connect: 'conexión',
    banner: 'saludo',
    ehlo: 'EHLO',
    starttls: 'STARTTLS',
    tls: 'TLS',
    auth: 'autenticación',
    sender: 'remitente',
    recipient: 'destinatario',
    data: 'mensaje',
    ok: 'terminado',
  },
  testMail: {
    subject: 'Correo de prueba de wcoa: XOAUTH2 funciona para {account}',
    body: 'Este mensaje lo ha enviado el agente de Web Config OAuth Assistant por SMTP con STARTTLS y AUTH XOAUTH2, como {account}, a través de {server}, el {time}. Si ha llegado, el inquilino acepta correo OAuth 2.0 de esta cuenta.',
  },
  detect: {
    description: 'lee páginas de Web Config guardadas (HTML): tipo de página, modelo, idioma y campos',
    fileArgument:
      'páginas HTML guardadas desde una impresora (o cualquier página, para comprobar que no es Web Config)',
    urlOption: 'la dirección de la que procede la página (solo como indicio de apoyo)',
    jsonOption: 'una línea JSON por página: { "file", …PageModel }',
    noFiles: 'Indique al menos una página HTML: wcoa detect pagina.html',
    badUrl: '"{url}" no es una URL. Indíquela como http://HOST/RUTA, u omita --url.',
    unreadable: 'No se puede leer {file}: {reason}.',
    notFound: 'no existe ese archivo; compruebe la ruta',
    denied: 'permiso denegado',
    isFolder: 'es una carpeta; indique las páginas HTML que contiene',
    notHtml:
      '{file} no es una página HTML (no contiene marcado). Guarde la página desde el navegador como HTML y vuelva a intentarlo.',
    tooLarge:
      '{file} ocupa {size} MB; wcoa detect lee páginas de hasta {limit} MB (una página de Web Config es mucho menor). Guarde solo la página de la impresora (solo HTML, no la página completa) e inténtelo de nuevo.',
    failedCount: 'No se pudieron leer {count} de {total} páginas.',
    page: 'página',
    vendor: 'fabricante',
    model: 'modelo',
    lang: 'idioma',
    signals: 'indicios',
    unknown: 'desconocido',
    notEpson: 'no es Web Config de Epson',
    tooDeep:
      '{file} anida sus elementos a más de {limit} niveles de profundidad, algo que ninguna página de Web Config hace; no se lee. Guarde de nuevo la página de la impresora desde el navegador (solo HTML).',
  },
};
export default messages;
