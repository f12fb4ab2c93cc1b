/**
 * The writer's sources in the bundled extension (dist/extension.cjs), with the
 * stand-in `vscode` module of test/vscode and a workspace.fs over the real
 * example folder (examples/kilder): diagnostics know the keys and check quotes,
 * hover shows the indexed text and the bibliography entry, completion offers
 * the writer's keys and findings, Go to Definition opens a read-only view of
 * the source and the entry in its file, and an indexed source lands in the
 * extension's storage. Skips when the bundle has not been built.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { fileURLToPath } from 'node:url';
import { fakeVscode, textDocument, Position, Uri, cancelled, type Registry } from '../vscode/fake-vscode.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = path.join(root, 'dist/extension.cjs');
const built = existsSync(bundle) && existsSync(path.join(root, 'resources/index/ks2021.report.json'));
const skip = built ? false : 'dist/extension.cjs or the index is not built (run `npm run build`)';

let registry: Registry;
let ws: string;
let storage: string;
type Related = { location: { uri: Uri; range: { start: Position } }; message: string };
const diagnostics = new Map<string, Map<string, { message: string; code?: unknown; relatedInformation?: Related[] }[]>>();
let plan: ReturnType<typeof textDocument>;
let sourceDoc: ReturnType<typeof textDocument>;

function fsOver(): Record<string, Function> {
  const p = (u: { path: string }) => u.path;
  return {
    readFile: async (u: { path: string }) => new Uint8Array(readFileSync(p(u))),
    readDirectory: async (u: { path: string }) => readdirSync(p(u)).map((n) => [n, statSync(path.join(p(u), n)).isDirectory() ? 2 : 1]),
    stat: async (u: { path: string }) => ({ type: statSync(p(u)).isDirectory() ? 2 : 1 }),
    createDirectory: async (u: { path: string }) => void mkdirSync(p(u), { recursive: true }),
    writeFile: async (u: { path: string }, b: Uint8Array) => writeFileSync(p(u), b),
  };
}

before(async () => {
  if (!built) return;
  ws = mkdtempSync(path.join(tmpdir(), 'evidensplan-ext-sources-'));
  cpSync(path.join(root, 'examples/kilder'), ws, { recursive: true });
  storage = mkdtempSync(path.join(tmpdir(), 'evidensplan-storage-'));
  const text = readFileSync(path.join(ws, 'beredskapsplan.md'), 'utf8').replace('«om lag 60 prosent', '«om lag 70 prosent');
  writeFileSync(path.join(ws, 'beredskapsplan.md'), text);
  plan = textDocument(text, `file:${path.join(ws, 'beredskapsplan.md')}`);
  const fake = fakeVscode();
  registry = fake.registry;
  const v = fake.vscode as Record<string, Record<string, unknown>>;
  v.workspace.fs = fsOver();
  v.workspace.asRelativePath = (u: { path: string } | string) => path.relative(ws, typeof u === 'string' ? u : u.path);
  sourceDoc = textDocument('# Notat\n\n## 1 A\n\nFylkesmannen og rådmannen ble varslet.\n', `file:${path.join(ws, '.evidensplan/sources/vintermorke2025/source.md')}`);
  v.workspace.textDocuments = [sourceDoc, plan];
  (v as Record<string, unknown>).Location = class {
    constructor(readonly uri: Uri, readonly range: unknown) {}
  };
  (v as Record<string, unknown>).DiagnosticRelatedInformation = class {
    constructor(readonly location: { uri: Uri; range: { start: Position } }, readonly message: string) {}
  };
  v.languages.createDiagnosticCollection = (name: string) => {
    const byUri = new Map<string, { message: string; code?: unknown }[]>();
    diagnostics.set(name, byUri);
    return { set: (u: { path: string }, d: { message: string }[]) => byUri.set(u.path, d), delete: (u: { path: string }) => byUri.delete(u.path), clear: () => byUri.clear(), dispose() {} };
  };
  const M = Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown };
  const orig = M._load;
  M._load = function (req, parent, isMain) {
    return req === 'vscode' ? fake.vscode : orig.call(this, req, parent, isMain);
  };
  const ext = createRequire(import.meta.url)(bundle) as { activate(ctx: unknown): unknown };
  ext.activate({
    subscriptions: [],
    extensionPath: root,
    extensionUri: Uri.file(root),
    globalStorageUri: Uri.file(storage),
    globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
    workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
  });
  // The open plan is linted off the activation path; wait for its diagnostics.
  for (let i = 0; i < 200 && !diagnostics.get('evidensplan')?.get(plan.uri.path); i++) await new Promise((r) => setTimeout(r, 25));
});

test('diagnostics: the writer\'s keys are known, and a misquote of the indexed source is found', { skip }, () => {
  const list = diagnostics.get('evidensplan')!.get(plan.uri.path)!;
  const codes = list.map((d) => (typeof d.code === 'object' ? (d.code as { value: string }).value : d.code));
  assert.deepEqual(codes, ['misquote', 'number-mismatch'], list.map((d) => d.message).join('\n'));
  assert.match(list[0].message, /\[@vintermorke2025, kap\. 3\.3 avsn\. 1\]/);
  // The evidence links into the read-only view of the source, at the cited paragraph.
  const rel = list[0].relatedInformation![0];
  assert.equal(rel.message, '[@vintermorke2025, kap. 3.3 avsn. 1]');
  assert.equal(rel.location.uri.scheme, 'evidensplan-source');
  const source = readFileSync(path.join(ws, '.evidensplan/sources/vintermorke2025/source.md'), 'utf8').split('\n');
  assert.match(source[rel.location.range.start.line], /^Om lag 60 prosent/);
});

async function hoverAt(needle: string, delta = 3): Promise<string> {
  const offset = plan.getText().indexOf(needle) + delta;
  const provider = registry.hover[0] as { provideHover: Function };
  const h = await provider.provideHover(plan, plan.positionAt(offset), cancelled);
  // The hover is escaped Markdown: read it as text.
  return (h?.contents.value ?? '').replace(/\\(.)/g, '$1');
}

test('a source document open in the editor is evidence, not a plan: it is not linted', { skip }, () => {
  // Linted before the plan (it comes first), so its result would be there by now.
  assert.equal(diagnostics.get('evidensplan')!.get(sourceDoc.uri.path), undefined);
});

test('hover: an indexed source\'s finding with its entry; a bibliography entry formatted', { skip }, async () => {
  const lp = await hoverAt('[@vintermorke2025, lp. 4.1]');
  assert.match(lp, /Varslingslisten skal oppdateres hver måned/);
  assert.match(lp, /Brekkvik kommune \(2025\)\. Evaluering av øvelse Vintermørke 2025/);
  assert.doesNotMatch(lp, /Ukjent kilde/);
  const nou = await hoverAt('[@nou2021-6]');
  assert.match(nou, /Koronakommisjonen \(2021\)\. Myndighetenes håndtering av koronapandemien: Rapport fra Koronakommisjonen \(NOU 2021:6\)/);
  // The report's hover is as before.
  assert.match(await hoverAt('[@ks2021, lp. 2.6.3]'), /støttepersonell/);
});

async function writerLabels(text: string, version: number): Promise<{ label: { label: string }; insertText: string; sortText: string }[]> {
  const doc = textDocument(text, plan.uri.toString(), version);
  const out: { label: { label: string }; insertText: string; sortText: string }[] = [];
  for (const { provider, triggers } of registry.completion) {
    if (!triggers.includes('@')) continue;
    const list = await (provider as { provideCompletionItems: Function }).provideCompletionItems(doc, doc.positionAt(text.length), cancelled, { triggerKind: 1, triggerCharacter: '@' });
    out.push(...(list?.items ?? []));
  }
  return out;
}

test('completion after [@ offers the writer\'s keys and the indexed source\'s findings, ranked by the paragraph', { skip }, async () => {
  const ranked = async (paragraph: string, version: number) =>
    (await writerLabels(`${plan.getText()}\n## Tiltak\n\n${paragraph} [@vint`, version)).filter((i) => i.sortText.startsWith('!')).sort((a, b) => (a.sortText < b.sortText ? -1 : 1)).map((i) => i.label.label);
  const alarm = await ranked('Varslingslisten oppdateres jevnlig', 2);
  assert.ok(alarm.length >= 10 && alarm.every((l) => l.startsWith('[@vintermorke2025, ')), alarm.join(', '));
  // The three passages that speak of the alarm list come first.
  assert.deepEqual(alarm.slice(0, 3).sort(), ['[@vintermorke2025, kap. 2 avsn. 1]', '[@vintermorke2025, kap. 3.1 avsn. 1]', '[@vintermorke2025, lp. 4.1]'], alarm.join(', '));
  // Another paragraph, another order: the ranking reads the text around the cursor.
  const volunteers = await ranked('Frivillige lag og foreninger hjelper oss å nå de eldre', 3);
  assert.ok(['[@vintermorke2025, lp. 4.3]', '[@vintermorke2025, kap. 3.3 avsn. 1]'].includes(volunteers[0]), volunteers.join(', '));
  const bib = await writerLabels(`${plan.getText()}\nSe [@nou`, 4);
  assert.ok(bib.some((i) => i.label.label === '[@nou2021-6]' && i.insertText === '[@nou2021-6]'));
});

test('Go to Definition: a read-only view of the source at the finding; a bibliography entry in its file', { skip }, async () => {
  const provider = registry.definition[0] as { provideDefinition: Function };
  const at = (needle: string) => plan.positionAt(plan.getText().indexOf(needle) + 3);
  const [lp] = await provider.provideDefinition(plan, at('[@vintermorke2025, lp. 4.2]'), cancelled);
  assert.equal(lp.targetUri.scheme, 'evidensplan-source');
  const view = registry.contentProviders.get('evidensplan-source') as { provideTextDocumentContent: Function };
  const content: string = await view.provideTextDocumentContent(lp.targetUri);
  assert.match(content.split('\n')[lp.targetRange.start.line], /^- Kriseledelsen skal ha en fast loggfører/);
  const [nou] = await provider.provideDefinition(plan, at('[@nou2021-6]'), cancelled);
  assert.equal(nou.targetUri.path, path.join(ws, 'kilder.json'));
  assert.match(readFileSync(path.join(ws, 'kilder.json'), 'utf8').split('\n')[nou.targetRange.start.line], /"id": "nou2021-6"/);
  // The report's own citations still go to the report document.
  const [ks] = await provider.provideDefinition(plan, at('[@ks2021, lp. 2.6.3]'), cancelled);
  assert.equal(ks.targetUri.scheme, 'evidensplan-report');
});

test('the indexed source is cached in the extension\'s storage, by content hash', { skip }, () => {
  const files = readdirSync(path.join(storage, 'sources'));
  assert.equal(files.length, 1);
  assert.match(files[0], /^[0-9a-f]{64}\.json$/);
  const data = JSON.parse(readFileSync(path.join(storage, 'sources', files[0]), 'utf8'));
  assert.equal(data.report.source.key, 'vintermorke2025');
});
