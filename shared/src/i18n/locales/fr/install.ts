import type { Shape } from '../../define.ts';
import type domain from '../../messages/install.ts';

const messages: Shape<(typeof domain)['en']> = {
  extension: {
    name: 'Web Config OAuth Assistant',
    description: 'Guides Epson Web Config through OAuth 2.0 mail setup for Exchange Online, and tests it.',
  },
  setup: {
    description:
      'create or repair the Entra app registration wcoa uses (sign in as an administrator with a device code)',
    tenantOption: 'tenant id or domain to sign in to (default: the config, else your organisation)',
    extensionIdOption:
      'the extension id whose tenant check may sign in (default: from WCOA_EXTENSION_KEY; see README "Pinned extension id")',
    badExtensionId: '"{value}" is not an extension id (32 letters a to p).',
    signIn:
      'Sign in as an administrator of your Microsoft 365 organisation: open {url} and enter the code {code}.',
    signedIn: 'Signed in as {account} (tenant {tenant}).',
    signInFailed: 'The sign-in did not complete: {reason}',
    nothingToDo: 'Nothing to change: the app registration "{name}" ({clientId}) is set up.',
    willDo: 'wcoa setup will now:',
    done: 'Done:',
    noExtensionId:
      'No extension id given: the tenant check in the browser cannot sign in until you run wcoa setup --extension-id <id> (the id is on chrome://extensions).',
    plan: {
      createApp:
        'create the app registration "{name}" (public client flows on; Exchange Online SMTP.Send; Microsoft Graph {graph})',
      fixApp: 'update the app registration {clientId}: {changes}',
      publicClient: 'turn on public client flows',
      addRedirect: 'add the redirect URI {uri}',
      addPermissions: 'add the permissions {permissions}',
      createPrincipal: 'create its service principal (the app in your organisation)',
      grant: 'grant consent for the whole organisation: {resource} {scopes}',
      writeConfig: 'write clientId {clientId} and tenant {tenant} to {config}',
    },
    did: {
      createApp: 'created the app registration "{name}": client id {clientId}',
      fixApp: 'updated the app registration {clientId}',
      createPrincipal: 'created the service principal {id}',
      grant: 'granted {resource} {scopes} for the organisation',
      writeConfig: 'wrote clientId and tenant to {config}',
    },
    missingRole:
      'Microsoft Graph refused to {step}: {message}. This needs one of these roles: {roles}. Ask someone who holds one to run "wcoa setup", or follow the README\'s portal steps ("Register the Entra app").',
    graphError: 'Microsoft Graph answered {status} to {step}: {message}',
    unreachable: 'Cannot reach {url}: {reason}',
    restart: 'Restart the agent to use the new client id (wcoa service restarts it at login).',
  },
  service: {
    description: 'start the agent at login: install, uninstall or show the service',
    installDescription: 'write and enable the service (systemd user unit, launchd agent or scheduled task)',
    uninstallDescription: 'disable and remove the service',
    statusDescription: 'show whether the service is installed and running',
    installed: 'Installed {kind}: {file}',
    enabled: 'Enabled: the agent starts at login (and now).',
    enableFailed: 'Written, but "{command}" failed: {reason}. Run it yourself once the session allows it.',
    uninstalled: 'Removed {file}.',
    notInstalled: 'No service installed ({file} does not exist).',
    statusInstalled: 'Installed: {file}',
    statusState: 'State: {state}',
    unsupported: 'No service support for {platform}: start the agent with "wcoa start".',
  },
  doctor: {
    description: 'check each link from Node to a signed-in account and say what to do next',
    node: 'Node.js {version}',
    nodeOld: 'Node.js {version} is older than {wanted}: install a current LTS from nodejs.org',
    agentUp: 'Agent {version} listening on port {port}',
    agentDown: 'No agent running: start it with "wcoa start" (or "wcoa service install" for every login)',
    paired: '{count} extension(s) paired',
    notPaired: 'No extension paired: run "wcoa pair" and enter the code in the extension\'s options',
    appSet: 'App registration {clientId} (tenant {tenant}) answers the identity platform',
    appMissing: 'No app registration configured: run "wcoa setup"',
    appBroken: 'The app registration {clientId} does not work: {reason}. Run "wcoa setup" to repair it',
    smtpOk: 'SMTP {host}:{port} offers STARTTLS and XOAUTH2',
    smtpBad: 'SMTP {host}:{port}: {reason}',
    accountOk: 'Account {email} is signed in',
    accountMissing: 'No account signed in: run "wcoa signin --email <the printer\'s mailbox>"',
    skipped: '{what}: not checked without a running agent',
    what: {
      pairing: 'Pairing',
      smtp: 'SMTP endpoint',
      account: 'Signed-in account',
    },
    allGood: 'Everything is ready: send a test mail with "wcoa test-mail --from <mailbox>".',
    next: 'Next: {action}',
  },
  firstRun: {
    heading: 'Next steps:',
    extension:
      '1. Load the extension: open chrome://extensions (or edge://extensions), turn on Developer mode, "Load unpacked" and choose {dir}.',
    extensionNotBuilt:
      '1. Build the extension with "npm run build", then load {dir} in chrome://extensions (Developer mode, "Load unpacked").',
    extensionPacked: '1. Install the browser extension (docs/install.md, step 5).',
    pairing:
      '2. In the extension\'s options, enter the pairing code {code} (valid 5 minutes; "wcoa pair" for another).',
    appReady: '3. App registration: set up (client id {clientId}).',
    appMissing: '3. App registration: not set up. Run "wcoa setup" in another terminal.',
    more: 'Checklist at any time: wcoa doctor',
  },
};
export default messages;
