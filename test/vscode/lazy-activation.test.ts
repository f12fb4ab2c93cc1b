/**
 * What the bundled extension evaluates, and when (src/vscode/lazy.ts). The bundle (dist/extension.cjs,
 * and the web worker's dist/web/extension.cjs) is loaded with esbuild's module-initialisation helpers
 * instrumented to record every module whose body runs. Activation runs none of the lazy groups:
 * not the lint engine, the rules, the config parser, the search (minisearch, the stemmers), the
 * bibliography library (citation-js) or the exporter. A citation hover then loads the report index
 * and still no lint engine and no config; the first diagnostics load the engine. Skips (with the
 * reason) when the bundles have not been built.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fakeVscode, textDocument, Position, Uri, cancelled, logged, type Registry } from './fake-vscode.js';

const nodeBundle = fileURLToPath(new URL('../../dist/extension.cjs', import.meta.url));
const webBundle = fileURLToPath(new URL('../../dist/web/extension.cjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const built = existsSync(nodeBundle) && existsSync(webBundle) && existsSync(new URL('../../resources/index/ks2021.report.json', import.meta.url));
const skip = built ? false : 'dist/*.cjs or the index is not built (run `npm run build`)';

/** Module paths (as esbuild names them) whose bodies must not run at activation. */
const LAZY = [
  'src/core/lint/engine.ts',
  'src/core/lint/rules/index.ts',
  'src/vscode/config.ts',
  'src/core/index-files.ts',
  'src/core/search/index.ts',
  'node_modules/minisearch/',
  'node_modules/snowball-stemmers/',
  'node_modules/@citation-js/core/',
  'node_modules/jsonc-parser/',
  'node_modules/zod/',
  'src/core/export/index.ts',
];

/**
 * The bundle's source with esbuild's `__esm` (ES module) and `__commonJS` helpers recording the key
 * of each module whose body runs. Fails loudly when esbuild's helpers look different.
 */
function instrumented(path: string, sink = '__evaluated'): string {
  const src = readFileSync(path, 'utf8');
  const esm = 'return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;';
  const cjs = 'return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;';
  assert.ok(src.includes(esm) && src.includes(cjs), `esbuild's module helpers changed in ${path}: update this test`);
  return src
    .replace(esm, `if (fn) globalThis.${sink}.push(__getOwnPropNames(fn)[0]);\n    ` + esm)
    .replace(cjs, `if (!mod) globalThis.${sink}.push(__getOwnPropNames(cb)[0]);\n    ` + cjs);
}

/** Loads the instrumented node bundle with `vscodeModule` as its `vscode` and activates it. */
function activateInstrumented(vscodeModule: unknown, sink = '__evaluated'): void {
  const require = createRequire(nodeBundle);
  const fn = vm.runInThisContext((Module as unknown as { wrap(s: string): string }).wrap(instrumented(nodeBundle, sink)), { filename: nodeBundle }) as Function;
  const mod = { exports: {} as { activate(ctx: unknown): unknown } };
  fn(mod.exports, (id: string) => (id === 'vscode' ? vscodeModule : require(id)), mod, nodeBundle, root);
  mod.exports.activate({
    subscriptions: [],
    extensionPath: root,
    extensionUri: Uri.file(root),
    globalStorageUri: Uri.file(`${root}/.tmp-storage`),
    globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
    workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
  });
}

const evaluated: string[] = [];
const lazyLoaded = () => LAZY.filter((m) => evaluated.some((e) => e.includes(m)));
let registry: Registry;
const openListeners: ((d: unknown) => void)[] = [];
let diagnosticsSet: Promise<void>;
let afterActivation: string[] = [];

before(() => {
  if (!built) return;
  (globalThis as { __evaluated?: string[] }).__evaluated = evaluated;
  const fake = fakeVscode();
  registry = fake.registry;
  const workspace = fake.vscode.workspace as Record<string, unknown>;
  workspace.onDidOpenTextDocument = (l: (d: unknown) => void) => (openListeners.push(l), { dispose() {} });
  const languages = fake.vscode.languages as Record<string, unknown>;
  const create = languages.createDiagnosticCollection as (name: string) => { set: Function };
  diagnosticsSet = new Promise((resolve) => {
    languages.createDiagnosticCollection = (name: string) => {
      const c = create(name);
      return { ...c, set: (uri: unknown, d: unknown) => (c.set(uri, d), name === 'evidensplan' && resolve()) };
    };
  });
  activateInstrumented(fake.vscode);
  afterActivation = lazyLoaded();
});

