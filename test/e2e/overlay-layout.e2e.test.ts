import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../src/simulator/index.ts';
import { contentFrame, extensionPage, overlayAttributes, waitForOverlay } from './browser.ts';
import { clickInOverlay, overlayBoxes, type ScreenBox, waitForOverlayElement } from './overlay-cdp.ts';
import { notSignedInEmail, stackForSpec } from './stack.ts';

/**
 * Never hide the printer: at 1024 and 1280 px, the panel (or its tab) and the job-history badges
 * leave the printer's error line, every form control and Job History's result column visible;
 * measured with bounding boxes. The panel's dock and fold are remembered per printer. Lint takes
 * the mail endpoint the admin declared (here the emulator's) as right.
 */
const ERROR_LINE =
  'Sign-in failed (access_denied): AADSTS53003: Access has been blocked by Conditional Access policies.';
const EMULATOR_SMTP = { host: '127.0.0.1', port: 25871 };

const stack = await stackForSpec({
  printers: [
    {
      model: 'WF-C5790',
      lang: 'en',
      serialNumber: 'L1',
      messages: [ERROR_LINE],
      email: notSignedInEmail('scan@contoso.com'),
      jobs: [{ code: 360 }, { code: 370 }, {}, { code: 361 }, { code: 999 }],
    },
    { model: 'WF-C5790', lang: 'en', serialNumber: 'L2' },
    // Set up against the emulator's SMTP endpoint: correct once the admin declares it.
    {
      model: 'WF-C5790',
      lang: 'en',
      serialNumber: 'L3',
      email: {
        authMethod: 'oauth2',
        emailService: 'exchange-online',
        currentStatus: 'signed-in',
        account: 'scan@contoso.com',
        sender: 'scan@contoso.com',
        smtpServer: EMULATOR_SMTP.host,
        smtpPort: EMULATOR_SMTP.port,
        secureConnection: 'starttls',
      },
    },
  ],
});
const { browser, sim } = stack;

const intersects = (a: ScreenBox, b: ScreenBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxesOf(frame: Frame, selector: string): Promise<ScreenBox[]> {
  const boxes: ScreenBox[] = [];
  for (const element of await frame.locator(selector).all()) {
    const box = await element.boundingBox();
    if (box && box.width > 0 && box.height > 0) boxes.push(box);
  }
  return boxes;
}

/** The overlay's boxes, once the placement has settled (two equal readings). */
async function settledOverlay(page: Page) {
  let last = '';
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const boxes = await overlayBoxes(page);
    const now = JSON.stringify(boxes);
    if (boxes.length > 0 && now === last) return boxes;
    last = now;
  }
  return overlayBoxes(page);
}

function expectUncovered(overlay: { kind: string; box: ScreenBox }[], printer: ScreenBox[], what: string) {
  expect(printer.length, `${what}: found on the page`).toBeGreaterThan(0);
  const hits = overlay.flatMap((o) =>
    printer
      .filter((p) => intersects(o.box, p))
      .map((p) => `${o.kind} covers ${what} at ${JSON.stringify(p)}`),
  );
  expect(hits).toEqual([]);
}

async function open(page: Page, index: number, content: string, kind: string): Promise<Frame> {
  const printer = sim.printers[index]!;
  await page.goto(`${printer.origin}${PATHS.top}?content=${content}`);
  let frame = contentFrame(page);
  const attrs = await overlayAttributes(frame);
  if (attrs.page === 'login') {
    await frame.locator('input[name="INPUTT_PASSWORD"]').fill(printer.state.config.serialNumber ?? '');
    await frame.locator('.footer button').first().click();
    await page.waitForLoadState('load');
    await waitForOverlay(contentFrame(page), 'data-page', /^(?!login$)/);
    // Logged in: open the page itself (the simulator's sessions share 127.0.0.1's cookies across ports).
    await page.goto(`${printer.origin}${PATHS.top}?content=${content}`);
    frame = contentFrame(page);
  }
  await waitForOverlay(frame, 'data-page', kind);
  return frame;
}

