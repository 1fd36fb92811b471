/**
 * The fleet: GET /v1/printers from the real agent process, and the options page's printers view's
 * first screen in Chromium, at 1,000 and 10,000 printers (goals: ≤ 200 ms each at 10,000).
 *
 * The store is filled the way years of use would leave it: per printer its Email Server, Network
 * Status, Product Status and Job History pages, and a test mail for a third of them. The API figure
 * is the HTTP round trip of the whole list (CLI-style call, as the service worker makes it); the
 * view's is from its mount to the first rows painted, the agent's reply parsed inside that span.
 *
 *   npm run bench:fleet                 (12 rounds each)
 *   npm run bench:fleet -- --rounds 30
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, startAgentProcess, tempHome } from '@wcoa/test/agent-process';
import { againstGoal, formatStats, loadLine, type Stats, stats } from '@wcoa/test/bench/stats';
import { findChromium } from '@wcoa/test/chromium';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { refreshFleetColumns } from '../src/printers/fleet-columns.ts';
import { FileSecretStore } from '../src/secrets/file-secret-store.ts';
import { Store } from '../src/store/store.ts';
import { EMAIL, NETWORK, pageModel } from '../tests/printers-fixtures.ts';

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 12;
const SIZES = [1_000, 10_000];
const GOAL_MS = 200;
const DAY_MS = 86_400_000;

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');

/** A store holding `n` printers; returns its home directory. */
function populate(n: number): string {
  const home = tempHome('wcoa-bench-fleet-');
  const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
  const now = Date.now();
  const db = store.db;
  const printer = db.prepare(
    `INSERT INTO printers (id, origin, model, mac, serial, device_name, first_seen_at, last_seen_at, last_mail_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const page = db.prepare(
    'INSERT INTO printer_pages (printer_id, page, seen_at, page_model) VALUES (?, ?, ?, ?)',
  );
  const mail = db.prepare(
    `INSERT INTO test_mails (at, account, from_addr, to_addr, smtp_host, smtp_port, ok, stage, reply, causes, timings, printer_id)
     VALUES (?, ?, ?, ?, 'smtp.office365.com', 587, ?, ?, ?, ?, '{}', ?)`,
  );
  const models = ['WF-C5790', 'WF-2930', 'ET-4950', 'WF-C879R', 'AM-C4000'];
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = `bench${hex(i, 6)}`;
      const model = models[i % models.length]!;
      const mac = `58:05:D9:${hex((i >> 16) & 255, 2)}:${hex((i >> 8) & 255, 2)}:${hex(i & 255, 2)}`;
      const deviceName = `EPSON${hex(i, 6)}`;
      const seen = new Date(now - (i % 500) * 3_600_000).toISOString();
      const lastMail = i % 4 === 0 ? null : new Date(now - (i % 120) * DAY_MS).toISOString();
      const origin = `http://10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      printer.run(id, origin, model, mac, `X5QZ${hex(i, 6)}`, deviceName, seen, seen, lastMail);
      const account = `scanner${i}@contoso.com`;
      const pages = [
        pageModel('email-server-basic', { ...EMAIL, account, sender: account }, model),
        pageModel(
          'network-status',
          { network: { ...NETWORK.network, macAddress: mac, deviceName, ipAddress: origin.slice(7) } },
          model,
        ),
        pageModel('product-status', { serialNumber: `X5QZ${hex(i, 6)}` }, model),
        pageModel('job-history', { errorCodes: i % 3 ? [] : [361, 360] }, model),
      ];
      for (const pm of pages) page.run(id, pm.page, seen, JSON.stringify(pm));
      if (i % 3 === 0) {
        const ok = i % 2 === 0;
        mail.run(
          new Date(now - (i % 90) * DAY_MS).toISOString(),
          account,
          account,
          account,
          ok ? 1 : 0,
          ok ? 'ok' : 'sender',
          ok ? '250 OK' : '554 5.2.252 SendAsDenied',
          ok ? '[]' : '["sender-mismatch"]',
          id,
        );
      }
    }
  })();
  // Written here row by row, not through recordSeen: fill the list's columns as migration 6 does.
  db.prepare(refreshFleetColumns('1')).run();
  store.close();
  return home;
}

