import type { Frame, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type ExtensionContext, launchExtensionBrowser, QUIET_ARGS } from '../src/chromium.ts';

export type ExtensionBrowser = ExtensionContext;

/** The browser's own language: a page in any other language is the only source of the overlay's. */
export const BROWSER_LANG = 'en-US';

/** Debian's Chromium with the built extension loaded, in a fresh profile (extraArgs: e.g. chromiumTrustArgs). */
export async function launchWithExtension(extraArgs: readonly string[] = []): Promise<ExtensionBrowser> {
  return launchExtensionBrowser(
    inject('extensionDir'),
    [...QUIET_ARGS, '--disable-gpu', '--disable-quic', `--lang=${BROWSER_LANG}`, ...extraArgs],
    { viewport: { width: 1400, height: 900 } },
  );
}

export function extensionPage(browser: ExtensionBrowser, page: 'options.html' | 'popup.html'): string {
  return `chrome-extension://${browser.extensionId}/${page}`;
}

/** "Add a printer" in the options page, as an admin does (DESIGN.md's data-testid contract). */
export async function addPrinter(browser: ExtensionBrowser, address: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser, 'options.html'));
  await page.getByTestId('add-printer-input').fill(address);
  await page.getByTestId('add-printer-submit').click();
  await page.getByTestId('add-printer-result').and(page.locator('.ok')).waitFor({ timeout: 10_000 });
  await page.close();
}

/** The overlay host's attributes: the one window tests get into the closed shadow root. */
export async function overlayAttributes(frame: Page | Frame) {
  const host = frame.locator('wcoa-overlay');
  await host.waitFor({ state: 'attached', timeout: 15_000 });
  return {
    page: await host.getAttribute('data-page'),
    step: await host.getAttribute('data-step'),
    hints: await host.getAttribute('data-hints'),
  };
}

/** Wait until the overlay's attribute reads the expected value (it follows the page live). */
export async function waitForOverlay(
  frame: Page | Frame,
  attribute: 'data-page' | 'data-step' | 'data-hints' | 'data-dock' | 'data-layout',
  expected: string | RegExp,
  timeout = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await frame
      .locator('wcoa-overlay')
      .getAttribute(attribute, { timeout: 1000 })
      .catch(() => null);
    if (last !== null && (typeof expected === 'string' ? last === expected : expected.test(last)))
      return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`overlay ${attribute} stayed ${JSON.stringify(last)}, expected ${expected}`);
}

export function contentFrame(page: Page): Frame {
  const frame = page.frame({ name: 'contents' });
  if (!frame) throw new Error('no content frame: is this COMMON/TOP?');
  return frame;
}

/** Logs in on the Web Config page at `url` and returns its content frame on the Email Server page. */
export async function logIn(page: Page, password: string, url: string): Promise<Frame> {
  const login = contentFrame(page);
  await waitForOverlay(login, 'data-page', 'login');
  await login.locator('input[name="INPUTT_PASSWORD"]').fill(password);
  await login.locator('.footer button').first().click();
  await page.waitForLoadState('load');
  await waitForOverlay(contentFrame(page), 'data-page', /^(?!login$)/);
  // The simulators share 127.0.0.1's cookies across ports, so Web Config may land on its home page.
  if ((await overlayAttributes(contentFrame(page))).page !== 'email-server-basic') await page.goto(url);
  const content = contentFrame(page);
  await waitForOverlay(content, 'data-page', 'email-server-basic');
  return content;
}
