/**
 * Proportional-time checks for pathological inputs, without absolute thresholds:
 * the work on a large input may take at most `slack` times the linear
 * extrapolation from a smaller input of the same shape, both measured in the
 * same test (so a slow or busy machine slows both alike).
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';

function best(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

export interface ScalingResult {
  small: number;
  large: number;
  sizeRatio: number;
  timeRatio: number;
}

/**
 * Asserts time(large) ≤ slack × (size(large) / size(small)) × time(small).
 * The small input is run once to warm up (unless `warm` is false); the best of
 * `runs` runs of each input counts.
 */
export function assertScalesLinearly(
  what: string,
  small: string,
  large: string,
  work: (text: string) => void,
  { slack = 3, runs = 2, warm = true }: { slack?: number; runs?: number; warm?: boolean } = {},
): ScalingResult {
  if (warm) work(small); // warm-up (JIT, lazy tables); skip when the small input is big enough to warm itself
  const ts = best(() => work(small), runs);
  const tl = best(() => work(large), runs);
  const sizeRatio = large.length / small.length;
  const timeRatio = tl / Math.max(ts, 1e-3);
  assert.ok(
    timeRatio <= slack * sizeRatio,
    `${what}: ${large.length} chars took ${tl.toFixed(1)} ms, ${small.length} chars took ${ts.toFixed(1)} ms: ` +
      `time grew ${timeRatio.toFixed(1)}× for ${sizeRatio.toFixed(1)}× the input (allowed ${(slack * sizeRatio).toFixed(1)}×)`,
  );
  return { small: ts, large: tl, sizeRatio, timeRatio };
}
