import { join } from 'node:path';
import { LOAD_SETTLE_MS } from '@wcoa/shared/guide';
import { pickLang } from '@wcoa/shared/i18n';
import { detect } from '@wcoa/shared/webconfig';
import { JSDOM } from 'jsdom';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../src/simulator/index.ts';
import { LABELS, RENDER_LANGS, type RenderLang } from '../src/webconfig-pages/labels.ts';
import { contentFrame, waitForOverlay } from './browser.ts';
import { openPanel, overlayText } from './overlay-cdp.ts';
import { ARTIFACTS_DIR } from './paths.ts';
import { stackForSpec, unsetEmail } from './stack.ts';

/**
 * The overlay speaks the page's language: a Web Config in each language the message table ships
 * (other than English, which guided-setup covers) runs the guided setup's key steps, with the
 * overlay's language checked and a screenshot of each step under test-results/e2e/. The browser
 * itself says en-US, so the language can only have come from the page. Languages are those the
 * simulator renders and the table ships: de, it and ja join as soon as their tables are in LANGS.
 */
const BROWSER_LANG = 'en-US';
const LANGS_UNDER_TEST = RENDER_LANGS.filter(
  (lang) => lang !== 'en' && pickLang(lang, BROWSER_LANG) !== 'en',
);
const ACCOUNT = 'scan@contoso.com';
const serialOf = (index: number) => `X5LANG${String(index).padStart(4, '0')}`;

const stack = await stackForSpec({
  emulators: true,
  simulator: { pollMs: 300 },
  printers: LANGS_UNDER_TEST.map((lang, i) => ({
    model: 'WF-C5790',
    lang,
    serialNumber: serialOf(i),
    email: unsetEmail(ACCOUNT),
  })),
});
const { browser, sim } = stack;
const idp = stack.emu.identity;

beforeAll(async () => {
  idp.addUser({ email: ACCOUNT });
});

/**
 * The language the overlay must speak on this page: what the language choice makes of the
 * language the detector reads from the page itself (a pt-BR page reads as pt-BR once the detector
 * tells the two Portugueses apart; until then as Portuguese, which the choice reads as pt-PT).
 */
async function expectedLang(frame: Frame): Promise<string> {
  const html = await frame.content();
  return pickLang(detect(new JSDOM(html, { url: frame.url() }).window.document).lang, BROWSER_LANG);
}

async function overlayLang(frame: Frame): Promise<string | null> {
  return frame.locator('wcoa-overlay').getAttribute('lang', { timeout: 15_000 });
}

async function shoot(page: Page, lang: RenderLang, step: string): Promise<void> {
  await page.waitForTimeout(300); // let the outline settle on the redrawn form
  await page.screenshot({ path: join(ARTIFACTS_DIR, `overlay-lang-${lang}-${step}.png`) });
}

describe('the overlay in the page’s language', () => {
  it('covers every shipped language the simulator renders', () => {
    expect(LANGS_UNDER_TEST).toEqual(expect.arrayContaining(['pt', 'pt-BR', 'es', 'fr']));
  });

  it.each(LANGS_UNDER_TEST.map((lang, i) => [lang, i] as const))(
    'guides a %s Web Config in its own language, step by step',
    async (lang, index) => {
      const printer = sim.printers[index]!;
      const page = await browser.context.newPage();
      await page.goto(`${printer.origin}${PATHS.top}?content=${PATHS.emailServer}`);

      const login = contentFrame(page);
      await waitForOverlay(login, 'data-step', 'log-in');
      const expected = await expectedLang(login);
      expect(expected).not.toBe('en');
      if (lang !== 'pt') expect(expected.slice(0, 2)).toBe(lang.slice(0, 2));
      expect(await overlayLang(login)).toBe(expected);
      await shoot(page, lang, 'log-in');
      await login.locator('input[name="INPUTT_PASSWORD"]').fill(serialOf(index)); // the admin password is the serial number
      await login.locator('.footer button').first().click();
      await page.waitForLoadState('load');

      let content = contentFrame(page);
      await waitForOverlay(content, 'data-step', 'choose-oauth2');
      expect(await overlayLang(content)).toBe(expected);
      await shoot(page, lang, 'choose-oauth2');
      await page.waitForTimeout(LOAD_SETTLE_MS + 500);
      await content.locator('select[name="INPUTD_AUTHMETHOD"]').selectOption('OAUTH2');
      await waitForOverlay(content, 'data-step', /^(choose-service|sign-in)$/);
      await content.locator('select[name="SEL_MAILSERVICE"]').selectOption('EXO');
      await waitForOverlay(content, 'data-step', 'sign-in');
      await shoot(page, lang, 'sign-in');

      await content.locator('button[name="BTN_SIGNIN"]').click();
      await waitForOverlay(content, 'data-step', 'copy-code');
      const code = await idp.waitForCode();
      await shoot(page, lang, 'device-code');
      await idp.approve(code.userCode, ACCOUNT);
      await waitForOverlay(content, 'data-step', 'save-settings');
      expect(await overlayLang(content)).toBe(expected);
      // The step quotes the page's own labels (the simulator's wording, not the table's): Current
      // Status and Signed in as this printer words them.
      await openPanel(page);
      const guide = (await overlayText(page, 'guide')) ?? '';
      const labels = LABELS[lang];
      for (const label of [labels.currentStatus, labels.signedIn]) expect(guide).toContain(label);
      await shoot(page, lang, 'save');

      await content.locator('.footer button').first().click(); // OK → confirm page
      await page.waitForLoadState('load');
      content = contentFrame(page);
      await content.locator('form#confirm_form').waitFor();
      await content.locator('.footer button').first().click(); // OK on the confirm page → saved
      await page.waitForLoadState('load');
      content = contentFrame(page);
      await content.locator('form#input_form').waitFor();
      await waitForOverlay(content, 'data-step', '');
      await shoot(page, lang, 'saved');
      expect(printer.state.saves).toHaveLength(1);
      await page.close();
    },
    120_000,
  );
});
