/**
 * The sign-in pages in Debian's Chromium, as the extension's end-to-end specs will drive them:
 * labels and button names are the contract, and the browser trusts the emulator through the test
 * CA's key (chromiumTrustArgs), not by ignoring certificate errors.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumTrustArgs, emulatorMsal } from '../src/emulators/index.ts';
import { identityEmulatorForFile } from './helpers/emulators.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`SKIP sign-in page tests: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const { ca, idp } = await identityEmulatorForFile({ pollIntervalSec: 1 });
let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumTrustArgs(ca) });
}, 60_000);
afterAll(() => browser?.close());

describe.skipIf(!hasChromium)('sign-in pages in Chromium', () => {
  it('a person enters the code, signs in, consents for the organization, and msal-node gets the token', async () => {
    idp.addUser({ email: 'admin@contoso.com', password: 'Correct horse 1' });
    const app = emulatorMsal(idp, ca.caCertPem);
    let shown: { userCode: string; verificationUri: string } | undefined;
    const result = app.acquireTokenByDeviceCode({
      scopes: ['https://outlook.office.com/SMTP.Send'],
      deviceCodeCallback: (r) => {
        shown = r;
      },
    });
    while (!shown) await new Promise((r) => setTimeout(r, 20));

    const page = await browser.newPage();
    try {
      await page.goto(shown.verificationUri);
      await page.getByLabel('Code').fill(shown.userCode);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Email, phone, or Skype').fill('admin@contoso.com');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Password').fill('Correct horse 1');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => page.getByRole('heading').textContent()).toBe('Permissions requested');
      await page.getByLabel('Consent on behalf of your organization').check();
      await page.getByRole('button', { name: 'Accept' }).click();
      await expect.poll(() => page.locator('main').getAttribute('data-outcome')).toBe('signed-in');
      expect(await page.textContent('main')).toContain('You may now close this window.');
    } finally {
      await page.close();
    }
    expect((await result)?.account?.username).toBe('admin@contoso.com');
    expect(idp.consents()).toEqual([expect.objectContaining({ onBehalfOfOrganization: true })]);
  }, 60_000);
});
