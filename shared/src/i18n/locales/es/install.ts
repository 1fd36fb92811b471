import type { Shape } from '../../define.ts';
import type domain from '../../messages/install.ts';

const messages: Shape<(typeof domain)['en']> = {
  extension: {
    name: 'Web Config OAuth Assistant',
    description:
      'Guía la configuración del correo con OAuth 2.0 para Exchange Online en Epson Web Config, y la prueba.',
  },
  setup: {
    description:
      'crea o repara el registro de aplicaciones de Entra que usa wcoa (inicie sesión como administrador con un código de dispositivo)',
    tenantOption:
      'id. o dominio del inquilino en el que iniciar sesión (predeterminado: el de la configuración o, si no, su organización)',
    extensionIdOption:
      'el id. de la extensión cuya comprobación del inquilino puede iniciar sesión (predeterminado: a partir de WCOA_EXTENSION_KEY; consulte el README, "Pinned extension id")',
    badExtensionId: '"{value}" no es un id. de extensión (32 letras de la a a la p).',
    signIn:
      'Inicie sesión como administrador de su organización de Microsoft 365: abra {url} e introduzca el código {code}.',
    signedIn: 'Sesión iniciada como {account} (inquilino {tenant}).',
    signInFailed: 'El inicio de sesión no se completó: {reason}',
    nothingToDo:
      'No hay nada que cambiar: el registro de aplicaciones "{name}" ({clientId}) está configurado.',
    willDo: 'wcoa setup va a:',
    done: 'Hecho:',
    noExtensionId:
      'No se ha indicado ningún id. de extensión: la comprobación del inquilino en el navegador no puede iniciar sesión hasta que ejecute wcoa setup --extension-id <id> (el id. figura en chrome://extensions).',
    plan: {
      createApp:
        'crear el registro de aplicaciones "{name}" (flujos de cliente público activados; SMTP.Send de Exchange Online; Microsoft Graph {graph})',
      fixApp: 'actualizar el registro de aplicaciones {clientId}: {changes}',
      publicClient: 'activar los flujos de cliente público',
      addRedirect: 'agregar el URI de redireccionamiento {uri}',
      addPermissions: 'agregar los permisos {permissions}',
      createPrincipal: 'crear su entidad de servicio (la aplicación en su organización)',
      grant: 'conceder el consentimiento para toda la organización: {resource} {scopes}',
      writeConfig: 'escribir clientId {clientId} y tenant {tenant} en {config}',
    },
    did: {
      createApp: 'se ha creado el registro de aplicaciones "{name}": id. de cliente {clientId}',
      fixApp: 'se ha actualizado el registro de aplicaciones {clientId}',
      createPrincipal: 'se ha creado la entidad de servicio {id}',
      grant: 'se ha concedido {resource} {scopes} para la organización',
      writeConfig: 'se han escrito clientId y tenant en {config}',
    },
    missingRole:
      'Microsoft Graph se negó a {step}: {message}. Hace falta uno de estos roles: {roles}. Pida a alguien que tenga uno que ejecute "wcoa setup", o siga los pasos del portal del README ("Register the Entra app").',
    graphError: 'Microsoft Graph respondió {status} al intentar {step}: {message}',
    unreachable: 'No se puede contactar con {url}: {reason}',
    restart:
      'Reinicie el agente para que use el nuevo id. de cliente (wcoa service lo reinicia al iniciar sesión).',
  },
  service: {
    description: 'inicia el agente al iniciar sesión: instala, desinstala o muestra el servicio',
    installDescription:
      'escribe y habilita el servicio (unidad de usuario de systemd, agente de launchd o tarea programada)',
    uninstallDescription: 'deshabilita y quita el servicio',
    statusDescription: 'muestra si el servicio está instalado y en ejecución',
    installed: 'Instalado {kind}: {file}',
    enabled: 'Habilitado: el agente se inicia al iniciar sesión (y ahora).',
    enableFailed:
      'Escrito, pero "{command}" falló: {reason}. Ejecútelo usted mismo cuando la sesión lo permita.',
    uninstalled: 'Se ha quitado {file}.',
    notInstalled: 'No hay ningún servicio instalado ({file} no existe).',
    statusInstalled: 'Instalado: {file}',
    statusState: 'Estado: {state}',
    unsupported: 'No hay compatibilidad de servicio para {platform}: inicie el agente con "wcoa start".',
  },
  doctor: {
    description:
      'comprueba cada eslabón, de Node a una cuenta con sesión iniciada, e indica qué hacer a continuación',
    node: 'Node.js {version}',
    nodeOld: 'Node.js {version} es anterior a {wanted}: instale una versión LTS actual desde nodejs.org',
    agentUp: 'Agente {version} escuchando en el puerto {port}',
    agentDown:
      'No se está ejecutando ningún agente: inícielo con "wcoa start" (o "wcoa service install" para cada inicio de sesión)',
    paired: '{count} extensión(es) emparejada(s)',
    notPaired:
      'No hay ninguna extensión emparejada: ejecute "wcoa pair" e introduzca el código en las opciones de la extensión',
    appSet:
      'El registro de aplicaciones {clientId} (inquilino {tenant}) responde a la plataforma de identidad',
    appMissing: 'No hay ningún registro de aplicaciones configurado: ejecute "wcoa setup"',
    appBroken:
      'El registro de aplicaciones {clientId} no funciona: {reason}. Ejecute "wcoa setup" para repararlo',
    smtpOk: 'SMTP {host}:{port} ofrece STARTTLS y XOAUTH2',
    smtpBad: 'SMTP {host}:{port}: {reason}',
    accountOk: 'La cuenta {email} tiene la sesión iniciada',
    accountMissing:
      'Ninguna cuenta tiene la sesión iniciada: ejecute "wcoa signin --email <el buzón de la impresora>"',
    skipped: '{what}: no se comprueba sin un agente en ejecución',
    what: {
      pairing: 'Emparejamiento',
      smtp: 'Punto de conexión SMTP',
      account: 'Cuenta con sesión iniciada',
    },
    allGood: 'Todo está listo: envíe un correo de prueba con "wcoa test-mail --from <buzón>".',
    next: 'Siguiente: {action}',
  },
  firstRun: {
    heading: 'Pasos siguientes:',
    extension:
      '1. Cargue la extensión: abra chrome://extensions (o edge://extensions), active el Modo de desarrollador, haga clic en "Cargar descomprimida" y elija {dir}.',
    extensionNotBuilt:
      '1. Compile la extensión con "npm run build" y luego cargue {dir} en chrome://extensions (Modo de desarrollador, "Cargar descomprimida").',
    extensionPacked: '1. Instale la extensión del navegador (docs/install.md, paso 5).',
    pairing:
      '2. En las opciones de la extensión, introduzca el código de emparejamiento {code} (válido 5 minutos; "wcoa pair" para obtener otro).',
    appReady: '3. Registro de aplicaciones: configurado (id. de cliente {clientId}).',
    appMissing: '3. Registro de aplicaciones: sin configurar. Ejecute "wcoa setup" en otro terminal.',
    more: 'Lista de comprobación en cualquier momento: wcoa doctor',
  },
};
export default messages;
