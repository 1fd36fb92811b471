/**
 * `npm run demo`: the whole flow with no tenant. Starts the Microsoft emulators, a Web Config
 * simulator with two printers (an English one with OAuth 2.0 firmware, not yet set up; a Portuguese
 * one whose firmware has no OAuth 2.0), the agent in a throwaway home configured for the emulators,
 * builds the extension, and opens Chromium with it loaded, paired and enabled on both printers
 * (headed when there is a display; otherwise it prints what to open and how). Ctrl-C stops it all.
 *
 * Options: --no-build (reuse extension/.output), --no-browser (print the instructions only),
 * --headless (open the browser anyway, without a window: checks the demo's wiring where there is no display).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type ExtensionContext,
  findChromium,
  launchExtensionBrowser,
  NoChromiumError,
} from '../src/chromium.ts';
import { agentEnvFor, chromiumTrustArgs, PRINTER_CLIENT_ID, startEmulators } from '../src/emulators/index.ts';
import { PATHS, startSimulator } from '../src/simulator/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WCOA = join(ROOT, 'agent/bin/wcoa.js');
const EXTENSION_DIR = join(ROOT, 'extension/.output/chrome-mv3');
const ACCOUNT = 'printer@contoso.com';
const SERIALS = ['X5DEMO0001', 'X5DEMO0002'];

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function fail(message: string): never {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(1);
}

/** The agent, as `wcoa start` runs it; resolves with its port once it prints its line. */
function startAgent(home: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [WCOA, 'start', '--port', '0', '--home', home], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`the agent did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort({ child, port: Number(match[1]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the agent exited (${code}):\n${output}`));
    });
  });
}

