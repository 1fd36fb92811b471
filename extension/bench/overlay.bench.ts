/**
 * Benchmark: the content script's size (raw and gzip) from the build output, and the time from a
 * page load to the overlay on screen, over N loads of a simulated Web Config page in Chromium.
 * Prints min/median/max and the machine's load; asserts nothing. Run: npm run bench:extension [-- --runs 30]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { formatStats, loadLine, stats } from '@wcoa/test/bench/stats';
import { findChromium } from '@wcoa/test/chromium';
import { PATHS, startSimulator } from '@wcoa/test/simulator';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, '.output/chrome-mv3');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

if (!existsSync(join(OUTPUT, 'manifest.json')) || process.argv.includes('--build')) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

console.log(`extension benchmark, ${loadLine()}`);
const content = readFileSync(join(OUTPUT, 'content-scripts/content.js'));
const background = readFileSync(join(OUTPUT, 'background.js'));
console.log(
  'content script   raw %s   gzip %s',
  kib(content.length),
  kib(gzipSync(content, { level: 9 }).length),
);
console.log(
  'service worker   raw %s   gzip %s',
  kib(background.length),
  kib(gzipSync(background, { level: 9 }).length),
);

const sim = await startSimulator({
  printers: [{ model: 'WF-C5790', lang: 'en', jobs: [{ code: 360 }, { code: 370 }] }],
});
const profile = mkdtempSync(join(tmpdir(), 'wcoa-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: [
    `--disable-extensions-except=${OUTPUT}`,
    `--load-extension=${OUTPUT}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-sandbox',
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByTestId('add-printer-input').fill(sim.printers[0]!.origin);
  await options.getByTestId('add-printer-submit').click();
  await options.getByTestId('add-printer-result').waitFor();
  await options.close();

  // Watch for the host element from the page's first script, in the main world (a MutationObserver
  // sees the light-DOM host; its data-page marks the first render).
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __overlayAt?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('wcoa-overlay[data-page]')) {
        w.__overlayAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const pages = {
    'Product Status': PATHS.productStatus,
    'Job History (logged out: login)': PATHS.jobHistory,
  };
  for (const [name, path] of Object.entries(pages)) {
    const toOverlay: number[] = [];
    const toLoad: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      await page.goto(`${sim.printers[0]!.origin}${path}`);
      await page.waitForFunction(
        () => (window as unknown as { __overlayAt?: number }).__overlayAt !== undefined,
        null,
        {
          timeout: 15_000,
        },
      );
      const { overlay, load } = await page.evaluate(() => ({
        overlay: (window as unknown as { __overlayAt: number }).__overlayAt,
        load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      }));
      if (i < 2) continue; // warm-up
      toOverlay.push(overlay);
      toLoad.push(load);
    }
    console.log(`${name}: navigation start → overlay   ${formatStats(stats(toOverlay), 1)}`);
    console.log(`${name}: navigation start → load event ${formatStats(stats(toLoad), 1)}`);
  }
  console.log(`(${loadLine()})`);
} finally {
  await context.close();
  await sim.close();
  rmSync(profile, { recursive: true, force: true });
}
