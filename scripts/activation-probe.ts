/**
 * How long the extension takes from loading to its first answers, through the real bundle:
 *   node --import tsx scripts/activation-probe.ts [--runs N] [--bundle dist/extension.cjs] [--mode both|hover|diagnostics] [--verbose] [PLAN.md]
 * Each run is a fresh plain Node process (no tsx in it) that loads the bundle with the stand-in
 * `vscode` module of the extension's tests (test/vscode/fake-vscode.ts, bundled to CommonJS for the
 * run), with PLAN.md (default: examples/overordnet-beredskapsplan.md) open as a Markdown document, and
 * times from `require` of the bundle (cold: every module body the bundle evaluates at load counts)
 * through `activate` to (a) the first hover on the plan's first citation, asked right after
 * activation as a user pointing at a citation would, and (b) the first diagnostics the extension
 * sets for the plan. Both run as they do in the editor: the lint starts on its own and the hover is
 * answered beside it (--mode both, the default); --mode hover asks the hover with the plan not open
 * as a document (no lint: the hover's own path), --mode diagnostics asks no hover. Prints the medians of wall and CPU time (CPU time is the steadier figure on a
 * busy machine), and every run with --verbose. VS Code's own start is not in the numbers; the bench
 * (bench/) has its own probe for the release figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Run {
  require: number;
  activate: number;
  hover: number;
  diagnostics: number;
  /** CPU time (user + system) of the process from require to each point: steadier than wall time on a busy machine. */
  cpuRequire: number;
  cpuHover: number;
  cpuDiagnostics: number;
  hoverFound: boolean;
  diagnosticsCount: number;
}

/**
 * The child: plain Node (no tsx, whose hooks and source maps would be in the numbers) with the
 * stand-in vscode module bundled to CommonJS. Receives the plan, the bundle and the stand-in's path.
 */
const CHILD = String.raw`
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const [fakePath, bundle, file, root, mode] = process.argv.slice(2);
const { fakeVscode, textDocument } = require(fakePath);
const text = readFileSync(file, 'utf8');
const doc = textDocument(text, 'file:/ws/plan.md');
const fake = fakeVscode();
const vscode = fake.vscode;
// 'hover': the plan is not open as a document, so no lint runs (the hover's own path alone).
if (mode !== 'hover') vscode.workspace.textDocuments.push(doc);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const diagnostics = mode === 'hover' ? Promise.resolve({ count: 0, at: NaN, cpu: NaN }) : new Promise((resolve) => {
  vscode.languages.createDiagnosticCollection = () => ({
    set(uri, diags) { if (String(uri) === String(doc.uri)) resolve({ count: diags ? diags.length : 0, at: performance.now(), cpu: cpu() }); },
    delete() {}, clear() {}, dispose() {},
  });
});
const orig = Module._load;
Module._load = function (req, parent, isMain) { return req === 'vscode' ? fake.vscode : orig.call(this, req, parent, isMain); };
const c0 = cpu();
const t0 = performance.now();
const ext = require(bundle);
const tRequired = performance.now();
const cRequired = cpu();
ext.activate({
  subscriptions: [],
  extensionPath: root,
  extensionUri: { scheme: 'file', path: root, toString: () => 'file:' + root },
  globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
});
const tActivated = performance.now();
const at = text.indexOf('[@');
const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
// 'diagnostics': no hover is asked (the diagnostics' own path alone).
const hover = mode === 'diagnostics' ? Promise.resolve({ found: false, at: NaN, cpu: NaN }) : fake.registry.hover[0].provideHover(doc, doc.positionAt(at + 3), token).then((h) => ({ found: Boolean(h), at: performance.now(), cpu: cpu() }));
const timeout = setTimeout(() => { process.stderr.write('no diagnostics within 60 s\n'); process.exit(1); }, 60000);
Promise.all([hover, diagnostics]).then(([h, d]) => {
  clearTimeout(timeout);
  process.stdout.write(JSON.stringify({
    require: tRequired - t0, activate: tActivated - tRequired, hover: h.at - t0, diagnostics: d.at - t0,
    cpuRequire: cRequired - c0, cpuHover: h.cpu - c0, cpuDiagnostics: d.cpu - c0,
    hoverFound: h.found, diagnosticsCount: d.count,
  }));
  process.exit(0);
});
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const bundle = path.resolve(root, flag('--bundle') ?? 'dist/extension.cjs');
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-probe-'));
  const fakePath = path.join(dir, 'fake-vscode.cjs');
  const childPath = path.join(dir, 'child.cjs');
  await build({ entryPoints: [path.join(root, 'test', 'vscode', 'fake-vscode.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: fakePath, logLevel: 'warning' });
  writeFileSync(childPath, CHILD);
  const runs = Number(flag('--runs') ?? 7);
  const mode = flag('--mode') ?? 'both';
  if (!['both', 'hover', 'diagnostics'].includes(mode)) throw new Error(`--mode is both, hover or diagnostics, not ${mode}`);
  const verbose = args.includes('--verbose');
  const file = path.resolve(args.filter((a) => a !== '--verbose')[0] ?? path.join(root, 'examples', 'overordnet-beredskapsplan.md'));
  const out: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [childPath, fakePath, bundle, file, root, mode], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`probe run failed: ${r.stderr}`);
    const run = JSON.parse(r.stdout) as Run;
    if (verbose) console.log(JSON.stringify(run));
    out.push(run);
  }
  const m = (k: keyof Run) => median(out.map((r) => r[k] as number)).toFixed(0);
  const lines = [`  require (compile + module bodies at load) ${m('require')} ms (CPU ${m('cpuRequire')} ms) · activate ${m('activate')} ms`];
  if (mode !== 'diagnostics') lines.push(`  require → first hover ${m('hover')} ms (CPU ${m('cpuHover')} ms; hover found: ${out.every((r) => r.hoverFound)})`);
  if (mode !== 'hover') lines.push(`  require → first diagnostics ${m('diagnostics')} ms (CPU ${m('cpuDiagnostics')} ms; ${out[0].diagnosticsCount} diagnostics)`);
  console.log(`${path.relative(root, file)} · ${path.relative(root, bundle)} · ${mode} · median of ${runs} fresh processes`);
  rmSync(dir, { recursive: true, force: true });
  for (const l of lines) console.log(l);
}

await main();
