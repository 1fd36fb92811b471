/**
 * `npm run emulators -w @wcoa/test [-- options]`: the identity platform and Exchange Online SMTP
 * emulators for manual runs and the demo. Prints where everything is and how to drive it; Ctrl-C stops.
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_CLIENT_ID,
  IDENTITY_FAULTS,
  PRINTER_CLIENT_ID,
  startEmulators,
} from '../src/emulators/index.ts';

const USAGE = `usage: npm run emulators -w @wcoa/test -- [--identity-port 44300] [--smtp-port 2587] [--graph-port 44301]
  [--user printer@contoso.com[:password]]... [--client-id GUID] [--poll-interval 5] [--token-lifetime 3600]
  [--allow-legacy-tls]   (ports: 0 picks a free one)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(1);
}

function portArg(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    fail(`--${name} must be a port number (0-65535), got "${value}"`);
  return n;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    fail(`--${name} must be a positive whole number of seconds, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  let values: ReturnType<typeof parse>['values'];
  function parse() {
    return parseArgs({
      options: {
        'identity-port': { type: 'string' },
        'smtp-port': { type: 'string' },
        'graph-port': { type: 'string' },
        user: { type: 'string', multiple: true },
        'client-id': { type: 'string' },
        'poll-interval': { type: 'string' },
        'token-lifetime': { type: 'string' },
        'allow-legacy-tls': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  }
  try {
    values = parse().values;
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const clientId = values['client-id'] ?? DEFAULT_CLIENT_ID;
  const users = (values.user ?? ['printer@contoso.com']).map((spec) => {
    const at = spec.indexOf('@');
    const colon = spec.indexOf(':', at);
    const email = colon < 0 ? spec : spec.slice(0, colon);
    if (at < 1 || !email.slice(at + 1).includes('.')) fail(`--user needs an email address, got "${spec}"`);
    return colon < 0 ? { email } : { email, password: spec.slice(colon + 1) };
  });

  const emulators = await startEmulators({
    identityPort: portArg('identity-port', values['identity-port'], 44300),
    smtpPort: portArg('smtp-port', values['smtp-port'], 2587),
    graphPort: portArg('graph-port', values['graph-port'], 44301),
    clientIds: [clientId, PRINTER_CLIENT_ID],
    pollIntervalSec: positive('poll-interval', values['poll-interval'], 5),
    accessTokenLifetimeSec: positive('token-lifetime', values['token-lifetime'], 3600),
    requireTls12: !values['allow-legacy-tls'],
  }).catch((e: unknown) => {
    const code = (e as { code?: string }).code;
    fail(
      code === 'EADDRINUSE'
        ? 'a port is already in use: pick others with --identity-port / --smtp-port / --graph-port (0 = any free port)'
        : String(e),
    );
  });
  const { identity, smtp, graph, ca } = emulators;
  for (const u of users) identity.addUser(u);
  const admin = `${identity.url}/_emulator`;
  const curl = `curl --cacert ${ca.caFile} -H 'content-type: application/json'`;
  const first = users[0]?.email ?? 'printer@contoso.com';
  process.stdout.write(`Microsoft emulators running (test CA; nothing here talks to Microsoft)

Identity platform  ${identity.url}
  authority        ${identity.authority('organizations')}   (also /common, /consumers, /<tenant id or domain>)
  knownAuthorities ${new URL(identity.url).host}
  client id        ${clientId}   (the printer's app: ${PRINTER_CLIENT_ID})
  scope            https://outlook.office.com/SMTP.Send offline_access
  sign-in page     ${identity.url}/devicelogin   (enter the code shown by the device)
  users            ${users.map((u) => u.email + (u.password ? ' (password set)' : '')).join(', ')}
Exchange SMTP      ${smtp.host}:${smtp.port}   (STARTTLS, then AUTH XOAUTH2)
Microsoft Graph    ${graph.url}/v1.0   (Graph tokens from the identity platform)
CA certificate     ${ca.caFile}   (NODE_EXTRA_CA_CERTS=${ca.caFile}, or the agent's caFile)

Approve a code without the browser:
  ${curl} ${admin}/codes
  ${curl} -d '{"userCode":"CODE","email":"${first}"}' ${admin}/approve
Identity faults (${IDENTITY_FAULTS.join(', ')}; null clears; email "*" = everyone):
  ${curl} -d '{"email":"${first}","fault":"AADSTS53003"}' ${admin}/faults
  ${curl} -d '{"email":"${first}"}' ${admin}/revoke
  ${curl} -X POST ${admin}/expire-access-tokens
SMTP switches:
  ${curl} -d '{"smtpAuthDisabled":true}' ${admin}/smtp/tenant
  ${curl} -d '{"email":"${first}","smtpAuthDisabled":true}' ${admin}/smtp/mailbox   (also sendAsDenied, throttled, unlicensed)
  ${curl} ${admin}/smtp/messages
Graph switches:
  ${curl} -d '{"enabled":true}' ${admin}/graph/security-defaults
  ${curl} -d '{"email":"${first}","roles":["Global Reader"],"exchangeLicensed":false}' ${admin}/graph/users
  ${curl} -d '{"policies":[…Graph conditionalAccessPolicy objects…]}' ${admin}/graph/conditional-access
Ctrl-C stops.
`);
  const stop = () => {
    // A client holding a connection open must not keep Ctrl-C from stopping the emulators.
    setTimeout(() => process.exit(0), 2000).unref();
    void emulators.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
