/**
 * `evidensplan lint` over many files on several cores. A small pool of worker
 * threads, each loading the index once, takes the files from a queue (each
 * worker holds the file it lints and the next one, so it never waits on this
 * thread while results are written), lints each with the same
 * `lintFiles` as the serial path, and the results are handed on in the order
 * of the file list as soon as the files before them are done. Output is
 * identical to a serial run.
 *
 * Bounded: never more workers than cores, files or what memory allows, each
 * with a heap limit (resourceLimits); results are streamed (`onResult`), not
 * held. A worker that dies (out of memory on a monstrous file) costs that file
 * an I/O error naming it; the file it had queued and the rest go to a fresh worker.
 *
 * The worker entry is this module itself (in the CLI bundle: dist/cli.mjs),
 * recognised by its workerData.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { displayPath, expandPaths, lintFiles, type FileResult, type LintFilesOptions, type LintRun } from './lint.js';
import type { UiLanguage } from '../core/i18n.js';
import type { ConfigError } from '../core/lint/config.js';

const WORKER_KIND = 'evidensplan-lint-worker';

/**
 * Heap limit of one worker (old generation), at least: the index takes about 90 MB, a large plan's
 * analysis a few hundred. A worker gets more when memory allows (`workerHeapFor`): a tight limit
 * makes V8 collect the old generation far more often (a 1.5 GB limit cost about a fifth more CPU per
 * plan than the 4 GB a main thread gets here, in major collections, for no memory saved).
 */
export const WORKER_HEAP_MB = 1536;
/** Heap limit of one worker, at most: what V8 gives a main thread on a machine with 16 GB or more. */
export const WORKER_HEAP_MAX_MB = 4096;
/** Files a worker holds at once: the one it lints and the next, so it never waits for this thread. */
const IN_FLIGHT = 2;
/** What a worker is counted as needing when memory caps the pool. */
const WORKER_BUDGET_MB = 400;

interface WorkerInput {
  kind: typeof WORKER_KIND;
  cwd: string;
  config?: string;
  fix?: boolean;
  now?: number;
  uiLanguage?: UiLanguage;
}

type ToWorker = { file: string; i: number } | { done: true };
type FromWorker = { ready: true } | { i: number; run: LintRun } | { i: number; error: string };

export type ParallelOptions = Omit<LintFilesOptions, 'report' | 'search'> & {
  /** Worker threads wanted; 1 lints in this thread. Capped by `jobsFor`. */
  jobs: number;
  /** Loads the index in this thread for the serial path. */
  load: () => Promise<Pick<LintFilesOptions, 'report' | 'search'>>;
  /** Heap limit per worker in MB (default: `workerHeapFor(jobs)`). */
  workerHeapMb?: number;
  /** The worker's entry module (default: this module; tests running TypeScript pass a loader wrapper). */
  workerEntry?: URL;
};

function cores(): number {
  return typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
}

/** The workers actually used for `requested` over `files` files: never more than the cores, the files, or half the memory allows. */
export function jobsFor(requested: number, files: number): number {
  const byMemory = Math.max(1, Math.floor((totalmem() / 2 ** 20 / 2) / WORKER_BUDGET_MB));
  return Math.max(1, Math.min(Math.floor(requested) || 1, cores(), files, byMemory));
}

/** Heap limit per worker for `jobs` workers: half the memory shared among them, within WORKER_HEAP_MB…WORKER_HEAP_MAX_MB. */
export function workerHeapFor(jobs: number): number {
  return Math.min(WORKER_HEAP_MAX_MB, Math.max(WORKER_HEAP_MB, Math.floor(totalmem() / 2 ** 20 / 2 / Math.max(1, jobs))));
}

/** How many workers pay off for `n` files: loading the index costs about as much as linting a few plans. */
export function autoJobs(n: number): number {
  if (n < 8) return 1;
  return jobsFor(Math.min(8, Math.floor(n / 4)), n);
}

