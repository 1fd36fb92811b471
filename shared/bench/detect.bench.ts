/**
 * detect() in Chromium, the runtime the content script runs in (jsdom is many times slower on such
 * pages and is not the runtime): over every real Web Config capture in
 * ../shared/reference/webconfig-captures (skipped, with a message, when absent), a synthetic Email
 * Server page, and 1 MB pages of several titles: two non-Epson pages (an ordinary title, and
 * "… Series", the title Web Config pages carry, which sends detect through its structure probes),
 * a Job History of 1 MB (synthetic: thousands of jobs, of which detect reads the first 100), and a
 * real capture (Network Status) padded to 1 MB with a log table, under its own "… Series" title, an
 * ordinary one and none (a Web Config page detect reads, as Network Status).
 *
 * Each round loads each page into a fresh document (about:blank, then the HTML, page scripts off,
 * network refused), evaluates detect.ts bundled by esbuild (what detect loads; its evaluation timed apart), and
 * times the first call on that document (a new script context: no selector cached, no interface of the
 * page's elements set up, detect's functions fresh, never run) and then warm calls (the mean of a batch,
 * as Chromium's clock is coarsened to 0.1 ms). Prints min/median/max per page and against the goals
 * (first call ≤ 1 ms median over the captures, ≤ 2 ms on a 1 MB page of any title), with the
 * machine's load. Prints; asserts nothing. Beside each 1 MB page's figure it prints what one
 * whole-page query costs there in a fresh document (a selector no element matches: every element
 * visited, none kept): the floor under each of detect's page-wide queries that finds nothing.
 *
 * What "first" does not include: compiling detect's functions. The same bundle loaded again (every
 * round) finds their bytecode in V8's in-memory cache of the renderer (its isolate cache, keyed by the
 * source), as a printer's later pages in the same tab do. Two cases that compile are measured apart,
 * over the captures: the bundle made unique for each load (a comment) in a renderer that has run it
 * before, so that no bytecode is found but the patterns it compiled and the ICU data it loaded are;
 * and the bundle in a new renderer for each load (a browser context of its own: a new process, where
 * nothing is compiled or loaded yet), what a printer's first page in a new tab meets.
 * They are printed for what they are, beside the goal's figure, not against it. So is the first call as
 * the extension makes it: after the gate (its own bundle) has run isWebConfig on the same document.
 * The captures and the 1 MB pages are measured in browsers of their own (the big pages' garbage would
 * otherwise be collected during the captures' calls).
 *
 * Beside each first call it prints the browser's part of it: the page-wide lookups the call makes
 * (lookups.ts: the queries of the document and the content, recorded once), made alone as a first call
 * in a fresh document.
 *
 * Beside the captures' figure it prints what a first call costs at least there: the engine's part (a
 * fresh context's first touch of what detect uses), a least reading (what its verdicts rest on, by
 * textContent), and a lean reader (lean-reader.ts: detect's PageModel, read the cheapest way, on the
 * captures the median falls among) against detect in the same rounds.
 *
 * It also prints how much of detect's code a first call runs on each capture and 1 MB page
 * (code-run.ts: V8's block coverage, characters of the minified bundle each counted as often as it
 * ran; exact, the same every run), and the captures' first-call medians against it fitted by least
 * squares: what a first call costs per thousand characters run beyond what every page costs.
 *
 * `--baseline <git ref>` also bundles shared/src as it is at that ref (git archive, into a temporary
 * folder) and runs it against the working tree's in the same rounds, A and B interleaved (their
 * order alternating round by round) on the same page: it prints both figures, the median of the
 * per-round ratios, over the captures those ratios of each kind of first call (detect's own, after
 * the gate, compiled at the call) and of the warm call, and whether the two return the same
 * PageModel on every page.
 *
 *   npm run bench                       (15 rounds)
 *   npm run bench -- --rounds 40
 *   npm run bench -- --baseline main
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { againstGoal, formatStats, loadLine, stats } from '@wcoa/test/bench/stats';
import {
  intoContent,
  type JobSpec,
  OAUTH_SIGNED_IN,
  renderPage,
  renderWebConfigPage,
} from '@wcoa/test/webconfig-pages';
import type { Page as Tab } from 'playwright-core';
import { MAX_WORDS_TEXT } from '../src/webconfig/language.ts';
import { MAX_DEPTH, MAX_ELEMENTS } from '../src/webconfig/shape.ts';
import { inBrowser, onFreshPage } from './browser.ts';
import { bundleOf } from './bundle.ts';
import { codeRunPerPage, fitLine } from './code-run.ts';
import { type Recording, recordPerPage, replayLookups } from './lookups.ts';

const CAPTURES = fileURLToPath(new URL('../../../shared/reference/webconfig-captures', import.meta.url));
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ROUNDS = Number(arg('--rounds') ?? 15);
const BASELINE = arg('--baseline');
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WARM_BATCH = 20;

function largeForeignPage(targetBytes: number, title: string): string {
  const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><div class="wrap"><div class="section"><h1>Access log</h1><form action="/cgi-bin/filter" method="post"><input name="q" type="text"><select name="level"><option>all</option><option selected>errors</option></select></form>`;
  return `${head}${bigTable(targetBytes - head.length)}</div></div></body></html>`;
}

/** Prose in each row, so 1 MB stays under detect's element limit (MAX_ELEMENTS) and is read whole. */
const FILLER =
  'The upstream answered within its deadline and the response was cached for the next request; no retry was needed and the connection was returned to the pool for reuse by later requests.';

