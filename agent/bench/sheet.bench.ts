/**
 * The network status sheet's render times: gathering from the store + Preact HTML, and the PDF
 * through the system Chromium (the first, which starts the browser, apart; then warm prints on the
 * kept browser, as the agent serves them). Prints min/median/max in milliseconds, sizes and the
 * machine's load.
 *
 *   npm run bench:sheet            (N=200 HTML, N/10 PDF)
 *   npm run bench:sheet -- 1000
 */
import { join } from 'node:path';
import { tempHome } from '@wcoa/test/agent-process';
import { formatStats, loadLine, type Stats, stats } from '@wcoa/test/bench/stats';
import { PrinterStore } from '../src/printers/printer-store.ts';
import { FileSecretStore } from '../src/secrets/file-secret-store.ts';
import { sheetData } from '../src/sheet/sheet-data.ts';
import { renderSheetHtml } from '../src/sheet/sheet-html.tsx';
import { PdfPrinter } from '../src/sheet/sheet-pdf.ts';
import { HistoryStore } from '../src/store/history.ts';
import { Store } from '../src/store/store.ts';
import { EMAIL, NETWORK, pageModel, probeResult } from '../tests/printers-fixtures.ts';

const N = Number(process.argv[2] ?? 200);
const N_PDF = Math.max(5, Math.round(N / 10));

const line = (name: string, s: Stats) => console.log(`${name.padEnd(34)} ${formatStats(s)}`);
console.log(`network status sheet, ${loadLine()}`);

// A printer with every page, job codes, two test mails and a probe: the fullest sheet.
const home = tempHome('wcoa-bench-sheet-');
const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
const printers = new PrinterStore(store.db);
const history = new HistoryStore(store.db);
const origin = 'http://10.0.1.116';
const now = new Date();
printers.recordSeen(origin, pageModel('product-status', { serialNumber: 'X5QZ012345' }), now.toISOString());
printers.recordSeen(origin, pageModel('network-status', NETWORK), now.toISOString());
printers.recordSeen(
  origin,
  pageModel('email-server-basic', { ...EMAIL, sender: 'other@contoso.com' }),
  now.toISOString(),
);
const id = printers.recordSeen(
  origin,
  pageModel('job-history', { errorCodes: [361, 360, 370] }),
  now.toISOString(),
);
for (const ok of [true, false]) {
  history.recordTestMail({
    at: now.toISOString(),
    account: 'scanner@contoso.com',
    from: 'other@contoso.com',
    to: 'scanner@contoso.com',
    smtpHost: 'smtp.office365.com',
    smtpPort: 587,
    ok,
    stage: ok ? 'ok' : 'sender',
    reply: ok ? '250 OK' : '554 5.2.252 SendAsDenied',
    causes: ok ? [] : ['sender-mismatch'],
    timings: { dns: null, connect: null, tls: null, auth: null, send: null },
    printerId: id,
  });
}
history.recordProbe(probeResult(now.toISOString(), '2027-06-01T00:00:00.000Z', 180));
const printer = printers.get(id)!;
const sources = {
  store,
  printers,
  history,
  authorityHost: 'https://login.microsoftonline.com',
  version: 'bench',
};

const gather: number[] = [];
const render: number[] = [];
let html = '';
for (let i = 0; i < N; i++) {
  const t0 = performance.now();
  const data = sheetData(sources, printer, now);
  const t1 = performance.now();
  html = renderSheetHtml(data, { lang: i % 2 ? 'pt-PT' : 'en' });
  const t2 = performance.now();
  gather.push(t1 - t0);
  render.push(t2 - t1);
}
line('HTML: gather from the store', stats(gather));
line('HTML: render (Preact to string)', stats(render));
line('HTML: total', stats(gather.map((g, i) => g + render[i]!)));
console.log(`HTML size ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB`);

const pdf = new PdfPrinter();
try {
  const c0 = performance.now();
  const first = await pdf.print(html, 'pt-PT');
  const cold = performance.now() - c0;
  const warm: number[] = [];
  let bytes = first.length;
  for (let i = 0; i < N_PDF; i++) {
    const t0 = performance.now();
    bytes = (await pdf.print(html, 'pt-PT')).length;
    warm.push(performance.now() - t0);
  }
  console.log(`${'PDF: first (starts Chromium)'.padEnd(34)} ${cold.toFixed(2)} ms  (n=1)`);
  line('PDF: warm (browser kept)', stats(warm));
  console.log(`PDF size ${(bytes / 1024).toFixed(1)} KiB`);
  console.log(`(${loadLine()})`);
} finally {
  await pdf.close();
  store.close();
}
