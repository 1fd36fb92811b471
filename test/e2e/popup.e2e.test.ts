import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS, type Simulator } from '../src/simulator/index.ts';
import { type ExtensionBrowser, extensionPage, waitForOverlay } from './browser.ts';
import { type Stack, startStack } from './stack.ts';

let stack: Stack;
let browser: ExtensionBrowser;
let sim: Simulator;

beforeAll(async () => {
  // Not enabled: the spec enables the printer from the popup.
  stack = await startStack({ printers: [{ model: 'ET-5800', lang: 'pt' }], enablePrinters: false });
  ({ browser, sim } = stack);
});

afterAll(() => stack?.close());

describe('the toolbar popup', () => {
  it('says what the active page is and enables the assistant on it, without a reload', async () => {
    const printer = await browser.context.newPage();
    await printer.goto(`${sim.printers[0]!.origin}${PATHS.productStatus}`);
    await printer.waitForTimeout(500);
    expect(await printer.locator('wcoa-overlay').count()).toBe(0); // not enabled yet

    // The popup reads the window's active tab: open it, then bring the printer's tab to the front
    // and let the popup read again (a toolbar click would do both at once).
    const popup = await browser.context.newPage();
    await popup.goto(extensionPage(browser, 'popup.html'));
    await printer.bringToFront();
    await popup.evaluate(() => location.reload());
    const kind = popup.getByTestId('page-kind');
    await kind.waitFor();
    expect(await kind.getAttribute('data-page')).toBe('product-status');
    expect(await kind.textContent()).toBe('Estado do produto'); // the page's language
    await popup.getByTestId('enable-printer').click();

    await waitForOverlay(printer, 'data-page', 'product-status');
    expect(await popup.locator('.ok').first().textContent()).toBe('Ativado nesta impressora.');
    await popup.close();
    await printer.close();
  });
});
