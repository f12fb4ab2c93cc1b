/**
 * Find All References over a workspace of plans, through the provider as VS Code calls it (the
 * module bundled with a stand-in vscode): a second request analyses no plan again, a file whose
 * content (and so its mtime and size) changed is analysed once more and its new citations found, a
 * deleted file drops out, open documents are read through the shared plan model, and the cache of
 * unopened plans stays within its bound.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { stat, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fakeVscode, textDocument, Position, Uri, cancelled, logged, type Registry } from './fake-vscode.js';
import { loadBundled } from '../support/bundled.js';
import { analyzePlan, type PlanModel } from '../../src/core/plan/analyze.js';
import { loadReportIndex } from '../../src/node/resources.js';

type Location = { uri: { toString(): string }; range: { start: Position; end: Position } };
interface Provider {
  provideReferences(doc: unknown, pos: Position, ctx: { includeDeclaration: boolean }, token: unknown): Promise<Location[] | undefined>;
  plans: { size: number };
}
interface Mod {
  CitationReferenceProvider: new (services: unknown, reportDocument: unknown, plans?: unknown) => Provider;
  WorkspacePlans: new (fs: unknown, max?: number, analyze?: (text: string) => PlanModel) => { size: number };
}

let mod: Mod;
let registry: Registry;
let workspace: { textDocuments: unknown[] };
let ws: string;
const analysed: string[] = [];
const opened: string[] = [];

const fs = {
  stat: async (uri: { fsPath: string }) => {
    const st = await stat(uri.fsPath);
    return { type: 1, size: st.size, ctime: st.ctimeMs, mtime: st.mtimeMs };
  },
  readFile: async (uri: { fsPath: string }) => new Uint8Array(await readFile(uri.fsPath)),
};

function countingAnalyze(text: string): PlanModel {
  analysed.push(text.split('\n')[0]);
  return analyzePlan(text);
}

async function services() {
  const report = await loadReportIndex();
  return {
    getReport: async () => report,
    uiLanguage: () => 'nb',
    planOf: (d: { getText(): string; uri: { toString(): string } }) => {
      opened.push(d.uri.toString());
      return analyzePlan(d.getText());
    },
  };
}

const reportDocument = {
  uri: () => Uri.from({ scheme: 'evidensplan-report', path: '/ks2021.md' }),
  rangeOf: async () => ({ start: new Position(0, 0), end: new Position(0, 0) }),
  locatorAtLine: async () => undefined,
};

function write(name: string, text: string, mtimeSeconds: number): void {
  const file = path.join(ws, name);
  writeFileSync(file, text);
  utimesSync(file, mtimeSeconds, mtimeSeconds);
}

before(async () => {
  const fake = fakeVscode();
  registry = fake.registry;
  workspace = fake.vscode.workspace as unknown as { textDocuments: unknown[] };
  mod = await loadBundled<Mod>('src/vscode/references.ts', fake.vscode);
  ws = mkdtempSync(path.join(tmpdir(), 'evidensplan-refs-'));
  write('a.md', '# A\n\nLager [@ks2021, lp. 3.5.1] og mer.\n', 1_000_000);
  write('b.md', '# B\n\nIngen henvisning her.\n', 1_000_000);
  write('c.md', '# C\n\nSkrevet annerledes [@ks2021, LP 3.5.1].\n', 1_000_000);
  registry.files = ['a.md', 'b.md', 'c.md'].map((f) => Uri.file(path.join(ws, f)));
});

test('a second request analyses no plan again; a changed file is analysed once more and a deleted one drops out', async () => {
  const provider = new mod.CitationReferenceProvider(await services(), reportDocument, new mod.WorkspacePlans(fs, 300, countingAnalyze));
  const doc = textDocument('# Open\n\nVi cite [@ks2021, lp. 3.5.1].\n', 'file:/ws/open.md');
  workspace.textDocuments.push(doc);
  try {
    await requests(provider, doc);
  } finally {
    workspace.textDocuments.length = 0;
  }
});

async function requests(provider: Provider, doc: unknown): Promise<void> {
  const at = new Position(2, 12);
  const where = (locs: Location[] | undefined) => (locs ?? []).map((l) => `${l.uri.toString().replace(/^.*\//, '')}:${l.range.start.line}:${l.range.start.character}`).sort();

  const first = await provider.provideReferences(doc, at, { includeDeclaration: false }, cancelled);
  assert.deepEqual(where(first), ['a.md:2:7', 'c.md:2:20', 'open.md:2:9'], logged.join('\n'));
  assert.deepEqual([...analysed].sort(), ['# A', '# B', '# C'], 'each unopened plan analysed once');
  assert.ok(opened.includes('file:/ws/open.md'), 'the open document goes through services.planOf');

  analysed.length = 0;
  const second = await provider.provideReferences(doc, at, { includeDeclaration: false }, cancelled);
  assert.deepEqual(where(second), where(first));
  assert.deepEqual(analysed, [], 'nothing analysed again');

  // b.md now cites the finding too (new content, new mtime and size): only it is analysed again.
  write('b.md', '# B\n\nNå med [@ks2021, lp. 3.5.1].\n', 2_000_000);
  const third = await provider.provideReferences(doc, at, { includeDeclaration: false }, cancelled);
  assert.deepEqual(analysed, ['# B']);
  assert.deepEqual(where(third), ['a.md:2:7', 'b.md:2:8', 'c.md:2:20', 'open.md:2:9']);

  // A file that is gone is skipped (findFiles may still list it for a moment) and forgotten.
  rmSync(path.join(ws, 'c.md'));
  analysed.length = 0;
  const fourth = await provider.provideReferences(doc, at, { includeDeclaration: false }, cancelled);
  assert.deepEqual(where(fourth), ['a.md:2:7', 'b.md:2:8', 'open.md:2:9']);
  assert.deepEqual(analysed, []);
  assert.equal(provider.plans.size, 2);
}

test('the cache of unopened plans keeps only the most recently used within its bound', async () => {
  analysed.length = 0;
  const plans = new mod.WorkspacePlans(fs, 1, countingAnalyze);
  const provider = new mod.CitationReferenceProvider(await services(), reportDocument, plans);
  const doc = textDocument('# Open\n\nVi cite [@ks2021, lp. 3.5.1].\n', 'file:/ws/open2.md');
  const first = await provider.provideReferences(doc, new Position(2, 12), { includeDeclaration: false }, cancelled);
  assert.equal(first?.length, 2, 'a.md and b.md (the open document is not in the workspace list)');
  assert.equal(plans.size, 1);
  analysed.length = 0;
  await provider.provideReferences(doc, new Position(2, 12), { includeDeclaration: false }, cancelled);
  // With room for one, the two files push each other out: both analysed again, never more than one kept.
  assert.deepEqual([...analysed].sort(), ['# A', '# B']);
  assert.equal(plans.size, 1);
});