test('the instrumented bundle records module bodies as they run (the plan model at load)', { skip }, () => {
  assert.ok(evaluated.some((e) => e.includes('src/core/plan/analyze.ts')), evaluated.slice(0, 20).join(', '));
});

test('activation evaluates none of the lazy groups', { skip }, () => {
  assert.deepEqual(afterActivation, []);
});

test('a citation hover loads the report index, and neither the search, the lint engine nor the config', { skip }, async () => {
  const doc = textDocument('# Utstyr\n\nVi trenger lager [@ks2021, lp. 3.5.1].\n', 'file:/ws/lazy-hover.md');
  const hover = (await (registry.hover[0] as { provideHover: Function }).provideHover(doc, new Position(2, 22), cancelled)) as { contents: { value: string } };
  assert.match(hover.contents.value, /utstyrsberedskap/);
  const loaded = lazyLoaded();
  assert.ok(loaded.includes('src/core/index-files.ts'), loaded.join(', '));
  for (const m of ['src/core/search/index.ts', 'node_modules/minisearch/', 'src/core/lint/engine.ts', 'src/core/lint/rules/index.ts', 'src/vscode/config.ts', 'node_modules/@citation-js/core/']) {
    assert.ok(!loaded.includes(m), `${m} loaded for a hover`);
  }
});

test('the first diagnostics load the lint engine', { skip }, async () => {
  assert.ok(openListeners.length, 'the diagnostics listen for opened documents');
  const doc = textDocument('# Plan\n\nEt kriseråd [@ks2021, lp. 99.1].\n', 'file:/ws/lazy-lint.md');
  for (const l of openListeners) l(doc);
  await diagnosticsSet;
  assert.ok(lazyLoaded().includes('src/core/lint/engine.ts'));
  const diags = registry.diagnostics.get('evidensplan')?.get('file:/ws/lazy-lint.md') ?? [];
  assert.ok(diags.some((d) => d.code && (d.code as { value: string }).value === 'unknown-locator'), logged.join('\n'));
});

test('with a plan open at activation, a hover asked at once answers before the first lint has loaded the engine', { skip }, async () => {
  const seen: string[] = [];
  (globalThis as { __evaluatedSecond?: string[] }).__evaluatedSecond = seen;
  const fake = fakeVscode();
  const plan = textDocument('# Utstyr\n\nVi trenger lager [@ks2021, lp. 3.5.1].\n', 'file:/ws/open-at-start.md');
  (fake.vscode.workspace as { textDocuments: unknown[] }).textDocuments.push(plan);
  const languages = fake.vscode.languages as Record<string, unknown>;
  const create = languages.createDiagnosticCollection as (name: string) => { set: Function };
  let linted = false;
  const diagnostics = new Promise<void>((resolve) => {
    languages.createDiagnosticCollection = (name: string) => {
      const c = create(name);
      return { ...c, set: (uri: unknown, d: unknown) => (c.set(uri, d), name === 'evidensplan' && ((linted = true), resolve())) };
    };
  });
  activateInstrumented(fake.vscode, '__evaluatedSecond');
  const hover = (await (fake.registry.hover[0] as { provideHover: Function }).provideHover(plan, new Position(2, 22), cancelled)) as { contents: { value: string } };
  assert.match(hover.contents.value, /utstyrsberedskap/);
  assert.equal(linted, false, 'no diagnostics yet');
  assert.ok(!seen.some((e) => e.includes('src/core/lint/engine.ts')), 'the engine was not evaluated before the hover answered');
  await diagnostics;
  assert.ok(seen.some((e) => e.includes('src/core/lint/engine.ts')));
});

test('the web bundle keeps the same groups lazy (one file, lazily initialised wrappers)', { skip }, () => {
  const src = readFileSync(webBundle, 'utf8');
  // Each group is a dynamic import turned into a wrapper whose init runs on first use.
  for (const group of ['lint', 'config', 'index_files', 'sources', 'bib', 'export']) {
    assert.match(src, new RegExp(`Promise\\.resolve\\(\\)\\.then\\(\\(\\) => \\(init_${group}\\d*\\(\\), ${group}_exports\\d*\\)\\)`), group);
  }
  // The engine's wrapper is initialised only from inside a lazy group, never at the top level.
  const topLevelInit = /^init_(engine|lint|config|index_files|search)\d*\(\);$/m;
  assert.doesNotMatch(src, topLevelInit);
});
