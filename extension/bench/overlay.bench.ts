/**
 * Benchmark: what every frame loads and what the overlay costs, from the build output, and the time
 * from DOMContentLoaded to the overlay on screen in Chromium:
 *  - cold: a new tab with the service worker asleep (stopped through the DevTools protocol before
 *    each load: the first visit; the overlay wakes it once drawn, an older build before);
 *  - warm: a new tab with the service worker awake.
 * Three pages: Product Status and the login page (no printer message), and Email Server showing a
 * sign-in failure the printer reports (logged in first), whose first render explains the message.
 * The two run interleaved (cold then warm, warm then cold) so the machine's load drifts over both.
 * Beside the goal's figure, each case prints the page's own DOMContentLoaded (from the navigation's
 * start) and the overlay from the navigation's start: what the extension costs the page before
 * DOMContentLoaded (the preloads' parse) is counted there, not hidden by the goal's clock.
 * With --against <another build's chrome-mv3> (e.g. the previous commit's), both builds run side by
 * side, interleaved in each round, and the ratio of their medians is printed.
 * Prints min/median/max against each goal and the machine's load; asserts nothing.
 * Run: npm run bench:extension [-- --runs 20] [-- --build] [-- --extension-dir D] [-- --against D]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { againstGoal, formatStats, interleave, loadLine, stats } from '@wcoa/test/bench/stats';
import { launchExtensionBrowser, QUIET_ARGS } from '@wcoa/test/chromium';
import { PATHS, startSimulator } from '@wcoa/test/simulator';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

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
function printSizes(dir: string): void {
  const size = (files: string[]) => {
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sizeLine = (name: string, files: string[], goal?: (gzip: number) => string) => {
    const s = size(files);
    return `  ${name.padEnd(34)} raw ${kib(s.raw)}   gzip ${kib(s.gzip)}${goal ? `   ${goal(s.gzip)}` : ''}`;
  };
  const split = existsSync(join(dir, 'overlay.js'));
  console.log(
    sizeLine(
      split ? 'gate (every frame)' : 'content script (every frame)',
      ['content-scripts/content.js'],
      (gzip) => `goal ≤ ${GATE_GOAL_KIB} KiB gzip: ${gzip <= GATE_GOAL_KIB * 1024 ? 'met' : 'NOT met'}`,
    ),
  );
  if (split) {
    const tables = readdirSync(join(dir, 'overlay-messages')).map((f) => `overlay-messages/${f}`);
    const gz = tables.map((t) => ({ t: t.split('/')[1], ...size([t]) })).sort((x, y) => x.gzip - y.gzip);
    console.log(sizeLine('overlay (printer frames, parsed)', ['overlay.js']));
    console.log(sizeLine('  + its message table (en)', ['overlay.js', 'overlay-messages/en.js']));
    console.log(
      `    one message table                raw ${kib(Math.min(...gz.map((g) => g.raw)))} to ${kib(Math.max(...gz.map((g) => g.raw)))}, gzip ${kib(gz[0]!.gzip)} (${gz[0]!.t}) to ${kib(gz.at(-1)!.gzip)} (${gz.at(-1)!.t})`,
    );
    console.log(sizeLine('page reporter (other WC frames)', ['page-report.js']));
  }
  console.log(sizeLine('service worker', ['background.js']));
}

const AGAINST = arg('--against') ? resolve(arg('--against')!) : null;
console.log(`extension benchmark, ${loadLine()}`);
console.log(`A: ${OUTPUT}`);
printSizes(OUTPUT);
if (AGAINST) {
  console.log(`B: ${AGAINST}`);
  printSizes(AGAINST);
}

// ── timing ──────────────────────────────────────────────────────────────────────────────────────

/** The printer's own error line on its mail pages, as Web Config shows a refused sign-in. */
const SIGN_IN_FAILURE =
  'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.';
const PASSWORD = 'bench-admin';
const sim = await startSimulator({
  printers: [
    {
      model: 'WF-C5790',
      lang: 'en',
      jobs: [{ code: 360 }, { code: 370 }],
      messages: [SIGN_IN_FAILURE],
      adminPassword: PASSWORD,
    },
  ],
});
const origin = sim.printers[0]!.origin;

/** One browser with one build, the printer enabled as an admin does it (options page). */
async function browserWith(extension: string) {
  const browser = await launchExtensionBrowser(extension, QUIET_ARGS);
  const { context, extensionId: id } = browser;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByTestId('add-printer-input').fill(origin);
  await options.getByTestId('add-printer-submit').click();
  await options.getByTestId('add-printer-result').waitFor();
  // The browser the figures come from (a persistent context has no Browser object to ask).
  const cdp = await context.newCDPSession(options);
  const { product: version } = (await cdp.send('Browser.getVersion')) as { product: string };
  await options.close();
  const workers = await workerWatch(context, id);
  return {
    version,
    /** Logs in to Web Config (its session cookie then serves the visits after it). */
    logIn: async () => {
      const page = await context.newPage();
      await page.goto(`${origin}${PATHS.emailServer}`);
      await page.locator('input[name="INPUTT_PASSWORD"]').fill(PASSWORD);
      await page.locator('.footer button').first().click();
      await page.waitForLoadState('load');
      await page.close();
    },
    cold: async (url: string) => {
      await workers.stop();
      return visit(context, url);
    },
    warm: (url: string) => visit(context, url),
    close: browser.close,
  };
}

