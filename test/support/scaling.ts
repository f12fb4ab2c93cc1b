/**
 * Proportional-cost checks for pathological inputs, without absolute
 * thresholds and without wall-clock time: the CPU time this process spends
 * (process.cpuUsage: a busy machine delays a run but hardly changes the CPU
 * time it needs) on a large input may be at most `slack` times the linear
 * extrapolation from a smaller input of the same shape. The small input is
 * batched until one sample costs at least MIN_SAMPLE_MS (a baseline of a
 * fraction of a millisecond is noise, not a measure), samples of the two
 * sizes are interleaved so a disturbance hits both alike, and the best sample
 * of each counts.
 *
 * Where a cost can be counted instead of timed (operations on instrumented
 * inputs, parser calls), tests count; this is for whole pipelines.
 */
import assert from 'node:assert/strict';

/** CPU time of `fn` in milliseconds (user + system, this process). */
export function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

const MIN_SAMPLE_MS = 40;

export interface ScalingResult {
  /** CPU ms per run of the small and the large input (best sample). */
  small: number;
  large: number;
  sizeRatio: number;
  timeRatio: number;
}

/**
 * Asserts cpu(large) ≤ slack × (size(large) / size(small)) × cpu(small).
 * `runs` interleaved samples of each size (best counts); the small input is
 * run once to warm up first unless `warm` is false.
 */
export function assertScalesLinearly(
  what: string,
  small: string,
  large: string,
  work: (text: string) => void,
  { slack = 3, runs = 3, warm = true }: { slack?: number; runs?: number; warm?: boolean } = {},
): ScalingResult {
  if (warm) work(small); // JIT, lazy tables
  // Batch the small input so one sample is long enough to measure.
  const first = cpuMs(() => work(small));
  const batch = Math.min(1000, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(first, 0.01))));
  let ts = first * (batch === 1 ? 1 : Infinity);
  let tl = Infinity;
  for (let r = 0; r < runs; r++) {
    ts = Math.min(ts, cpuMs(() => { for (let i = 0; i < batch; i++) work(small); }) / batch);
    tl = Math.min(tl, cpuMs(() => work(large)));
  }
  const sizeRatio = large.length / small.length;
  const timeRatio = tl / Math.max(ts, 1e-3);
  assert.ok(
    timeRatio <= slack * sizeRatio,
    `${what}: ${large.length} chars took ${tl.toFixed(1)} ms CPU, ${small.length} chars took ${ts.toFixed(2)} ms CPU (batches of ${batch}): ` +
      `cost grew ${timeRatio.toFixed(1)}× for ${sizeRatio.toFixed(1)}× the input (allowed ${(slack * sizeRatio).toFixed(1)}×)`,
  );
  return { small: ts, large: tl, sizeRatio, timeRatio };
}

/**
 * Counts reads of `start`, `end` and `text` on edits: a stand-in for the
 * operations an algorithm over edits performs, independent of the machine.
 */
export class ReadCounter {
  reads = 0;
  /** An edit whose fields count each read. */
  edit(start: number, end: number, text: string): { start: number; end: number; text: string } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const counter = this;
    return {
      get start() {
        counter.reads++;
        return start;
      },
      get end() {
        counter.reads++;
        return end;
      },
      get text() {
        counter.reads++;
        return text;
      },
    };
  }
}
