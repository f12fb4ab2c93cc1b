/**
 * "Kontroller alle planer i arbeidsområdet" through the bundled extension (dist/extension.cjs) with
 * a stand-in vscode: every plan of the workspace is linted into the Problems panel (a diagnostic
 * collection of its own for files that are not open), with progress per file, and Cancel stops it
 * between files. The real editor runs it in test/e2e/council.test.ts.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

let registry: Registry;
let ws: string;
type Result = { files: number; total: number; problems: number; withProblems: number; cancelled: boolean };

before(() => {
  if (!built) return;
  ws = mkdtempSync(path.join(tmpdir(), 'evidensplan-lintws-'));
  writeFileSync(path.join(ws, 'a-ok.md'), '# Plan\n\nKommunen har lager [@ks2021, lp. 3.5.1].\n');
  writeFileSync(path.join(ws, 'b-feil.md'), '# Plan\n\nEt kriseråd [@ks2021, lp. 99.1].\n');
  writeFileSync(path.join(ws, 'c-fylkesmann.md'), '---\nplantype: sektorplan\n---\n# Plan\n\nVi varsler Fylkesmannen.\n');
  const fake = fakeVscode();
  registry = fake.registry;
  registry.files = ['a-ok.md', 'b-feil.md', 'c-fylkesmann.md'].map((f) => Uri.file(path.join(ws, f)));
  (fake.vscode.workspace as Record<string, unknown>).workspaceFolders = [{ uri: Uri.file(ws), name: 'ws', index: 0 }];
  activateBuiltExtension(bundle, fake.vscode, root, (p) => Uri.file(p));
  process.on('exit', () => rmSync(ws, { recursive: true, force: true }));
});

test('every plan of the workspace is linted into the Problems panel, with progress per file', { skip }, async () => {
  const result = (await registry.commands.get('evidensplan.lintWorkspace')!()) as Result;
  // The CLI over the same folder says how many messages each file has.
  const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'evidensplan.mjs'), 'lint', '--format', 'json', ws], { encoding: 'utf8' });
  const expected = new Map((JSON.parse(cli.stdout) as { file: string; messages: unknown[] }[]).map((f) => [path.basename(f.file), f.messages.length]));
  const problems = registry.diagnostics.get('evidensplan-workspace')!;
  const of = (f: string) => (problems.get(Uri.file(path.join(ws, f)).toString()) ?? []) as { message: string; range: { start: { line: number } }; code: { value: string } }[];
  for (const f of ['a-ok.md', 'b-feil.md', 'c-fylkesmann.md']) assert.equal(of(f).length, expected.get(f), `${f}: as many problems as the CLI finds`);
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  assert.deepEqual(result, { files: 3, total: 3, problems: total, withProblems: [...expected.values()].filter(Boolean).length, cancelled: false });
  const unknown = of('b-feil.md').find((d) => d.code.value === 'unknown-locator');
  assert.ok(unknown, JSON.stringify(of('b-feil.md')));
  assert.equal(unknown.range.start.line, 2, 'on the line of the citation');
  assert.ok(of('c-fylkesmann.md').some((d) => d.code.value === 'outdated-term'));
  assert.ok(!of('a-ok.md').some((d) => d.code.value === 'unknown-locator' || d.code.value === 'outdated-term'));
  assert.equal(registry.progress.length, 3, 'one progress step per file');
  assert.match(JSON.stringify(registry.progress[1]), /2\/3: b-feil\.md/);
  assert.equal(registry.shown.at(-1), `Kontrollerte 3 planer: ${total} merknader i ${result.withProblems} av dem (se Problemer).`);
});

test('Cancel stops between files and says how far it got', { skip }, async () => {
  registry.progress.length = 0;
  // The user presses Cancel while the first file is being checked.
  const progress = registry.progress as unknown[] & { push: (x: unknown) => number };
  const push = progress.push.bind(progress);
  progress.push = (x: unknown) => {
    registry.token.isCancellationRequested = true;
    return push(x);
  };
  try {
    const result = (await registry.commands.get('evidensplan.lintWorkspace')!()) as Result;
    assert.equal(result.cancelled, true);
    assert.equal(result.files, 1);
    assert.match(registry.shown.at(-1)!, /Avbrutt etter 1 av 3 planer/);
  } finally {
    registry.token.isCancellationRequested = false;
    progress.push = push;
  }
});