/**
 * Stops the extension's service worker through the DevTools protocol (a page session sees the
 * profile's workers) and waits until the protocol reports it stopped.
 */
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
  return {
    async stop(): Promise<void> {
      const deadline = Date.now() + 10_000;
      // Asked again while it is not stopped: the last page's first words to it (sent once the overlay
      // is drawn) may be starting it again as it stops.
      for (let asked = 0; !(running.size > 0 && [...running.values()].every((s) => s === 'stopped')); ) {
        if (Date.now() > deadline)
          throw new Error(`the service worker did not stop: ${[...running.values()]}`);
        if (Date.now() - asked > 250) {
          asked = Date.now();
          await cdp.send('ServiceWorker.stopAllWorkers');
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}

/** One visit, from the navigation's start: the page's DOMContentLoaded, the overlay host's first render (its data-page). */
interface Visit {
  dcl: number;
  overlay: number;
}
/** The goal's figure and the two it comes from, over a series of visits. */
const figures = (visits: Visit[]) => ({
  dclToOverlay: visits.map((v) => v.overlay - v.dcl),
  navToDcl: visits.map((v) => v.dcl),
  navToOverlay: visits.map((v) => v.overlay),
});

/** A new tab's visit of `url`, until the overlay is on screen. */
async function visit(context: BrowserContext, url: string): Promise<Visit> {
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
      timeout: 20_000,
    });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      // Both from the navigation's start (time 0 of the page's clock).
      return {
        dcl: nav.domContentLoadedEventStart,
        overlay: (window as unknown as { __overlayAt: number }).__overlayAt,
      };
    });
  } finally {
    await page.close();
  }
}

const a = await browserWith(OUTPUT);
const b = AGAINST ? await browserWith(AGAINST) : null;
const builds = b ? [a, b] : [a];
try {
  // In this order: the last logs in first, and the login page is then no longer shown.
  const pages = [
    { name: 'Product Status', path: PATHS.productStatus },
    { name: 'Job History (logged out: login)', path: PATHS.jobHistory },
    { name: 'Email Server, a sign-in failure shown (logged in)', path: PATHS.emailServer, logIn: true },
  ];
  /** The navigation's figures of one case, one build, as the goal's line prints its own. */
  const navLines = (f: ReturnType<typeof figures>, indent: string) => {
    console.log(`${indent}navigation → the page's DOMContentLoaded ${formatStats(stats(f.navToDcl), 1)}`);
    console.log(`${indent}navigation → overlay                     ${formatStats(stats(f.navToOverlay), 1)}`);
  };
  for (const { name, path, logIn } of pages) {
    const url = `${origin}${path}`;
    if (logIn) for (const x of builds) await x.logIn();
    // Warm-up: the simulator's and the browser's caches, once each way.
    for (const x of builds) {
      await x.cold(url);
      await x.warm(url);
    }
    console.log(`${name}, DOMContentLoaded → overlay:`);
    if (!b) {
      const visits = await interleave(
        RUNS,
        () => a.cold(url),
        () => a.warm(url),
      );
      const [cold, warm] = [figures(visits.a), figures(visits.b)];
      const coldStats = stats(cold.dclToOverlay);
      console.log(
        `  cold (new tab, worker asleep) ${formatStats(coldStats, 1)}  ${againstGoal(coldStats, COLD_GOAL_MS)}`,
      );
      navLines(cold, '    ');
      console.log(`  warm (new tab, worker awake)  ${formatStats(stats(warm.dclToOverlay), 1)}`);
      navLines(warm, '    ');
      continue;
    }
    for (const [kind, run] of [
      ['cold (new tab, worker asleep)', (x: typeof a) => x.cold(url)],
      ['warm (new tab, worker awake)', (x: typeof a) => x.warm(url)],
    ] as const) {
      const visits = await interleave(
        RUNS,
        () => run(a),
        () => run(b),
      );
      const [fa, fb] = [figures(visits.a), figures(visits.b)];
      const [sa, sb] = [stats(fa.dclToOverlay), stats(fb.dclToOverlay)];
      console.log(`  ${kind}`);
      console.log(
        `    A ${formatStats(sa, 1)}${kind.startsWith('cold') ? `  ${againstGoal(sa, COLD_GOAL_MS)}` : ''}`,
      );
      navLines(fa, '      ');
      console.log(`    B ${formatStats(sb, 1)}`);
      navLines(fb, '      ');
      const ratio = (x: number[], y: number[]) => (stats(x).median / stats(y).median).toFixed(2);
      console.log(
        `    A/B median ratios: DOMContentLoaded → overlay ${ratio(fa.dclToOverlay, fb.dclToOverlay)}, navigation → DOMContentLoaded ${ratio(fa.navToDcl, fb.navToDcl)}, navigation → overlay ${ratio(fa.navToOverlay, fb.navToOverlay)} (interleaved, ${loadLine()})`,
      );
    }
  }
  console.log(`(${loadLine()}; ${a.version})`);
} finally {
  await a.close();
  await b?.close();
  await sim.close();
}
