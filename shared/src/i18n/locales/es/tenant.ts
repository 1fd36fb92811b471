import type { Shape } from '../../define.ts';
import type domain from '../../messages/tenant.ts';

const messages: Shape<(typeof domain)['en']> = {
  heading: 'Comprobar mi inquilino',
  intro:
    'Inicie sesión como administrador de Microsoft 365: la extensión lee, a través de Microsoft Graph, lo que en su inquilino impediría enviar a la impresora (valores predeterminados de seguridad, Acceso condicional, su rol de administrador, la licencia del buzón). No cambia nada, y el inicio de sesión se queda en este navegador.',
  checklistItem:
    'Comprobar mi inquilino (valores predeterminados de seguridad, Acceso condicional, rol de administrador, licencia del buzón)',
  openCheck: 'Comprobar mi inquilino',
  authorityLabel: 'Autoridad de inicio de sesión',
  clientIdLabel: 'Id. de aplicación (cliente) de su registro de aplicaciones',
  redirectHelp:
    'Registre esta dirección como URI de redireccionamiento de tipo Aplicación de página única en el registro de aplicaciones, con los permisos delegados de Microsoft Graph Policy.Read.All, RoleManagement.Read.Directory y User.Read.All (con consentimiento del administrador):',
  graphLabel: 'Dirección de Microsoft Graph',
  mailboxLabel: 'El buzón de la impresora (opcional)',
  mailboxPlaceholder: 'escaner@contoso.com',
  run: 'Comprobar mi inquilino',
  signingIn: 'Iniciando sesión…',
  checking: 'Leyendo el inquilino a través de Microsoft Graph…',
  signedInAs: 'Comprobado como {account} a las {time}.',
  clean: 'No se ha encontrado nada que impida enviar a la impresora.',
  found: '{count} hallazgo(s):',
  settingsInvalid:
    'La autoridad de inicio de sesión y la dirección de Microsoft Graph deben ser direcciones https://, y el id. de cliente un GUID (00000000-0000-0000-0000-000000000000).',
  mailboxInvalid:
    'El buzón de la impresora debe ser una dirección de correo electrónico, como escaner@contoso.com.',
  cancelled:
    'La ventana de inicio de sesión se cerró antes de terminar. Haga clic en el botón para volver a intentarlo.',
  signInFailed: 'El inicio de sesión no terminó: {message}',
  graphFailed: 'Microsoft Graph rechazó la solicitud ({code}): {message}',
  identityMissing:
    'Este navegador no puede abrir la ventana de inicio de sesión (no tiene la API identity). Use Chrome o Edge.',
  registrationMissing:
    '“Comprobar mi inquilino” inicia sesión con el registro de aplicación que usa el agente, y todavía no se conoce ninguno. Ejecute esto en el equipo donde se ejecuta el agente, empareje este navegador con el agente (arriba) y vuelva a esta página:',
  setupCommand: 'npx wcoa setup',
  registrationFromAgent:
    'Inicia sesión con el registro de aplicación que configuró el agente (ID de cliente {clientId}).',
  registrationFromPolicy:
    'Inicia sesión con el registro de aplicación que su departamento de TI fijó por directiva (ID de cliente {clientId}).',
  check: {
    'security-defaults': 'Valores predeterminados de seguridad',
    'conditional-access': 'Directivas de Acceso condicional',
    'admin-role': 'Sus roles de directorio',
    mailbox: 'El buzón de la impresora',
  },
  outcome: {
    unreadable: '{check}: no se pudo leer con su cuenta',
    canRead:
      'Hace falta el permiso delegado {permissions} (con consentimiento del administrador) y uno de estos roles: {roles}.',
    reportOnly: 'Directiva en modo de solo informe: se aplicaría si alguien la activara.',
    missing: 'No hay ninguna cuenta {subject} en este inquilino.',
    unlicensed: '{subject} no tiene licencia de Exchange Online.',
    roles:
      'Sus roles: {roles}. Para dar el consentimiento en nombre de la organización hace falta ser Administrador global o Administrador de aplicaciones en la nube.',
    noRoles:
      'No tiene ningún rol de directorio. Para dar el consentimiento en nombre de la organización hace falta ser Administrador global o Administrador de aplicaciones en la nube.',
    policy: 'Directiva «{subject}»: {reasons}',
  },
  reason: {
    block: 'bloquea el inicio de sesión',
    'device-code': 'bloquea el flujo de código de dispositivo con el que inicia sesión la impresora',
    'legacy-clients': 'se dirige a clientes heredados (Exchange ActiveSync, otros clientes)',
    mfa: 'exige autenticación multifactor',
    device: 'exige un dispositivo compatible o unido a un dominio',
    'may-apply':
      'está asignada a grupos, roles o usuarios concretos: compruebe si la cuenta de la impresora está entre ellos',
  },
  cannotTell: {
    heading: 'Lo que Microsoft Graph no puede decir',
    text: 'Si SMTP AUTH está activado para la organización y para el buzón de la impresora no figura en Microsoft Graph. Compruébelo en PowerShell de Exchange Online:',
    proof:
      'O deje que la impresora lo demuestre: el correo de prueba del agente inicia sesión y envía por SMTP AUTH exactamente como lo hace la impresora.',
  },
};
export default messages;
