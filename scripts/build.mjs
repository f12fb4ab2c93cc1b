#!/usr/bin/env node
// Build: (1) parse the report into the index in resources/index/ (once, at build
// time; nothing re-parses the report at run time), (2) bundle the CLI and the
// VS Code extension with esbuild.
import { build } from 'esbuild';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { checkCoreImports, checkNoBuildModules, noNodeModules } from './build-checks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
mkdirSync('dist', { recursive: true });

// 1. The index: the report model, then the full-text index over it; and the config's JSON schema,
// generated from its zod definition (resources/schema/evidensplan.schema.json).
for (const step of ['scripts/build-index.ts', 'scripts/build-search.ts', 'scripts/build-config-schema.ts']) {
  if (!existsSync(step)) continue;
  const r = spawnSync(process.execPath, ['--import', 'tsx', step], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// 2. src/core is the library every face shares, the web extension included: it may import neither
// a Node module nor vscode, nor reach into a face (src/cli, src/vscode), Node I/O (src/node) or
// build-only code (src/build).
const coreProblems = checkCoreImports(path.join(root, 'src', 'core'));
if (coreProblems.length) {
  console.error(`evidensplan: src/core must not import Node modules, vscode, or src/{build,cli,node,vscode}:\n  ${coreProblems.join('\n  ')}`);
  process.exit(1);
}

// 3. The bundles. No bundle carries an HTTP client: the bibliography library's URL readers are
// replaced by a stub that refuses (the product never reaches the network at run time).
const noFetch = {
  name: 'no-fetch',
  setup(b) {
    b.onResolve({ filter: /^(sync-fetch|fetch-ponyfill)$/ }, () => ({ path: path.join(root, 'scripts', 'stubs', 'no-fetch.cjs') }));
  },
};
const common = {
  plugins: [noFetch],
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // Prefer ES module builds: some packages (jsonc-parser) ship a UMD `main`
  // whose dynamic require() calls a bundler cannot follow.
  mainFields: ['module', 'main'],
};
// Every bundle below runs at run time: none may include build-only code (src/build/, the report
// parser), which only scripts/build-index.ts uses. Read off each bundle's metafile.
const buildProblems = [];
async function bundle(what, options) {
  const result = await build({ ...options, metafile: true });
  const problems = checkNoBuildModules(result.metafile, what);
  // A bundle that fails the check is not left behind for a test or a package to pick up.
  if (problems.length) for (const out of Object.keys(result.metafile.outputs)) rmSync(out, { force: true });
  buildProblems.push(...problems);
  return result;
}
await bundle('the CLI (src/cli/main.ts)', {
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.mjs',
  format: 'esm',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// The remark preset, for remark-cli and remark-language-server users.
await bundle('the remark preset (src/node/remark-preset.ts)', {
  ...common,
  entryPoints: ['src/node/remark-preset.ts'],
  outfile: 'dist/remark-preset.mjs',
  format: 'esm',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// The extension: one bundle per extension host. Node (desktop VS Code, code-server's remote host):
await bundle('the extension (src/vscode/node/main.ts)', {
  ...common,
  entryPoints: ['src/vscode/node/main.ts'],
  outfile: 'dist/extension.cjs',
  format: 'cjs',
  external: ['vscode'],
  minify: process.env.EVIDENSPLAN_MINIFY === '1',
});
// The web worker host (vscode.dev, github.dev, code-server's web host): platform browser, and the
// build fails when anything in it imports a Node module.
await bundle('the web extension (src/vscode/web/extension.ts)', {
  ...common,
  entryPoints: ['src/vscode/web/extension.ts'],
  outfile: 'dist/web/extension.cjs',
  format: 'cjs',
  platform: 'browser',
  // A web worker has no DOM: packages with a `worker` build (decode-named-character-reference, used
  // by the Markdown parser, has a `browser` build that calls document.createElement) must pick it.
  conditions: ['worker'],
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  external: ['vscode'],
  minify: process.env.EVIDENSPLAN_MINIFY === '1',
  plugins: [noFetch, noNodeModules('the web extension (src/vscode/web/extension.ts)')],
  define: { 'process.env.NODE_ENV': '"production"' },
});
if (buildProblems.length) {
  console.error(`evidensplan: run-time bundles must not include build-only code (src/build/):\n  ${buildProblems.join('\n  ')}`);
  process.exit(1);
}
console.log('evidensplan: build done');
