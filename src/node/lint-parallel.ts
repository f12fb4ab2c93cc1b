/**
 * `evidensplan lint` over many files on every core: the file list is split
 * over worker threads, each loading the index once and linting its share with
 * the same `lintFiles` as the single-threaded path, and the results are put
 * back in the order of the file list. Output is identical to a serial run.
 *
 * The worker entry is this module itself (in the CLI bundle: dist/cli.mjs),
 * recognised by its workerData.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism, cpus } from 'node:os';
import { statSync } from 'node:fs';
import { expandPaths, lintFiles, type LintFilesOptions, type LintRun } from './lint.js';
import type { UiLanguage } from '../core/i18n.js';

const WORKER_KIND = 'evidensplan-lint-worker';

interface WorkerInput {
  kind: typeof WORKER_KIND;
  files: string[];
  cwd: string;
  config?: string;
  fix?: boolean;
  now?: number;
  uiLanguage?: UiLanguage;
}

export type ParallelOptions = Omit<LintFilesOptions, 'report' | 'search'> & {
  /** Worker threads to use; 1 lints in this thread. */
  jobs: number;
  /** Loads the index in this thread for the serial path. */
  load: () => Promise<Pick<LintFilesOptions, 'report' | 'search'>>;
};

/** How many workers pay off for `n` files: loading the index costs about as much as linting a few plans. */
export function autoJobs(n: number): number {
  const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  if (n < 8) return 1;
  return Math.max(1, Math.min(cores, 8, Math.floor(n / 4)));
}

export async function lintFilesParallel(paths: string[], opts: ParallelOptions): Promise<LintRun> {
  const cwd = opts.cwd ?? process.cwd();
  const lang = opts.uiLanguage ?? 'nb';
  const { files, errors } = await expandPaths(paths, cwd, lang);
  const jobs = Math.min(opts.jobs, files.length);
  if (jobs <= 1) {
    const loaded = await opts.load();
    return lintFiles(paths, { ...opts, ...loaded });
  }
  // Balance the shares by size: largest first, each to the lightest share.
  const sized = files.map((f, i) => ({ f, i, size: safeSize(f) })).sort((a, b) => b.size - a.size);
  const shares = Array.from({ length: jobs }, () => ({ files: [] as { f: string; i: number }[], bytes: 0 }));
  for (const s of sized) {
    const lightest = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(s);
    lightest.bytes += s.size;
  }
  const runs = await Promise.all(
    shares.map((share) =>
      runWorker({
        kind: WORKER_KIND,
        files: share.files.map((x) => x.f),
        cwd,
        config: opts.config,
        fix: opts.fix,
        now: opts.now?.getTime(),
        uiLanguage: opts.uiLanguage,
      }),
    ),
  );
  const order = new Map(files.map((f, i) => [f, i]));
  // Files that are not among the linted ones (a source's own problems) come last, once each.
  const once = new Set<string>();
  const results = runs
    .flatMap((r) => r.results)
    .filter((r) => order.has(r.absolute) || (once.has(r.absolute) ? false : (once.add(r.absolute), true)))
    .sort((a, b) => (order.get(a.absolute) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.absolute) ?? Number.MAX_SAFE_INTEGER));
  const seen = new Set<string>();
  const configErrors = runs
    .flatMap((r) => r.configErrors)
    .filter((e) => {
      const k = `${e.file}:${e.line}:${e.column}:${e.message}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
  return { results, ioErrors: [...errors, ...runs.flatMap((r) => r.ioErrors)], configErrors };
}

function safeSize(f: string): number {
  try {
    return statSync(f).size;
  } catch {
    return 0;
  }
}

function runWorker(input: WorkerInput): Promise<LintRun> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: input });
    let done = false;
    worker.once('message', (msg: { run?: LintRun; error?: string }) => {
      done = true;
      if (msg.error) reject(new Error(msg.error));
      else resolve(msg.run!);
    });
    worker.once('error', (err) => {
      done = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`lint worker stopped (exit code ${code})`));
    });
  });
}

async function workerMain(input: WorkerInput): Promise<void> {
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
    const run = await lintFiles(input.files, {
      cwd: input.cwd,
      config: input.config,
      fix: input.fix,
      now: input.now === undefined ? undefined : new Date(input.now),
      uiLanguage: input.uiLanguage,
      report,
      search,
    });
    parentPort!.postMessage({ run });
  } catch (err) {
    parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.kind === WORKER_KIND) {
  void workerMain(workerData as WorkerInput);
}