/**
 * The CPU time a process has used, in ms (Linux /proc: user + system in 10 ms ticks), or NaN
 * elsewhere. A busy machine stretches the wall time of a call far more than the CPU it needs.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

async function measureApi(
  n: number,
  home: string,
): Promise<{ api: Stats; cpu: Stats; body: string; bytes: number }> {
  const agent = await startAgentProcess({ home, env: { WCOA_LOG_STDOUT: '0' } });
  try {
    const samples: number[] = [];
    const cpu: number[] = [];
    let body = '';
    for (let i = 0; i < ROUNDS + 2; i++) {
      const cpu0 = cpuMs(agent.child.pid);
      const t0 = performance.now();
      const res = await agent.cli('GET', '/v1/printers');
      const ms = performance.now() - t0;
      if (i >= 2) cpu.push(cpuMs(agent.child.pid) - cpu0);
      const list = res.json as unknown[];
      if (res.status !== 200 || list.length !== n)
        throw new Error(`GET /v1/printers: ${res.status}, ${list?.length}`);
      body = res.text;
      if (i >= 2) samples.push(ms); // the first calls warm up the JIT and SQLite's page cache
    }
    return { api: stats(samples), cpu: stats(cpu), body, bytes: Buffer.byteLength(body) };
  } finally {
    await agent.stop();
  }
}

/** The view's bundle: the component and its loader as options.html loads them. */
async function bundleView(): Promise<string> {
  const out = await build({
    entryPoints: [join(REPO_ROOT, 'extension/bench/fleet-view.entry.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'import.meta.env.MODE': '"production"' },
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

async function measureView(
  bundle: string,
  body: string,
  n: number,
): Promise<{ view: Stats; validate: Stats }> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--lang=en-US'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const samples: number[] = [];
    const validate: number[] = [];
    for (let i = 0; i < ROUNDS + 1; i++) {
      await page.goto('about:blank');
      await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
      // The service worker's reply, as JSON text; the page's runtime API answers with it. (Strings,
      // not functions: tsx would wrap a function's names in a helper the page lacks.)
      await page.evaluate(
        `window.chrome = { runtime: { id: 'bench', sendMessage: async () => JSON.parse(${JSON.stringify(`{"ok":true,"data":${body}}`)}) } }`,
      );
      await page.addScriptTag({ content: bundle });
      await page.waitForFunction('window.__firstScreen !== undefined', null, { timeout: 120_000 });
      const { ms, rows } = (await page.evaluate('({ ms: window.__firstScreen, rows: window.__rows })')) as {
        ms: number;
        rows: number;
      };
      if (rows === 0 || rows > n) throw new Error(`view showed ${rows} rows of ${n}`);
      if (i === 0) console.log(`  view: ${rows} rows on the first screen`);
      else {
        samples.push(ms);
        validate.push((await page.evaluate(`window.__validate(${JSON.stringify(body)})`)) as number);
      }
    }
    return { view: stats(samples), validate: stats(validate) };
  } finally {
    await browser.close();
  }
}

console.log(`fleet benchmark, Node ${process.version}, ${ROUNDS} rounds, ${loadLine()}`);
const bundle = await bundleView();
for (const n of SIZES) {
  const home = populate(n);
  try {
    const { api, cpu, body, bytes } = await measureApi(n, home);
    console.log(`${n} printers (${(bytes / 1024 / 1024).toFixed(2)} MiB of JSON)`);
    console.log(`  GET /v1/printers        ${formatStats(api, 1)}  ${againstGoal(api, GOAL_MS)}`);
    console.log(
      `  (the agent's CPU per call, 10 ms ticks: ${formatStats(cpu, 0)}; ≈ a quiet machine's wall time)`,
    );
    const { view, validate } = await measureView(bundle, body, n);
    console.log(`  view first screen       ${formatStats(view, 1)}  ${againstGoal(view, GOAL_MS)}`);
    console.log(`  (service worker's zod check of the list, before it: ${formatStats(validate, 1)})`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  console.log(`  (${loadLine()})`);
}
