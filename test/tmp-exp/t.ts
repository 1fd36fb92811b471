import { launchExtensionBrowser, QUIET_ARGS } from '../src/chromium.ts';
import { startSimulator } from '../src/simulator/index.ts';
const t0 = Date.now();
const lap = (s: string) => console.log(s, Date.now() - t0);
const sim = await startSimulator({ printers: [{ model: 'WF-C5790', lang: 'en' }, { model: 'ET-5800', lang: 'pt' }] });
lap('sim');
const b = await launchExtensionBrowser('/tmp/wxt-t/chrome-mv3', [...QUIET_ARGS, '--disable-gpu', '--disable-quic', '--lang=en-US'], { viewport: { width: 1400, height: 900 } });
lap('browser');
for (const p of sim.printers) {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.getByTestId('add-printer-input').fill(p.origin);
  await page.getByTestId('add-printer-submit').click();
  await page.getByTestId('add-printer-result').and(page.locator('.ok')).waitFor({ timeout: 10_000 });
  await page.close();
  lap('added');
}
const page = await b.context.newPage();
await page.goto(`${sim.printers[0]!.origin}/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP`);
await page.locator('wcoa-overlay').waitFor({ state: 'attached' });
lap('overlay');
await page.close();
await b.close();
lap('browser closed');
await sim.close();
lap('sim closed');
