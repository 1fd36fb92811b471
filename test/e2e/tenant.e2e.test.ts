import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  chromiumTrustArgs,
  DEFAULT_CLIENT_ID,
  type Emulators,
  startEmulators,
} from '../src/emulators/index.ts';
import { type ExtensionBrowser, extensionPage, launchWithExtension } from './browser.ts';

/**
 * "Check my tenant" end to end: the built extension's options page runs msal-browser, whose
 * authorization request (PKCE) goes through chrome.identity.launchWebAuthFlow to the identity
 * emulator's sign-in pages, which a person (this spec) walks through; msal-browser redeems the code
 * at the emulator's token endpoint and the page reads the Graph emulator with the token.
 */
const ADMIN = 'admin@contoso.com';
const PRINTER = 'scan@contoso.com';

let emu: Emulators;
let browser: ExtensionBrowser;

beforeAll(async () => {
  emu = await startEmulators({ pollIntervalSec: 1 });
  emu.identity.addUser({ email: ADMIN, password: 'Passw0rd!' });
  emu.identity.addUser({ email: PRINTER, isAdmin: false });
  browser = await launchWithExtension(chromiumTrustArgs(emu.ca));
});

afterAll(async () => {
  await browser?.close();
  await emu?.close();
});

beforeEach(() => {
  emu.graph.setSecurityDefaults(false);
  emu.graph.setConditionalAccessPolicies([]);
  emu.graph.setUser(ADMIN, { roles: ['Global Administrator'] });
  emu.graph.setUser(PRINTER, { exchangeLicensed: true });
});

/** The emulator's sign-in pages, as the admin walks them in the window launchWebAuthFlow opens. */
async function signInAt(page: Page) {
  await page.getByLabel('Email, phone, or Skype').fill(ADMIN);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password').fill('Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Accept' }).click();
}

async function checkTenant(mailbox = PRINTER): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser, 'options.html'));
  await page.getByTestId('tenant-client-id').fill(DEFAULT_CLIENT_ID);
  await page.getByTestId('tenant-authority').fill(`${emu.identity.url}/organizations`);
  await page.getByTestId('tenant-graph').fill(`${emu.graph.url}/v1.0`);
  await page.getByTestId('tenant-mailbox').fill(mailbox);
  const popup = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().startsWith(emu.identity.url),
    timeout: 20_000,
  });
  await page.getByTestId('tenant-run').click();
  await new Promise((r) => setTimeout(r, 3000));
  console.log(
    'status',
    await page
      .getByTestId('tenant-status')
      .textContent()
      .catch(() => null),
    browser.context.pages().map((p) => p.url()),
  );
  await signInAt(await popup);
  await page
    .getByTestId('tenant-report')
    .or(page.locator('[data-testid="tenant-status"].bad'))
    .waitFor({ timeout: 20_000 });
  return page;
}

describe('Check my tenant', () => {
  it('a clean tenant gives no finding', async () => {
    const page = await checkTenant();
    const status = await page
      .getByTestId('tenant-status')
      .textContent()
      .catch(() => null);
    expect(status).toBeNull();
    await expect(page.getByTestId('tenant-clean').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
