#!/usr/bin/env node
// npm run package: build (index + bundles), then make evidensplan-<version>.vsix with vsce,
// offline. The bundle has every dependency inlined, so vsce runs with --no-dependencies; what
// goes into the VSIX is decided by .vscodeignore. Checks the result: it must exist, hold the
// extension bundle and the built index, and stay under 2 MB.
//   node scripts/package.mjs [--no-build] [--out FILE]
import { existsSync, statSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { listZip } from './zip-list.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const args = process.argv.slice(2);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const outArg = args.indexOf('--out');
const out = path.resolve(outArg >= 0 && args[outArg + 1] ? args[outArg + 1] : `${pkg.name}-${pkg.version}.vsix`);
const MAX_BYTES = 2 * 1024 * 1024;

function fail(msg) {
  console.error(`package: ${msg}`);
  process.exit(1);
}

if (!args.includes('--no-build')) {
  console.log('package: npm run build');
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, EVIDENSPLAN_MINIFY: '1' } });
  if (b.status !== 0) fail(`the build failed (exit ${b.status})`);
}
if (!existsSync('dist/extension.cjs')) fail('dist/extension.cjs is missing: the extension did not build (is src/vscode/extension.ts there?)');

const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
if (!existsSync(vsce)) fail('@vscode/vsce is not installed: run npm install (it is a devDependency)');

// --allow-missing-repository: the package has no public repository yet.
// --skip-license: vsce would otherwise stop to ask about a missing LICENSE file (package.json says MIT).
// --no-rewrite-relative-links: with no repository URL vsce cannot turn the README's relative links
// into absolute ones and would refuse; inside VS Code they stay relative to the packaged README.
const vsceArgs = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
if (!existsSync('LICENSE') && !existsSync('LICENSE.md') && !existsSync('LICENSE.txt')) vsceArgs.push('--skip-license');
console.log(`package: vsce ${vsceArgs.join(' ')}`);
const r = spawnSync(process.execPath, [vsce, ...vsceArgs], {
  stdio: ['ignore', 'inherit', 'inherit'],
  // No prompts, no telemetry, nothing fetched.
  env: { ...process.env, CI: 'true', VSCE_TELEMETRY: 'false' },
});
if (r.status !== 0) fail(`vsce exited with ${r.status}`);
if (!existsSync(out)) fail(`vsce reported success but ${out} is missing`);

const size = statSync(out).size;
const names = listZip(readFileSync(out)).map((e) => e.name);
const problems = [];
if (size >= MAX_BYTES) problems.push(`it is ${(size / 1024 / 1024).toFixed(2)} MB (limit 2 MB)`);
if (!names.includes('extension/dist/extension.cjs')) problems.push('extension/dist/extension.cjs is missing');
if (!names.includes('extension/package.json')) problems.push('extension/package.json is missing');
const junk = names.filter((n) => /^extension\/(node_modules|src|test|bench|scripts|\.e2e)\//.test(n));
if (junk.length) problems.push(`it holds files it should not: ${junk.slice(0, 5).join(', ')}`);
if (problems.length) fail(`${path.basename(out)}: ${problems.join('; ')}`);
console.log(`package: ${path.relative(root, out) || out} — ${(size / 1024).toFixed(0)} KB, ${names.length} entries`);
