/**
 * The coverage view and status bar in a stand-in editor (fake `vscode`): what
 * a writer sees for a plan, for edits, for other files, and for bad input
 * (empty, front matter only, no headings, 10 MB): a sensible state and never a
 * notification.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../support/bundled.js';
import { fakeDocument, fakeVscode } from './fake-vscode.js';
import { loadReportIndexSync } from '../../src/node/resources.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const report = loadReportIndexSync();
const fake = fakeVscode();
let mod: { registerCoverageFeatures: (ctx: unknown, services: unknown) => void };

before(async () => {
  mod = await loadBundled('src/vscode/coverage/register.ts', fake.vscode);
  const services = {
    getReport: async () => report,
    getSearch: async () => {
      throw new Error('not needed');
    },
    uiLanguage: () => 'nb' as const,
    extensionPath: root,
    planOf: (doc: { getText(): string }) => analyzePlan(doc.getText()),
  };
  mod.registerCoverageFeatures({ subscriptions: [], globalState: { get: () => undefined, update: async () => {} } }, services);
});

const status = () => fake.statusItems[0];
const explorerView = () => fake.views.find((v) => v.id === 'evidensplan.coverage');

/** Waits (bounded) until `fn` holds: the view updates asynchronously. */
async function until(fn: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (fn()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`timed out waiting for ${what} (status: "${status()?.text}", message: "${explorerView()?.message}")`);
}

test('the status bar shows the plan\'s coverage and the tree lists chapters → learning points', async () => {
  const text = ['---', 'plantype: pandemiplan', '---', '', '# Plan', '', '## Smittevernutstyr', '', 'Kommunen skal ha et beredskapslager med munnbind og hansker for åtte uker, og lageret rulleres hvert år. Se [@ks2021, lp. 2.6.4].', ''].join('\n');
  fake.activate(fakeDocument(text));
  await until(() => status().text.includes('2/37'), 'Læringspunkter 2/37');
  assert.equal(status().text, '$(checklist) Læringspunkter 2/37');
  assert.equal(status().visible, true);
  assert.equal(status().command, 'evidensplan.showCoverage');
  const view = explorerView();
  assert.equal(view.description, 'plan.md: 2/37');
  assert.equal(view.message, undefined);
  assert.equal(view.badge.value, 35);

  const groups = view.provider.getChildren();
  assert.equal(groups.length, 8);
  const g26 = view.provider.getTreeItem(groups[0]);
  assert.equal(g26.label, '2.6 Kriseledelse og beredskap');
  assert.equal(g26.description, '1/5 · 20 %');
  const items = view.provider.getChildren(groups[0]);
  assert.equal(items.length, 5);
  const cited = view.provider.getTreeItem(items[3]);
  assert.equal(cited.label, 'lp. 2.6.4');
  assert.equal(cited.contextValue, 'coveredCited');
  assert.deepEqual(cited.command.arguments, ['file:///ws/plan.md', 9]);
  assert.match(cited.tooltip.value, /Sitert på linje 9[\s\S]*Kommunelegene har fått en sentral rolle[\s\S]*\[@ks2021, lp\. 2\.6\.4\]/);
  const uncovered = view.provider.getTreeItem(items[0]);
  assert.equal(uncovered.contextValue, 'uncovered');
  assert.equal(uncovered.command, undefined);
  const g35 = view.provider.getChildren(groups[1]);
  const topic = view.provider.getTreeItem(g35[0]);
  assert.equal(topic.contextValue, 'coveredTopic');
  assert.match(topic.tooltip.value, /Temaet «Utstyrsberedskap og smittevernutstyr» er omtalt på linje 7/);
  assert.match(topic.tooltip.value, /Det som telte: «Smittevernutstyr»/);
  assert.deepEqual(topic.command.arguments, ['file:///ws/plan.md', 7]);
});

test('an edit updates the view after a pause', async () => {
  const doc = fakeDocument('# Plan\n\nSe [@ks2021, lp. 9.3.8].\n');
  fake.activate(doc);
  await until(() => status().text.endsWith('1/37'), '1/37');
  const edited = fakeDocument('# Plan\n\nSe [@ks2021, lp. 9.3.8] og [@ks2021, lp. 9.3.7].\n');
  (fake.vscode.window as any).activeTextEditor.document = edited;
  fake.on.changeDoc.fire({ document: { ...edited, uri: doc.uri } });
  await until(() => status().text.endsWith('2/37'), '2/37 after the edit');
});

test('another kind of file hides the status bar and the view says to open a plan', async () => {
  fake.activate(fakeDocument('{"a": 1}', 'data.json', 'json'));
  await until(() => !status().visible, 'status hidden');
  assert.match(explorerView().message, /Åpne en plan i Markdown/);
  assert.deepEqual(explorerView().provider.getChildren(), []);
});

test('bad input: a sensible state, never a notification', async () => {
  const big = `# Stor\n\n${'Kommunen planlegger for kriseledelse. '.repeat(280_000)}\n\nSe [@ks2021, lp. 9.3.8].\n`;
  const cases: [string, string, string][] = [
    ['empty', '', '0/37'],
    ['front matter only', '---\nplantype: pandemiplan\nspråk: nn\n---\n', '0/37'],
    ['no headings', 'Litt tekst uten overskrift.\n', '0/37'],
    ['broken front matter', '---\nplantype: [\n---\n', '0/37'],
    ['10 MB', big, '/37'],
  ];
  for (const [name, text, expected] of cases) {
    fake.activate(undefined);
    await until(() => !status().visible, `${name}: cleared`);
    fake.activate(fakeDocument(text, `${name}.md`));
    await until(() => status().visible && status().text.includes(expected) && explorerView().description?.startsWith(`${name}.md`), name);
    if (expected === '0/37') assert.match(explorerView().message, /dekker ingen av de 37 læringspunktene/, name);
    assert.equal(explorerView().provider.getChildren().length, 8, name);
  }
  assert.ok(status().text.includes('1/37') || status().text.includes('2/37'), status().text);
  assert.deepEqual(fake.notifications, []);
});

test('the reveal command is registered for covered items, the insert command for uncovered ones', () => {
  for (const id of ['evidensplan.showCoverage', 'evidensplan.coverage.refresh', 'evidensplan.coverage.reveal', 'evidensplan.coverage.insertLearningPoint']) {
    assert.ok(fake.commands.has(id), id);
  }
});
