/**
 * The bundled extension (dist/extension.cjs) loads in Node with a stand-in
 * `vscode` module, registers every feature without loading the index, and its
 * providers answer like the core: a citation hover with trusted command links
 * only for our commands, completion after `[@`, definition into the report
 * document. Skips (with the reason) when the bundle has not been built.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { fileURLToPath } from 'node:url';
import { fakeVscode, textDocument, Position, Range, Diagnostic, cancelled, logged, type Registry, type WorkspaceEdit } from './fake-vscode.js';
import { lintText } from '../../src/core/lint/engine.js';
import { loadReportIndex } from '../../src/node/resources.js';

const bundle = fileURLToPath(new URL('../../dist/extension.cjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(bundle) && existsSync(new URL('../../resources/index/ks2021.report.json', import.meta.url));
const skip = built ? false : 'dist/extension.cjs or the index is not built (run `npm run build`)';

let registry: Registry;
// The extension reads its resources through vscode.workspace.fs; the fake records every read.
let reads: string[] = [];
let readsAfterActivate: string[] = [];
let api: { extendMarkdownIt(md: unknown): unknown };
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

before(() => {
  if (!built) return;
  const fake = fakeVscode();
  registry = fake.vscode && fake.registry;
  reads = registry.reads;
  const M = Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown };
  const orig = M._load;
  M._load = function (req, parent, isMain) {
    if (req === 'vscode') return fake.vscode;
    return orig.call(this, req, parent, isMain);
  };
  const require = createRequire(import.meta.url);
  const ext = require(bundle) as { activate(ctx: unknown): typeof api };
  const subscriptions: unknown[] = [];
  api = ext.activate({
    subscriptions,
    extensionPath: root,
    extensionUri: { scheme: 'file', path: root, toString: () => `file:${root}` },
    globalState: { get: () => undefined, update: async () => {}, keys: () => [] },
    workspaceState: { get: () => undefined, update: async () => {}, keys: () => [] },
  });
  readsAfterActivate = [...reads];
});

test('activation loads nothing: the index is read on first use', { skip }, async () => {
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(readsAfterActivate, []);
  assert.ok(!reads.some((f) => f.includes('resources/index')), reads.join(', '));
});

test('activate registers the providers and every contributed command', { skip }, () => {
  assert.equal(registry.hover.length, 1);
  assert.equal(registry.definition.length, 1);
  assert.equal(registry.references.length, 1);
  assert.equal(registry.codeActions.length, 1);
  assert.ok(registry.completion.some((c) => c.triggers.includes('@')));
  assert.ok(registry.contentProviders.has('evidensplan-report'));
  for (const c of pkg.contributes.commands as { command: string }[]) {
    assert.ok(registry.commands.has(c.command), `command ${c.command} is registered`);
  }
  assert.equal(typeof api.extendMarkdownIt, 'function');
});

test('hover through the bundle: the finding, trusted links to our commands only', { skip }, async () => {
  const doc = textDocument('# Utstyr\n\nVi trenger lager [@ks2021, lp. 3.5.1].\n');
  const provider = registry.hover[0] as { provideHover: Function };
  const hover = await provider.provideHover(doc, new Position(2, 22), cancelled);
  assert.ok(hover, 'a hover');
  const md = hover.contents;
  assert.match(md.value, /utstyrsberedskap/);
  assert.deepEqual(md.isTrusted, { enabledCommands: ['evidensplan.openInReport', 'evidensplan.copyCitation', 'evidensplan.insertCitation'] });
  assert.equal(md.supportHtml, false);
  // Nothing to say on plain text.
  assert.equal(await provider.provideHover(doc, new Position(2, 3), cancelled), undefined);
});

test('the evidensplan.language setting switches the hover to English and back', { skip }, async () => {
  const doc = textDocument('Tekst [@ks2021, lp. 7.4.2].', 'file:/ws/lang.md');
  const provider = registry.hover[0] as { provideHover: Function };
  registry.settings['evidensplan.language'] = 'en';
  try {
    const en = await provider.provideHover(doc, new Position(0, 17), cancelled);
    assert.match(en.contents.value, /\[Open in report\]\(command:evidensplan\.openInReport/);
    assert.match(en.contents.value, /Learning point/);
  } finally {
    delete registry.settings['evidensplan.language'];
  }
  const nb = await provider.provideHover(doc, new Position(0, 17), cancelled);
  assert.match(nb.contents.value, /\[Åpne i rapporten\]/);
});

test('completion through the bundle after `[@` inserts the canonical citation', { skip }, async () => {
  const text = '# Smittevernutstyr og beredskapslager\n\nKommunen må ha lager av smittevernutstyr [@';
  const doc = textDocument(text, 'file:/ws/completion.md');
  const { provider } = registry.completion.find((c) => c.triggers.includes('@'))! as { provider: { provideCompletionItems: Function } };
  const list = await provider.provideCompletionItems(doc, doc.positionAt(text.length), cancelled, { triggerKind: 1, triggerCharacter: '@' });
  assert.ok(list.items.length > 10);
  assert.equal(list.isIncomplete, true);
  const first = list.items[0];
  assert.match(first.insertText, /^\[@ks2021, (lp|se|kap)\. [\d.]+( avsn\. \d+)?\]$/);
  assert.ok(list.items.slice(0, 5).some((i: { insertText: string }) => i.insertText === '[@ks2021, lp. 3.5.1]'), 'the equipment learning point ranks high');
  // Documentation is resolved when an item is focused: the full finding.
  const lp = list.items.find((i: { insertText: string }) => i.insertText === '[@ks2021, lp. 3.5.1]');
  assert.equal(lp.documentation, undefined);
  const resolved = await (provider as unknown as { resolveCompletionItem: Function }).resolveCompletionItem(lp, cancelled);
  assert.match(resolved.documentation.value, /utstyrsberedskap/);
  assert.deepEqual(resolved.documentation.isTrusted, { enabledCommands: ['evidensplan.openInReport', 'evidensplan.copyCitation', 'evidensplan.insertCitation'] });
  // Not in code.
  const code = textDocument('```\n[@', 'file:/ws/code.md');
  assert.equal(await provider.provideCompletionItems(code, code.positionAt(6), cancelled, { triggerKind: 1, triggerCharacter: '@' }), undefined);
});

test('definition through the bundle lands on the finding in the report document', { skip }, async () => {
  const doc = textDocument('Tekst [@ks2021, lp. 7.4.2].', 'file:/ws/definition.md');
  const provider = registry.definition[0] as { provideDefinition: Function };
  const links = await provider.provideDefinition(doc, new Position(0, 17), cancelled);
  assert.ok(links, logged.join('\n'));
  const [link] = links;
  assert.equal(link.targetUri.scheme, 'evidensplan-report');
  const content = registry.contentProviders.get('evidensplan-report') as { provideTextDocumentContent: Function };
  const text: string = await content.provideTextDocumentContent(link.targetUri, cancelled);
  const line = text.split('\n')[link.targetRange.start.line];
  assert.match(line, /^- \*\*lp\. 7\.4\.2\*\* /);
  // In the report document, hovering the finding offers its citation to copy.
  const reportDoc = textDocument(text, link.targetUri.toString());
  const hover = await (registry.hover[0] as { provideHover: Function }).provideHover(reportDoc, new Position(link.targetRange.start.line, 5), cancelled);
  assert.match(hover.contents.value, /\[Kopier kildehenvisning\]\(command:evidensplan\.copyCitation\?%5B%22%5B%40ks2021%2C%20lp\.%207\.4\.2%5D%22%5D\)/);
});

test('quick fixes through the bundle: the rule\'s fix, disable for the line and the file', { skip }, async () => {
  const text = '---\nplantype: sektorplan\n---\n# Plan\n\nFylkesmannen koordinerer arbeidet.\n';
  const doc = textDocument(text, 'file:/ws/actions.md');
  const messages = lintText(text, { report: await loadReportIndex(root) }).filter((m) => m.ruleId === 'outdated-term');
  assert.equal(messages.length, 1);
  const m = messages[0];
  const diag = new Diagnostic(new Range(doc.positionAt(m.start), doc.positionAt(m.end)), m.message, 1);
  diag.source = 'evidensplan';
  diag.code = { value: m.ruleId, target: 'x' };
  const provider = registry.codeActions[0] as { provideCodeActions: Function };
  const actions: { title: string; edit?: WorkspaceEdit; isPreferred?: boolean }[] = await provider.provideCodeActions(doc, diag.range, { diagnostics: [diag], triggerKind: 1 }, cancelled);
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes(m.fix!.title), titles.join(' | '));
  assert.ok(titles.includes('Slå av «outdated-term» for denne linjen'), titles.join(' | '));
  assert.ok(titles.includes('Slå av «outdated-term» for denne filen'), titles.join(' | '));
  assert.ok(!titles.some((t) => t.includes('arbeidsområdet')), 'no workspace action without a folder');
  const apply = (a: { edit?: WorkspaceEdit }) => {
    const edits = [...a.edit!.edits].sort((x, y) => doc.offsetAt(y.range.start) - doc.offsetAt(x.range.start));
    let out = text;
    for (const e of edits) out = out.slice(0, doc.offsetAt(e.range.start)) + e.text + out.slice(doc.offsetAt(e.range.end));
    return out;
  };
  const fixed = apply(actions.find((a) => a.title === m.fix!.title)!);
  assert.match(fixed, /Statsforvalteren koordinerer/);
  const report = await loadReportIndex(root);
  for (const title of ['Slå av «outdated-term» for denne linjen', 'Slå av «outdated-term» for denne filen']) {
    const out = apply(actions.find((a) => a.title === title)!);
    assert.deepEqual(lintText(out, { report }).filter((x) => x.ruleId === 'outdated-term'), [], `${title}:\n${out}`);
  }
});

test('nothing was logged as an error while the features ran; the index was read once used', { skip }, () => {
  assert.deepEqual(logged, []);
  // The spy sees reads (so the activation check above can fail): the first hover loaded the index.
  assert.ok(reads.some((f) => f.endsWith('ks2021.report.json')), reads.join(', '));
});
