/**
 * How long detect() takes: on a real capture, on a synthetic Email Server page, and on a large
 * non-Epson page (~1.5 MB, the worst a content script meets on an ordinary site). Prints median
 * and p95 for detect alone (the document already parsed, as in the content script; first call on
 * each freshly parsed document) and for parse + detect (as in `wcoa detect`). Run: npm run bench
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { renderWebConfigPage } from '../../test/src/webconfig-pages/index.ts';
import { detect } from '../src/webconfig/index.ts';

const CAPTURE = fileURLToPath(
  new URL('../../../shared/reference/webconfig-captures/ET-4950_INFO_NWINFO_TOP.html', import.meta.url),
);

function largeForeignPage(targetBytes: number, title = 'Access log - Router admin'): string {
  const rows: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const row = `<tr><td class="ts">2026-11-${String((i % 28) + 1).padStart(2, '0')} 12:${String(i % 60).padStart(2, '0')}:07</td><td>host-${i}.corp.example</td><td>192.0.2.${i % 254}</td><td><a href="/logs/${i}">GET /api/v1/items/${i}?page=${i % 17}</a></td><td>${200 + (i % 5)}</td><td><p>Request served by upstream pool ${i % 9}; cache ${i % 2 ? 'hit' : 'miss'}; SMTP relay idle.</p></td></tr>`;
    rows.push(row);
    size += row.length;
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><div class="wrap"><div class="section"><h1>Access log</h1><form action="/cgi-bin/filter" method="post"><input name="q" type="text"><select name="level"><option>all</option><option selected>errors</option></select></form><table class="log"><thead><tr><th>Time</th><th>Host</th><th>IP</th><th>Request</th><th>Status</th><th>Detail</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></div></body></html>`;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

function measure(name: string, html: string, runs: number): void {
  const page = detect(new JSDOM(html).window.document).page;
  // Each run parses afresh, so no selector cache of an earlier run can flatter detect().
  const detectOnly: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const dom = new JSDOM(html);
    const t1 = performance.now();
    detect(dom.window.document);
    const t2 = performance.now();
    detectOnly.push(t2 - t1);
    both.push(t2 - t0);
    dom.window.close();
  }
  const d = stats(detectOnly);
  const b = stats(both);
  const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
  console.log(
    `${name.padEnd(34)} ${`${kb} KiB`.padStart(9)}  ${page.padEnd(20)} detect median ${d.median.toFixed(2)} ms, p95 ${d.p95.toFixed(2)} ms | parse+detect median ${b.median.toFixed(2)} ms, p95 ${b.p95.toFixed(2)} ms  (${runs} runs)`,
  );
}

console.log(`detect() benchmark, Node ${process.version}, jsdom`);
if (existsSync(CAPTURE)) {
  measure('capture ET-4950 INFO_NWINFO', readFileSync(CAPTURE, 'utf8'), 200);
} else {
  console.log(`(real capture absent at ${CAPTURE}: skipped)`);
}
measure(
  'synthetic Email Server (advanced)',
  renderWebConfigPage({
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
  200,
);
measure('large non-Epson page', largeForeignPage(1_500_000), 7);
// Worst case: a title that looks like Web Config's ("<Model> Series") makes every structure probe run.
measure('large page, "Series" title', largeForeignPage(1_500_000, 'NX-4000 Series'), 7);
