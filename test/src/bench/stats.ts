/**
 * What every benchmark prints the same way: min / median / max of its samples (milliseconds), the
 * machine's load while it ran (a busy machine inflates every figure), and a figure against its goal.
 * Benchmarks print; they assert nothing.
 */
import { availableParallelism, loadavg } from 'node:os';

export interface Stats {
  n: number;
  min: number;
  median: number;
  max: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n: sorted.length, min: sorted[0] ?? Number.NaN, median, max: sorted.at(-1) ?? Number.NaN };
}

const ms = (value: number, digits: number) => value.toFixed(digits).padStart(8);

/** `median   1.23  min   0.98  max   2.10 ms  (n=20)`, in `unit` (ms unless told). */
export function formatStats(s: Stats, digits = 2, unit = 'ms'): string {
  return `median ${ms(s.median, digits)}  min ${ms(s.min, digits)}  max ${ms(s.max, digits)} ${unit}  (n=${s.n})`;
}

/** `≤ 200 ms: met` / `≤ 200 ms: NOT met`, judged on the median. */
export function againstGoal(s: Stats, goalMs: number): string {
  return `goal ≤ ${goalMs} ms: ${s.median <= goalMs ? 'met' : 'NOT met'}`;
}

/** The 1/5/15-minute load averages and the core count, e.g. `load 1.52 1.30 1.01 on 2 cores`. */
export function loadLine(): string {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
  return `load ${one} ${five} ${fifteen} on ${availableParallelism()} cores`;
}

/**
 * Runs `a` and `b` alternately, `rounds` times each (A then B in even rounds, B then A in odd ones),
 * so a ratio of the two is not skewed by the machine's load drifting between two separate series.
 */
export async function interleave<T = number>(
  rounds: number,
  a: () => Promise<T> | T,
  b: () => Promise<T> | T,
): Promise<{ a: T[]; b: T[] }> {
  const out = { a: [] as T[], b: [] as T[] };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      out.a.push(await a());
      out.b.push(await b());
    } else {
      out.b.push(await b());
      out.a.push(await a());
    }
  }
  return out;
}
