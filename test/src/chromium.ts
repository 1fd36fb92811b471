/**
 * The end-to-end tests use the product's own Chromium finder (the agent prints PDFs with it):
 * one place decides which browser runs, WCOA_CHROMIUM first. Never downloads one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '@wcoa/agent/chromium';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export { findChromium, NoChromiumError } from '@wcoa/agent/chromium';

/**
 * For measured and tested runs: a browser that fetches nothing on its own (no update or background
 * checks to skew a figure) and starts where no sandbox can (containers, CI).
 */
export const QUIET_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-sandbox',
];

export interface ExtensionContext {
  context: BrowserContext;
  /** The extension's id (its pages are chrome-extension://<id>/…). */
  extensionId: string;
  /** The extension's service worker, as it first started. */
  worker: Worker;
  /** Closes the browser, then removes its profile. */
  close(): Promise<void>;
}

/**
 * Chromium with a built extension loaded, in a fresh profile of its own (removed by close()): what the end-to-end specs, the overlay bench and the demo start from. `args` come after
 * the extension's; `options` are Playwright's (viewport, headless, signal handling).
 */
export async function launchExtensionBrowser(
  extensionDir: string,
  args: readonly string[] = [],
  options: Omit<
    NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>,
    'args' | 'executablePath'
  > = {},
): Promise<ExtensionContext> {
  const profile = mkdtempSync(join(tmpdir(), 'wcoa-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    ...options,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-sync',
      ...args,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    worker,
    close: async () => {
      await context.close();
      // A browser a person closed may still be writing its profile when its close is reported.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
