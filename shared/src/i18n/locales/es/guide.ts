import type { Shape } from '../../define.ts';
import type domain from '../../messages/guide.ts';

const messages: Shape<(typeof domain)['en']> = {
  title: 'Configurar OAuth 2.0 para Exchange Online',
  progress: 'Paso {position} de {total}',
  howToTell: 'Cómo saber que está hecho:',
  variants: {
    'email-server': {
      title: '{label:emailServer}: OAuth 2.0',
      intro:
        'Exchange Online ya no acepta contraseñas de las impresoras (autenticación básica) y SMTP AUTH viene desactivado de forma predeterminada, así que la impresora debe iniciar sesión con OAuth 2.0 para enviar correo.',
      complete: [
        'Hecho: la impresora tiene la configuración de OAuth 2.0 y el inicio de sesión.',
        'Para comprobarlo desde la impresora: en el panel, Configuración > Configuración general > Configuración de red > Estado de la red > Estado del servidor de correo electrónico, o imprima la hoja de estado de la red (Estado de la red > Imprimir hoja de estado).',
      ],
    },
    'fax-server': {
      title: '{label:faxServer}: OAuth 2.0',
      intro:
        'En los modelos que envían al servidor de un proveedor de fax por correo electrónico: si el servidor del proveedor usa OAuth 2.0, configure OAuth2 también en la configuración de correo del servidor de fax.',
      complete: [
        'Hecho: la impresora tiene la configuración de OAuth 2.0 del servidor de fax.',
        'Pida el resto de la configuración a su proveedor del servicio de fax.',
      ],
    },
    serverless: {
      title: 'Epson Print Admin Serverless: {label:forMyEmail}',
      intro:
        'Cuando la dirección del remitente es la propia dirección de cada usuario, el administrador inicia sesión primero una vez en nombre de la organización; después, cada usuario inicia sesión con su propia cuenta.',
      complete: [
        'El inicio de sesión del administrador está hecho.',
        'Cada usuario registrado en Epson Print Admin Serverless inicia sesión una vez, con su cuenta Microsoft profesional o educativa, la primera vez que selecciona “{label:forMyEmail}”.',
      ],
    },
  },
  who: {
    'tenant-admin': 'Administrador de Microsoft 365',
    'printer-admin': 'Administrador de la impresora',
  },
  places: {
    'exchange-admin-center': 'Centro de administración de Exchange',
    'microsoft-365-admin-center': 'Centro de administración de Microsoft 365',
    'entra-admin-center': 'Centro de administración Microsoft Entra',
    printer: 'La impresora',
    webconfig: 'Web Config',
  },
  prerequisites: {
    heading: 'Antes de empezar',
    intro:
      'Microsoft 365 debe permitir que la impresora envíe con OAuth 2.0. Marque cada punto en cuanto se cumpla.',
    powershellCheck: 'Compruébelo en PowerShell de Exchange Online:',
    powershellFix: 'Cámbielo:',
    state: {
      met: 'Hecho',
      missing: 'Falta',
      unknown: 'Sin comprobar',
    },
    items: {
      'tenant-smtp-auth': {
        title: 'SMTP AUTH activado para la organización',
        action: [
          'En el Centro de administración de Exchange, Configuración > Flujo de correo: desmarque **Desactivar el protocolo SMTP AUTH para su organización** y guarde.',
          'Los inquilinos creados desde 2020 lo tienen desactivado.',
        ],
        done: 'Get-TransportConfig muestra SmtpClientAuthenticationDisabled: False.',
      },
      'security-defaults-off': {
        title: 'Valores predeterminados de seguridad desactivados',
        action: [
          'En el Centro de administración Microsoft Entra, Información general > Propiedades > **Administrar valores predeterminados de seguridad**: establézcalos en Deshabilitado y proteja la organización con Acceso condicional.',
          'Los valores predeterminados de seguridad desactivan SMTP AUTH (la guía de Epson sitúa este paso en el Centro de administración de Exchange).',
        ],
        done: 'Administrar valores predeterminados de seguridad muestra Deshabilitado.',
      },
      'mailbox-smtp-auth': {
        title: 'SMTP AUTH activado para el buzón de la impresora',
        action: [
          'En el Centro de administración de Microsoft 365, Usuarios > Usuarios activos > la cuenta de la impresora > Correo > **Administrar aplicaciones de correo electrónico**: marque **SMTP autenticado** y guarde.',
          'La configuración del buzón prevalece sobre la de la organización.',
        ],
        done: 'SMTP autenticado está marcado para el buzón.',
      },
      'mailbox-licensed': {
        title: 'El buzón tiene una licencia de Exchange Online',
        action: [
          'En el Centro de administración de Microsoft 365, Usuarios > Usuarios activos > la cuenta de la impresora > **Licencias y aplicaciones**: asigne una licencia que incluya Exchange Online.',
        ],
        done: 'La cuenta tiene una licencia con Exchange Online.',
      },
      'conditional-access': {
        title: 'Ninguna directiva de Acceso condicional bloquea el inicio de sesión de la impresora',
        action: [
          'En el Centro de administración Microsoft Entra, Acceso condicional > Directivas: revise las directivas habilitadas que se aplican a la cuenta.',
          'Una directiva que bloquee el flujo de código de dispositivo (condición de flujos de autenticación) o los clientes heredados, o que exija MFA en cada inicio de sesión, detiene a la impresora: excluya la cuenta o ajuste la directiva.',
          'Los registros de inicio de sesión indican la directiva que rechazó un inicio de sesión.',
        ],
        done: 'Ninguna directiva habilitada bloquea la cuenta ni el flujo de código de dispositivo.',
      },
      'consent-admin-role': {
        title: 'Un administrador que pueda dar el consentimiento en nombre de la organización',
        action: [
          'La cuenta que inicia sesión para la impresora debe tener el rol Administrador global o, como mínimo, Administrador de aplicaciones en la nube para dar el consentimiento en nombre de la organización.',
          'Compruébelo en el Centro de administración Microsoft Entra, Roles y administradores.',
        ],
        done: 'La cuenta tiene uno de estos roles.',
      },
      'latest-firmware': {
        title: 'Firmware de la impresora actualizado',
        action: [
          'Actualice el firmware de la impresora (desde Web Config o desde el panel de la impresora; consulte el manual de la impresora).',
          'Sin OAuth2 en “{label:authMethod}”, la impresora no puede enviar correo a través de Exchange Online.',
        ],
        done: '“{label:authMethod}” ofrece OAuth2.',
      },
      'standard-network': {
        title: 'Red estándar, no una red adicional',
        action: [
          'En los modelos con redes adicionales, OAuth 2.0 solo funciona en la red estándar: configure el correo en la red estándar.',
        ],
        done: 'La impresora envía el correo por su red estándar.',
      },
    },
  },
  steps: {
    'open-webconfig': {
      title: 'Abrir Web Config',
      action: [
        'En un equipo de la misma red que la impresora, escriba la dirección IP de la impresora en el navegador (http://, o https:// en los modelos más recientes).',
        'La dirección IP figura en el panel de la impresora: Configuración > Configuración general > Configuración de red > Estado de la red > Estado de LAN cableada/Wi-Fi.',
      ],
      done: 'El Web Config de la impresora está abierto.',
      hint: 'Este es el Web Config de la impresora.',
    },
    'log-in': {
      title: 'Iniciar sesión como administrador',
      action: [
        'Seleccione **{label:logIn}**, escriba la contraseña de administrador y haga clic en **{label:okButton}**.',
        'Si no se ha cambiado, la contraseña suele ser el número de serie de la impresora.',
      ],
      done: 'Web Config muestra los menús de administrador, como la pestaña “{label:networkTab}”.',
      hint: 'Escriba aquí la contraseña de administrador. El asistente nunca la lee.',
    },
    'open-email-server': {
      title: 'Abrir {label:networkTab} > {label:emailServer} > {label:basic}',
      action: [
        'Seleccione la pestaña **{label:networkTab}** y luego **{label:emailServer}** > **{label:basic}**.',
      ],
      done: 'La página {label:emailServer} > {label:basic} está abierta.',
      hint: '“{label:emailServer}” está en la pestaña “{label:networkTab}”.',
    },
    'choose-oauth2': {
      title: 'Elegir OAuth2',
      action: [
        'Establezca **{label:authMethod}** en **OAuth2**.',
        'No haga clic en {label:okButton} todavía: primero inicie sesión.',
      ],
      done: '“{label:authMethod}” muestra OAuth2 y la página muestra “{label:emailService}”.',
      hint: 'Elija OAuth2 aquí.',
    },
    'choose-service': {
      title: 'Elegir Microsoft Exchange Online',
      action: [
        'Establezca **{label:emailService}** en **Microsoft Exchange Online**.',
        'Para uso personal, elija **Outlook.com**.',
      ],
      done: '“{label:emailService}” muestra el servicio elegido.',
      hint: 'Microsoft Exchange Online aquí (Outlook.com para uso personal).',
    },
    'sign-in': {
      title: 'Iniciar sesión',
      action: [
        'Haga clic en **{label:signInButton}** y luego en **{label:signInWithMicrosoft}** en la ventana que se abre.',
      ],
      done: 'Aparecen un código de autenticación y una dirección de Microsoft.',
      hint: 'Haga clic en “{label:signInButton}”.',
    },
    'copy-code': {
      title: 'Copiar el código y abrir la dirección',
      action: [
        'Copie el código de autenticación que aparece.',
        'Haga clic en la dirección que aparece: se abre la página de inicio de sesión de Microsoft.',
      ],
      done: 'La página de Microsoft pide el código.',
      hint: 'El código es válido durante unos 15 minutos.',
    },
    'enter-code': {
      title: 'Introducir el código',
      action: ['En la página de Microsoft, pegue el código y haga clic en **Siguiente**.'],
      done: 'Microsoft pide una cuenta.',
      hint: 'Pegue el código que ha copiado.',
    },
    'admin-account': {
      title: 'Iniciar sesión con una cuenta de administrador',
      action: [
        'Escriba una cuenta con el rol Administrador global (como mínimo, Administrador de aplicaciones en la nube) y haga clic en **Siguiente**.',
        'La impresora envía el correo como la cuenta que inicia sesión aquí: su buzón necesita SMTP AUTH.',
      ],
      done: 'Microsoft pide la contraseña.',
      hint: 'Administrador global o, como mínimo, Administrador de aplicaciones en la nube.',
    },
    password: {
      title: 'Escribir la contraseña',
      action: [
        'Escriba la contraseña de la cuenta y haga clic en **Iniciar sesión**.',
        'Si Microsoft pide una segunda comprobación (MFA), complétela.',
      ],
      done: 'Microsoft muestra los permisos solicitados.',
      hint: 'La contraseña solo se escribe en la página de Microsoft.',
    },
    consent: {
      title: 'Dar el consentimiento en nombre de la organización',
      action: [
        'En la página **Permisos solicitados**, marque **Consentimiento en nombre de su organización** y haga clic en **Aceptar**.',
        'Cuando Microsoft indique que el inicio de sesión ha terminado, cierre esa ventana del navegador.',
      ],
      done: 'De vuelta en Web Config, “{label:currentStatus}” indica “{label:signedIn}” y se muestra la cuenta.',
      hint: 'Consentimiento en nombre de su organización y luego Aceptar.',
    },
    'save-settings': {
      title: 'Hacer clic en {label:okButton} para enviar la configuración a la impresora',
      action: [
        'Compruebe que **{label:currentStatus}** indica **{label:signedIn}** y muestra la cuenta.',
        'Haga clic en **{label:okButton}** para enviar la configuración de OAuth 2.0 a la impresora. Hasta entonces, la impresora no la conserva.',
      ],
      done: 'Tras hacer clic en {label:okButton}, la página se vuelve a cargar y sigue mostrando OAuth2 y “{label:signedIn}”.',
      hint: '“{label:signedIn}”, pero aún sin guardar: haga clic en {label:okButton}.',
    },
    'confirm-save': {
      title: 'Hacer clic en {label:okButton} en la página de confirmación para guardar',
      action: [
        'Web Config vuelve a mostrar la configuración para que la confirme. La impresora aún no la ha guardado.',
        'Haga clic en **{label:okButton}** en esta página. A continuación se vuelve a cargar la página de configuración; la configuración está terminada cuando sigue mostrando OAuth2 y “{label:signedIn}”.',
      ],
      done: 'La página de configuración se vuelve a cargar y muestra OAuth2 y “{label:signedIn}”.',
      hint: 'Enviada, pero aún sin guardar: haga clic en {label:okButton} en la página de confirmación.',
    },
    'open-serverless': {
      title: 'Abrir Epson Print Admin Serverless',
      action: [
        'Abra Epson Print Admin Serverless. Esto se aplica cuando su configuración de autenticación establece **{label:serverlessSender}** en **{label:userEmail}**.',
      ],
      done: 'La página de Epson Print Admin Serverless está abierta.',
      hint: 'Epson Print Admin Serverless.',
    },
    'choose-for-my-email': {
      title: 'Seleccionar “{label:forMyEmail}”',
      action: [
        'Seleccione **{label:forMyEmail}** (los nombres de los menús varían según el modelo).',
        'Aparece la página de inicio de sesión de Microsoft.',
      ],
      done: 'Microsoft pide una cuenta.',
      hint: '“{label:forMyEmail}”.',
    },
    'fax-open-email-server': {
      title: 'Abrir {label:fax} > {label:faxServer} > {label:emailServerSettings}',
      action: [
        'Seleccione la pestaña **{label:fax}** y luego **{label:faxServer}** > **{label:emailServerSettings}**.',
      ],
      done: 'La página “{label:emailServerSettings}” del servidor de fax está abierta.',
      hint: '“{label:emailServerSettings}” está en {label:fax} > {label:faxServer}.',
    },
    'fax-choose-service': {
      title: 'Elegir el servicio de correo electrónico',
      action: [
        'Establezca **{label:emailService}** en el servicio que usa su proveedor de fax (Microsoft Exchange Online, u Outlook.com para uso personal).',
        'Pida el resto de la configuración a su proveedor del servicio de fax.',
      ],
      done: '“{label:emailService}” muestra el servicio elegido.',
      hint: 'El servicio de correo de su proveedor de fax.',
    },
    'fax-save-settings': {
      title: 'Hacer clic en {label:okButton} para enviar la configuración del servidor de fax a la impresora',
      action: [
        'Compruebe que **{label:currentStatus}** indica **{label:signedIn}** y muestra la cuenta.',
        'Haga clic en **{label:okButton}** para enviar la configuración a la impresora. Hasta entonces, la impresora no la conserva.',
      ],
      done: 'Tras hacer clic en {label:okButton}, la página se vuelve a cargar y sigue mostrando OAuth2 y “{label:signedIn}”.',
      hint: '“{label:signedIn}”, pero aún sin guardar: haga clic en {label:okButton}.',
    },
    'fax-confirm-save': {
      title:
        'Hacer clic en {label:okButton} en la página de confirmación para guardar la configuración del servidor de fax',
      action: [
        'Web Config vuelve a mostrar la configuración para que la confirme. La impresora aún no la ha guardado.',
        'Haga clic en **{label:okButton}** en esta página. A continuación se vuelve a cargar la página de configuración; la configuración está terminada cuando sigue mostrando OAuth2 y “{label:signedIn}”.',
      ],
      done: 'La página de configuración se vuelve a cargar y muestra OAuth2 y “{label:signedIn}”.',
      hint: 'Enviada, pero aún sin guardar: haga clic en {label:okButton} en la página de confirmación.',
    },
    'serverless-log-in': {
      title: 'Iniciar sesión como administrador de la impresora',
      action: [
        'En Epson Print Admin Serverless, inicie sesión como un usuario con derechos de administrador en la impresora.',
      ],
      done: 'Se muestran los menús de administrador.',
      hint: 'Un usuario con derechos de administrador en la impresora.',
    },
    'serverless-consent': {
      title: 'Dar el consentimiento en nombre de la organización y definir el ámbito de los permisos',
      action: [
        'En la página de permisos, seleccione **Consentimiento en nombre de su organización**, defina el ámbito de los permisos y seleccione **Aceptar**.',
        'Epson Print Admin Serverless muestra un mensaje cuando el inicio de sesión se completa: seleccione **{label:okButton}** para cerrar la ventana.',
      ],
      done: 'Epson Print Admin Serverless indica que el inicio de sesión se ha completado.',
      hint: 'Consentimiento en nombre de su organización y luego Aceptar.',
    },
  },
  microsoftSide: 'Después, en la página de Microsoft:',
  deviceCode: {
    heading: 'Iniciar sesión con este código',
    codeLabel: 'Código',
    copy: 'Copiar el código',
    copied: 'Copiado',
    open: 'Abrir {url}',
    expiresIn: 'El código caduca dentro de {minutes} min.',
    expired: 'El código ha caducado: vuelva a hacer clic en “{label:signInButton}” para obtener otro.',
    waiting: 'Esperando a que termine el inicio de sesión en la página de Microsoft…',
  },
  save: {
    clickOk: 'Haga clic en {label:okButton} para enviar la configuración a la impresora.',
    saved: 'Guardado: la impresora tiene la configuración de OAuth 2.0.',
  },
  currentStatus: {
    signedIn:
      '“{label:currentStatus}” indica “{label:signedIn}”. Si la impresora sigue sin poder enviar correo, puede que el inicio de sesión no se haya guardado en la impresora: haga clic en {label:okButton} para enviar la configuración.',
    signInShown:
      'No hay “{label:currentStatus}” y aparece un botón “{label:signInButton}”: la impresora no ha iniciado sesión. Inicie sesión.',
    expired:
      'El inicio de sesión caduca cuando la impresora pasa mucho tiempo sin enviar correo (los tokens de acceso y de actualización dejan de ser válidos): el administrador vuelve a iniciar sesión.',
  },
  blocked: {
    'oauth-not-supported':
      'En esta impresora, “{label:authMethod}” no ofrece OAuth2. Actualice el firmware; si ninguna actualización lo añade, las alternativas son el envío directo de Microsoft o un conector de retransmisión SMTP.',
  },
};
export default messages;
