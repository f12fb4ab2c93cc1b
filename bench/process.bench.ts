/**
 * Fresh-process measures, each in a new `node`:
 *
 * - activation on the bench's examples (examples/*.md but its README): the
 *   real bundle dist/extension.cjs (built by `npm run bench`) loaded with a
 *   stand-in `vscode` module, activated with the plan open, then the time until
 *   a hover on the plan's first citation is answered (target < 100 ms) and until
 *   the first diagnostics for it are published (target < 300 ms), both from the
 *   `require` of the bundle (bench/activation-probe.ts, bundled by esbuild and
 *   run with plain `node`). Baseline, in the same run: the start of a bare
 *   `node -e ''`. VS Code's own start is not in the numbers. Not measured
 *   through the code-server harness (a browser and a server whose start-up
 *   dwarfs the extension's share, and no hook to see when diagnostics arrive).
 * - memory: V8 heap used after loading the index (report + search) in a fresh
 *   process, after a full GC, minus the heap of the same process before loading;
 *   target < 30 MB. The absolute heap of the process is shown as the baseline.
 */
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { notMeasured, summarize, type BenchRow, type Timing } from './lib.js';
import { generatePlan } from './gen.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Fresh processes per example plan for the activation rows. */
const ACTIVATION_RUNS = 3;

const MEMORY_ENTRY = `
import { loadReportIndex } from ${JSON.stringify(path.join(root, 'src/node/resources.ts'))};
import { loadSearch } from ${JSON.stringify(path.join(root, 'src/node/search.ts'))};
declare const gc: () => void;
async function main() {
  const root = process.argv[2];
  gc(); gc();
  const m0 = process.memoryUsage();
  const [report, search] = await Promise.all([loadReportIndex(root), loadSearch(root)]);
  gc(); gc();
  const m1 = process.memoryUsage();
  // Keep both alive until measured.
  process.stdout.write(JSON.stringify({
    before: m0.heapUsed, after: m1.heapUsed, external: m1.external + m1.arrayBuffers - m0.external - m0.arrayBuffers,
    findings: report.findings.length, ok: !!search,
  }));
}
main();
`;

async function bundle(dir: string, name: string, source: string): Promise<string> {
  const entry = path.join(dir, `${name}.ts`);
  writeFileSync(entry, source);
  const out = path.join(dir, `${name}.cjs`);
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'error',
    mainFields: ['module', 'main'], // as scripts/build.mjs: ES builds of dependencies
  });
  return out;
}

function runJson(args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`bench process failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout) as Record<string, number>;
}

/** The example plan the extension opens first (examples/*.md), or a generated 20 KB plan when none exists. */
export function examplePlan(dir: string): { file: string; label: string } {
  const plans = examplePlans(dir);
  return plans.find((p) => /overordnet/.test(p.file)) ?? plans[0];
}

/** The bench's examples: examples/*.md but its README, or a generated 20 KB plan when there are none. */
export function examplePlans(dir: string): { file: string; label: string }[] {
  const ex = path.join(root, 'examples');
  const md = existsSync(ex) ? readdirSync(ex).filter((f) => f.endsWith('.md') && !/^readme\.md$/i.test(f)).sort() : [];
  if (md.length) return md.map((f) => ({ file: path.join(ex, f), label: `examples/${f}` }));
  const file = path.join(dir, 'generated-20KB.md');
  writeFileSync(file, generatePlan({ bytes: 20 * 1024, seed: 9 }));
  return [{ file, label: 'generated 20 KB plan' }];
}

/** Wall time of a spawned `node -e ''` (process start and exit), `runs` times. */
function bareNodeStart(runs: number): Timing {
  spawnSync(process.execPath, ['-e', '']);
  return summarize(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['-e', '']);
      if (r.status !== 0) throw new Error(`node -e '' exited ${r.status}`);
      return performance.now() - t0;
    }),
  );
}

async function activationRows(dir: string): Promise<BenchRow[]> {
  if (!existsSync(path.join(root, 'dist', 'extension.cjs'))) throw new Error('dist/extension.cjs is not built (npm run build)');
  const probe = path.join(dir, 'activation-probe.mjs');
  await build({
    entryPoints: [path.join(root, 'bench', 'activation-probe.ts')],
    outfile: probe,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
  });
  const plans = examplePlans(dir);
  const node = bareNodeStart(9);
  const runs: Record<string, number>[] = [];
  // Round robin over the plans, so a burst of load on the machine does not land on one plan only.
  for (let k = 0; k < ACTIVATION_RUNS; k++) for (const p of plans) runs.push(runJson([probe, root, p.file]));
  const of = (key: string) => summarize(runs.map((r) => r[key]));
  const parts = `require ${of('require').median.toFixed(0)} + activate ${of('activate').median.toFixed(0)} ms`;
  const where = `dist/extension.cjs, fresh process, ${plans.length === 1 ? plans[0].label : `${plans.length} example plans`} × ${ACTIVATION_RUNS}; ${parts}`;
  const row = (name: string, t: Timing, maxMs: number): BenchRow => ({
    name: `${name} (${where})`,
    value: t.median,
    p95: t.p95,
    unit: 'ms',
    baselineName: "bare `node -e ''` start",
    baseline: node.median,
    target: `< ${maxMs} ms`,
    pass: t.median < maxMs,
  });
  return [row('activation → first hover on a citation', of('hover'), 100), row('activation → first diagnostics', of('diagnostics'), 300)];
}

export default async function processBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-bench-'));
  try {
    const rows: BenchRow[] = [];
    // Each part on its own: a failing one is listed as not measured and the others still run.
    const parts: [string, () => Promise<BenchRow[]>][] = [
      ['activation', () => activationRows(dir)],
      ['memory', () => memoryRows(dir)],
    ];
    for (const [name, part] of parts) {
      try {
        rows.push(...(await part()));
      } catch (err) {
        rows.push(notMeasured(name, err));
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function memoryRows(dir: string): Promise<BenchRow[]> {
  const memory = await bundle(dir, 'memory', MEMORY_ENTRY);
  const mem = Array.from({ length: 3 }, () => runJson(['--expose-gc', memory, root]));
  const delta = summarize(mem.map((m) => (m.after - m.before) / 2 ** 20));
  const abs = summarize(mem.map((m) => m.after / 2 ** 20));
  const ext = summarize(mem.map((m) => m.external / 2 ** 20));
  return [
    {
      name: `heap after loading the index (report + search), fresh process, after GC (+ ${ext.median.toFixed(1)} MB external/buffers)`,
      value: delta.median,
      unit: 'MB',
      baselineName: 'whole heap',
      baseline: abs.median,
      target: '< 30 MB',
      pass: delta.median < 30,
    },
  ];
}
