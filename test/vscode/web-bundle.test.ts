/**
 * The web extension (dist/web/extension.cjs, the package's `browser` entry) loaded the way a web
 * worker extension host loads it: a fresh JavaScript realm with only web globals (no `require`,
 * `process`, `Buffer`, `global`, `__dirname`), a CommonJS wrapper whose `require` answers `vscode`
 * alone, and a stand-in `vscode` whose `workspace.fs` is the only way to the extension's files.
 * Then a writer's features through it: a citation hover, completion after `[@`, lint diagnostics of
 * an open plan, the host reported as "web", and export saying plainly it needs desktop VS Code.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { fakeVscode, textDocument, Position, Uri, cancelled, logged, type Registry } from './fake-vscode.js';

const bundlePath = fileURLToPath(new URL('../../dist/web/extension.cjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const built = existsSync(bundlePath) && existsSync(new URL('../../resources/index/ks2021.report.json', import.meta.url));
const skip = built ? false : 'dist/web/extension.cjs or the index is not built (run `npm run build`)';

let registry: Registry;
let sandbox: vm.Context;
const required: string[] = [];
const PLAN = textDocument('# Smittevern\n\nKommunen har et lager [@ks2021, lp. 3.5.1] og et kriseråd [@ks2021, lp. 99.1].\n', 'file:/ws/web-plan.md');

before(() => {
  if (!built) return;
  const fake = fakeVscode();
  registry = fake.registry;
  (fake.vscode.workspace as { textDocuments: unknown[] }).textDocuments.push(PLAN);
  // Web globals only: what a browser's web worker has and the bundle may use.
  // A worker's console has the logging methods but not Node's `Console` class (a library that sees
  // `console.Console` reaches for process.stderr).
  const webConsole = Object.fromEntries(
    (['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'time', 'timeEnd', 'group', 'groupEnd'] as const).map((k) => [k, console[k].bind(console)]),
  );
  sandbox = vm.createContext({
    console: webConsole,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    crypto: globalThis.crypto,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    structuredClone,
    atob,
    btoa,
    performance,
    AbortController,
    AbortSignal,
    Event,
    EventTarget,
    navigator: { userAgent: 'Mozilla/5.0 (web worker test)', language: 'nb-NO' },
  });
  vm.runInContext('globalThis.self = globalThis;', sandbox);
  const source = readFileSync(bundlePath, 'utf8');
  const wrapper = vm.runInContext(`(function (module, exports, require) {${source}\n})`, sandbox, { filename: bundlePath });
  const mod = { exports: {} as Record<string, Function> };
  wrapper(mod, mod.exports, (name: string) => {
    required.push(name);
    if (name === 'vscode') return fake.vscode;
    throw new Error(`the web extension asked for '${name}': a web worker has no such module`);
  });
  mod.exports.activate({
    subscriptions: [],
    extensionUri: Uri.file(root),
    extension: { packageJSON: { version: '9.9.9' } },
    globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
    workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
  });
});

test('the web realm really has no Node: no require, process, Buffer or global', { skip }, () => {
  for (const name of ['require', 'process', 'Buffer', 'global', '__dirname', 'module']) {
    assert.equal(vm.runInContext(`typeof ${name}`, sandbox), 'undefined', name);
  }
  assert.deepEqual([...new Set(required)], ['vscode'], 'the bundle requires vscode and nothing else');
});

test('the manifest points the browser entry at this CommonJS bundle (a web worker host cannot load ES modules)', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.browser, './dist/web/extension.cjs');
  // VS Code's rule: ".mjs", or "type": "module" without ".cjs", is loaded as an ES module, which
  // the web worker host refuses ("ESM modules are not supported in the web worker extension host").
  const esm = pkg.browser.endsWith('.mjs') || (pkg.type === 'module' && !pkg.browser.endsWith('.cjs'));
  assert.equal(esm, false);
});

test('the bundle names no Node module at all', { skip }, () => {
  const source = readFileSync(bundlePath, 'utf8');
  const specs = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(specs)], ['vscode']);
  assert.doesNotMatch(source, /["']node:[a-z_/]+["']/);
});

test('hover on a citation answers from the index read through workspace.fs', { skip }, async () => {
  const provider = registry.hover[0] as { provideHover: Function };
  const hover = await provider.provideHover(PLAN, new Position(2, 35), cancelled);
  assert.ok(hover, `a hover (log: ${logged.join(' | ')})`);
  assert.match(hover.contents.value, /utstyrsberedskap/);
  assert.ok(registry.reads.some((p) => p === `${root}/resources/index/ks2021.report.json`), registry.reads.join(', '));
});

test('completion after [@ offers canonical citations', { skip }, async () => {
  const text = '# Smittevernutstyr\n\nLager av smittevernutstyr [@';
  const doc = textDocument(text, 'file:/ws/web-completion.md');
  const { provider } = registry.completion.find((c) => c.triggers.includes('@'))! as { provider: { provideCompletionItems: Function } };
  const list = await provider.provideCompletionItems(doc, doc.positionAt(text.length), cancelled, { triggerKind: 1, triggerCharacter: '@' });
  assert.ok(list.items.length > 10);
  assert.ok(list.items.slice(0, 5).some((i: { insertText: string }) => i.insertText === '[@ks2021, lp. 3.5.1]'));
});

test('learning-point snippets after the `lp:` prefix', { skip }, async () => {
  const text = '# Utstyr\n\nlp: smittevernutstyr';
  const doc = textDocument(text, 'file:/ws/web-snippets.md');
  const lists = await Promise.all(
    registry.completion.map(({ provider }) =>
      (provider as { provideCompletionItems: Function }).provideCompletionItems(doc, doc.positionAt(text.length), cancelled, { triggerKind: 0 }),
    ),
  );
  const snippets = lists.flatMap((l) => l?.items ?? []).filter((i: { kind?: number }) => i.kind === 14);
  assert.ok(snippets.length > 0, 'snippet items');
  assert.ok(snippets.some((i: { insertText: { value: string } }) => i.insertText.value.includes('[@ks2021, lp. 3.5.1]')), 'the equipment learning point expands to its citation');
});

test('the open plan is linted: the unknown locator is a diagnostic', { skip }, async () => {
  let diags: { message: string; code?: { value: string; target: Uri } }[] | undefined;
  for (let i = 0; i < 200 && !diags?.length; i++) {
    await new Promise((r) => setTimeout(r, 25));
    diags = registry.diagnostics.get('evidensplan')?.get(PLAN.uri.toString()) as typeof diags;
  }
  assert.ok(diags?.length, `diagnostics for the open plan (log: ${logged.join(' | ')})`);
  const unknown = diags.find((d) => d.code?.value === 'unknown-locator');
  assert.ok(unknown, JSON.stringify(diags.map((d) => d.code)));
  assert.match(unknown.message, /lp\. 99\.1/);
  // The rule page is the copy inside the extension, by URI (no file-system check on the web).
  assert.equal(unknown.code!.target.path, `${root}/docs/rules/unknown-locator.md`);
});

test('the extension reports the web host, and export says in one line that it needs desktop VS Code', { skip }, async () => {
  const host = await registry.commands.get('evidensplan.showHostInfo')!();
  assert.equal(host, 'web');
  assert.match(registry.shown.at(-1)!, /Evidensplan 9\.9\.9 kjører i nettleserens utvidelsesvert \(web\)/);
  const result = (await registry.commands.get('evidensplan.exportPlan')!()) as { ok: boolean; reason: string; message: string };
  assert.equal(result.ok, false);
  assert.equal(result.reason, 'not-on-the-web');
  assert.match(result.message, /krever pandoc .* bare i VS Code på skrivebordet/);
  assert.equal(result.message.split('\n').length, 1);
});
