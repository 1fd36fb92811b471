import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOAD_SETTLE_MS } from '@wcoa/shared/guide';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, type IdentityEmulator, startIdentityEmulator } from '../src/emulators/index.ts';
import { PATHS, type Simulator, startSimulator } from '../src/simulator/index.ts';
import {
  addPrinter,
  contentFrame,
  type ExtensionBrowser,
  launchWithExtension,
  waitForOverlay,
} from './browser.ts';
import { ARTIFACTS_DIR } from './paths.ts';

let browser: ExtensionBrowser;
let idp: IdentityEmulator;
let sim: Simulator;
const ACCOUNT = 'scan@contoso.com';

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const ca = await createTestCa();
  idp = await startIdentityEmulator({ tls: ca, pollIntervalSec: 1 });
  idp.addUser({ email: ACCOUNT });
  const email = {
    authMethod: 'off' as const,
    sender: ACCOUNT,
    smtpServer: 'smtp.office365.com',
    smtpPort: 587,
    secureConnection: 'starttls' as const,
  };
  sim = await startSimulator({
    identity: { url: idp.url, clientId: idp.clientId, caCertPem: ca.caCertPem },
    pollMs: 300,
    printers: [
      { model: 'WF-C5790', lang: 'en', serialNumber: 'X5ZZ001234', email },
      { model: 'WF-C5790', lang: 'pt', serialNumber: 'X5ZZ009999', email },
    ],
  });
  browser = await launchWithExtension();
  for (const printer of sim.printers) await addPrinter(browser, printer.origin);
});

afterAll(async () => {
  await browser?.close();
  await sim?.close();
  await idp?.close();
});

async function logIn(page: Page, password: string): Promise<Frame> {
  const login = contentFrame(page);
  await waitForOverlay(login, 'data-page', 'login');
  await login.locator('input[name="INPUTT_PASSWORD"]').fill(password);
  await login.locator('.footer button').first().click();
  await page.waitForLoadState('load');
  const content = contentFrame(page);
  await waitForOverlay(content, 'data-page', 'email-server-basic');
  return content;
}

async function setUp(index: number, password: string, lang: string) {
  const printer = sim.printers[index]!;
  const page = await browser.context.newPage();
  const steps: string[] = [];
  const seen = async (frame: Frame, step: string | RegExp) => {
    steps.push(await waitForOverlay(frame, 'data-step', step));
  };

  await page.goto(`${printer.origin}${PATHS.top}?content=${PATHS.emailServer}`);
  await seen(contentFrame(page), 'log-in');
  let content = await logIn(page, password);

  await seen(content, 'choose-oauth2');
  // Web Config may still be filling its form in just after a load; an admin acts later than that.
  await page.waitForTimeout(LOAD_SETTLE_MS + 500);
  await content.locator('select[name="INPUTD_AUTHMETHOD"]').selectOption('OAUTH2');
  // The service list offers Exchange Online first; choosing it (again) is the admin's next action.
  await seen(content, /^(choose-service|sign-in)$/);
  await content.locator('select[name="SEL_MAILSERVICE"]').selectOption('EXO');
  await seen(content, 'sign-in');
  await page.waitForTimeout(300); // let the outline settle on the redrawn form
  await page.screenshot({ path: join(ARTIFACTS_DIR, `overlay-${lang}-sign-in.png`) });

  await content.locator('button[name="BTN_SIGNIN"]').click();
  await seen(content, 'copy-code');
  const code = await idp.waitForCode();
  expect(await content.locator('.device-code .code').textContent()).toBe(code.userCode);
  await page.screenshot({ path: join(ARTIFACTS_DIR, `overlay-${lang}-device-code.png`) });

  await idp.approve(code.userCode, ACCOUNT);
  await seen(content, 'save-settings');
  await page.screenshot({ path: join(ARTIFACTS_DIR, `overlay-${lang}-save.png`) });
  expect(printer.state.saves).toHaveLength(0); // signed in, but nothing sent to the printer yet

  await content.locator('.footer button').first().click(); // OK → confirm page
  await page.waitForLoadState('load');
  content = contentFrame(page);
  await content.locator('form#confirm_form').waitFor();
  await content.locator('.footer button').first().click(); // OK on the confirm page → saved
  await page.waitForLoadState('load');
  content = contentFrame(page);
  await content.locator('form#input_form').waitFor();
  await seen(content, '');
  await page.screenshot({ path: join(ARTIFACTS_DIR, `overlay-${lang}-saved.png`) });
  await page.close();
  return { steps, printer };
}

describe('the guided setup, from Off to Signed in and saved', () => {
  it('follows the admin step by step (English Web Config)', async () => {
    const { steps, printer } = await setUp(0, 'X5ZZ001234', 'en');
    // Each action moves the guide on; the service list may already show Exchange Online selected.
    const full = [
      'log-in',
      'choose-oauth2',
      'choose-service',
      'sign-in',
      'sign-in',
      'copy-code',
      'save-settings',
      '',
    ];
    expect([full, full.filter((s) => s !== 'choose-service')]).toContainEqual(steps);
    expect(printer.state.saves).toEqual([
      {
        area: 'NW_SERVICE_PRTCL',
        state: expect.objectContaining({
          authMethod: 'oauth2',
          currentStatus: 'signed-in',
          account: ACCOUNT,
        }),
      },
    ]);
  });

  it('does the same in Portuguese, with the overlay in Portuguese', async () => {
    const { steps, printer } = await setUp(1, 'X5ZZ009999', 'pt');
    expect(steps.at(-1)).toBe('');
    expect(steps).toContain('copy-code');
    expect(printer.state.saves).toHaveLength(1);
    const page = await browser.context.newPage();
    await page.goto(`${printer.origin}${PATHS.productStatus}`);
    expect(await page.locator('wcoa-overlay').getAttribute('lang', { timeout: 15_000 })).toBe('pt-PT');
    await page.close();
  });
});