describe.each([1024, 1280])('at %i px wide, the overlay hides nothing of the printer', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
  });
  afterAll(async () => page?.close());

  it('the printer’s error line and every form control of the Email Server page', async () => {
    const frame = await open(page, 0, PATHS.emailServer, 'email-server-basic');
    // The error line is the first blocker.
    await waitForOverlay(frame, 'data-hints', /^conditional-access-blocked\b/);
    const overlay = await settledOverlay(page);
    expect(overlay.some((o) => o.kind === 'overlay-panel' || o.kind === 'overlay-tab')).toBe(true);
    expectUncovered(overlay, await boxesOf(frame, '.warning'), 'the error line');
    expectUncovered(
      overlay,
      await boxesOf(frame, 'input:not([type="hidden"]), select, textarea, button'),
      'a form control',
    );
  });

  it('Job History’s result column (cells and header), badges included', async () => {
    const frame = await open(page, 0, PATHS.jobHistory, 'job-history');
    await waitForOverlay(frame, 'data-hints', /\S/);
    const overlay = await settledOverlay(page);
    const header = await frame.locator('table.job-history thead th').allTextContents();
    const column = header.findIndex((h) => /result/i.test(h)) + 1;
    expect(column).toBeGreaterThan(0);
    expectUncovered(
      overlay,
      await boxesOf(frame, `table.job-history tr > :nth-child(${column})`),
      'the result column',
    );
  });

  it('an admin who opens the folded panel on purpose gets it, until the page shows something new', async () => {
    const frame = await open(page, 0, PATHS.jobHistory, 'job-history');
    await settledOverlay(page);
    const dock = (await frame.locator('wcoa-overlay').getAttribute('data-dock')) ?? '';
    if (dock === 'tab') {
      await clickInOverlay(page, 'overlay-tab');
      await waitForOverlayElement(page, 'overlay-panel');
      // Its explanations link to the rows instead of covering them.
      await waitForOverlayElement(page, 'show-row-360');
    }
    expect(await frame.locator('wcoa-overlay').getAttribute('data-dock')).toMatch(/^(left|right)$/);
  });
});

describe('the panel’s place, remembered per printer', () => {
  it('docked left and folded stay so after a reload, on that printer only', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    const printer = sim.printers[1]!;
    await page.goto(`${printer.origin}${PATHS.productStatus}`);
    await waitForOverlay(page, 'data-page', 'product-status');
    await settledOverlay(page);
    const host = page.locator('wcoa-overlay');
    /** Once the page (re)loaded: the overlay read it again and laid the panel out so. */
    const laidOut = async (layout: string) => {
      await waitForOverlay(page, 'data-page', 'product-status');
      await waitForOverlay(page, 'data-layout', layout);
    };
    expect(await host.getAttribute('data-dock')).toBe('right');
    await clickInOverlay(page, 'overlay-dock');
    // Docked left on purpose: it goes there now, and the printer remembers the choice.
    await waitForOverlay(page, 'data-dock', 'left');
    await page.reload();
    // After a reload the choice holds (the page may still move the panel if the left would cover it).
    await laidOut('left');
    if ((await overlayAttributes(page)).page && (await host.getAttribute('data-placement')) === 'chosen')
      expect(await host.getAttribute('data-dock')).toBe('left');
    await clickInOverlay(page, 'overlay-collapse');
    await waitForOverlay(page, 'data-dock', 'tab');
    await page.reload();
    await laidOut('left folded');
    await waitForOverlay(page, 'data-dock', 'tab');
    // Another printer keeps its own place.
    await page.goto(`${sim.printers[2]!.origin}${PATHS.productStatus}`);
    await laidOut('right');
    await page.close();
  });
});

describe('lint and the declared endpoint (a setting, not a special case)', () => {
  it('flags the emulator’s host and port until the options page declares them, then not', async () => {
    const page = await browser.context.newPage();
    let frame = await open(page, 2, PATHS.emailServer, 'email-server-basic');
    await waitForOverlay(frame, 'data-hints', /wrong-server/);
    const options = await browser.context.newPage();
    await options.goto(extensionPage(browser, 'options.html'));
    await options.getByTestId('expected-endpoints').fill(`${EMULATOR_SMTP.host}:${EMULATOR_SMTP.port}`);
    await options.getByTestId('expected-endpoints-save').click();
    await options.getByTestId('expected-endpoints-result').and(options.locator('.ok')).waitFor();
    await options.close();
    await page.reload();
    frame = contentFrame(page);
    await waitForOverlay(frame, 'data-page', 'email-server-basic');
    await waitForOverlay(frame, 'data-step', '');
    const hints = (await overlayAttributes(frame)).hints ?? '';
    expect(hints).not.toMatch(/wrong-server|wrong-port/);
    await page.close();
  });
});
