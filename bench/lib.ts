/**
 * Tiny benchmark helpers shared by bench/*.bench.ts. Speed targets live here,
 * never as timed assertions in the test suite; results are reported as ratios
 * against a baseline measured in the same run.
 */
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface BenchRow {
  /** What was measured, e.g. "index load". */
  name: string;
  /** Median milliseconds (or another unit, see `unit`). */
  value: number;
  unit: 'ms' | 'MB' | 'x';
  p95?: number;
  /** What the value is compared against (measured in the same run), if any. */
  baselineName?: string;
  baseline?: number;
  /** value / baseline, when a baseline is given. */
  ratio?: number;
  /** Human-readable target, e.g. "< 30 ms" or "≤ 1.5×". */
  target?: string;
  /** Whether the target is met. */
  pass?: boolean;
  /** Set when this measure failed: the table lists it as not measured, with this reason. */
  failed?: string;
}

/** A row for a measure that failed: listed as not measured (with why), the run goes on. */
export function notMeasured(name: string, err: unknown): BenchRow {
  const why = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return { name, value: NaN, unit: 'ms', failed: why };
}

export interface Timing {
  median: number;
  p95: number;
  samples: number[];
}

/** Runs `fn` `warmup` times, then `runs` times, and returns median and p95 in ms. */
export async function time(fn: () => unknown, runs = 20, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), samples };
}

/** Runs `fn` on each input in turn (one sample per input), for per-call latencies (hover, completion). */
export function timeEach<T>(inputs: readonly T[], fn: (x: T) => unknown, warmup = 1): Timing {
  for (let w = 0; w < warmup; w++) for (const x of inputs) fn(x);
  const samples: number[] = [];
  for (const x of inputs) {
    const t0 = performance.now();
    fn(x);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/**
 * A row comparing `value` with a baseline measured in the same run. `maxRatio`
 * sets the target "≤ N×" on value / baseline.
 */
export function ratioRow(name: string, t: Timing, baselineName: string, baseline: Timing, maxRatio: number): BenchRow {
  const ratio = t.median / baseline.median;
  return {
    name,
    value: t.median,
    p95: t.p95,
    unit: 'ms',
    baselineName,
    baseline: baseline.median,
    ratio,
    target: `≤ ${maxRatio}×`,
    pass: ratio <= maxRatio,
  };
}

/** A row with an absolute target on the median (or on p95 when `on` is "p95"). */
export function limitRow(name: string, t: Timing, maxMs: number, on: 'median' | 'p95' = 'median'): BenchRow {
  const v = on === 'p95' ? t.p95 : t.median;
  return { name, value: t.median, p95: t.p95, unit: 'ms', target: `${on === 'p95' ? 'p95 ' : ''}< ${maxMs} ms`, pass: v < maxMs };
}

/** Growth: median time at the large input over median time at the small one (sizes in the names). */
export function growthRow(name: string, large: Timing, smallName: string, small: Timing, maxRatio: number): BenchRow {
  const ratio = large.median / small.median;
  return {
    name,
    value: large.median,
    p95: large.p95,
    unit: 'ms',
    baselineName: smallName,
    baseline: small.median,
    ratio,
    target: `≤ ${maxRatio}×`,
    pass: ratio <= maxRatio,
  };
}

/**
 * Wall time of one spawned `node ARGS` in `cwd`, output discarded. Exit 0 (clean)
 * and 1 (findings) are measurements; anything else is a failure of the tool.
 */
export function spawnTime(args: string[], cwd: string): number {
  const t0 = performance.now();
  // markdownlint-cli2 reports on stderr: a large buffer, or it is killed mid-run.
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: 30 * 60_000, maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${path.basename(args[0])} exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return ms;
}

/** `spawnTime` `runs` times after one untimed run (which warms the file cache). */
export function timeSpawn(args: string[], cwd: string, runs: number): Timing {
  spawnTime(args, cwd);
  return summarize(Array.from({ length: runs }, () => spawnTime(args, cwd)));
}
