import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../src/simulator/index.ts';
import { waitForOverlay } from './browser.ts';
import { clickInOverlay, overlayText } from './overlay-cdp.ts';
import { ARTIFACTS_DIR } from './paths.ts';
import { notSignedInEmail, stackForSpec } from './stack.ts';

const SIGN_IN_MESSAGE =
  'To use this feature you need to sign in to your email service. Contact your administrator.';

const stack = await stackForSpec({
  printers: [
    {
      model: 'WF-C879R',
      lang: 'en',
      serialNumber: 'S1',
      fax: {
        authMethod: 'off',
        sender: 'fax@contoso.com',
        smtpServer: 'smtp.office365.com',
        smtpPort: 587,
      },
      serverless: { forMyEmail: true, currentStatus: 'not-signed-in' },
      jobs: [{ code: 360 }, { code: 370 }, {}, { code: 361 }],
    },
    // Firmware without OAuth2, still on SMTP AUTH with a password.
    {
      model: 'WF-3540',
      lang: 'pt',
      serialNumber: 'S2',
      oauthSupported: false,
      email: {
        authMethod: 'smtp-auth',
        account: 'scan@contoso.com',
        sender: 'scan@contoso.com',
        smtpServer: 'smtp.office365.com',
        smtpPort: 587,
        secureConnection: 'starttls',
      },
    },
    // Set up once, then the printer asks for a sign-in.
    {
      model: 'WF-C5790',
      lang: 'en',
      serialNumber: 'S3',
      messages: [SIGN_IN_MESSAGE],
      email: notSignedInEmail('scan@contoso.com'),
    },
  ],
});
const { browser, sim } = stack;

/** Log in as administrator, then open an area's page on its own (unframed). */
async function open(index: number, serial: string, path: string): Promise<Page> {
  const origin = sim.printers[index]!.origin;
  const page = await browser.context.newPage();
  await page.goto(`${origin}/PRESENTATION/ADVANCED/PASSWORD/TOP`);
  await page.locator('input[name="INPUTT_PASSWORD"]').fill(serial);
  await page.locator('.footer button').first().click();
  await page.waitForLoadState('load');
  await page.goto(`${origin}${path}`);
  return page;
}

describe('the guide’s variants and the printer’s own messages', () => {
  it('Fax Server: the same guide on the fax page', async () => {
    const page = await open(0, 'S1', PATHS.area('FAX_SERVER'));
    await waitForOverlay(page, 'data-page', 'fax-server-email');
    await waitForOverlay(page, 'data-step', 'choose-oauth2');
    await page.close();
  });

  it('Print Admin Serverless: its own steps', async () => {
    const page = await open(0, 'S1', PATHS.area('PAS_FORMYEMAIL'));
    await waitForOverlay(page, 'data-page', 'print-admin-serverless');
    await waitForOverlay(page, 'data-step', 'choose-for-my-email');
    await page.close();
  });

  it('Job History: codes explained beside their rows', async () => {
    const page = await open(0, 'S1', PATHS.jobHistory);
    await waitForOverlay(page, 'data-page', 'job-history');
    const hints = await waitForOverlay(page, 'data-hints', /\S/);
    expect(hints).toBe('service-unreachable sign-in-required sign-in-expired');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'overlay-en-job-history.png') });
    await page.close();
  });

  it('firmware without OAuth2: the guide is blocked and says why, in the page’s language', async () => {
    const page = await open(1, 'S2', PATHS.emailServer);
    await waitForOverlay(page, 'data-page', 'email-server-basic');
    const hints = await waitForOverlay(page, 'data-hints', /oauth-not-supported/);
    expect(hints.split(' ')[0]).toBe('oauth-not-supported');
    expect(await page.locator('wcoa-overlay').getAttribute('lang')).toBe('pt-PT');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'overlay-pt-no-oauth.png') });
    await page.close();
  });

  it('“sign in to your email service”: the cause and the fix where the message appears', async () => {
    const page = await open(2, 'S3', PATHS.emailServer);
    await waitForOverlay(page, 'data-page', 'email-server-basic');
    await waitForOverlay(page, 'data-hints', /sign-in-required/);
    await waitForOverlay(page, 'data-step', 'sign-in');
    await page.close();
  });
});

describe('the prerequisites checklist', () => {
  it('is remembered per printer across page loads', async () => {
    const page = await open(0, 'S1', PATHS.area('FAX_SERVER'));
    await waitForOverlay(page, 'data-page', 'fax-server-email');
    expect(await overlayText(page, 'checklist')).toContain('(0/8)');
    await clickInOverlay(page, 'prerequisite-tenant-smtp-auth');
    await clickInOverlay(page, 'prerequisite-security-defaults-off');
    await expect.poll(() => overlayText(page, 'checklist')).toContain('(2/8)');
    await page.reload();
    await waitForOverlay(page, 'data-page', 'fax-server-email');
    await expect.poll(() => overlayText(page, 'checklist')).toContain('(2/8)');
    // Another printer keeps its own list.
    const other = await open(2, 'S3', PATHS.emailServer);
    await waitForOverlay(other, 'data-page', 'email-server-basic');
    await expect.poll(() => overlayText(other, 'checklist')).toContain('(0/8)');
    await other.close();
    await page.close();
  });
});

describe('Email Server > Connection Test', () => {
  it('explains the printer’s failure where it appears', async () => {
    const page = await open(2, 'S3', PATHS.area('NW_MAIL_CONNECTTEST'));
    await waitForOverlay(page, 'data-page', 'email-server-connection-test');
    await page.locator('.footer button').first().click(); // Start
    await page.waitForLoadState('load');
    const content = page.frame({ name: 'contents' })!;
    await content.locator('div.warning').waitFor();
    await waitForOverlay(content, 'data-hints', /sign-in-required/);
    await page.close();
  });
});
