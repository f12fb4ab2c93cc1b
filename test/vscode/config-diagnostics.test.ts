/**
 * The extension's config look-up and its diagnostics on `.evidensplan.jsonc`, through the
 * bundled extension (dist/extension.cjs) with a stand-in vscode: the same config applies to
 * each plan as in the CLI (one look-up in core), and each config problem is a diagnostic over
 * the key or value it is about — not over the same words in a comment above it.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeVscode, Uri, type Registry } from './fake-vscode.js';
import { activateBuiltExtension } from '../support/bundled.js';

const bundle = fileURLToPath(new URL('../../dist/extension.cjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const built = existsSync(bundle) && existsSync(new URL('../../resources/index/ks2021.report.json', import.meta.url));
const skip = built ? false : 'dist/extension.cjs or the index is not built (run `npm run build`)';

const SUB_CONFIG = [
  '{',
  '  // Før: "language": "de", og "rules": { "no-such-rule": "off" }',
  '  "language": "de",',
  '  "rules": {',
  '    "no-such-rule": "off",',
  '    "unknown-source": ["warning", 5]',
  '  }',
  '}',
].join('\n');

let registry: Registry;
let ws: string;
type Diag = { message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };

before(() => {
  if (!built) return;
  ws = mkdtempSync(path.join(tmpdir(), 'evidensplan-cfgdiag-'));
  mkdirSync(path.join(ws, 'sub/deep'), { recursive: true });
  writeFileSync(path.join(ws, '.evidensplan.jsonc'), '{ "language": "en", "rules": { "unknown-source": "info" } }');
  writeFileSync(path.join(ws, 'sub/.evidensplan.jsonc'), SUB_CONFIG);
  writeFileSync(path.join(ws, 'a.md'), '# Plan\n\nEt kriseråd [@ks2012, lp. 3.5.1].\n');
  writeFileSync(path.join(ws, 'sub/deep/b.md'), '# Plan\n\nEt kriseråd [@ks2012, lp. 3.5.1].\n');
  const fake = fakeVscode();
  registry = fake.registry;
  registry.files = ['a.md', 'sub/deep/b.md'].map((f) => Uri.file(path.join(ws, f)));
  (fake.vscode.workspace as Record<string, unknown>).workspaceFolders = [{ uri: Uri.file(ws), name: 'ws', index: 0 }];
  activateBuiltExtension(bundle, fake.vscode, root, (p) => Uri.file(p));
  process.on('exit', () => rmSync(ws, { recursive: true, force: true }));
});

test('each plan gets the nearest config, as in the CLI', { skip }, async () => {
  await registry.commands.get('evidensplan.lintWorkspace')!();
  const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'evidensplan.mjs'), 'lint', '--format', 'json', ws], { encoding: 'utf8', env: { ...process.env, EVIDENSPLAN_LANG: '' } });
  const byFile = new Map((JSON.parse(cli.stdout) as { file: string; messages: { ruleId: string; severity: string; message: string }[] }[]).map((f) => [path.basename(f.file), f.messages]));
  const problems = registry.diagnostics.get('evidensplan-workspace')!;
  const of = (f: string) => (problems.get(Uri.file(path.join(ws, f)).toString()) ?? []) as (Diag & { code: { value: string }; severity: number })[];
  const SEVERITY = ['error', 'warning', 'info'];
  for (const [f, name] of [
    ['a.md', 'a.md'],
    ['sub/deep/b.md', 'b.md'],
  ]) {
    const editor = of(f).map((d) => [d.code.value, SEVERITY[d.severity], d.message]);
    const command = byFile.get(name)!.map((m) => [m.ruleId, m.severity, m.message]);
    assert.deepEqual(editor, command, `${f}: the same messages as the CLI`);
  }
  // a.md: the root config (English, unknown-source as info); b.md: the sub-folder's (its valid parts: none).
  assert.deepEqual(of('a.md').find((d) => d.code.value === 'unknown-source')?.severity, 2);
  assert.match(of('a.md')[0].message, /Unknown source/);
  assert.deepEqual(of('sub/deep/b.md').find((d) => d.code.value === 'unknown-source')?.severity, 0);
});

test('config problems are diagnostics over the key or value they are about', { skip }, async () => {
  await registry.commands.get('evidensplan.lintWorkspace')!();
  const configs = registry.diagnostics.get('evidensplan-config')!;
  const sub = (configs.get(Uri.file(path.join(ws, 'sub/.evidensplan.jsonc')).toString()) ?? []) as Diag[];
  const lines = SUB_CONFIG.split('\n');
  const shown = sub.map((d) => [d.range.start.line, lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), d.message]);
  assert.deepEqual(shown, [
    [2, '"de"', '"language" må være "nb", "nn" eller "en", ikke "de"'],
    [4, '"no-such-rule"', 'ukjent regel "no-such-rule"'],
    [5, '5', 'regel "unknown-source": ugyldige innstillinger (skriv [nivå] eller [nivå, { … }])'],
  ]);
  assert.deepEqual(configs.get(Uri.file(path.join(ws, '.evidensplan.jsonc')).toString()) ?? [], [], 'the valid config has none');
  // The CLI names the same places (1-based).
  const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'evidensplan.mjs'), 'lint', path.join(ws, 'sub/deep/b.md')], { encoding: 'utf8', env: { ...process.env, EVIDENSPLAN_LANG: '' } });
  const places = [...cli.stderr.matchAll(/\.evidensplan\.jsonc:(\d+):(\d+):/g)].map((m) => [Number(m[1]) - 1, Number(m[2]) - 1]);
  assert.deepEqual(places, sub.map((d) => [d.range.start.line, d.range.start.character]));
});
