/**
 * detect() in Chromium, the runtime the content script runs in (jsdom is many times slower on such
 * pages and is not the runtime): over every real Web Config capture in
 * ../shared/reference/webconfig-captures (skipped, with a message, when absent), a synthetic Email
 * Server page, and two 1 MB non-Epson pages: one with an ordinary title, one titled "… Series"
 * (the title Web Config pages carry, which sends detect through its structure probes).
 *
 * Each round loads each page into a fresh document (about:blank, then the HTML, page scripts off,
 * network refused), evaluates shared's detect bundled by esbuild, and times the first call on that
 * document (as the content script makes it: code not yet compiled, no selector cached) and then
 * warm calls (the mean of a batch, as Chromium's clock is coarsened to 0.1 ms). Prints
 * median/min/max per page and against the goals (first call ≤ 1 ms median over the captures,
 * ≤ 2 ms on a 1 MB page of any title). Prints; asserts nothing.
 *
 *   npm run bench                 (15 rounds)
 *   npm run bench -- --rounds 40
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { againstGoal, formatStats, loadLine, type Stats, stats } from '@wcoa/test/bench/stats';
import { findChromium } from '@wcoa/test/chromium';
import { renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const CAPTURES = fileURLToPath(new URL('../../../shared/reference/webconfig-captures', import.meta.url));
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 15;
const WARM_BATCH = 20;

function largeForeignPage(targetBytes: number, title: string): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const row = `<tr><td class="ts">2026-11-${String((i % 28) + 1).padStart(2, '0')} 12:${String(i % 60).padStart(2, '0')}:07</td><td>host-${i}.corp.example</td><td>192.0.2.${i % 254}</td><td><a href="/logs/${i}">GET /api/v1/items/${i}?page=${i % 17}</a></td><td>${200 + (i % 5)}</td><td><p>Request served by upstream pool ${i % 9}; cache ${i % 2 ? 'hit' : 'miss'}; SMTP relay idle.</p></td></tr>`;
    rows.push(row);
    size += row.length;
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><div class="wrap"><div class="section"><h1>Access log</h1><form action="/cgi-bin/filter" method="post"><input name="q" type="text"><select name="level"><option>all</option><option selected>errors</option></select></form><table class="log"><thead><tr><th>Time</th><th>Host</th><th>IP</th><th>Request</th><th>Status</th><th>Detail</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></div></body></html>`;
}

const bundle = (
  await build({
    entryPoints: [fileURLToPath(new URL('../src/webconfig/index.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__wcoaWebconfig',
    minify: true,
    logLevel: 'error',
  })
).outputFiles[0]!.text.concat(';window.__wcoaWebconfig = __wcoaWebconfig;');

// Runs in the page (a string: tsx would wrap a function's names in a helper the page lacks).
const TIME_DETECT = `(() => {
  const detect = window.__wcoaWebconfig.detect;
  let t0 = performance.now();
  const first = detect(document);
  const firstMs = performance.now() - t0;
  t0 = performance.now();
  for (let i = 0; i < ${WARM_BATCH}; i++) detect(document);
  return { firstMs, warmMs: (performance.now() - t0) / ${WARM_BATCH}, page: first.page };
})()`;

const pages: Array<{ name: string; html: string; group: 'capture' | 'large' | 'other' }> = [];
if (existsSync(CAPTURES)) {
  for (const file of readdirSync(CAPTURES)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    pages.push({
      name: basename(file, '.html'),
      html: readFileSync(join(CAPTURES, file), 'utf8'),
      group: 'capture',
    });
  }
} else {
  console.log(`(real captures absent at ${CAPTURES}: skipped)`);
}
pages.push({
  name: 'synthetic Email Server (advanced)',
  group: 'other',
  html: renderWebConfigPage({
    page: 'email-server-basic',
    generation: 'advanced',
    lang: 'pt',
    model: 'WF-C5790',
    state: {
      authMethod: 'oauth2',
      emailService: 'exchange-online',
      currentStatus: 'signed-in',
      account: 'a@b.example',
    },
  }),
});
pages.push({
  name: '1 MB page, ordinary title',
  group: 'large',
  html: largeForeignPage(1_000_000, 'Access log - Router admin'),
});
pages.push({
  name: '1 MB page, "… Series" title',
  group: 'large',
  html: largeForeignPage(1_000_000, 'NX-4000 Series'),
});

console.log(`detect() in Chromium, ${ROUNDS} rounds, ${loadLine()}`);
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox'],
});
const first = new Map<string, number[]>();
const warm = new Map<string, number[]>();
const kinds = new Map<string, string>();
try {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort()); // a capture's images and scripts go nowhere
  const page = await context.newPage();
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of pages) {
      await page.goto('about:blank');
      await page.setContent(p.html, { waitUntil: 'domcontentloaded' });
      await page.evaluate(bundle);
      const r = (await page.evaluate(TIME_DETECT)) as { firstMs: number; warmMs: number; page: string };
      kinds.set(p.name, r.page);
      first.set(p.name, [...(first.get(p.name) ?? []), r.firstMs]);
      warm.set(p.name, [...(warm.get(p.name) ?? []), r.warmMs]);
    }
  }
} finally {
  await browser.close();
}

const row = (name: string, s: Stats, w: Stats) =>
  console.log(
    `  ${name.padEnd(36)} ${(kinds.get(name) ?? '').padEnd(22)} first ${formatStats(s)}   warm median ${w.median.toFixed(3)} ms`,
  );
for (const group of ['capture', 'other', 'large'] as const) {
  const mine = pages.filter((p) => p.group === group);
  if (mine.length === 0) continue;
  console.log({ capture: 'real captures', other: 'synthetic', large: 'large non-Epson pages' }[group]);
  for (const p of mine) row(p.name, stats(first.get(p.name)!), stats(warm.get(p.name)!));
}
const captures = pages.filter((p) => p.group === 'capture');
if (captures.length > 0) {
  const medians = stats(captures.map((p) => stats(first.get(p.name)!).median));
  console.log(
    `first call, median per capture over ${captures.length} captures: ${formatStats(medians)}  ${againstGoal(medians, 1)}`,
  );
  const warmMedians = stats(captures.map((p) => stats(warm.get(p.name)!).median));
  console.log(
    `warm call, median per capture over ${captures.length} captures:  ${formatStats(warmMedians, 3)}`,
  );
}
for (const p of pages.filter((q) => q.group === 'large')) {
  const s = stats(first.get(p.name)!);
  console.log(`${p.name}, first call: ${formatStats(s)}  ${againstGoal(s, 2)}`);
}
console.log(`(${loadLine()})`);
