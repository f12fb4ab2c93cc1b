/**
 * Fresh-process measures, each in a new `node` running an esbuild bundle (bundled
 * the way dist/extension.cjs is: CJS, node20, everything but `vscode` inlined):
 *
 * - activation to first diagnostics, measured in-process: from the first line of
 *   the bundle (cold module load) to the lint messages of the example plan, doing
 *   what the extension does for the first Markdown document (load report index
 *   and search, analyse the plan, lint it). VS Code's own start is not included;
 *   target < 100 ms. Also through the real bundle: dist/extension.cjs loaded
 *   with the stand-in `vscode` of the extension's tests (bench/activation-probe.ts),
 *   from `require` to the first diagnostics set for the plan. Not measured through
 *   the code-server harness (a browser and a server whose start-up dwarfs the
 *   extension's share, and no hook to see when diagnostics arrive).
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
import { summarize, type BenchRow } from './lib.js';
import { generatePlan, SIZES } from './gen.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const ACTIVATION_ENTRY = `
import { readFileSync } from 'node:fs';
import { loadReportIndex } from ${JSON.stringify(path.join(root, 'src/node/resources.ts'))};
import { loadSearch } from ${JSON.stringify(path.join(root, 'src/node/search.ts'))};
import { analyzePlan } from ${JSON.stringify(path.join(root, 'src/core/plan/index.ts'))};
import { lintText } from ${JSON.stringify(path.join(root, 'src/core/lint/index.ts'))};
declare const __t0: number;
async function main() {
  const [root, file] = process.argv.slice(2);
  const tLoaded = performance.now();
  const [report, search] = await Promise.all([loadReportIndex(root), loadSearch(root)]);
  const tIndex = performance.now();
  const text = readFileSync(file, 'utf8');
  const plan = analyzePlan(text);
  const messages = lintText(text, { report, search, plan });
  const tEnd = performance.now();
  process.stdout.write(JSON.stringify({
    total: tEnd - __t0, modules: tLoaded - __t0, index: tIndex - tLoaded, lint: tEnd - tIndex,
    processStart: tEnd, messages: messages.length,
  }));
}
main();
`;

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
    banner: { js: 'const __t0 = performance.now();' },
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
  const ex = path.join(root, 'examples');
  const md = existsSync(ex) ? readdirSync(ex).filter((f) => f.endsWith('.md')).sort() : [];
  const pick = md.find((f) => /overordnet/.test(f)) ?? md[0];
  if (pick) return { file: path.join(ex, pick), label: `examples/${pick}` };
  const file = path.join(dir, 'generated-20KB.md');
  writeFileSync(file, generatePlan({ bytes: 20 * 1024, seed: 9 }));
  return { file, label: 'generated 20 KB plan' };
}

export default async function processBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-bench-'));
  try {
    const rows: BenchRow[] = [];
    const activation = await bundle(dir, 'activation', ACTIVATION_ENTRY);
    const { file, label } = examplePlan(dir);
    const runs = Array.from({ length: 7 }, () => runJson([activation, root, file]));
    const total = summarize(runs.map((r) => r.total));
    const part = (k: string) => summarize(runs.map((r) => r[k])).median;
    rows.push({
      name: `activation → first diagnostics, in-process cold bundle (${label}; modules ${part('modules').toFixed(0)} + index ${part('index').toFixed(0)} + analyse/lint ${part('lint').toFixed(0)} ms)`,
      value: total.median,
      p95: total.p95,
      unit: 'ms',
      baselineName: 'node start → same point',
      baseline: part('processStart'),
      target: '< 100 ms',
      pass: total.median < 100,
    });

    // The real bundle (dist/extension.cjs, built by `npm run bench`) with the stand-in vscode module.
    const probe = Array.from({ length: 5 }, () => runJson(['--import', 'tsx', path.join(root, 'bench', 'activation-probe.ts'), file]));
    const pt = summarize(probe.map((r) => r.total));
    const pp = (k: string) => summarize(probe.map((r) => r[k])).median.toFixed(0);
    rows.push({
      name: `activation → first diagnostics, dist/extension.cjs with a stand-in vscode (${label}; require ${pp('require')} + activate ${pp('activate')} + to diagnostics ${pp('firstDiagnostics')} ms)`,
      value: pt.median,
      p95: pt.p95,
      unit: 'ms',
      target: '< 100 ms',
      pass: pt.median < 100,
    });

    const memory = await bundle(dir, 'memory', MEMORY_ENTRY);
    const mem = Array.from({ length: 3 }, () => runJson(['--expose-gc', memory, root]));
    const delta = summarize(mem.map((m) => (m.after - m.before) / 2 ** 20));
    const abs = summarize(mem.map((m) => m.after / 2 ** 20));
    const ext = summarize(mem.map((m) => m.external / 2 ** 20));
    rows.push({
      name: `heap after loading the index (report + search), fresh process, after GC (+ ${ext.median.toFixed(1)} MB external/buffers)`,
      value: delta.median,
      unit: 'MB',
      baselineName: 'whole heap',
      baseline: abs.median,
      target: '< 30 MB',
      pass: delta.median < 30,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
