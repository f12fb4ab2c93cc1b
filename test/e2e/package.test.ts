/**
 * `npm run package` (scripts/package.mjs): the VSIX is made offline with vsce, holds what the
 * extension needs at run time (bundle, built index, report, data tables, grammar, rule pages) and
 * nothing of the source tree, and stays under 2 MB. The suite has built dist/ already (npm test
 * runs the build first), so the test packages with --no-build: rebuilding here would rewrite
 * dist/ under the feet of tests running beside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.js';
// @ts-ignore -- plain .mjs helper
import { listZip } from '../../scripts/zip-list.mjs';

const MAX = 2 * 1024 * 1024;

let packed: { vsix: string; dir: string; out: string } | undefined;
/** Packages once per file (vsce takes a few seconds); the tests share the VSIX. */
function pack(): { vsix: string; dir: string; out: string } {
  if (packed) return packed;
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-vsix-'));
  const vsix = path.join(dir, 'evidensplan.vsix');
  const args = ['scripts/package.mjs', '--out', vsix];
  if (existsSync(path.join(ROOT, 'dist', 'extension.cjs'))) args.push('--no-build');
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.status, 0, `package.mjs failed:\n${r.stdout}\n${r.stderr}`);
  packed = { vsix, dir, out: r.stdout };
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return packed;
}

test('npm run package makes a VSIX under 2 MB with the bundle and the built index, and no source', () => {
  const { vsix, out } = pack();
  assert.ok(existsSync(vsix), 'the VSIX exists');
  const size = statSync(vsix).size;
  assert.ok(size < MAX, `the VSIX is ${(size / 1024 / 1024).toFixed(2)} MB; the limit is 2 MB`);
  assert.match(out, /KB, \d+ entries/, 'package.mjs reports what it made');

  const names: string[] = listZip(readFileSync(vsix)).map((e: { name: string }) => e.name);
  const has = (n: string) => names.includes(n);
  assert.ok(has('extension/package.json'));
  assert.ok(has('extension/dist/extension.cjs'), 'the extension bundle');
  assert.ok(has('extension/resources/report/ks2021.txt'), 'the report text (the report document shows it)');
  assert.ok(names.some((n) => /^extension\/resources\/index\/.+\.json$/.test(n)), `the built index; entries: ${names.join(', ')}`);

  // The packaged manifest's entry point is inside the package.
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.ok(has(path.posix.join('extension', manifest.main.replace(/^\.\//, ''))), `main (${manifest.main}) is packaged`);
  // Every grammar and rule page in the tree goes along.
  for (const dirName of ['syntaxes', 'docs/rules']) {
    const d = path.join(ROOT, dirName);
    if (!existsSync(d)) continue;
    for (const f of spawnSync('ls', [d], { encoding: 'utf8' }).stdout.split('\n').filter((x) => /\.(json|md)$/.test(x))) {
      assert.ok(has(`extension/${dirName}/${f}`), `${dirName}/${f} is packaged`);
    }
  }

  const junk = names.filter((n) => /^extension\/(node_modules|src|test|bench|scripts|examples|\.e2e|test-results)\//.test(n) || /\.(ts|map)$/.test(n));
  assert.deepEqual(junk, [], 'no dependencies, sources, tests, source maps or tooling in the VSIX');
});

test('the VSIX listing agrees with unzip -l where unzip is installed', (t) => {
  const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
  if (unzip.error) {
    t.skip('unzip is not installed (apt-get install unzip); the built-in ZIP reader was used above');
    return;
  }
  const { vsix } = pack();
  const listed = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).sort();
  const ours = listZip(readFileSync(vsix)).map((e: { name: string }) => e.name).sort();
  assert.deepEqual(ours, listed);
});

test('the ZIP reader refuses a file that is not a ZIP with a clear message', (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-zip-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const f = path.join(dir, 'not.vsix');
  writeFileSync(f, 'plain text, not a zip archive'.repeat(10));
  assert.throws(() => listZip(readFileSync(f)), /not a ZIP file/);
  assert.throws(() => listZip(Buffer.alloc(0)), /not a ZIP file/);
});
