import { join } from 'node:path';
import { LOAD_SETTLE_MS } from '@wcoa/shared/guide';
import { LANGS, pickLang } from '@wcoa/shared/i18n';
import { detect } from '@wcoa/shared/webconfig';
import { JSDOM } from 'jsdom';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../src/simulator/index.ts';
import { LABELS, RENDER_LANGS, type RenderLang } from '../src/webconfig-pages/index.ts';
import { BROWSER_LANG, contentFrame, logIn, overlayAttributes, waitForOverlay } from './browser.ts';
import { openPanel, overlayHas, overlayText, waitForOverlayElement } from './overlay-cdp.ts';
import { ARTIFACTS_DIR } from './paths.ts';
import { stackForSpec, unsetEmail } from './stack.ts';

/**
 * The guided setup from Off to Signed in and saved, in every language of the simulator the overlay
 * speaks: the steps as the admin sees them, the overlay in the page's language at each (the browser
 * says en-US, so a language other than English can only have come from the page), a screenshot at
 * each (test-results/e2e/overlay-<lang>-<n>-<step>.png), the confirm page as its own step, and
 * sign-ins the printer reports as refused as the first blocker.
 */
const OVERLAY_LANGS: RenderLang[] = RENDER_LANGS.filter(
  (lang) =>
    lang === 'en' || ((LANGS as readonly string[]).includes(pickLang(lang)) && pickLang(lang) !== 'en'),
);

const ACCOUNT = 'scan@contoso.com';
const REFUSED = 'blocked@contoso.com';
const DECLINER = 'decliner@contoso.com';
const serial = (i: number) => `X5ZZ00${String(1000 + i)}`;

const stack = await stackForSpec({
  emulators: true,
  simulator: { pollMs: 300 },
  printers: [
    ...OVERLAY_LANGS.map((lang, i) => ({
      model: 'WF-C5790',
      lang,
      serialNumber: serial(i),
      email: unsetEmail(ACCOUNT),
    })),
    { model: 'WF-C5790', lang: 'en' as const, serialNumber: 'X5ZZ00REF1', email: unsetEmail(REFUSED) },
    { model: 'WF-C5790', lang: 'en' as const, serialNumber: 'X5ZZ00DEC1', email: unsetEmail(DECLINER) },
  ],
});
const { browser, sim } = stack;
const idp = stack.emu.identity;

beforeAll(async () => {
  idp.addUser({ email: ACCOUNT });
  idp.addUser({ email: REFUSED });
  idp.addUser({ email: DECLINER });
  // Conditional Access refuses this account's sign-in (AADSTS53003), as Entra does.
  idp.setFault(REFUSED, 'AADSTS53003');
});

/** The code the page shows, and the identity emulator's record of it. */
async function shownCode(content: Frame) {
  const userCode = (await content.locator('.device-code .code').textContent())?.trim() ?? '';
  return idp.waitForCode((c) => c.userCode === userCode);
}

/** Open the Email Server page, log in, choose OAuth2 and Exchange Online: the step is Sign In. */
async function toSignIn(page: Page, index: number, shot: (name: string) => Promise<void>, seen: Seen) {
  const printer = sim.printers[index]!;
  const url = `${printer.origin}${PATHS.top}?content=${PATHS.emailServer}`;
  await page.goto(url);
  await seen(contentFrame(page), 'log-in');
  await shot('log-in');
  const content = await logIn(page, printer.state.config.serialNumber ?? '', url);
  await seen(content, 'choose-oauth2');
  await shot('choose-oauth2');
  // Web Config may still be filling its form in just after a load; an admin acts later than that.
  await page.waitForTimeout(LOAD_SETTLE_MS + 500);
  await content.locator('select[name="INPUTD_AUTHMETHOD"]').selectOption('OAUTH2');
  // The service list offers Exchange Online first; choosing it (again) is the admin's next action.
  await seen(content, /^(choose-service|sign-in)$/);
  await content.locator('select[name="SEL_MAILSERVICE"]').selectOption('EXO');
  await seen(content, 'sign-in');
  await page.waitForTimeout(300); // let the outline settle on the redrawn form
  await shot('sign-in');
  return content;
}

type Seen = (frame: Frame, step: string | RegExp) => Promise<void>;

/**
 * The language the overlay must speak on this page: what the language choice makes of the language
 * the detector reads from the page itself.
 */
async function pageLang(frame: Frame): Promise<string> {
  const html = await frame.content();
  return pickLang(detect(new JSDOM(html, { url: frame.url() }).window.document).lang, BROWSER_LANG);
}

/** Records each step the overlay shows, and holds it to the first page's language at every one. */
function recorder(page: Page, lang: string) {
  const steps: string[] = [];
  let n = 0;
  let expectedLang: string | undefined;
  const seen: Seen = async (frame, step) => {
    steps.push(await waitForOverlay(frame, 'data-step', step));
    expectedLang ??= await pageLang(frame);
    expect(await frame.locator('wcoa-overlay').getAttribute('lang', { timeout: 15_000 })).toBe(expectedLang);
  };
  const shot = async (name: string) => {
    n += 1;
    await page.screenshot({
      path: join(ARTIFACTS_DIR, `overlay-${lang}-${String(n).padStart(2, '0')}-${name}.png`),
    });
  };
  return { steps, seen, shot, spoken: () => expectedLang };
}