/**
 * A data table of `targetBytes`, in rows of six cells (a log, a job list: what makes pages large):
 * about 13,000 elements for 1 MB, below detect's limit, so detect reads such a page whole.
 */
function bigTable(targetBytes: number): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const row = `<tr><td class="ts">2026-11-${String((i % 28) + 1).padStart(2, '0')} 12:${String(i % 60).padStart(2, '0')}:07</td><td>host-${i}.corp.example</td><td>192.0.2.${i % 254}</td><td><a href="/logs/${i}">GET /api/v1/items/${i}?page=${i % 17}</a></td><td>${200 + (i % 5)}</td><td><p>Request served by upstream pool ${i % 9}; cache ${i % 2 ? 'hit' : 'miss'}; SMTP relay idle. ${FILLER}</p></td></tr>`;
    rows.push(row);
    size += row.length;
  }
  return `<table class="log"><thead><tr><th>Time</th><th>Host</th><th>IP</th><th>Request</th><th>Status</th><th>Detail</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * A real capture grown to `targetBytes` by a big table at the end of its content (inside the body's
 * div.wrap, which detect reads: after it, the table would not be read at all), under `title` (null: its own).
 */
function paddedCapture(html: string, targetBytes: number, title: string | null): string {
  const titled = title === null ? html : html.replace(/<title>[^<]*<\/title>/i, `<title>${title}</title>`);
  return intoContent(titled, bigTable(targetBytes - titled.length));
}

/**
 * The advanced UI's Job History with mail jobs a minute apart (every tenth failed) up to `targetBytes`,
 * each sent to a long list of addresses: about 27,000 elements, below detect's limit (MAX_ELEMENTS),
 * so detect reads such a page.
 */
function longJobHistory(targetBytes: number): string {
  const page = (jobs: JobSpec[]) =>
    renderWebConfigPage({
      page: 'job-history',
      generation: 'advanced',
      lang: 'en',
      model: 'WF-C5790',
      state: { jobs },
    });
  const job = (i: number): JobSpec => ({
    dateTime: `2026-${String((Math.floor(i / 1440) % 12) + 1).padStart(2, '0')}-01 ${String(Math.floor(i / 60) % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
    ...(i % 10 === 9 ? { code: 360 } : {}),
    from: `scanner-${i % 7}@printers.corp.example`,
    to: `archive-${i}@corp.example; records-${i % 13}@corp.example`,
  });
  const empty = page([]).length;
  const perJob = (page(Array.from({ length: 100 }, (_, i) => job(i))).length - empty) / 100;
  return page(Array.from({ length: Math.ceil((targetBytes - empty) / perJob) }, (_, i) => job(i)));
}

/** The gate (identify.ts's isWebConfig) bundled on its own, as the extension's content script holds it. */
const gateOf = (dir: string) => bundleOf(join(dir, 'webconfig/identify.ts'), '__wcoaGate');

