// The CLI's and the agent's start, measured as the admin meets them: fresh processes of the built
// CLI (bin/wcoa.js → dist/), side by side with a bare `node -e 0`, interleaved in each round so a
// change in the machine's load touches every column alike. Prints min/median/max and the load.
//
//   npm run bench:cli [-- --rounds 15]
//
// Goals (issue 13): `wcoa --help` and `wcoa explain` within 3× `node -e 0` (median), the agent
// from spawn to its `listening on` line ≤ 400 ms, its idle RSS ≤ 80 MiB.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const AGENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(AGENT_DIR, 'bin/wcoa.js');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 11;
const EXPLAIN = '535 5.7.3 Authentication unsuccessful [SN4PR0501CA0054.namprd05.prod.outlook.com]';

/** Runs a command to its end; resolves to the wall time in ms. */
function timed(args) {
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}`));
      else resolvePromise(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  });
}

/** The resident set of a live process in KiB (Linux /proc; elsewhere `ps`). */
async function rssKiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
  } catch {
    const ps = spawn('ps', ['-o', 'rss=', '-p', String(pid)]);
    let out = '';
    for await (const chunk of ps.stdout) out += chunk;
    return Number(out.trim());
  }
}

/** Spawns `wcoa start` on a fresh home; resolves to spawn → `listening on` in ms and RSS after 1 s idle. */
function agentStart() {
  const home = mkdtempSync(join(tmpdir(), 'wcoa-bench-'));
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, 'start', '--port', '0', '--home', home], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        WCOA_SECRET_BACKEND: 'file',
        WCOA_LOG_STDOUT: '0',
        WCOA_PORT: '',
        WCOA_HOME: '',
      },
    });
    let out = '';
    let ms = null;
    child.once('error', reject);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (ms === null && /^listening on /m.test(out)) {
        ms = Number(process.hrtime.bigint() - t0) / 1e6;
        setTimeout(async () => {
          const rss = await rssKiB(child.pid);
          child.once('exit', () => {
            rmSync(home, { recursive: true, force: true });
            resolvePromise({ ms, rssMiB: rss / 1024 });
          });
          child.kill('SIGTERM');
        }, 1000);
      }
    });
  });
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1) };
};

const columns = {
  'node -e 0': [],
  'wcoa --help': [],
  'wcoa explain': [],
  'agent start→listening': [],
  'agent idle RSS (MiB)': [],
};
const loadBefore = loadavg();
// One warm-up round (the file cache), not counted.
await timed(['-e', '0']);
await timed([BIN, '--help']);
for (let round = 0; round < ROUNDS; round++) {
  columns['node -e 0'].push(await timed(['-e', '0']));
  columns['wcoa --help'].push(await timed([BIN, '--help']));
  columns['wcoa explain'].push(await timed([BIN, 'explain', EXPLAIN]));
  const agent = await agentStart();
  columns['agent start→listening'].push(agent.ms);
  columns['agent idle RSS (MiB)'].push(agent.rssMiB);
}
const loadAfter = loadavg();

const base = stats(columns['node -e 0']).median;
const goals = {
  'wcoa --help': (s) => `${(s.median / base).toFixed(2)}× node -e 0 (goal ≤ 3×)`,
  'wcoa explain': (s) => `${(s.median / base).toFixed(2)}× node -e 0 (goal ≤ 3×)`,
  'agent start→listening': (s) => `goal ≤ 400 ms: ${s.median <= 400 ? 'met' : 'NOT met'}`,
  'agent idle RSS (MiB)': (s) => `goal ≤ 80 MiB: ${s.median <= 80 ? 'met' : 'NOT met'}`,
};
const fmt = (n) => n.toFixed(1).padStart(7);
console.log(
  `wcoa CLI and agent start, ${ROUNDS} interleaved rounds, Node ${process.version} (${process.platform})`,
);
console.log(
  `load average (1/5/15 min): before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
);
console.log(`${'what'.padEnd(24)}${'min'.padStart(7)}${'median'.padStart(8)}${'max'.padStart(7)}`);
for (const [name, values] of Object.entries(columns)) {
  const s = stats(values);
  const unit = name.includes('RSS') ? '' : ' ms';
  console.log(
    `${name.padEnd(24)}${fmt(s.min)}${fmt(s.median)}${fmt(s.max)}${unit}  ${goals[name]?.(s) ?? ''}`,
  );
}
