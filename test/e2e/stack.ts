import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { type AgentProcess, startAgentProcess } from '../src/agent-process.ts';
import { agentEnvFor, chromiumTrustArgs, type Emulators, startEmulators } from '../src/emulators/index.ts';
import {
  type SimPrinterConfig,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from '../src/simulator/index.ts';
import {
  addPrinter,
  type ExtensionBrowser,
  extensionPage,
  launchWithExtension,
  waitForOverlay,
} from './browser.ts';
import { ARTIFACTS_DIR } from './paths.ts';

/**
 * The one fixture of the end-to-end specs: Debian's Chromium with the built extension, and what a
 * spec asks for besides: the Microsoft-side emulators (identity, Exchange SMTP, Graph), simulated
 * printers (enabled in the extension, as an admin adds them), the real agent (`wcoa start`), paired
 * or not. A part the spec did not ask for throws when read, rather than be undefined.
 */
export interface Stack {
  emu: Emulators;
  sim: Simulator;
  agent: AgentProcess;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export interface StackOptions {
  /** The emulators of Microsoft's side. Default false. */
  emulators?: boolean;
  /** The printers to simulate; as a function, given the emulators (a printer can send through their Exchange). */
  printers?: SimPrinterConfig[] | ((emu: Emulators) => SimPrinterConfig[]);
  /** The simulator's other options (its sign-in poll). */
  simulator?: Pick<SimulatorOptions, 'pollMs'>;
  /** Enable every simulated printer in the extension first (the options page's "Add a printer"). Default true. */
  enablePrinters?: boolean;
  /** The real agent, pointed at the emulators. Default false. */
  agent?: boolean;
  /** Pair the browser with the agent first, as an admin does in the options page. Default false. */
  paired?: boolean;
  /** Chromium trusts the emulators' CA, as it trusts Microsoft's (pages it opens at the emulators). Default false. */
  trustEmulators?: boolean;
}

/**
 * The spec file's stack, started as the file loads (`const stack = await stackForSpec(…)` at its top
 * level, so its parts can be named once there) and closed after the file's last test.
 */
export async function stackForSpec(opts: StackOptions = {}): Promise<Stack> {
  const stack = await startStack(opts);
  afterAll(() => stack.close());
  return stack;
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const parts: Partial<Omit<Stack, 'close'>> = {};
  const close = async () => {
    await parts.browser?.close();
    await parts.agent?.stop();
    await parts.sim?.close();
    await parts.emu?.close();
  };
  try {
    const emu = opts.emulators ? await startEmulators({ pollIntervalSec: 1 }) : undefined;
    parts.emu = emu;
    if (opts.printers) {
      if (typeof opts.printers === 'function' && !emu) throw new Error('printers(emu) needs emulators: true');
      parts.sim = await startSimulator({
        ...opts.simulator,
        ...(emu
          ? {
              identity: {
                url: emu.identity.url,
                clientId: emu.identity.clientId,
                caCertPem: emu.ca.caCertPem,
              },
            }
          : {}),
        printers: typeof opts.printers === 'function' ? opts.printers(emu!) : opts.printers,
      });
    }
    if (opts.agent) {
      parts.agent = await startAgentProcess({
        env: emu
          ? {
              ...agentEnvFor(emu),
              // The agent sends tokens only to Microsoft's SMTP hosts unless told otherwise: here, the emulator.
              WCOA_ALLOWED_SMTP_HOSTS: emu.smtp.host,
            }
          : {},
      });
    }
    parts.browser = await launchWithExtension(opts.trustEmulators && emu ? chromiumTrustArgs(emu.ca) : []);
    if (opts.enablePrinters !== false) {
      for (const printer of parts.sim?.printers ?? []) await addPrinter(parts.browser, printer.origin);
    }
    const stack: Stack = {
      get emu() {
        return part(parts.emu, 'emulators');
      },
      get sim() {
        return part(parts.sim, 'printers');
      },
      get agent() {
        return part(parts.agent, 'agent');
      },
      get browser() {
        return part(parts.browser, 'browser');
      },
      close,
    };
    if (opts.paired) await pairInOptions(stack);
    return stack;
  } catch (error) {
    await close();
    throw error;
  }
}

function part<T>(value: T | undefined, option: string): T {
  if (value === undefined) throw new Error(`this spec's stack was started without ${option}`);
  return value;
}

/** Email Server settings already set up: OAuth2, signed in as `account`, sending through the Exchange emulator. */
export function signedInEmail(emu: Emulators, account: string) {
  return {
    authMethod: 'oauth2',
    emailService: 'exchange-online',
    currentStatus: 'signed-in',
    account,
    sender: account,
    smtpServer: emu.smtp.host,
    smtpPort: emu.smtp.port,
    secureConnection: 'starttls',
  } as const;
}

/** One printer already set up: OAuth2, signed in as `account`, sending through the Exchange emulator. */
export function oneSignedInPrinter(serialNumber: string, account: string): StackOptions['printers'] {
  return (emu) => [{ model: 'WF-C5790', serialNumber, email: signedInEmail(emu, account) }];
}

/** Email Server settings before the setup: no authentication yet, sending as `account` to Exchange Online. */
export function unsetEmail(account: string) {
  return {
    authMethod: 'off',
    sender: account,
    smtpServer: 'smtp.office365.com',
    smtpPort: 587,
    secureConnection: 'starttls',
  } as const;
}

/** Email Server settings halfway: OAuth2 and Exchange Online chosen, not signed in yet. */
export function notSignedInEmail(account: string) {
  return {
    ...unsetEmail(account),
    authMethod: 'oauth2',
    emailService: 'exchange-online',
    currentStatus: 'not-signed-in',
  } as const;
}

/** The options page's pairing form, filled as an admin fills it. */
export async function pair(page: Page, code: string, port: number): Promise<void> {
  await page.getByTestId('pair-code').fill(code);
  await page.getByTestId('pair-port').fill(String(port));
  await page.getByTestId('pair-submit').click();
}

/** Pairs the browser with the stack's agent through the options page, with a code from `wcoa pair`. */
export async function pairInOptions({ browser, agent }: Pick<Stack, 'browser' | 'agent'>): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser, 'options.html'));
  await pair(page, agent.pairingCode(), agent.port);
  await page.getByTestId('pair-result').and(page.locator('.ok')).waitFor();
  await page.close();
}

/**
 * Opens a Web Config page in a new tab, first logging in as its administrator when a password is
 * given, and waits until the overlay has read the page as `kind`.
 */
export async function openWebConfig(
  browser: ExtensionBrowser,
  url: string,
  kind: string,
  password?: string,
): Promise<Page> {
  const page = await browser.context.newPage();
  if (password !== undefined) {
    await page.goto(`${new URL(url).origin}/PRESENTATION/ADVANCED/PASSWORD/TOP`);
    await page.locator('input[name="INPUTT_PASSWORD"]').fill(password);
    await page.locator('.footer button').first().click();
    await page.waitForLoadState('load');
  }
  await page.goto(url);
  await waitForOverlay(page, 'data-page', kind);
  return page;
}
