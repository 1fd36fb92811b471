import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type AgentProcess, startAgentProcess } from '../src/agent-process.ts';
import { agentEnvFor, chromiumTrustArgs, type Emulators, startEmulators } from '../src/emulators/index.ts';
import { type SimPrinterConfig, type Simulator, startSimulator } from '../src/simulator/index.ts';
import {
  addPrinter,
  type ExtensionBrowser,
  extensionPage,
  launchWithExtension,
  waitForOverlay,
} from './browser.ts';
import { ARTIFACTS_DIR } from './paths.ts';

/**
 * The whole product against emulated Microsoft, for the specs that need every part: the identity,
 * Exchange SMTP and Graph emulators, simulated printers, the real agent (`wcoa start`) and Debian's
 * Chromium with the built extension, which trusts the emulators' CA as a browser trusts Microsoft's.
 */
export interface Stack {
  emu: Emulators;
  sim: Simulator;
  agent: AgentProcess;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export interface StackOptions {
  /** The printers to simulate; given the emulators, so a printer can send through their Exchange. */
  printers(emu: Emulators): SimPrinterConfig[];
  /** Pair the browser with the agent first, as an admin does in the options page. Default false. */
  paired?: boolean;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const parts: Partial<Stack> = {};
  const close = async () => {
    await parts.browser?.close();
    await parts.agent?.stop();
    await parts.sim?.close();
    await parts.emu?.close();
  };
  try {
    const emu = await startEmulators({ pollIntervalSec: 1 });
    parts.emu = emu;
    parts.sim = await startSimulator({
      identity: { url: emu.identity.url, clientId: emu.identity.clientId, caCertPem: emu.ca.caCertPem },
      printers: opts.printers(emu),
    });
    parts.agent = await startAgentProcess({
      env: {
        ...agentEnvFor(emu),
        // The agent sends tokens only to Microsoft's SMTP hosts unless told otherwise: here, the emulator.
        WCOA_ALLOWED_SMTP_HOSTS: emu.smtp.host,
      },
    });
    parts.browser = await launchWithExtension(chromiumTrustArgs(emu.ca));
    for (const printer of parts.sim.printers) await addPrinter(parts.browser, printer.origin);
    const stack = { ...(parts as Omit<Stack, 'close'>), close };
    if (opts.paired) await pairInOptions(stack);
    return stack;
  } catch (error) {
    await close();
    throw error;
  }
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
