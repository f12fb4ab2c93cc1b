/**
 * Opt-in (takes minutes): `npm run bench -- folder`.
 *
 * `evidensplan lint --jobs auto` over a folder of 357 generated plans of 100 KB,
 * one per municipality (bench/gen.ts, in a temp dir), with the built CLI as a
 * user runs it; target < 60 s. In the same run, what the time is made of:
 * - per-file lint, serial: `--jobs 1` over a sample of the same plans, with the
 *   start-up (the same command on one small plan) taken off, divided by the
 *   sample's size. Its target is what 60 s allows per plan on this machine's
 *   cores (60 s × workers / 357);
 * - start-up of the parallel run: `--jobs 2` on two small plans (the process,
 *   two workers, each loading the index and the search);
 * - the floor the folder row is compared with: 357 × the per-file lint / the
 *   workers `auto` gives here, i.e. a run with no cost but linting.
 *
 * EVIDENSPLAN_BENCH_PLANS=N changes the folder's size (default 357).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan, municipalityPlans } from './gen.js';
import { examplePlan } from './process.bench.js';
import { autoJobs } from '../src/node/lint-parallel.js';
import { notMeasured, spawnTime, timeSpawn, type BenchRow } from './lib.js';

export const optIn = true;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVIDENSPLAN = path.join(root, 'bin', 'evidensplan.mjs');
const SAMPLE = 24;
const TARGET_MS = 60_000;

export default async function folderBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-folder-bench-'));
  try {
    const count = Number(process.env.EVIDENSPLAN_BENCH_PLANS ?? 357);
    const folder = path.join(dir, 'kommuner');
    const sample = path.join(dir, 'utvalg');
    const small = path.join(dir, 'små');
    for (const d of [folder, sample, small]) mkdirSync(d);
    const plans = municipalityPlans(count, 100 * 1024);
    // The sample: every (count / SAMPLE)-th plan, so it is spread like the folder.
    const step = Math.max(1, Math.floor(count / SAMPLE));
    plans.forEach((p, k) => {
      const text = generatePlan(p.opts);
      writeFileSync(path.join(folder, p.file), text);
      if (k % step === 0 && k / step < SAMPLE) writeFileSync(path.join(sample, p.file), text);
    });
    const sampled = Math.min(SAMPLE, Math.ceil(count / step));
    const { file: example } = examplePlan(dir);
    copyFileSync(example, path.join(small, 'a.md'));
    copyFileSync(example, path.join(small, 'b.md'));
    const workers = autoJobs(count);
    const rows: BenchRow[] = [];

    let perFile: number | undefined;
    try {
      const serialStart = timeSpawn([EVIDENSPLAN, 'lint', '--jobs', '1', path.join(small, 'a.md')], dir, 3);
      const serialSample = spawnTime([EVIDENSPLAN, 'lint', '--jobs', '1', 'utvalg'], dir);
      perFile = (serialSample - serialStart.median) / sampled;
      const budget = (TARGET_MS * workers) / count;
      rows.push({
        name: `per-file lint of a 100 KB plan, serial (--jobs 1 over ${sampled} of the plans, start-up of ${serialStart.median.toFixed(0)} ms taken off)`,
        value: perFile,
        unit: 'ms',
        target: `< ${budget.toFixed(0)} ms (60 s × ${workers} workers / ${count})`,
        pass: perFile < budget,
      });
      const startup = timeSpawn([EVIDENSPLAN, 'lint', '--jobs', '2', 'små'], dir, 3);
      rows.push({ name: 'start-up of a parallel run: --jobs 2 on two small plans (process, 2 workers, index and search each)', value: startup.median, p95: startup.p95, unit: 'ms' });
    } catch (err) {
      rows.push(notMeasured('per-file lint and start-up', err));
    }

    const wall = spawnTime([EVIDENSPLAN, 'lint', '--jobs', 'auto', 'kommuner'], dir);
    const floor = perFile === undefined ? undefined : (perFile * count) / workers;
    rows.push({
      name: `evidensplan lint --jobs auto, folder of ${count} × 100 KB plans (${workers} workers)`,
      value: wall,
      unit: 'ms',
      ...(floor === undefined ? {} : { baselineName: `lint alone, ${count} × per-file / ${workers}`, baseline: floor, ratio: wall / floor }),
      target: '< 60 s',
      pass: wall < TARGET_MS,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
