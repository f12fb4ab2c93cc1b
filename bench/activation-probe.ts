/**
 * One activation of the real extension bundle in a fresh Node process, as the
 * extension host does it, with a stand-in `vscode` module (the one of the
 * extension's tests, test/vscode/fake-vscode.ts) and PLAN.md open as the
 * visible Markdown document:
 *
 *   1. `require` of dist/extension.cjs (cold: nothing of it loaded before);
 *   2. `activate(context)`;
 *   3. right after activation, a hover request on the middle of the plan's
 *      first citation (what the user gets when the mouse rests on it), timed
 *      until the provider answers with a hover;
 *   4. the first diagnostics the extension publishes for the plan.
 *
 * Times are from just before the `require` (VS Code's own start and its
 * extension host's are not in them). Prints one JSON line:
 * `{ require, activate, hover, diagnostics, count, sinceProcessStart }` (ms).
 *
 * process.bench.ts bundles this file with esbuild and runs it with plain
 * `node` (no TypeScript loader in the measured process):
 *   node probe.mjs ROOT PLAN.md
 * By hand: node --import tsx bench/activation-probe.ts . examples/pandemiplan.md
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fakeVscode, textDocument, Uri, Position } from '../test/vscode/fake-vscode.js';

const [rootArg, fileArg] = process.argv.slice(2);
if (!rootArg || !fileArg) {
  process.stderr.write('usage: activation-probe ROOT PLAN.md\n');
  process.exit(2);
}
const root = path.resolve(rootArg);
const file = path.resolve(fileArg);
const bundle = path.join(root, 'dist', 'extension.cjs');
const text = readFileSync(file, 'utf8');
const doc = textDocument(text, `file:${file}`);

// The first citation's locator: `[@key, locator]`, the hover is asked in its middle.
const cite = /\[@[^\]\n]*\]/.exec(text);
if (!cite) {
  process.stderr.write(`${fileArg}: no citation to hover on\n`);
  process.exit(2);
}
const hoverAt = doc.positionAt(cite.index + Math.floor(cite[0].length / 2)) as Position;

const fake = fakeVscode();
const vscode = fake.vscode as {
  workspace: { textDocuments: unknown[] };
  window: { activeTextEditor?: unknown; visibleTextEditors: unknown[] };
  languages: Record<string, unknown>;
};
vscode.workspace.textDocuments.push(doc);
const editor = { document: doc, selection: { active: hoverAt, anchor: hoverAt }, visibleRanges: [] };
vscode.window.activeTextEditor = editor;
vscode.window.visibleTextEditors.push(editor);

let t0 = 0;
const firstDiagnostics = new Promise<{ count: number; at: number }>((resolve) => {
  const make = fake.vscode.languages as { createDiagnosticCollection: (name?: string) => { set: (u: unknown, d: unknown[]) => void } };
  const original = make.createDiagnosticCollection;
  vscode.languages.createDiagnosticCollection = (name?: string) => {
    const c = original(name);
    return {
      ...c,
      set(uri: unknown, diags: unknown[] | undefined) {
        if (String(uri) === String(doc.uri)) resolve({ count: diags?.length ?? 0, at: performance.now() });
        c.set(uri, diags ?? []);
      },
    };
  };
});

const M = Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown };
const load = M._load;
M._load = function (req, parent, isMain) {
  if (req === 'vscode') return fake.vscode;
  return load.call(this, req, parent, isMain);
};

const timeout = setTimeout(() => {
  process.stderr.write('no hover and diagnostics within 60 s\n');
  process.exit(1);
}, 60_000);

const require = createRequire(bundle);
t0 = performance.now();
const ext = require(bundle) as { activate(ctx: unknown): unknown };
const tRequired = performance.now();
await ext.activate({
  subscriptions: [],
  extensionPath: root,
  extensionUri: Uri.file(root),
  globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
  workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
});
const tActivated = performance.now();

// The hover, asked of every registered provider as VS Code does; the first real answer counts.
const hasText = (a: unknown): boolean => {
  const contents = (a as { contents?: unknown } | undefined)?.contents;
  const parts = Array.isArray(contents) ? contents : [contents];
  return parts.some((c) => String((c as { value?: string } | undefined)?.value ?? c ?? '').trim().length > 0);
};
type HoverProvider = { provideHover(d: unknown, p: unknown, t: unknown): unknown };
const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
const hovered = Promise.all(
  (fake.registry.hover as HoverProvider[]).map((p) => Promise.resolve(p.provideHover(doc, hoverAt, token)).catch(() => undefined)),
).then((answers) => ({ at: performance.now(), ok: answers.some(hasText) }));

const [hover, diags] = await Promise.all([hovered, firstDiagnostics]);
clearTimeout(timeout);
if (!hover.ok) {
  process.stderr.write(`${fileArg}: the hover on ${cite[0]} gave nothing\n`);
  process.exit(1);
}
process.stdout.write(
  JSON.stringify({
    require: tRequired - t0,
    activate: tActivated - tRequired,
    hover: hover.at - t0,
    diagnostics: diags.at - t0,
    count: diags.count,
    sinceProcessStart: Math.max(hover.at, diags.at),
  }) + '\n',
);
process.exit(0);
