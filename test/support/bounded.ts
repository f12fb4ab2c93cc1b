/**
 * Runs calls in a worker thread with a per-call bound, so a call that never
 * returns (an endless loop in a provider) fails the test naming the call,
 * instead of hanging the test run. The bound is a watchdog for "does not
 * return", far above any real call's cost, not a performance threshold.
 *
 * The worker loads `module` (a test-support module exporting `setup()` and
 * `call(kind, text, offset)`), then runs the calls one by one, posting a mark
 * before and after each.
 */
import { Worker } from 'node:worker_threads';

export interface BoundedCall {
  kind: string;
  /** Index into the texts passed to `runBounded`. */
  text: number;
  offset: number;
}

export interface BoundedOutcome {
  /** Calls that did not return within the bound (the first one stops the run). */
  stuck?: BoundedCall & { label: string };
  /** Calls that threw (a provider must never throw). */
  threw: Array<BoundedCall & { error: string }>;
  done: number;
}

export function runBounded(module: URL, texts: string[], calls: BoundedCall[], boundMs = 20_000): Promise<BoundedOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bounded-worker.mjs', import.meta.url), { workerData: { module: module.href, texts, calls } });
    const outcome: BoundedOutcome = { threw: [], done: 0 };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = -1;
    const arm = (i: number) => {
      clearTimeout(timer);
      current = i;
      timer = setTimeout(() => {
        const c = calls[current];
        outcome.stuck = { ...c, label: `${c.kind} at offset ${c.offset} of text ${c.text} (${JSON.stringify(texts[c.text].slice(0, 80))})` };
        void worker.terminate().then(() => resolve(outcome));
      }, boundMs);
    };
    arm(-1); // setup (loading the index) has the same bound
    worker.on('message', (m: { started?: number; ended?: number; error?: string; finished?: boolean }) => {
      if (m.started !== undefined) arm(m.started);
      if (m.ended !== undefined) {
        outcome.done++;
        if (m.error) outcome.threw.push({ ...calls[m.ended], error: m.error });
      }
      if (m.finished) {
        clearTimeout(timer);
        void worker.terminate().then(() => resolve(outcome));
      }
    });
    worker.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
