import type { Shape } from '../../define.ts';
import type domain from '../../messages/ui.ts';

const messages: Shape<(typeof domain)['en']> = {
  product: 'Web Config OAuth Assistant',
  pages: {
    'email-server-basic': 'Servidor de correo electrónico › Básico',
    'email-server-connection-test': 'Servidor de correo electrónico › Prueba de conexión',
    'fax-server-email': 'Servidor de fax › Configuración del servidor de correo electrónico',
    'job-history': 'Historial de trabajos',
    'network-status': 'Estado de la red',
    'product-status': 'Estado del producto',
    login: 'Inicio de sesión del administrador',
    'print-admin-serverless': 'Epson Print Admin Serverless',
    'webconfig-other': 'Web Config',
    'not-webconfig': 'No es una página de Web Config',
  },
  overlay: {
    open: 'Abrir el asistente',
    collapse: 'Ocultar el asistente',
    guideHeading: 'Siguiente paso',
    stepOf: 'Paso {n} de {total}',
    done: 'El inicio de sesión del correo está configurado en esta impresora.',
    outlineHint: 'El campo en cuestión aparece resaltado en la página.',
    hintsHeading: 'Conviene comprobar',
    checklistHeading: 'Antes de empezar (lado de Microsoft 365)',
    checklistNote: 'Marque cada punto cuando esté hecho; se recuerda para esta impresora.',
    messagesHeading: 'Lo que dice la impresora',
    jobHistoryHeading: 'Códigos de error de este historial',
    jobHistoryNone: 'No hay códigos de error de correo ni de nube en este historial.',
    codeLabel: 'Código {code}',
    codeUnknown:
      'El código {code} no es uno que podamos explicar con certeza. Búsquelo en el manual de la impresora (lista de códigos de error).',
    rowCount: '{count}×',
    oauthMissing: 'La página de esta impresora no ofrece ningún método OAuth2.',
    fieldsHeading: 'Tal como lo muestra la página',
    noGuideHere:
      'No hay nada que configurar en esta página. La configuración del correo está en Red › Servidor de correo electrónico › Básico.',
    afterBlocker: 'Después: {step}',
    dock: {
      left: 'Mover el asistente a la izquierda',
      right: 'Mover el asistente a la derecha',
    },
    showRow: 'Mostrar la fila',
  },
  deviceCode: {
    heading: 'Código de inicio de sesión de Microsoft',
    instructions:
      'Copie el código, abra la página de inicio de sesión, pegue el código e inicie sesión con una cuenta de administrador. Después marque «Consentimiento en nombre de la organización» y acepte.',
    copy: 'Copiar el código',
    copied: 'Copiado',
    open: 'Abrir la página de inicio de sesión',
    expires: 'El código caduca a las {time}.',
    notMicrosoft:
      'Esta página muestra un enlace de inicio de sesión que no es de Microsoft ({host}). No inicie sesión ahí: la página de inicio de sesión de dispositivos de Microsoft es https://microsoft.com/devicelogin.',
  },
  testMail: {
    heading: 'Correo de prueba',
    button: 'Enviar un correo de prueba',
    sending: 'Enviando…',
    needAccount:
      'Rellene primero la cuenta (Cuenta autenticada o Dirección de correo electrónico del remitente).',
    from: 'De {from} a {to} a través de {server}',
    passed: 'Correcto: Microsoft aceptó el mensaje.',
    failed: 'Falló en: {stage}',
    proves:
      'Un resultado correcto demuestra que su inquilino acepta SMTP con OAuth (XOAUTH2) para este buzón, a través del mismo servidor y con la misma regla de remitente que usa la impresora. No demuestra que la aplicación de Epson tenga consentimiento, ni que el Acceso condicional la trate igual.',
    stages: {
      dns: 'Resolución de nombres',
      connect: 'Conexión',
      tls: 'Cifrado STARTTLS',
      auth: 'Autenticación (XOAUTH2)',
      sender: 'Remitente',
      recipient: 'Destinatario',
      data: 'Mensaje',
      ok: 'Entregado',
    },
    transcript: 'Diálogo SMTP',
    causesHeading: 'Causas probables',
    notSignedIn: 'El agente no tiene ningún inicio de sesión para {account}.',
    signInOnAgent: 'Iniciar sesión en el agente',
    signingIn: 'Esperando a que termine el inicio de sesión…',
    signedInRetry: 'Sesión iniciada. Vuelva a enviar la prueba.',
    whichAccount:
      'La prueba inicia sesión como el buzón de la impresora, {account} (el remitente), no como usted: cuando Microsoft lo pida, use esa cuenta.',
    whyAgent:
      'El agente de este equipo inicia sesión por su cuenta: la impresora no comparte su inicio de sesión, así que un correo de prueba demuestra que el buzón y el inquilino funcionan, no el inicio de sesión propio de la impresora.',
    agentSignInFailed:
      'El inicio de sesión propio del agente para {account} ya no funciona (ha caducado o se ha revocado).',
    agentSignInNote:
      'Este es el inicio de sesión del agente en este equipo, no el de la impresora: la impresora no se ha probado. Vuelva a iniciar sesión en el agente y vuelva a enviar la prueba.',
    signInAgain: 'Volver a iniciar sesión en el agente',
  },
  agent: {
    running: 'Agente en ejecución (versión {version})',
    down: 'El agente no se está ejecutando en este equipo.',
    downFix: 'Inícielo en la carpeta de wcoa con:',
    startCommand: 'npm start',
    startCommandAlt: 'o bien: npx wcoa start',
    notPaired: 'Este navegador no está emparejado con el agente.',
    notPairedFix: 'Ejecute este comando y luego introduzca el código en las opciones de la extensión:',
    pairCommand: 'npx wcoa pair',
    paired: 'Emparejado',
    error: 'El agente respondió con un error: {message}',
    notEnabled: 'El asistente no está activado en esta impresora.',
  },
  popup: {
    thisPage: 'Esta página',
    detecting: 'Examinando esta página…',
    notWebConfig: 'Esta página no es una página de Web Config de Epson.',
    cannotRead: 'Esta página no se puede leer (una página del navegador o un documento local).',
    enable: 'Activar en esta impresora',
    enabled: 'Activado en esta impresora.',
    enableDenied: 'No se concedió el permiso; el asistente sigue desactivado en esta impresora.',
    options: 'Opciones',
    model: 'Modelo: {model}',
    reload: 'Vuelva a cargar la página para mostrar el asistente.',
  },
  options: {
    title: 'Web Config OAuth Assistant: opciones',
    pairingHeading: 'Emparejamiento con el agente',
    pairingHelp:
      'El agente se ejecuta en este equipo y envía los correos de prueba. Ejecute «npx wcoa pair» e introduzca el código que muestra.',
    codeLabel: 'Código de emparejamiento',
    portLabel: 'Puerto del agente',
    pairButton: 'Emparejar',
    pairing: 'Emparejando…',
    pairedOk: 'Emparejado con el agente en el puerto {port}.',
    codeInvalid:
      'Ese código no es válido o ha caducado. Vuelva a ejecutar «npx wcoa pair» e introduzca el código nuevo.',
    codeFormat: 'El código tiene 8 caracteres, como {example}.',
    portInvalid: 'El puerto es un número de 1 a 65535 (el predeterminado del agente es {port}).',
    languageHeading: 'Idioma',
    languageAuto: 'Automático (el idioma de Web Config y, si no, el del navegador)',
    languageEn: 'English',
    languagePt: 'Português',
    printersHeading: 'Impresoras',
    printersHelp:
      'El asistente solo funciona en las impresoras de esta lista. Escriba la dirección de una impresora (IP o nombre de host, http o https).',
    addLabel: 'Dirección de la impresora',
    addPlaceholder: '192.168.1.20 o https://impresora.ejemplo.local',
    addButton: 'Añadir una impresora',
    added: 'Se ha añadido {origin}. Abra o vuelva a cargar su página de Web Config.',
    denied: 'El navegador no concedió acceso a {origin}; no se ha añadido.',
    errors: {
      empty: 'Escriba la dirección de la impresora, por ejemplo 192.168.1.20.',
      scheme: 'Solo se pueden añadir direcciones http:// y https://.',
      invalid: 'Eso no es una dirección IP ni un nombre de host. Ejemplo: 192.168.1.20 o impresora.local.',
    },
    none: 'Todavía no hay ninguna impresora.',
    revoke: 'Quitar',
    allSitesLabel: 'Funcionar en todos los sitios http y https (para quien administra muchas impresoras)',
    allSitesHelp:
      'El navegador pide acceso a todos los sitios; aun así, el asistente solo aparece en las páginas de Web Config.',
    agentPortHeading: '¿El agente está en otro puerto?',
    agentPortHelp: 'Escriba el puerto que mostró «npx wcoa start» y vuelva a buscar.',
    agentLookAgain: 'Volver a buscar',
    agentFound: 'Se ha encontrado el agente en el puerto {port}.',
    agentNotFound: 'Ningún agente responde en el puerto {port}.',
    pairingNow: 'Ahora: {state}',
    stateDown: 'el agente no se está ejecutando en el puerto {port}',
    stateNotPaired: 'el agente se está ejecutando en el puerto {port}; este navegador no está emparejado',
    statePaired: 'emparejado con el agente en el puerto {port}',
    endpointsHeading: 'Servidor de correo que usan las impresoras (además del de Microsoft)',
    endpointsHelp:
      'Solo si sus impresoras envían a propósito a través de otro servidor (un retransmisor, o el emulador de un entorno de pruebas): un «host:puerto» por línea. El asistente deja entonces de señalar ese servidor o puerto.',
    endpointsLabel: 'Servidores de correo previstos',
    endpointsSave: 'Guardar',
    endpointsSaved: 'Guardado.',
    endpointsInvalid: 'No es un host ni un host:puerto: {line}',
    tour: {
      heading: '¿Es la primera vez? Una breve visita guiada',
      panel:
        'En la página de Web Config de una impresora, el asistente muestra un panel: el siguiente paso de la configuración de OAuth, qué significan los mensajes de la impresora y un correo de prueba.',
      fold: 'El panel se aparta o se pliega en una pestaña por sí solo cuando taparía los mensajes, las tablas o los campos de la impresora. Use ⇤ / ⇥ para acoplarlo a la izquierda o a la derecha y › para plegarlo; cada impresora recuerda su elección.',
      options:
        'Estas opciones están siempre en el icono de la extensión › Opciones: emparejamiento con el agente, sus impresoras, idioma.',
      done: 'Entendido',
    },
  },
  worker: {
    unknownMessage:
      'La extensión no pudo leer esta solicitud. Recargue la página: si la extensión se acaba de actualizar, así se carga la nueva versión.',
    notEnabled:
      'El asistente no está activado en esta impresora. Haga clic en el icono de la extensión en esta página y elija “Activar en esta impresora”.',
    pagesOnly:
      'La página de una impresora no puede pedir “{type}”: solo las páginas de la propia extensión (su ventana emergente y sus opciones) pueden.',
    printerOnly:
      '“{type}” pertenece a una impresora: solo lo envía el asistente en la página Web Config de la impresora.',
    memoryTooLarge:
      'Las notas de la guía para esta impresora superan los {max} bytes y no se guardaron; la guía sigue a partir de lo que muestra la página.',
    noPrinterOrigin:
      'La dirección de esta página no es una dirección http:// o https:// de una impresora, así que el agente no puede asignarla a una impresora.',
    notHttp:
      '“{origin}” no es una dirección http:// o https://. Escriba la dirección de la impresora tal como la muestra el navegador, por ejemplo http://192.168.1.20.',
    unexpected:
      'La extensión encontró un error inesperado ({message}). Recargue la página; si vuelve a ocurrir, recargue la extensión en la página de extensiones del navegador.',
    noAnswer:
      'El service worker de la extensión no respondió ({message}). Recargue la página; si vuelve a ocurrir, recargue la extensión en la página de extensiones del navegador.',
    unexpectedReply:
      'El service worker de la extensión respondió de una forma que esta página no entiende. Recargue la página: si la extensión se acaba de actualizar, así se carga la nueva versión.',
  },
};
export default messages;
