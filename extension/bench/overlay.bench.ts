/**
 * Benchmark: what every frame loads and what the overlay costs, from the build output, and the time
 * from DOMContentLoaded to the overlay on screen in Chromium:
 *  - cold: a new tab with the service worker asleep (stopped through the DevTools protocol before
 *    each load: the first visit, which wakes it);
 *  - warm: a new tab with the service worker awake.
 * The two run interleaved (cold then warm, warm then cold) so the machine's load drifts over both.
 * Prints min/median/max against each goal and the machine's load; asserts nothing.
 * Run: npm run bench:extension [-- --runs 20] [-- --build] [-- --extension-dir <built chrome-mv3>]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { againstGoal, formatStats, interleave, loadLine, stats } from '../../test/src/bench/stats.ts';
import { findChromium } from '../../test/src/chromium.ts';
import { PATHS, startSimulator } from '../../test/src/simulator/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const OUTPUT = resolve(arg('--extension-dir') ?? join(ROOT, '.output/chrome-mv3'));
const RUNS = Number(arg('--runs') ?? 20);
const GATE_GOAL_KIB = 25;
const COLD_GOAL_MS = 100;

if (
  !arg('--extension-dir') &&
  (!existsSync(join(OUTPUT, 'manifest.json')) || process.argv.includes('--build'))
) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// ── sizes ───────────────────────────────────────────────────────────────────────────────────────
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KiB`;
const size = (files: string[]) => {
  const bytes = Buffer.concat(files.map((f) => readFileSync(join(OUTPUT, f))));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const sizeLine = (name: string, files: string[], goal?: (gzip: number) => string) => {
  const s = size(files);
  return `${name.padEnd(34)} raw ${kib(s.raw)}   gzip ${kib(s.gzip)}${goal ? `   ${goal(s.gzip)}` : ''}`;
};

console.log(`extension benchmark (${OUTPUT}), ${loadLine()}`);
const gateFile = 'content-scripts/content.js';
const split = existsSync(join(OUTPUT, 'overlay.js'));
console.log(
  sizeLine(
    split ? 'gate (every frame)' : 'content script (every frame)',
    [gateFile],
    (gzip) => `goal ≤ ${GATE_GOAL_KIB} KiB gzip: ${gzip <= GATE_GOAL_KIB * 1024 ? 'met' : 'NOT met'}`,
  ),
);
if (split) {
  const tables = readdirSync(join(OUTPUT, 'overlay-messages')).map((f) => `overlay-messages/${f}`);
  const gz = tables.map((t) => ({ t, ...size([t]) })).sort((a, b) => a.gzip - b.gzip);
  console.log(sizeLine('overlay (Web Config frame only)', ['overlay.js']));
  console.log(sizeLine('  + its message table (en)', ['overlay.js', 'overlay-messages/en.js']));
  console.log(
    `  one message table                raw ${kib(Math.min(...gz.map((g) => g.raw)))} to ${kib(Math.max(...gz.map((g) => g.raw)))}, gzip ${kib(gz[0]!.gzip)} (${gz[0]!.t.split('/')[1]}) to ${kib(gz.at(-1)!.gzip)} (${gz.at(-1)!.t.split('/')[1]})`,
  );
  console.log(sizeLine('page reporter (other WC frames)', ['page-report.js']));
}
console.log(sizeLine('service worker', ['background.js']));

// ── timing ──────────────────────────────────────────────────────────────────────────────────────
const sim = await startSimulator({
  printers: [{ model: 'WF-C5790', lang: 'en', jobs: [{ code: 360 }, { code: 370 }] }],
});
const origin = sim.printers[0]!.origin;
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

/** The worker's running state, as the DevTools protocol reports it (a page session sees the profile's workers). */
async function workerWatch(context: BrowserContext, extensionId: string) {
  const helper = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(helper);
  const running = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions as { versionId: string; scriptURL: string; runningStatus: string }[]) {
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`))
        running.set(v.versionId, v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const isStopped = () => [...running.values()].every((s) => s === 'stopped');
  return {
    async stop(): Promise<void> {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 5000;
      while (!(running.size > 0 && isStopped())) {
        if (Date.now() > deadline)
          throw new Error(`the service worker did not stop: ${[...running.values()]}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    isStopped,
  };
}

/** From the new tab's DOMContentLoaded to the overlay host's first render (its data-page). */
async function dclToOverlay(url: string): Promise<number> {
  const page: Page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __overlayAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('wcoa-overlay[data-page]')) {
          w.__overlayAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as { __overlayAt?: number }).__overlayAt !== undefined, null, {
      timeout: 15_000,
    });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return (window as unknown as { __overlayAt: number }).__overlayAt - nav.domContentLoadedEventStart;
    });
  } finally {
    await page.close();
  }
}

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByTestId('add-printer-input').fill(origin);
  await options.getByTestId('add-printer-submit').click();
  await options.getByTestId('add-printer-result').waitFor();
  await options.close();
  const workers = await workerWatch(context, id);

  const pages = {
    'Product Status': PATHS.productStatus,
    'Job History (logged out: login)': PATHS.jobHistory,
  };
  for (const [name, path] of Object.entries(pages)) {
    const url = `${origin}${path}`;
    // Warm-up: the simulator's and the browser's caches, once each way.
    await workers.stop();
    await dclToOverlay(url);
    await dclToOverlay(url);
    let stoppedEachTime = true;
    const { a: cold, b: warm } = await interleave(
      RUNS,
      async () => {
        await workers.stop();
        stoppedEachTime &&= workers.isStopped();
        return dclToOverlay(url);
      },
      () => dclToOverlay(url),
    );
    const coldStats = stats(cold);
    console.log(`${name}, DOMContentLoaded → overlay:`);
    console.log(
      `  cold (new tab, worker asleep${stoppedEachTime ? '' : ' NOT always'}) ${formatStats(coldStats, 1)}  ${againstGoal(coldStats, COLD_GOAL_MS)}`,
    );
    console.log(`  warm (new tab, worker awake)  ${formatStats(stats(warm), 1)}`);
  }
  console.log(`(${loadLine()})`);
} finally {
  await context.close();
  await sim.close();
  rmSync(profile, { recursive: true, force: true });
}