/** shared/src as it is at `ref`, bundled (the working tree's node_modules resolve its imports). */
async function bundleAt(ref: string): Promise<Omit<Variant, 'name'>> {
  const dir = mkdtempSync(join(REPO, 'shared', '.bench-baseline-'));
  try {
    const tar = join(dir, 'src.tar');
    execFileSync('git', ['-C', REPO, 'archive', '-o', tar, ref, 'shared/src']);
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    const src = join(dir, 'shared/src');
    return { bundle: await bundleOf(join(src, 'webconfig/detect.ts')), gate: await gateOf(src) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Variant {
  name: string;
  bundle: string;
  gate: string;
}
const variants: Variant[] = [
  {
    name: 'now',
    bundle: await bundleOf(fileURLToPath(new URL('../src/webconfig/detect.ts', import.meta.url))),
    gate: await gateOf(fileURLToPath(new URL('../src', import.meta.url))),
  },
];
if (BASELINE) variants.unshift({ name: BASELINE, ...(await bundleAt(BASELINE)) });
const now = variants.at(-1)!;
const base = variants.length > 1 ? variants[0]! : null;

/** detect's call on the page's document, as the bench makes it (on the bundle's global). */
const DETECT_CALL = 'window.__wcoaWebconfig.detect(document)';

// Runs in the page (a string: tsx would wrap a function's names in a helper the page lacks).
const TIME_DETECT = `(() => {
  const detect = window.__wcoaWebconfig.detect;
  let t0 = performance.now();
  const first = detect(document);
  const firstMs = performance.now() - t0;
  t0 = performance.now();
  for (let i = 0; i < ${WARM_BATCH}; i++) detect(document);
  return {
    firstMs,
    warmMs: (performance.now() - t0) / ${WARM_BATCH},
    page: first.page,
    model: JSON.stringify(first),
  };
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
  html: renderPage({ lang: 'pt', state: OAUTH_SIGNED_IN }),
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

// A job history of 1 MB (a printer that keeps thousands of jobs): detect reads its first MAX_JOBS.
pages.push({
  name: '1 MB job history (synthetic)',
  group: 'large',
  html: longJobHistory(1_000_000),
});

// A Web Config page of 1 MB: the advanced UI's Network Status (breadcrumb, dl rows) padded with a
// log (read as Network Status, as its title says: the log is not its job history).
const PADDED = 'ET-4950_INFO_NWINFO_TOP.html';
if (existsSync(join(CAPTURES, PADDED))) {
  const capture = readFileSync(join(CAPTURES, PADDED), 'utf8');
  for (const [label, title] of [
    ['its own "… Series" title', null],
    ['ordinary title', 'Access log - Router admin'],
    ['no title', ''],
  ] as const) {
    pages.push({
      name: `1 MB capture (padded), ${label}`,
      group: 'large',
      html: paddedCapture(capture, 1_000_000, title),
    });
  }
}

console.log(
  `detect() in Chromium, ${ROUNDS} rounds${BASELINE ? `, ${BASELINE} (A) and the working tree (B) interleaved` : ''}, ${loadLine()}`,
);
/** Samples per variant and page. */
const key = (v: Variant, p: { name: string }) => `${v.name}\u0000${p.name}`;
const first = new Map<string, number[]>();
const warm = new Map<string, number[]>();
const evalMs = new Map<string, number[]>();
const kinds = new Map<string, string>();
const models = new Map<string, string>();
const push = (map: Map<string, number[]>, k: string, value: number) =>
  map.set(k, [...(map.get(k) ?? []), value]);

type Page = (typeof pages)[number];
interface Sample {
  loadedMs: number;
  firstMs: number;
  warmMs: number;
  page: string;
  model: string;
}

/**
 * Every variant on every page of `list`, ROUNDS times, each on a fresh document (A then B in even
 * rounds, B then A in odd ones: load drifting within a round skews neither), in a browser of its own.
 * `source` is what is evaluated for a variant (its bundle, or a copy no cache holds); `timed`, what is
 * timed after it (detect's first and warm calls); `among`, the variants run. `renderers`: every load
 * in one page, whose renderer keeps what it compiled, or each load in a browser context of its own
 * (Chromium gives it a new process: nothing compiled, no ICU data loaded).
 */
async function measure(
  list: Page[],
  source: (v: Variant, round: number, page: number) => string,
  take: (v: Variant, p: Page, sample: Sample) => void,
  {
    timed = TIME_DETECT,
    among = variants,
    renderers = 'one',
  }: { timed?: string; among?: Variant[]; renderers?: 'one' | 'one per load' } = {},
): Promise<void> {
  if (list.length === 0) return;
  await inBrowser(async (browser) => {
    const loads = async (onPage: (load: (tab: Tab) => Promise<Sample>) => Promise<Sample>) => {
      for (let round = 0; round < ROUNDS; round++) {
        for (const [i, p] of list.entries()) {
          for (const v of round % 2 === 0 ? among : [...among].reverse()) {
            const sample = await onPage(async (tab) => {
              await tab.goto('about:blank');
              await tab.setContent(p.html, { waitUntil: 'domcontentloaded' });
              const loadedMs = (await tab.evaluate(
                `(() => { const t0 = performance.now(); ${source(v, round, i)}; return performance.now() - t0; })()`,
              )) as number;
              return { loadedMs, ...((await tab.evaluate(timed)) as Omit<Sample, 'loadedMs'>) };
            });
            take(v, p, sample);
          }
        }
      }
    };
    if (renderers === 'one per load') await loads((load) => onFreshPage(browser, load));
    else await onFreshPage(browser, (tab) => loads((load) => load(tab)));
  });
}

// The 1 MB pages in a browser of their own: their garbage (megabytes of DOM each round) was collected
// during the captures' first calls of the next round, and counted there (measured in separate runs:
// 2.6 ms over the captures with them, 1.6-2.0 without; warm 0.31 against 0.17-0.23). A printer's tab
// never loads such pages between its own.
for (const group of [pages.filter((p) => p.group !== 'large'), pages.filter((p) => p.group === 'large')]) {
  await measure(
    group,
    (v) => v.bundle,
    (v, p, s) => {
      kinds.set(key(v, p), s.page);
      models.set(key(v, p), s.model);
      push(first, key(v, p), s.firstMs);
      push(warm, key(v, p), s.warmMs);
      push(evalMs, key(v, p), s.loadedMs);
    },
  );
}

/**
 * First calls as the extension makes them: in a Web Config frame the gate (content script) has run
 * isWebConfig on the same document, in the same world, before the overlay's detect runs. The gate is
 * a bundle of its own (the extension ships it apart from detect's), so none of detect's functions is
 * warmed by it: what it has set up is the page's own (its elements' wrappers and interfaces that the
 * head marks and the bounds touched).
 */
const captures = pages.filter((p) => p.group === 'capture');
const firstAfterGate = new Map<string, number[]>();
await measure(
  captures,
  (v) => `${v.gate}; window.__wcoaGate.isWebConfig(document, location.href); ${v.bundle}`,
  (v, p, s) => push(firstAfterGate, key(v, p), s.firstMs),
);

/**
 * First calls with detect's functions compiled at the call, in a renderer that has run detect before
 * (its patterns compiled, its ICU data loaded), per variant and capture.
 */
const firstCompiled = new Map<string, number[]>();
const evalCompiled = new Map<string, number[]>();
// A browser of its own (measure's): the unique sources would otherwise crowd the cache the runs above read.
await measure(
  captures,
  // A source never seen before: V8 has no bytecode of it.
  (v, round, i) => `${v.bundle}\n/* ${round} ${i} ${Math.random()} */`,
  (v, p, s) => {
    push(firstCompiled, key(v, p), s.firstMs);
    push(evalCompiled, key(v, p), s.loadedMs);
  },
);

/**
 * First calls in a new renderer, per variant and capture, as on a printer's first page in a new tab:
 * neither detect's functions nor its patterns compiled, no ICU data loaded.
 */
const firstNewRenderer = new Map<string, number[]>();
await measure(
  captures,
  (v) => v.bundle,
  (v, p, s) => push(firstNewRenderer, key(v, p), s.firstMs),
  { renderers: 'one per load' },
);

/**
 * The part of a first call that no reader's work removes: what a fresh script context pays to touch,
 * once each, the DOM interfaces and built-ins detect's bundle uses (on one element each, reading
 * nothing). Chromium sets up each interface and prototype of a context at its first use (the first
 * touch of the document: 0.16-0.45 ms in experiments; each further interface up to 0.06 ms), whatever
 * calls it. Printed beside the captures' first call: of the 1 ms goal, what is left for detect's own
 * code.
 */
const FLOOR_SOURCE = `window.__wcoaTouch = () => {
  const d = document, html = d.documentElement, body = d.body;
  html.getAttribute('lang'); d.title.slice(0, 40).replace(/\\s+/g, ' ').trim().toLowerCase();
  const metas = (d.head ?? d).getElementsByTagName('meta'); metas.length; metas[0]; metas.item(0);
  const el = (body && body.firstElementChild) || html;
  el.tagName; el.localName; el.nextElementSibling; el.parentElement; el.classList.contains('wrap');
  const list = d.querySelectorAll('div'); list.length; list[0]; d.querySelector('div');
  el.querySelector('div'); el.querySelectorAll('div').length; el.getElementsByTagName('*').item(0);
  el.getElementsByClassName('warning').item(0); el.closest('div'); el.contains(el); el.compareDocumentPosition(html);
  const text = d.createTreeWalker(el, 4).nextNode(); if (text) { text.nodeValue; text.parentElement; }
  const node = el.firstChild; if (node) { node.nodeType; node.nextSibling; node.parentNode; }
  const select = d.querySelector('select'); if (select) { select.selectedIndex; select.options; }
  const input = d.querySelector('input'); if (input) { input.value; input.checked; }
  const option = d.querySelector('option'); if (option) option.selected;
  'Á'.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, ''); /\\p{L}/u.test('a'); 'a b'.split(' ').includes('a');
  new Map().set('a', 1).get('a'); new Set(['a']).has('a'); Object.hasOwn({}, 'a'); [1].some(Boolean); [1].map(String).filter(Boolean);
}`;
/**
 * A script's first and second call on each page of `list` (the captures unless told), each round in a
 * fresh context: `source` (of the page) defines window[fn] (evaluated
 * before, untimed, the same every round, so its bytecode is cached as detect's).
 */
async function firstAndAgain(source: (p: Page) => string, fn: string, list = captures) {
  const first = new Map<string, number[]>();
  const again = new Map<string, number[]>();
  const timed = `(() => {
  let t0 = performance.now();
  window.${fn}();
  const firstMs = performance.now() - t0;
  t0 = performance.now();
  window.${fn}();
  return { firstMs, warmMs: performance.now() - t0, page: '', model: '' };
})()`;
  await measure(
    list,
    (_v, _round, i) => source(list[i]!),
    (v, p, s) => {
      push(first, key(v, p), s.firstMs);
      push(again, key(v, p), s.warmMs);
    },
    { timed, among: variants.slice(-1) },
  );
  return { first, again };
}
const floor = await firstAndAgain(() => FLOOR_SOURCE, '__wcoaTouch');

/**
 * A least reading of a capture, with nothing made of it: what a fresh context pays to read most of what
 * detect's verdicts rest on (the head marks, the body's class, the bounds, the fields' names, each
 * select's chosen option, the headings, legends and breadcrumb, the html lang, every dt's and two-cell
 * tr's texts, and the first MAX_WORDS_TEXT characters of the body's text, which the language is told
 * from when nothing else says it), each by the cheapest call Chromium has for it (textContent,
 * unbounded). Less than detect reads, so a lower bound, not a reader. Its first call holds the engine's
 * part above; what a first call of detect costs beyond it is detect's own work, run for the first time
 * in the context.
 */
const LEAST_SOURCE = `window.__wcoaLeast = () => {
  const d = document, body = d.body, out = [];
  const metas = (d.head ?? d).getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) out.push(metas[i].getAttribute('name'), metas[i].getAttribute('content'));
  out.push(d.title, d.documentElement.getAttribute('lang'));
  if (!body) return out.length;
  out.push(body.className);
  const all = body.getElementsByTagName('*'); out.push(all.item(${MAX_ELEMENTS}), all.item(${MAX_DEPTH}));
  for (const f of d.querySelectorAll('input')) out.push(f.getAttribute('name'));
  for (const s of d.querySelectorAll('select')) {
    out.push(s.getAttribute('name'));
    const chosen = s.querySelector('option[selected]'); if (chosen) out.push(chosen.textContent);
  }
  for (const h of d.querySelectorAll('h1, h2, h3, legend, div.header-main')) out.push(h.textContent);
  for (const dt of d.querySelectorAll('dt')) out.push(dt.textContent, dt.nextElementSibling?.textContent);
  for (const tr of d.querySelectorAll('tr')) {
    const cells = tr.cells; if (cells.length === 2) out.push(cells[0].textContent, cells[1].textContent);
  }
  out.push(body.textContent.slice(0, ${MAX_WORDS_TEXT}));
  return out.length;
}`;
const least = await firstAndAgain(() => LEAST_SOURCE, '__wcoaLeast');

/**
 * A lean reader of the pages the captures' median first call falls among (lean-reader.ts: the basic
 * UI's Product Status named by its selector) against detect, interleaved on those pages in the same
 * rounds, each as a first call in a fresh context. Counted only where it gives detect's PageModel.
 */
const leanBundle = await bundleOf(fileURLToPath(new URL('./lean-reader.ts', import.meta.url)), '__wcoaLean');
const readers: Variant[] = [
  {
    name: 'detect',
    bundle: `${now.bundle};window.__wcoaRead = () => ${DETECT_CALL};`,
    gate: '',
  },
  {
    name: 'lean',
    bundle: `${leanBundle};window.__wcoaRead = () => window.__wcoaLean.readLean(document);`,
    gate: '',
  },
];
const leanFirst = new Map<string, number[]>();
const leanModels = new Map<string, string>();
await measure(
  captures,
  (v) => v.bundle,
  (v, p, s) => {
    push(leanFirst, key(v, p), s.firstMs);
    leanModels.set(key(v, p), s.model);
  },
  {
    among: readers,
    timed: `(() => {
  const t0 = performance.now();
  const model = window.__wcoaRead();
  return { firstMs: performance.now() - t0, warmMs: 0, page: '', model: JSON.stringify(model) };
})()`,
  },
);
const leanPages = captures.filter(
  (p) => leanModels.get(key(readers[1]!, p)) === leanModels.get(key(readers[0]!, p)),
);

/**
 * What one whole-page query costs on each 1 MB page, in a fresh document as detect's first call finds
 * it: the floor under each page-wide query of detect's that finds nothing (the depth scan, a reader's
 * look for what the page lacks). A selector nothing matches, so that nothing is kept: querySelectorAll('*')
 * stores every element as well (1.8 ms against 0.8 on the 1 MB job history, in an experiment).
 */
const walkMs = new Map<string, number[]>();
const WALK = `(() => {
  const t0 = performance.now();
  document.querySelector('*:not(*)');
  return { firstMs: performance.now() - t0, warmMs: 0, page: '', model: '' };
})()`;
await measure(
  pages.filter((p) => p.group === 'large'),
  () => '',
  (_v, p, s) => push(walkMs, p.name, s.firstMs),
  { timed: WALK, among: variants.slice(-1) },
);

/**
 * Recorded and counted once, in a browser of their own, on the captures and the 1 MB pages: the
 * page-wide lookups detect's first call makes (lookups.ts), made alone below as a first call in a
 * fresh document each round (the 1 MB pages in a browser of their own, as above), what finding the
 * elements costs Chromium beside what the whole call costs; and the code each variant's first call
 * runs (code-run.ts: V8's own count, exact).
 */
const counted = [...captures, ...pages.filter((p) => p.group === 'large')];
const recordings = new Map<string, Recording>();
const codeRun = new Map<string, number>();
/** The browser the figures come from: its selector matching changes between versions (shape.ts). */
let browserVersion = '';
await inBrowser(async (browser) => {
  browserVersion = browser.version();
  const html = counted.map((p) => p.html);
  const recorded = await recordPerPage(browser, html, now.bundle, DETECT_CALL);
  for (const [i, p] of counted.entries()) recordings.set(p.name, recorded[i]!);
  for (const v of variants) {
    const runs = await codeRunPerPage(browser, html, v.bundle, DETECT_CALL);
    for (const [i, p] of counted.entries()) codeRun.set(key(v, p), runs[i]! / 1000);
  }
});
const replaySource = (p: Page) => replayLookups(recordings.get(p.name)!.lookups, '__wcoaLookups');
const lookupsOfCaptures = await firstAndAgain(replaySource, '__wcoaLookups');
const lookupsOfLarge = await firstAndAgain(
  replaySource,
  '__wcoaLookups',
  pages.filter((p) => p.group === 'large'),
);

/** The median of the per-round ratios A/B (rounds are paired: same page, same round); A the baseline, B now unless told. */
const pairedRatio = (p: { name: string }, map: Map<string, number[]>, A = base!, B = now) => {
  const a = map.get(key(A, p))!;
  const b = map.get(key(B, p))!;
  return stats(a.map((x, i) => x / Math.max(b[i]!, 0.05))).median;
};
const row = (p: { name: string }) => {
  const s = stats(first.get(key(now, p))!);
  const w = stats(warm.get(key(now, p))!);
  let line = `  ${p.name.padEnd(44)} ${(kinds.get(key(now, p)) ?? '').padEnd(22)} first ${formatStats(s)}   warm median ${w.median.toFixed(3)} ms`;
  if (base) {
    const a = stats(first.get(key(base, p))!);
    const aw = stats(warm.get(key(base, p))!);
    line += `\n  ${''.padEnd(44)} ${`(${base.name})`.padEnd(22)} first ${formatStats(a)}   warm median ${aw.median.toFixed(3)} ms   first ${pairedRatio(p, first).toFixed(1)}×, warm ${pairedRatio(p, warm).toFixed(1)}× faster now`;
  }
  console.log(line);
};
for (const group of ['capture', 'other', 'large'] as const) {
  const mine = pages.filter((p) => p.group === group);
  if (mine.length === 0) continue;
  console.log({ capture: 'real captures', other: 'synthetic', large: '1 MB pages' }[group]);
  for (const p of mine) row(p);
}
const perCapture = (v: Variant, map: Map<string, number[]>) =>
  stats(captures.map((p) => stats(map.get(key(v, p))!).median));
if (captures.length > 0) {
  for (const v of variants) {
    const label = v === now ? '' : ` (${v.name})`;
    const medians = perCapture(v, first);
    console.log(
      `first call${label}, median per capture over ${captures.length} captures: ${formatStats(medians)}  ${againstGoal(medians, 1)}`,
    );
    console.log(
      `warm call${label}, median per capture over ${captures.length} captures:  ${formatStats(perCapture(v, warm), 3)}`,
    );
  }
  console.log(
    `the engine's part of a first call: a fresh context's first touch of the DOM interfaces and built-ins detect uses (one element each, nothing read), median per capture: ${formatStats(perCapture(now, floor.first))}; touched again: ${formatStats(perCapture(now, floor.again), 3)}`,
  );
  console.log(
    `a least reading (most of what detect's verdicts rest on, by textContent, nothing made of it; the engine's part included), median per capture: ${formatStats(perCapture(now, least.first))}; read again: ${formatStats(perCapture(now, least.again), 3)}`,
  );
  const [detectReader, leanReader] = readers as [Variant, Variant];
  const leanMedians = (v: Variant) => stats(leanPages.map((p) => stats(leanFirst.get(key(v, p))!).median));
  console.log(
    leanPages.length === 0
      ? "a lean reader (lean-reader.ts): detect's PageModel on none of the captures, so no figure"
      : `a lean reader of the basic UI's Product Status named by its selector (lean-reader.ts: detect's PageModel on ${leanPages.length} of the ${captures.length} captures, null on the rest), its first call, median per page over those: ${formatStats(leanMedians(leanReader))}; detect's in the same rounds: ${formatStats(leanMedians(detectReader))}; detect over it, per page (the median of its rounds' ratios): ${formatStats(stats(leanPages.map((p) => pairedRatio(p, leanFirst, detectReader, leanReader))), 2, '×')}`,
  );
  const counts = stats(captures.map((p) => recordings.get(p.name)!.lookups.length));
  console.log(
    `the page-wide lookups of a first call (${counts.median} per capture, median; ${counts.min}-${counts.max}), made alone as a first call in a fresh document, median per capture: ${formatStats(perCapture(now, lookupsOfCaptures.first))}`,
  );
  for (const v of variants) {
    const label = v === now ? '' : ` (${v.name})`;
    console.log(
      `first call${label} as the extension makes it (after the gate, its own bundle, in the same world), median per capture: ${formatStats(perCapture(v, firstAfterGate))}`,
    );
    console.log(
      `first call${label}, functions compiled at the call (a renderer that has run detect before), median per capture: ${formatStats(perCapture(v, firstCompiled))}`,
    );
    console.log(
      `  its bundle's evaluation${label}, uncached, median per capture: ${formatStats(perCapture(v, evalCompiled))}`,
    );
    console.log(
      `first call${label} in a new renderer (nothing compiled, no ICU data: a printer's first page in a new tab), median per capture: ${formatStats(perCapture(v, firstNewRenderer))}`,
    );
  }
  if (base) {
    // The medians above are taken apart for each variant; these pair A and B round by round.
    const ratios = (map: Map<string, number[]>) =>
      formatStats(stats(captures.map((p) => pairedRatio(p, map))), 2, '×');
    console.log(
      `${base.name} over now, per capture (the median of its rounds' A/B ratios; above 1: now faster): first call ${ratios(first)}; warm ${ratios(warm)}; as the extension makes it ${ratios(firstAfterGate)}; compiled at the call ${ratios(firstCompiled)}; in a new renderer ${ratios(firstNewRenderer)}`,
    );
  }
}
if (captures.length > 0) {
  for (const v of variants) {
    const label = v === now ? '' : ` (${v.name})`;
    const thousands = captures.map((p) => codeRun.get(key(v, p))!);
    console.log(
      `code run by a first call${label} (V8's block coverage: characters of the minified bundle run, each as often as it ran), per capture: ${formatStats(stats(thousands), 1, 'k')}`,
    );
    if (v !== now) continue;
    const firsts = captures.map((p) => stats(first.get(key(v, p))!).median);
    const { a, b, r } = fitLine(thousands, firsts);
    console.log(
      `  the first call against it, least squares over the captures: ${a.toFixed(2)} ms + ${(b * 1000).toFixed(1)} µs per 1,000 characters run (r = ${r.toFixed(2)}); the intercept holds what every page runs (the engine's part, detect's common code), not a floor`,
    );
  }
}
for (const v of variants) {
  const label = v === now ? '' : ` (${v.name})`;
  for (const p of pages.filter((q) => q.group === 'large')) {
    const s = stats(first.get(key(v, p))!);
    console.log(`${p.name}, first call${label}: ${formatStats(s)}  ${againstGoal(s, 2)}`);
    console.log(`  code run by its first call${label}: ${codeRun.get(key(v, p))!.toFixed(1)}k characters`);
    if (v === now) {
      console.log(
        `  one whole-page query on it, a fresh document: ${formatStats(stats(walkMs.get(p.name)!))}`,
      );
      const recorded = recordings.get(p.name)!;
      console.log(
        `  its first call's ${recorded.lookups.length} page-wide lookups (and ${recorded.inside} inside elements, not made), made alone as a first call in a fresh document: ${formatStats(stats(lookupsOfLarge.first.get(key(now, p))!))}`,
      );
    }
  }
  const ev = stats(pages.map((p) => stats(evalMs.get(key(v, p))!).median));
  console.log(
    `evaluating the bundle${label} (${v.bundle.length} bytes), median per page: ${formatStats(ev)}`,
  );
}
if (base) {
  const differ = pages.filter((p) => models.get(key(base, p)) !== models.get(key(now, p)));
  console.log(
    differ.length === 0
      ? `same PageModel from ${base.name} and now on all ${pages.length} pages`
      : `PageModel DIFFERS from ${base.name} on: ${differ.map((p) => p.name).join(', ')}`,
  );
}
console.log(`(${loadLine()}; Chromium ${browserVersion})`);
