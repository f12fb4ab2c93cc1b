/**
 * The command line from cold (a spawned process each time), against
 * markdownlint-cli2 (0.22, the newest on Node 20) on the same input:
 * - `evidensplan lint FILE` on the example plan (target ≤ 1×);
 * - a folder of 357 generated plans of 100 KB, one per municipality, in a temp
 *   dir (target < 60 s using both cores). `evidensplan lint` lints files one
 *   after another in one process, so it is measured as shipped (one process) and
 *   split over two processes by this bench (what a `--jobs 2` would do).
 *
 * EVIDENSPLAN_BENCH_PLANS=N changes the folder's size (default 357).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan, municipalityPlans } from './gen.js';
import { examplePlan } from './process.bench.js';
import { summarize, ratioRow, type BenchRow, type Timing } from './lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVIDENSPLAN = path.join(root, 'bin', 'evidensplan.mjs');
const MDL_CLI2 = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

function runOnce(args: string[], cwd: string): number {
  const t0 = performance.now();
  // markdownlint-cli2 reports on stderr: a large buffer, or it is killed mid-run.
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: 30 * 60_000, maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  // 0: clean, 1: findings. Anything else is a failure of the tool, not a measurement.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${path.basename(args[0])} exited ${r.status}: ${String(r.stderr).slice(0, 400)}`);
  return ms;
}

function timeSpawn(args: string[], cwd: string, runs: number): Timing {
  runOnce(args, cwd); // warm the file cache
  return summarize(Array.from({ length: runs }, () => runOnce(args, cwd)));
}

function runParallel(jobs: string[][], cwd: string): Promise<number> {
  const t0 = performance.now();
  return Promise.all(
    jobs.map(
      (args) =>
        new Promise<void>((resolve, reject) => {
          const p = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
          p.on('error', reject);
          p.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`exit ${code}`))));
        }),
    ),
  ).then(() => performance.now() - t0);
}

const once = (ms: number): Timing => summarize([ms]);

export default async function cliBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-cli-bench-'));
  try {
    const rows: BenchRow[] = [];
    const { file, label } = examplePlan(dir);
    const ours = timeSpawn([EVIDENSPLAN, 'lint', file], dir, 7);
    const theirs = timeSpawn([MDL_CLI2, file], dir, 7);
    rows.push(ratioRow(`evidensplan lint, one file from cold (${label})`, ours, 'markdownlint-cli2', theirs, 1));

    const big = path.join(dir, 'plan-100KB.md');
    writeFileSync(big, generatePlan({ bytes: 100 * 1024, seed: 3 }));
    rows.push(
      ratioRow('evidensplan lint, one 100 KB plan from cold', timeSpawn([EVIDENSPLAN, 'lint', big], dir, 5), 'markdownlint-cli2', timeSpawn([MDL_CLI2, big], dir, 5), 1),
    );

    const count = Number(process.env.EVIDENSPLAN_BENCH_PLANS ?? 357);
    const folder = path.join(dir, 'kommuner');
    mkdirSync(folder);
    const plans = municipalityPlans(count, 100 * 1024);
    for (const p of plans) writeFileSync(path.join(folder, p.file), generatePlan(p.opts));
    const mdl = once(runOnce([MDL_CLI2, 'kommuner/**/*.md'], dir));
    const single = once(runOnce([EVIDENSPLAN, 'lint', 'kommuner'], dir));
    const names = plans.map((p) => path.join('kommuner', p.file));
    const half = Math.ceil(names.length / 2);
    const two = once(await runParallel([[EVIDENSPLAN, 'lint', ...names.slice(0, half)], [EVIDENSPLAN, 'lint', ...names.slice(half)]], dir));
    const folderRow = (name: string, t: Timing): BenchRow => ({
      ...ratioRow(name, t, 'markdownlint-cli2 (folder)', mdl, Infinity),
      target: '< 60 s',
      pass: t.median < 60_000,
    });
    rows.push(folderRow(`evidensplan lint, folder of ${count} × 100 KB plans, one process (as shipped)`, single));
    rows.push(folderRow(`evidensplan lint, folder of ${count} × 100 KB plans, two processes (bench splits the list)`, two));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
