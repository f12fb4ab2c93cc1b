// Checks the build runs (scripts/build.mjs): src/core imports no Node module, no `vscode` and
// nothing from the faces or src/build; the web extension's bundle resolves no Node module (an
// esbuild plugin that fails the build); no run-time bundle includes build-only code from src/build/
// (read off each bundle's metafile).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** True for `node:x`, a Node builtin (`fs`, `fs/promises`) or `vscode`. */
export function isForbidden(spec) {
  return spec === 'vscode' || spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]);
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ts|mts|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

// import … from 'x' / export … from 'x' / import 'x' / import('x') / require('x'); type-only imports are erased and allowed.
const SPEC = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The folders beside src/core that it must not reach into: the faces, Node I/O, build-only code. */
export const OUTSIDE_CORE = ['build', 'cli', 'node', 'vscode'];

/** True when the relative import `spec` in `file` resolves into one of `dirs`. */
function reachesInto(file, spec, dirs) {
  if (!spec.startsWith('.')) return false;
  const target = path.resolve(path.dirname(file), spec);
  return dirs.some((d) => target === d || target.startsWith(d + path.sep));
}

/**
 * Every forbidden import under `dir`, as "file:line: 'spec'": a Node module (`node:x` or a bare
 * builtin), `vscode`, or a relative import into a sibling folder named in `outside` (by default
 * src/build, src/cli, src/node, src/vscode beside src/core).
 */
export function checkCoreImports(dir, root = path.resolve(dir, '..', '..'), outside = OUTSIDE_CORE) {
  const problems = [];
  const outsideDirs = outside.map((name) => path.resolve(dir, '..', name));
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPEC)) {
      if (m[2]) continue; // import type … from
      const spec = m[3] ?? m[4] ?? m[5];
      if (spec && (isForbidden(spec) || reachesInto(file, spec, outsideDirs))) {
        const line = text.slice(0, m.index + m[0].length).split('\n').length; // the line of the module name
        problems.push(`${path.relative(root, file)}:${line}: '${spec}'`);
      }
    }
  }
  return problems;
}

/** esbuild plugin: any Node module (or node: import) reached from the entry fails the build, naming who imported it. */
export function noNodeModules(what) {
  return {
    name: 'no-node-modules',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.path === 'vscode' || !isForbidden(args.path)) return undefined;
        return {
          errors: [{ text: `${what} must not import the Node module '${args.path}' (imported by ${args.importer || '?'}); it runs in a web worker` }],
        };
      });
    },
  };
}

/**
 * Every module under `dir` (default src/build, relative to the build's working directory, as esbuild's
 * metafile names inputs) that a bundle includes, as a message naming the module and who imports it.
 * Build-only code (the report parser) runs once, at build time; a run-time bundle that reaches it
 * carries dead weight and a second copy of the parse.
 */
export function checkNoBuildModules(metafile, what, dir = 'src/build') {
  const prefix = `${dir.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
  const inputs = metafile?.inputs ?? {};
  const isBuildOnly = (file) => file.replace(/\\/g, '/').startsWith(prefix);
  const importers = new Map();
  for (const [file, info] of Object.entries(inputs)) {
    for (const imp of info.imports ?? []) {
      if (!importers.has(imp.path)) importers.set(imp.path, []);
      importers.get(imp.path).push(file);
    }
  }
  return Object.keys(inputs)
    .filter(isBuildOnly)
    .sort()
    .map((file) => `${what} includes the build-only module ${file} (imported by ${(importers.get(file) ?? ['?']).join(', ')})`);
}
