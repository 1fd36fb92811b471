import { describe, expect, it } from 'vitest';
import { PATHS } from '../src/simulator/index.ts';
import { extensionPage, waitForOverlay } from './browser.ts';
import { stackForSpec } from './stack.ts';

// Not enabled: the spec enables the printer from the popup.
const stack = await stackForSpec({ printers: [{ model: 'ET-5800', lang: 'pt' }], enablePrinters: false });
const { browser, sim } = stack;

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
