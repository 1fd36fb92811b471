import type { Shape } from '../../define.ts';
import type domain from '../../messages/sheet.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Hoja de estado de la red',
  printed: 'Impresa el {date}',
  notSeen: 'aún no visto',
  seenOn: 'Según Web Config el {date}',
  identity: {
    heading: 'Impresora',
    model: 'Modelo',
    serialNumber: 'Número de serie',
    webConfig: 'Web Config',
    printerId: 'Id. de impresora (wcoa)',
    firstSeen: 'Vista por primera vez',
  },
  network: {
    heading: 'Estado de la red',
    deviceName: 'Nombre del dispositivo',
    connection: 'Estado de la conexión',
    ipAddress: 'Dirección IP',
    subnetMask: 'Máscara de subred',
    gateway: 'Puerta de enlace predeterminada',
    dns: 'Servidor DNS',
    ipv6: 'Dirección IPv6',
    macAddress: 'Dirección MAC',
    ssid: 'SSID',
  },
  email: {
    heading: 'Servidor de correo electrónico',
    authMethod: 'Método de autenticación',
    emailService: 'Servicio de correo electrónico',
    currentStatus: 'Estado actual',
    account: 'Cuenta autenticada',
    sender: 'Dirección de correo electrónico del remitente',
    smtpServer: 'Dirección del servidor SMTP',
    smtpPort: 'Número de puerto del servidor SMTP',
    secureConnection: 'Conexión segura',
    certificateValidation: 'Validación de certificado',
  },
  values: {
    off: 'Desactivado',
    smtpAuth: 'SMTP AUTH',
    popBeforeSmtp: 'POP antes de SMTP',
    oauth2: 'OAuth 2.0',
    exchangeOnline: 'Microsoft Exchange Online',
    outlookCom: 'Outlook.com',
    signedIn: 'Sesión iniciada',
    notSignedIn: 'Sesión no iniciada',
    none: 'Ninguno',
    starttls: 'STARTTLS',
    sslTls: 'SSL/TLS',
    enable: 'Activar',
    disable: 'Desactivar',
    yes: 'Sí',
    no: 'No',
  },
  jobs: {
    heading: 'Historial de trabajos',
    codes: 'Códigos de error (los más recientes primero)',
    noErrors: 'No figura ningún código de error',
  },
  beyond: {
    heading: 'Lo que la hoja de la propia impresora no puede mostrar',
  },
  testMail: {
    heading: 'Último correo de prueba (agente wcoa)',
    result: 'Resultado',
    delivered: 'Entregado',
    failedAt: 'Falló en: {stage}',
    sent: 'Enviado',
    route: 'De → A',
    server: 'Servidor SMTP',
    reply: 'Respuesta del servidor',
    proves:
      'Un correo de prueba entregado demuestra que el inquilino acepta correo XOAUTH2 de este buzón a través del mismo servidor y remitente que la impresora; no demuestra que la aplicación de Epson tenga consentimiento.',
  },
  probe: {
    heading: 'Comprobación del servidor SMTP',
    server: 'Servidor',
    checked: 'Comprobado',
    tlsVersion: 'Versión de TLS',
    certificateExpiry: 'El certificado caduca',
    daysLeft: '{date} (quedan {days} días)',
    expired: '{date} (caducado)',
    xoauth2: 'Ofrece XOAUTH2',
  },
  token: {
    heading: 'Inicio de sesión en este equipo (agente wcoa)',
    account: 'Cuenta',
    state: 'Estado',
    states: {
      signingIn: 'Iniciando sesión',
      signedIn: 'Sesión iniciada',
      expired: 'Caducado: vuelva a iniciar sesión',
      failed: 'Fallido',
    },
    accessTokenExpires: 'Token de acceso válido hasta',
    lastRefresh: 'Última renovación del token',
    daysAgo: '{date} (hace {days} días)',
    noAccount: 'El agente no tiene ningún inicio de sesión para {account}',
  },
  mail: {
    heading: 'Actividad de correo',
    lastMail: 'Último correo enviado correctamente por la impresora',
    lastTestMail: 'Último correo de prueba del agente',
    clocks:
      'Dos relojes: el inicio de sesión de la impresora caduca tras 90 días sin correo de la propia impresora (su historial de trabajos). El correo de prueba del agente usa el inicio de sesión propio del agente; demuestra que el inquilino funciona, pero no reinicia los 90 días de la impresora.',
    source: 'Origen',
    sources: {
      jobHistory: 'el historial de trabajos de la impresora',
      testMail: 'un correo de prueba de wcoa (no un correo de la propia impresora)',
    },
    daysSince: 'Días transcurridos',
    lapse: 'Caducidad del token',
    lapseOk: 'El inicio de sesión de la impresora caduca tras {lapse} días sin correo: quedan {left} días',
    lapseWarning:
      'Sin correo desde hace {days} días: el inicio de sesión de la impresora caduca a los {lapse} días. Envíe ahora un correo desde la impresora.',
    lapsed:
      'Sin correo desde hace {days} días: el inicio de sesión de la impresora ha caducado (tras {lapse} días). Vuelva a iniciar sesión en Web Config.',
  },
  causes: {
    heading: 'Causas y soluciones',
    none: 'No se ha encontrado ningún problema en lo observado',
    fromPage: 'Configuración del servidor de correo electrónico',
    fromTestMail: 'Último correo de prueba',
    fromJobs: 'Historial de trabajos',
    source: 'Origen: {source}',
    passwordPrinters:
      '{count} impresora(s) que el agente ha visto enviar a través de Exchange Online o de Outlook.com con una contraseña: deja de funcionar de forma predeterminada a finales de diciembre de 2026. Páselas a OAuth 2.0.',
  },
  footer:
    'Generado por Web Config OAuth Assistant {version}. Los valores marcados como «aún no visto» no figuraban en ninguna página de Web Config que haya leído la extensión.',
  view: {
    heading: 'Impresoras',
    seenHeading: 'Tal como las vio el agente por última vez',
    intro:
      'Cada impresora cuyas páginas de Web Config ha leído la extensión, tal como la recuerda el agente.',
    empty:
      'Todavía no se ha visto ninguna impresora. Abra el Web Config de una impresora con la extensión activada en ella.',
    refresh: 'Actualizar',
    columns: {
      printer: 'Impresora',
      oauth: 'OAuth 2.0',
      lastMail: 'Último correo correcto',
      actions: 'Abrir',
    },
    oauth: {
      signedIn: 'Sesión iniciada',
      notSignedIn: 'Sesión no iniciada',
      otherMethod: 'Otro método',
      notSeen: 'Aún no visto',
    },
    methods: {
      off: 'Desactivado',
      'smtp-auth': 'SMTP-AUTH',
      'pop-before-smtp': 'POP antes de SMTP',
      oauth2: 'OAuth2',
    },
    lastMail: '{date}, hace {days} días ({source})',
    sources: {
      jobHistory: 'historial de trabajos',
      testMail: 'correo de prueba',
    },
    noMail: 'aún no se ha visto ninguno',
    warning:
      'Sin correo desde hace {days} días. El inicio de sesión de la impresora caduca tras {lapse} días sin correo: envíe uno ahora.',
    lapsed:
      'Sin correo desde hace {days} días: el inicio de sesión de la impresora ha caducado. Vuelva a iniciar sesión en Web Config.',
    webConfig: 'Web Config',
    sheet: 'Hoja de estado',
    loadFailed: 'No se pudieron leer las impresoras del agente: {message}',
    passwordPrinters:
      '{count} de estas impresoras envían a través de Exchange Online o de Outlook.com con una contraseña (SMTP-AUTH): Microsoft lo desactiva de forma predeterminada a finales de diciembre de 2026. Páselas a OAuth 2.0.',
    passwordRow:
      'Inicio de sesión con contraseña: desactivado de forma predeterminada desde finales de diciembre de 2026',
    pager: {
      range: 'Impresoras {from}–{to} de {total}',
      previous: 'Anterior',
      next: 'Siguiente',
    },
  },
  page: {
    title: 'Hoja de estado',
    loading: 'Leyendo la hoja del agente…',
    print: 'Imprimir',
    pdf: 'Guardar como PDF',
    noPrinter: 'El agente aún no ha visto esta impresora. Abra primero una de sus páginas de Web Config.',
    failed: 'No se pudo obtener la hoja del agente: {message}',
  },
  cli: {
    printersDescription:
      'enumera las impresoras que ha visto la extensión, con su estado OAuth y su último correo',
    sheetDescription:
      'la hoja de estado de la red de una impresora (HTML en la salida estándar, o un archivo PDF)',
    printerArg:
      'id. de impresora, dirección de Web Config, IP, MAC, número de serie o nombre del dispositivo',
    pdfOption: 'escribe un PDF en este archivo en lugar de HTML en la salida estándar',
    langOption: 'idioma de la hoja (en, pt-PT, pt-BR, es, fr…); predeterminado: el del terminal',
    jsonOption: 'imprime la lista como JSON',
    badLang: 'Idioma desconocido "{value}": use uno de los que incluye wcoa (en, pt-PT, pt-BR, es, fr…).',
    noPrinters:
      'Todavía no se ha visto ninguna impresora: abra el Web Config de una impresora con la extensión activada en ella.',
    noSuchPrinter:
      'Ninguna impresora coincide con "{ref}". Ejecute `wcoa printers` para verlas y luego indique su id. o su dirección.',
    header: ['ID', 'IMPRESORA', 'DIRECCIÓN', 'OAUTH 2.0', 'ÚLTIMO CORREO', 'DÍAS'],
    pdfWritten: 'Hoja escrita en {file}',
    cannotWrite: 'No se puede escribir {file}: {reason}',
  },
  errors: {
    noChromium:
      'No se encontró Chromium para imprimir el PDF. Instálelo (Debian/Ubuntu: sudo apt-get install chromium) o indique su ruta en WCOA_CHROMIUM.',
    chromiumMissing: 'WCOA_CHROMIUM apunta a {path}, que no existe. Corrija la ruta o elimine la variable.',
    pdfFailed: 'Chromium no pudo imprimir la hoja: {reason}',
  },
};
export default messages;