async function openBrowser(
  headless: boolean,
  args: string[],
  agentPort: number,
  pairingCode: string,
  urls: string[],
  settings: OptionsSettings,
): Promise<ExtensionContext> {
  const browser = await launchExtensionBrowser(EXTENSION_DIR, args, {
    headless,
    viewport: null,
    // Ctrl-C is ours: stop() closes the browser, then the agent, simulator and emulators, in order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const { context, extensionId: id } = browser;
  const options = context.pages()[0] ?? (await context.newPage());
  await options.goto(`chrome-extension://${id}/options.html`);
  // Pair and enable the two printers as an admin would in the options page (loopback needs no prompt).
  await options.getByTestId('pair-code').fill(pairingCode);
  await options.getByTestId('pair-port').fill(String(agentPort));
  await options.getByTestId('pair-submit').click();
  for (const url of urls) {
    await options.getByTestId('add-printer-input').fill(new URL(url).origin);
    await options.getByTestId('add-printer-submit').click();
    await options.getByTestId('add-printer-result').waitFor();
  }
  // What the options page needs besides pairing: the emulator's SMTP endpoint as the expected mail
  // server (lint then judges the printers' setup as correct), and Check my tenant's addresses.
  await options.getByTestId('expected-endpoints').fill(settings.expectedEndpoint);
  await options.getByTestId('expected-endpoints-save').click();
  await options.getByTestId('tenant-authority').fill(settings.tenantAuthority);
  await options.getByTestId('tenant-graph').fill(settings.graphUrl);
  for (const url of urls) await (await context.newPage()).goto(url);
  return browser;
}

/** Every address the options page asks for in the demo, printed and (with a browser) filled in. */
interface OptionsSettings {
  expectedEndpoint: string;
  tenantClientId: string;
  tenantAuthority: string;
  graphUrl: string;
}

async function main(): Promise<void> {
  const { values } = (() => {
    try {
      return parseArgs({
        options: {
          'no-build': { type: 'boolean' },
          'no-browser': { type: 'boolean' },
          headless: { type: 'boolean' },
        },
        strict: true,
      });
    } catch (error) {
      fail(
        `${error instanceof Error ? error.message : String(error)}\nusage: npm run demo [-- --no-build] [--no-browser] [--headless]`,
      );
    }
  })();

  say('Starting the Microsoft emulators, two simulated printers and the agent…');
  const emulators = await startEmulators({ pollIntervalSec: 2 });
  const { identity, smtp, ca } = emulators;
  identity.addUser({ email: ACCOUNT });
  const mail = {
    sender: ACCOUNT,
    smtpServer: smtp.host,
    smtpPort: smtp.port,
    secureConnection: 'starttls' as const,
  };
  const sim = await startSimulator({
    identity: { url: identity.url, clientId: PRINTER_CLIENT_ID, caCertPem: ca.caCertPem },
    printers: [
      {
        model: 'WF-C5790',
        lang: 'en',
        serialNumber: SERIALS[0],
        network: { deviceName: 'EPSON5A1B2C', ipAddress: '192.168.10.21', macAddress: '64:EB:8C:5A:1B:2C' },
        email: { ...mail, authMethod: 'off' },
        jobs: [
          { type: 'scan-to-email', code: 361, to: ACCOUNT },
          { type: 'scan-to-email', to: ACCOUNT },
        ],
      },
      {
        model: 'ET-4850',
        lang: 'pt',
        serialNumber: SERIALS[1],
        oauthSupported: false,
        email: { ...mail, authMethod: 'smtp-auth', account: ACCOUNT },
      },
    ],
  });

  const home = mkdtempSync(join(tmpdir(), 'wcoa-demo-home-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WCOA_HOME: '',
    WCOA_PORT: '',
    WCOA_SECRET_BACKEND: 'file',
    ...agentEnvFor(emulators),
    WCOA_SMTP_HOST: smtp.host,
    WCOA_SMTP_PORT: String(smtp.port),
  };
  let agent: ChildProcess | null = null;
  let browser: ExtensionContext | null = null;
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping…');
    await browser?.close().catch(() => undefined);
    if (agent && agent.exitCode === null) {
      const exited = new Promise((r) => agent!.once('exit', r));
      agent.kill('SIGTERM');
      await exited;
    }
    await sim.close();
    await emulators.close();
    rmSync(home, { recursive: true, force: true });
    process.exit(code);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  try {
    const started = await startAgent(home, env);
    agent = started.child;
    const port = started.port;
    agent.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`demo: the agent stopped (${code})\n`);
        void stop(1);
      }
    });

    if (!values['no-build']) {
      say('Building the extension (wxt build)…');
      const built = spawnSync('npx', ['wxt', 'build'], { cwd: join(ROOT, 'extension'), encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`wxt build failed:\n${built.stdout}\n${built.stderr}`);
    } else if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error('--no-build, but extension/.output/chrome-mv3 holds no build: run without --no-build');
    }

    const pair = spawnSync(process.execPath, [WCOA, 'pair', '--port', String(port), '--home', home], {
      env,
      encoding: 'utf8',
    });
    if (pair.status !== 0) throw new Error(`wcoa pair failed: ${pair.stderr}`);
    const pairingCode = pair.stdout.trim();

    const [en, pt] = sim.printers;
    const pages = [
      `${en!.origin}${PATHS.top}?content=${PATHS.emailServer}`,
      `${pt!.origin}${PATHS.top}?content=${PATHS.emailServer}`,
    ];
    const cli = `WCOA_HOME=${home} WCOA_PORT=${port} npx wcoa`;
    const settings: OptionsSettings = {
      expectedEndpoint: `${smtp.host}:${smtp.port}`,
      tenantClientId: emulators.identity.clientId,
      tenantAuthority: `${identity.url}/organizations`,
      graphUrl: `${emulators.graph.url}/v1.0`,
    };
    say(`
Web Config OAuth Assistant demo (nothing here talks to Microsoft)

Printers (Web Config simulator)
  ${en!.origin}/   WF-C5790, English, OAuth 2.0 firmware, mail not set up yet   admin password ${SERIALS[0]}
  ${pt!.origin}/   ET-4850, Portuguese, firmware without OAuth 2.0            admin password ${SERIALS[1]}
Agent          http://127.0.0.1:${port}   home ${home}
Pairing code   ${pairingCode}   (valid 5 minutes; a new one: ${cli} pair)
Sign-in page   ${identity.url}/devicelogin   (the identity emulator: enter the code the printer or agent shows,
               as ${ACCOUNT}; no password)
Exchange SMTP  ${smtp.host}:${smtp.port}   (STARTTLS + XOAUTH2; received mail: curl --cacert ${ca.caFile} ${identity.url}/_emulator/smtp/messages)
Extension      ${EXTENSION_DIR}

Options page (extension icon › Options)
  Agent port                         ${port}   pairing code above
  Printers                           ${en!.origin}  and  ${pt!.origin}
  Expected mail servers              ${settings.expectedEndpoint}   (the emulator's SMTP: lint then takes it as right)
  Check my tenant › Client ID        ${settings.tenantClientId}   (the paired agent's; nothing to type)
  Check my tenant › Authority        ${settings.tenantAuthority}
  Check my tenant › Graph            ${settings.graphUrl}   (the Graph emulator)
  Check my tenant › Mailbox          ${ACCOUNT}   (the printer's mailbox)

Try: log in to the English printer, follow the overlay's guide to Signed in, send a test mail from the
overlay, open the options page's Printers list and a printer's Status sheet, or in a terminal:
  ${cli} printers
  ${cli} sheet ${new URL(en!.origin).host} --pdf sheet.pdf`);

    const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
    if ((display || values.headless) && !values['no-browser']) {
      browser = await openBrowser(
        Boolean(values.headless),
        chromiumTrustArgs(ca),
        port,
        pairingCode,
        pages,
        settings,
      );
      browser.context.once('close', () => void stop());
      say(
        '\nChromium is open with the extension loaded, paired and enabled on both printers. Ctrl-C stops everything.',
      );
    } else {
      let chromiumPath = '/usr/bin/chromium';
      try {
        chromiumPath = findChromium();
      } catch (error) {
        if (!(error instanceof NoChromiumError)) throw error;
      }
      say(`
No display here (or --no-browser), so no browser was opened. Where there is one, run:
  ${chromiumPath} --user-data-dir=$(mktemp -d) --load-extension=${EXTENSION_DIR} \\
    ${chromiumTrustArgs(ca).join(' ')} ${pages[0]}
then fill in the extension's options page as listed under "Options page" above.
(or chrome://extensions > Developer mode > Load unpacked > ${EXTENSION_DIR}).
Ctrl-C stops everything.`);
    }
  } catch (error) {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    await stop(1);
  }
}

void main();
