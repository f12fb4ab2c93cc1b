// Checks the build runs (scripts/build.mjs): src/core imports no Node module and no `vscode`, and
// the web extension's bundle resolves no Node module (an esbuild plugin that fails the build).
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

/** Every forbidden import under `dir`, as "file:line: 'spec'". */
export function checkCoreImports(dir, root = path.resolve(dir, '..', '..')) {
  const problems = [];
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPEC)) {
      if (m[2]) continue; // import type … from
      const spec = m[3] ?? m[4] ?? m[5];
      if (spec && isForbidden(spec)) {
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