export async function lintFilesParallel(paths: string[], opts: ParallelOptions): Promise<LintRun> {
  const cwd = opts.cwd ?? process.cwd();
  const lang = opts.uiLanguage ?? 'nb';
  const { files, errors } = await expandPaths(paths, cwd, lang);
  const jobs = jobsFor(opts.jobs, files.length);
  if (jobs <= 1) {
    const loaded = await opts.load();
    return lintFiles(paths, { ...opts, ...loaded });
  }
  const input: WorkerInput = {
    kind: WORKER_KIND,
    cwd,
    config: opts.config,
    fix: opts.fix,
    now: opts.now?.getTime(),
    uiLanguage: opts.uiLanguage,
  };
  const run: LintRun = { results: [], ioErrors: [...errors], configErrors: [] };
  const seenConfig = new Set<string>();
  const addConfigErrors = (list: ConfigError[]) => {
    for (const e of list) {
      const k = `${e.file}:${e.line}:${e.column}:${e.message}`;
      if (!seenConfig.has(k)) {
        seenConfig.add(k);
        run.configErrors.push(e);
      }
    }
  };
  const emit = (res: FileResult) => (opts.onResult ? opts.onResult(res) : run.results.push(res));
  const linted = new Set(files);
  const extraSeen = new Set<string>();
  const extras: FileResult[] = [];
  // Results wait here only until the files before them are done.
  const done = new Map<number, LintRun>();
  let nextOut = 0;
  const flush = () => {
    while (done.has(nextOut)) {
      const r = done.get(nextOut)!;
      done.delete(nextOut);
      for (const res of r.results) {
        // A source's own problems (its file is not among the linted ones) come once, after the plans.
        if (linted.has(res.absolute)) emit(res);
        else if (!extraSeen.has(res.absolute)) {
          extraSeen.add(res.absolute);
          extras.push(res);
        }
      }
      run.ioErrors.push(...r.ioErrors);
      addConfigErrors(r.configErrors);
      nextOut++;
    }
  };
  const finish = (i: number, r: LintRun) => {
    done.set(i, r);
    flush();
  };

  const shown = (i: number) => displayPath(files[i], cwd);
  let nextIn = 0;
  // Files handed back by a worker that stopped before reaching them: the next feed takes these first.
  const retry: number[] = [];
  const pending = () => retry.length > 0 || nextIn < files.length;
  const take = () => (retry.length ? retry.shift()! : nextIn++);
  const workers = new Set<Worker>();
  await new Promise<void>((resolve, reject) => {
    let live = 0;
    let failed = false;
    const fail = (err: Error) => {
      failed = true;
      for (const w of workers) void w.terminate();
      reject(err);
    };
    const start = () => {
      live++;
      const worker = new Worker(opts.workerEntry ?? new URL(import.meta.url), {
        workerData: input,
        resourceLimits: { maxOldGenerationSizeMb: opts.workerHeapMb ?? workerHeapFor(jobs) },
      });
      workers.add(worker);
      // The files this worker holds, in the order it lints them: the first is being linted, the
      // next waits in its queue so the worker never idles while this thread writes output.
      const inFlight: number[] = [];
      let ready = false;
      let closing = false;
      const feed = () => {
        while (inFlight.length < IN_FLIGHT && pending()) {
          const i = take();
          inFlight.push(i);
          worker.postMessage({ file: files[i], i } satisfies ToWorker);
        }
        if (!inFlight.length && !closing) {
          closing = true;
          worker.postMessage({ done: true } satisfies ToWorker);
        }
      };
      const settle = (i: number) => {
        const k = inFlight.indexOf(i);
        if (k >= 0) inFlight.splice(k, 1);
      };
      // The worker stopped: the file it was linting gets `why`; the ones still queued go to another worker.
      const orphan = (why: string) => {
        const [current, ...queued] = inFlight.splice(0);
        if (current !== undefined) finish(current, { results: [], ioErrors: [`${shown(current)}: ${why}`], configErrors: [] });
        retry.unshift(...queued);
        retry.sort((a, b) => a - b);
      };
      worker.on('message', (msg: FromWorker) => {
        if ('ready' in msg) {
          ready = true;
          feed();
          return;
        }
        // The worker gets its next file before this thread writes the result out.
        settle(msg.i);
        feed();
        if ('error' in msg) finish(msg.i, { results: [], ioErrors: [`${shown(msg.i)}: ${msg.error}`], configErrors: [] });
        else finish(msg.i, msg.run);
      });
      worker.on('error', (err) => {
        // Out of memory on one file, most likely: that file gets the error, a new worker takes the rest.
        if (inFlight.length) {
          const why = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory' : err.message;
          orphan(`lint stopped (${why})`);
        } else if (!ready && !failed) {
          fail(err);
        }
      });
      worker.on('exit', () => {
        live--;
        workers.delete(worker);
        if (failed) return;
        if (inFlight.length) orphan('lint worker stopped');
        if (pending() && ready) start();
        else if (live === 0) {
          if (nextOut < files.length) fail(new Error('lint workers stopped before every file was linted'));
          else resolve();
        }
      });
    };
    for (let k = 0; k < jobs; k++) start();
  });
  for (const res of extras) emit(res);
  return run;
}

async function workerMain(input: WorkerInput): Promise<void> {
  const port = parentPort!;
  let options: LintFilesOptions;
  try {
    const { loadReportIndex } = await import('./resources.js');
    const { loadSearch } = await import('./search.js');
    const report = await loadReportIndex();
    let search;
    try {
      search = await loadSearch();
    } catch {
      search = undefined;
    }
    options = {
      cwd: input.cwd,
      config: input.config,
      fix: input.fix,
      now: input.now === undefined ? undefined : new Date(input.now),
      uiLanguage: input.uiLanguage,
      report,
      search,
    };
  } catch (err) {
    // Nothing can be linted here: let the parent see the failure.
    throw err instanceof Error ? err : new Error(String(err));
  }
  // One file at a time, in the order given (the parent keeps a second one queued here).
  const queue: ToWorker[] = [];
  let busy = false;
  const pump = async () => {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const msg = queue.shift()!;
      if ('done' in msg) {
        port.close();
        break;
      }
      try {
        const run = await lintFiles([msg.file], options);
        port.postMessage({ i: msg.i, run } satisfies FromWorker);
      } catch (err) {
        port.postMessage({ i: msg.i, error: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
      }
    }
    busy = false;
  };
  port.on('message', (msg: ToWorker) => {
    queue.push(msg);
    void pump();
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.kind === WORKER_KIND) {
  void workerMain(workerData as WorkerInput);
}

export type { FileResult };