async function setUp(index: number, lang: RenderLang) {
  const printer = sim.printers[index]!;
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const { steps, seen, shot, spoken } = recorder(page, lang);
  let content = await toSignIn(page, index, shot, seen);

  await content.locator('button[name="BTN_SIGNIN"]').click();
  await seen(content, 'copy-code');
  const code = await shownCode(content);
  // Waiting for Microsoft, with the code's expiry, only while the page shows the code.
  await openPanel(page);
  await waitForOverlayElement(page, 'sign-in-waiting');
  await shot('copy-code');

  await idp.approve(code.userCode, ACCOUNT);
  await seen(content, 'save-settings');
  expect((await overlayAttributes(content)).hints).toContain('signed-in-not-saved');
  // The step quotes the page's own labels (the simulator's wording, not the table's): Current
  // Status and Signed in as this printer words them.
  await openPanel(page);
  const guide = (await overlayText(page, 'guide')) ?? '';
  for (const label of [LABELS[lang].currentStatus, LABELS[lang].signedIn]) expect(guide).toContain(label);
  await shot('save-settings');
  expect(printer.state.saves).toHaveLength(0); // signed in, but nothing sent to the printer yet

  await content.locator('.footer button').first().click(); // OK → confirm page
  await page.waitForLoadState('load');
  content = contentFrame(page);
  await content.locator('form#confirm_form').waitFor();
  // The confirm page: sent, not saved. Never "set up" here (Epson's guide warns of exactly this).
  await seen(content, 'confirm-save');
  await shot('confirm-save');
  expect(printer.state.saves).toHaveLength(0);

  await content.locator('.footer button').first().click(); // OK on the confirm page → saved
  await page.waitForLoadState('load');
  content = contentFrame(page);
  await content.locator('form#input_form').waitFor();
  await seen(content, '');
  await shot('saved');
  // And after a reload the page still shows OAuth2 + Signed in: set up, with no hint against it.
  await page.reload();
  content = contentFrame(page);
  await seen(content, '');
  expect((await overlayAttributes(content)).hints ?? '').not.toContain('signed-in-not-saved');
  await page.close();
  return { steps, printer, spoken: spoken() };
}

describe('the guided setup, from Off to Signed in and saved', () => {
  it('the languages come from the simulator, and include the ones the overlay speaks', () => {
    expect(OVERLAY_LANGS).toEqual(
      expect.arrayContaining(['en', 'pt', 'pt-BR', 'es', 'fr', 'de', 'it', 'ja']),
    );
  });

  for (const [index, lang] of OVERLAY_LANGS.entries()) {
    it(`follows the admin step by step, confirm page included (Web Config in ${lang})`, async () => {
      const { steps, printer, spoken } = await setUp(index, lang);
      // The page's language, as the detector read it from the page, and not the browser's.
      expect(spoken?.slice(0, 2)).toBe(lang.slice(0, 2));
      // Each action moves the guide on. After OAuth2 is chosen the guide asks for the service, or,
      // when the list already shows Exchange Online selected, for the sign-in (seen then twice: before
      // and after choosing it again).
      const rest = ['copy-code', 'save-settings', 'confirm-save', '', ''];
      expect([
        ['log-in', 'choose-oauth2', 'choose-service', 'sign-in', ...rest],
        ['log-in', 'choose-oauth2', 'sign-in', 'sign-in', ...rest],
      ]).toContainEqual(steps);
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
      const page = await browser.context.newPage();
      await page.goto(`${printer.origin}${PATHS.productStatus}`);
      expect(await page.locator('wcoa-overlay').getAttribute('lang', { timeout: 15_000 })).toBe(
        pickLang(lang),
      );
      await page.close();
    });
  }
});

describe('a sign-in the printer reports as failed', () => {
  async function failedSignIn(index: number, account: string, act: (userCode: string) => Promise<void>) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const { seen, shot } = recorder(page, `en-${account.split('@')[0]}`);
    const content = await toSignIn(page, index, shot, seen);
    await content.locator('button[name="BTN_SIGNIN"]').click();
    await seen(content, 'copy-code');
    const code = await shownCode(content);
    await act(code.userCode);
    return { page, content, shot, seen };
  }

  it('Conditional Access (AADSTS53003): the blocker first with its remedy, not "copy the code", on this load and the next', async () => {
    const index = OVERLAY_LANGS.length;
    const { page, content, shot, seen } = await failedSignIn(index, REFUSED, (c) => idp.approve(c, REFUSED));
    await content.locator('.warning', { hasText: 'AADSTS53003' }).waitFor({ timeout: 15_000 });
    await seen(content, 'sign-in');
    await waitForOverlay(content, 'data-hints', /^conditional-access-blocked\b/);
    await openPanel(page);
    await waitForOverlayElement(page, 'guide-blockers');
    expect(await overlayHas(page, 'device-code')).toBe(false);
    await shot('blocked');
    // Web Config drops its error line on the next load; the blocker stays for that load. (A fresh
    // load of the page: reloading the login POST's result would post the password again.)
    await page.goto(`${sim.printers[index]!.origin}${PATHS.top}?content=${PATHS.emailServer}`);
    const again = contentFrame(page);
    await waitForOverlay(again, 'data-page', 'email-server-basic');
    await waitForOverlay(again, 'data-hints', /^conditional-access-blocked\b/);
    await page.close();
  });

  it('a declined code: device-code-declined first', async () => {
    const index = OVERLAY_LANGS.length + 1;
    const { page, content } = await failedSignIn(index, DECLINER, (c) => idp.decline(c));
    await content.locator('.warning').first().waitFor({ timeout: 15_000 });
    await waitForOverlay(content, 'data-hints', /^device-code-declined\b/);
    expect((await overlayAttributes(content)).step).toBe('sign-in');
    await page.close();
  });
});
