/**
 * Tiny benchmark helpers shared by bench/*.bench.ts. Speed targets live here,
 * never as timed assertions in the test suite; results are reported as ratios
 * against a baseline measured in the same run.
 */
import { performance } from 'node:perf_hooks';

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
