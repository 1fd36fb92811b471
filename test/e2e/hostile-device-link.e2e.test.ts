import { LOAD_SETTLE_MS } from '@wcoa/shared/guide';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../src/simulator/index.ts';
import { contentFrame, logIn, waitForOverlay } from './browser.ts';
import { openPanel, overlayHas, overlayText, waitForOverlayElement } from './overlay-cdp.ts';
import { stackForSpec, unsetEmail } from './stack.ts';

/**
 * Attack: a page on a printer's address shows a device-code prompt whose link is not Microsoft's
 * (a look-alike host that contains Microsoft's name). Before: the overlay presented it as
 * Microsoft's sign-in page with an "Open the sign-in page" button. Now it names it as not
 * Microsoft's and offers nothing to open; a page showing Microsoft's own link still gets the button.
 */

const HOSTILE = 'https://login.microsoftonline.com.evil.example/common/oauth2/deviceauth';
const ACCOUNT = 'scan@contoso.com';

const email = unsetEmail(ACCOUNT);
const stack = await stackForSpec({
  emulators: true,
  simulator: { pollMs: 300 },
  printers: [
    { model: 'WF-C5790', lang: 'en', serialNumber: 'X5ZZ00HOST', email, deviceLink: HOSTILE },
    {
      model: 'WF-C5790',
      lang: 'en',
      serialNumber: 'X5ZZ00GOOD',
      email,
      deviceLink: 'https://microsoft.com/devicelogin',
    },
  ],
});
const { browser, sim } = stack;
const idp = stack.emu.identity;

beforeAll(async () => {
  idp.addUser({ email: ACCOUNT });
}, 120_000);

/** Logs in, chooses OAuth2 and Exchange Online, clicks Sign In: the page shows its device-code prompt. */
async function toDeviceCode(index: number): Promise<Page> {
  const printer = sim.printers[index]!;
  const page = await browser.context.newPage();
  const url = `${printer.origin}${PATHS.top}?content=${PATHS.emailServer}`;
  await page.goto(url);
  let content: Frame = await logIn(page, printer.state.config.serialNumber!, url);
  await page.waitForTimeout(LOAD_SETTLE_MS + 500);
  await content.locator('select[name="INPUTD_AUTHMETHOD"]').selectOption('OAUTH2');
  await waitForOverlay(content, 'data-step', /^(choose-service|sign-in)$/);
  await content.locator('select[name="SEL_MAILSERVICE"]').selectOption('EXO');
  await waitForOverlay(content, 'data-step', 'sign-in');
  await content.locator('button[name="BTN_SIGNIN"]').click();
  content = contentFrame(page);
  await waitForOverlay(content, 'data-step', 'copy-code');
  return page;
}

describe("a printer page's device-code link", () => {
  it("is refused in the built extension when it is not Microsoft's, and nothing offers to open it", async () => {
    const page = await toDeviceCode(0);
    await openPanel(page);
    await waitForOverlayElement(page, 'device-code-untrusted');
    const warning = await overlayText(page, 'device-code-untrusted');
    expect(warning).toContain("not Microsoft's");
    expect(warning).toContain('login.microsoftonline.com.evil.example');
    expect(await overlayHas(page, 'device-code-open')).toBe(false);
    expect(await overlayHas(page, 'device-code')).toBe(false);
    await page.close();
  }, 120_000);

  it("still offers Microsoft's own verification page", async () => {
    const page = await toDeviceCode(1);
    await openPanel(page);
    await waitForOverlayElement(page, 'device-code-open');
    expect(await overlayHas(page, 'device-code-untrusted')).toBe(false);
    await page.close();
  }, 120_000);
});
