/**
 * Loads one extension module the way the extension ships it: bundled by esbuild
 * into CommonJS with `vscode` left external, and `require('vscode')` answered by
 * a stand-in (a fake VS Code API object).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Module, { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles `entry` (a path relative to the project root) and loads it with `fakeVscode` as its `vscode`. */
export async function loadBundled<T>(entry: string, fakeVscode: unknown): Promise<T> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'evidensplan-bundle-')), `${path.basename(entry, '.ts')}.cjs`);
  await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    mainFields: ['module', 'main'],
    outfile: out,
    logLevel: 'error',
  });
  const M = Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown };
  const orig = M._load;
  M._load = function (req, parent, isMain) {
    if (req === 'vscode') return fakeVscode;
    return orig.call(this, req, parent, isMain);
  };
  return createRequire(import.meta.url)(out) as T;
}

/**
 * Loads the built extension (dist/extension.cjs or the web bundle) with `fakeVscode` as its
 * `vscode` and activates it with a minimal extension context rooted at `root`.
 */
export function activateBuiltExtension(bundle: string, fakeVscode: unknown, root: string, uri: (p: string) => unknown): { activate(ctx: unknown): unknown } {
  const M = Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown };
  const orig = M._load;
  M._load = function (req, parent, isMain) {
    return req === 'vscode' ? fakeVscode : orig.call(this, req, parent, isMain);
  };
  const ext = createRequire(import.meta.url)(bundle) as { activate(ctx: unknown): unknown };
  ext.activate({
    subscriptions: [],
    extensionPath: root,
    extensionUri: uri(root),
    globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
    workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
  });
  return ext;
}
