// The CLI's and the agent's start, measured as the admin meets them: fresh processes of the built
// CLI (bin/wcoa.js → dist/), side by side with a bare `node -e 0`, interleaved in each round so a
// change in the machine's load touches every column alike. Prints min/median/max and the load.
//
//   npm run bench:cli [-- --rounds 15] [-- --against ../other-checkout/agent]
//
// With --against, another build of the CLI (an agent folder with bin/ and a built dist/, or its
// bin/wcoa.js) runs beside this one in every round, the order alternating, and each figure is also
// printed as the median of the rounds' own ratios, this build over that one.
//
// Goals (issue 13): `wcoa --help` and `wcoa explain` within 3× `node -e 0` (median), the agent
// from spawn to its `listening on` line ≤ 400 ms (and the CPU it used until then, which a busy
// machine inflates far less than the wall time), its idle RSS ≤ 80 MiB.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const AGENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(AGENT_DIR, 'bin/wcoa.js');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 11;
const againstArg = process.argv.indexOf('--against');
const againstPath = againstArg > 0 ? resolve(process.argv[againstArg + 1]) : null;
const AGAINST = againstPath && !againstPath.endsWith('.js') ? join(againstPath, 'bin/wcoa.js') : againstPath;
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

/**
 * The CPU time a live process has used so far, in ms (Linux /proc: user + system, in clock ticks of
 * 10 ms), or null elsewhere. Unlike the wall time, a busy machine barely changes it: it is close to
 * what the same start takes on a quiet one.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Spawns `wcoa start` on a fresh home; resolves to spawn → `listening on` in ms and RSS after 1 s idle. */
function agentStart(bin = BIN) {
  const home = mkdtempSync(join(tmpdir(), 'wcoa-bench-'));
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--home', home], {
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
        const cpu = cpuMs(child.pid);
        setTimeout(async () => {
          const rss = await rssKiB(child.pid);
          child.once('exit', () => {
            rmSync(home, { recursive: true, force: true });
            resolvePromise({ ms, cpu, rssMiB: rss / 1024 });
          });
          child.kill('SIGTERM');
        }, 1000);
      }
    });
  });
}

/** min / median / max (the median of an even count is the mean of the middle two). */
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted.at(-1) };
};

const columns = {
  'node -e 0': [],
  'wcoa --help': [],
  'wcoa explain': [],
  'agent start→listening': [],
  'agent CPU to listening': [],
  'agent idle RSS (MiB)': [],
};
/** Each CLI figure over the same round's `node -e 0`: a ratio a drift in load between rounds cannot skew. */
const ratios = { 'wcoa --help': [], 'wcoa explain': [], 'agent start→listening': [] };
/** The CLI's commands of one build (its bin/wcoa.js). */
const cliRuns = (bin) => ({
  'wcoa --help': () => timed([bin, '--help']),
  'wcoa explain': () => timed([bin, 'explain', EXPLAIN]),
});
const runs = { 'node -e 0': () => timed(['-e', '0']), ...cliRuns(BIN) };
const againstRuns = AGAINST ? cliRuns(AGAINST) : {};
/** The other build's figures (--against) and this build's over them, per round, for each figure both have. */
const against = {};
const record = (name, base, mine) => {
  against[name] ??= { base: [], ratio: [] };
  against[name].base.push(base);
  against[name].ratio.push(mine / base);
};
/** `mine()` and, when given (--against), `theirs()`, the first of the two alternating from round to round. */
async function inTurn(round, mine, theirs) {
  if (!theirs) return [await mine(), null];
  if (round % 2 === 0) {
    const a = await mine();
    return [a, await theirs()];
  }
  const b = await theirs();
  return [await mine(), b];
}
const loadBefore = loadavg();
// One warm-up round (the file cache), not counted.
await timed(['-e', '0']);
await timed([BIN, '--help']);
for (let round = 0; round < ROUNDS; round++) {
  // A, B, C in even rounds and C, B, A in odd ones: no column always runs first after the agent.
  const names = Object.keys(runs);
  const order = round % 2 === 0 ? names : names.reverse();
  const times = {};
  for (const name of order) {
    const [mine, base] = await inTurn(round, runs[name], againstRuns[name]);
    times[name] = mine;
    if (base !== null) record(name, base, mine);
  }
  for (const name of names) columns[name].push(times[name]);
  for (const name of ['wcoa --help', 'wcoa explain']) ratios[name].push(times[name] / times['node -e 0']);
  const [agent, other] = await inTurn(round, () => agentStart(), AGAINST && (() => agentStart(AGAINST)));
  columns['agent start→listening'].push(agent.ms);
  if (agent.cpu !== null) columns['agent CPU to listening'].push(agent.cpu);
  ratios['agent start→listening'].push(agent.ms / times['node -e 0']);
  columns['agent idle RSS (MiB)'].push(agent.rssMiB);
  if (other) {
    record('agent start→listening', other.ms, agent.ms);
    if (agent.cpu !== null && other.cpu) record('agent CPU to listening', other.cpu, agent.cpu);
    record('agent idle RSS (MiB)', other.rssMiB, agent.rssMiB);
  }
}
const loadAfter = loadavg();

const ratio = (name) => {
  const r = stats(ratios[name]);
  return `${r.median.toFixed(2)}× node -e 0 (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)}; goal ≤ 3×: ${r.median <= 3 ? 'met' : 'NOT met'})`;
};
const goals = {
  'wcoa --help': () => ratio('wcoa --help'),
  'wcoa explain': () => ratio('wcoa explain'),
  'agent start→listening': (s) =>
    `goal ≤ 400 ms: ${s.median <= 400 ? 'met' : 'NOT met'} (${stats(ratios['agent start→listening']).median.toFixed(1)}× node -e 0)`,
  'agent CPU to listening': () =>
    'user + system CPU, all threads (10 ms ticks): what a quiet machine waits, at most',
  'agent idle RSS (MiB)': (s) => `goal ≤ 80 MiB: ${s.median <= 80 ? 'met' : 'NOT met'}`,
};
const fmt = (n) => n.toFixed(1).padStart(7);
const header = () =>
  console.log(`${'what'.padEnd(24)}${'min'.padStart(7)}${'median'.padStart(8)}${'max'.padStart(7)}`);
/** One figure's line: its min, median and max, then `note`. */
const row = (name, s, note) =>
  console.log(
    `${name.padEnd(24)}${fmt(s.min)}${fmt(s.median)}${fmt(s.max)}${name.includes('RSS') ? '' : ' ms'}  ${note}`,
  );
console.log(
  `wcoa CLI and agent start, ${ROUNDS} interleaved rounds, Node ${process.version} (${process.platform}, ${availableParallelism()} cores)`,
);
console.log(
  `load average (1/5/15 min): before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
);
header();
for (const [name, values] of Object.entries(columns)) {
  if (values.length === 0) continue;
  const s = stats(values);
  row(name, s, goals[name]?.(s) ?? '');
}
console.log("(ratios: the median of each round's own ratio; the agent is judged on its median)");
if (AGAINST) {
  console.log(`against ${AGAINST}, in the same rounds:`);
  header();
  for (const [name, { base, ratio }] of Object.entries(against)) {
    const r = stats(ratio);
    row(
      name,
      stats(base),
      `this build ${r.median.toFixed(2)}× that one (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)})`,
    );
  }
}
