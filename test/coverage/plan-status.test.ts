/**
 * The status bar item of src/vscode/planStatus.ts, through an esbuild bundle with a fake
 * `vscode`: a README shows "Ikke en plan", a plan its type and sector, a `plans` glob of
 * .evidensplan.jsonc makes a file a plan, and one click writes plantype into the front matter.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadBundled } from '../support/bundled.js';
import { fakeDocument, fakeVscode, type FakeDocument } from './fake-vscode.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { applyEdits } from '../../src/core/lint/fix.js';

const fake = fakeVscode();
const files = new Map<string, string>();
const applied: { uri: string; start: number; end: number; text: string }[] = [];
let quickPick: (items: { label: string; value?: string }[]) => unknown = () => undefined;

// What the status bar needs beyond the coverage view's fake.
class WorkspaceEdit {
  edits: { uri: string; range: { start: number; end: number }; text: string }[] = [];
  replace(uri: { toString(): string }, range: { start: number; end: number }, text: string) {
    this.edits.push({ uri: uri.toString(), range, text });
  }
}
const v = fake.vscode as any;
v.WorkspaceEdit = WorkspaceEdit;
v.Range = class {
  constructor(readonly start: number, readonly end: number) {}
};
v.Uri.joinPath = (base: { path: string }, ...parts: string[]) => {
  const p = path.posix.join(base.path, ...parts);
  return { path: p, scheme: 'file', toString: () => `file://${p}`, with: (x: { path: string }) => v.Uri.joinPath({ path: x.path }) };
};
v.workspace.createFileSystemWatcher = () => ({ onDidChange: () => ({ dispose() {} }), onDidCreate: () => ({ dispose() {} }), onDidDelete: () => ({ dispose() {} }), dispose() {} });
v.workspace.fs = {
  readFile: async (uri: { path: string }) => {
    const t = files.get(uri.path);
    if (t === undefined) throw new Error('ENOENT');
    return new TextEncoder().encode(t);
  },
  // The config look-up asks what is at a path first (vscode.FileType: 1 file, 2 folder).
  stat: async (uri: { path: string }) => {
    const t = files.get(uri.path);
    if (t !== undefined) return { type: 1, size: t.length };
    if ([...files.keys()].some((k) => k.startsWith(`${uri.path}/`))) return { type: 2, size: 0 };
    throw new Error('ENOENT');
  },
};
v.workspace.asRelativePath = (uri: { path: string }) => uri.path.replace(/^\/ws\//, '');
v.workspace.workspaceFolders = [{ uri: { path: '/ws', scheme: 'file' } }];
v.workspace.applyEdit = async (we: WorkspaceEdit) => {
  for (const e of we.edits) applied.push({ uri: e.uri, start: e.range.start, end: e.range.end, text: e.text });
  return true;
};
v.window.showQuickPick = async (items: { label: string; value?: string }[]) => quickPick(items);

function doc(text: string, name: string): FakeDocument & { positionAt(o: number): number } {
  const d = fakeDocument(text, name) as FakeDocument & { positionAt(o: number): number; uri: any };
  const p = d.uri.path;
  d.uri = { ...d.uri, with: (x: { path: string }) => ({ path: x.path, scheme: 'file', toString: () => `file://${x.path}`, with: d.uri.with }), fsPath: p };
  d.uri.with = (x: { path: string }) => ({ path: x.path, scheme: 'file', toString: () => `file://${x.path}`, with: d.uri.with });
  d.positionAt = (o: number) => o;
  return d;
}

const status = () => fake.statusItems.find((s) => s.id === 'evidensplan.planStatus');
async function until(fn: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (fn()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`timed out waiting for ${what} (status: "${status()?.text}")`);
}

before(async () => {
  const mod = await loadBundled<{ registerPlanStatus: (ctx: unknown, services: unknown) => void }>('src/vscode/planStatus.ts', fake.vscode);
  mod.registerPlanStatus({ subscriptions: [] }, { uiLanguage: () => 'nb', planOf: (d: { getText(): string }) => analyzePlan(d.getText()) });
});

test('a README is "Ikke en plan"; a sector plan shows its type and sector, and why', async () => {
  fake.activate(doc('# Om repoet\n\nNotater.\n', 'README.md'));
  await until(() => status()?.text === '$(markdown) Ikke en plan', 'not a plan');
  assert.match(String(status().tooltip), /bare henvisningene kontrolleres/);
  fake.activate(doc('---\nplantype: sektorplan\n---\n# Beredskapsplan for helse og omsorg\n', 'helse.md'));
  await until(() => status()?.text === '$(checklist) Plan: sektorplan · helse-omsorg', 'a sector plan');
  assert.match(String(status().tooltip), /«plantype: sektorplan».*\n\nSektor: helse-omsorg \(ut fra tittelen\)/s);
});

test('a "plans" glob in .evidensplan.jsonc makes a file a plan', async () => {
  files.set('/ws/.evidensplan.jsonc', '{ "plans": ["planer/**/*.md"] }');
  fake.activate(doc('# Plan uten front matter\n', 'planer/a.md'));
  await until(() => String(status()?.tooltip).includes('«plans»'), 'a plan by glob');
  assert.equal(status().text, '$(checklist) Plan: uten plantype');
  assert.match(String(status().tooltip), /«plans»: «planer\/\*\*\/\*\.md»/);
});

test('one click: picking a plan type writes plantype into the front matter', async () => {
  const text = '# Notater\n\nTekst.\n';
  fake.activate(doc(text, 'notater.md'));
  quickPick = (items) => items.find((i) => i.label === 'smittevernplan');
  await fake.commands.get('evidensplan.setPlanType')!();
  const e = applied.at(-1)!;
  assert.equal(applyEdits(text, [{ start: e.start, end: e.end, text: e.text }]), '---\nplantype: smittevernplan\n---\n\n# Notater\n\nTekst.\n');
});
