/**
 * Run in a fresh process by process.bench.ts:
 *   node --import tsx bench/activation-probe.ts PLAN.md
 * Loads the real bundle (dist/extension.cjs) with the stand-in `vscode` module of
 * the extension's tests (test/vscode/fake-vscode.ts), with PLAN.md open as a
 * Markdown document, and times from `require` of the bundle (cold) through
 * `activate` to the first diagnostics the extension sets for the plan. Prints JSON.
 * VS Code's own start (and its extension host) are not in the number.
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeVscode, textDocument } from '../test/vscode/fake-vscode.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'extension.cjs');
const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const doc = textDocument(text, 'file:/ws/plan.md');

const fake = fakeVscode();
const vscode = fake.vscode as { workspace: { textDocuments: unknown[] }; languages: Record<string, unknown> };
vscode.workspace.textDocuments.push(doc);
let t0 = 0;
let tActivated = 0;
const done = new Promise<{ count: number; at: number }>((resolve) => {
  vscode.languages.createDiagnosticCollection = () => ({
    set(uri: unknown, diags: unknown[] | undefined) {
      if (String(uri) === String(doc.uri)) resolve({ count: diags?.length ?? 0, at: performance.now() });
    },
    delete() {},
    clear() {},
    dispose() {},
  });
});
const M = Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown };
const orig = M._load;
M._load = function (req, parent, isMain) {
  if (req === 'vscode') return fake.vscode;
  return orig.call(this, req, parent, isMain);
};

const require = createRequire(import.meta.url);
t0 = performance.now();
const ext = require(bundle) as { activate(ctx: unknown): unknown };
const tRequired = performance.now();
ext.activate({
  subscriptions: [],
  extensionPath: root,
  extensionUri: { scheme: 'file', path: root, toString: () => `file:${root}` },
  globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
});
tActivated = performance.now();
const timeout = setTimeout(() => {
  process.stderr.write('no diagnostics within 60 s\n');
  process.exit(1);
}, 60_000);
const { count, at } = await done;
clearTimeout(timeout);
process.stdout.write(
  JSON.stringify({ total: at - t0, require: tRequired - t0, activate: tActivated - tRequired, firstDiagnostics: at - tActivated, count }),
);
process.exit(0);
