/**
 * "Søk i rapporten" and the view "Evidens for avsnittet", driven as a writer
 * would in a stand-in editor (fake `vscode` around the real register.ts and the
 * real built index): type in the search box, see citations live, Enter inserts
 * the citation, the book button opens the finding; move the cursor into a
 * paragraph and the view shows the strongest evidence for it.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundled } from '../support/bundled.js';
import { EventEmitter, Selection, fakeDocument, fakeVscode, type FakeDocument } from '../coverage/fake-vscode.js';
import { loadSearchSync } from '../../src/node/search.js';
import { evidenceFor, paragraphAt, searchItems } from '../../src/vscode/search/items.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const search = loadSearchSync();
const fake = fakeVscode();
const opened: unknown[] = [];
const clipboard: string[] = [];
const quickPicks: any[] = [];
const selectionChanged = new EventEmitter<any>();

/** A QuickPick that records what it shows and lets the test type, accept and press item buttons. */
function fakeQuickPick() {
  const ev = { value: new EventEmitter<string>(), accept: new EventEmitter<void>(), button: new EventEmitter<any>(), hide: new EventEmitter<void>() };
  const qp: any = {
    items: [] as any[],
    selectedItems: [] as any[],
    activeItems: [] as any[],
    value: '',
    visible: false,
    onDidChangeValue: ev.value.event,
    onDidAccept: ev.accept.event,
    onDidTriggerItemButton: ev.button.event,
    onDidHide: ev.hide.event,
    show() {
      this.visible = true;
    },
    hide() {
      this.visible = false;
      ev.hide.fire();
    },
    dispose() {},
    type(v: string) {
      this.value = v;
      ev.value.fire(v);
    },
    async accept(i = 0) {
      this.selectedItems = [this.items[i]];
      ev.accept.fire();
      await new Promise((r) => setTimeout(r, 10));
    },
    pressButton(i = 0) {
      ev.button.fire({ item: this.items[i], button: this.items[i].buttons[0] });
    },
  };
  quickPicks.push(qp);
  return qp;
}

/** An editor over a fake document whose `edit` really changes the text. */
function editorOf(text: string, line = 0, character = 0) {
  let current = text;
  let doc: FakeDocument = fakeDocument(current);
  const editor: any = {
    get document() {
      return doc;
    },
    selection: new Selection(line, character, line, character),
    viewColumn: 1,
    async edit(fn: (b: { replace(r: any, s: string): void }) => void) {
      fn({
        replace(r: any, s: string) {
          const a = doc.offsetAt(r.start);
          const b = doc.offsetAt(r.end);
          current = current.slice(0, a) + s + current.slice(b);
          doc = fakeDocument(current);
        },
      });
      return true;
    },
    text: () => current,
  };
  return editor;
}

before(async () => {
  const v: any = fake.vscode;
  v.window.createQuickPick = fakeQuickPick;
  v.window.onDidChangeTextEditorSelection = selectionChanged.event;
  v.window.setStatusBarMessage = () => ({ dispose() {} });
  v.env = { clipboard: { writeText: async (s: string) => void clipboard.push(s) } };
  const realExec = v.commands.executeCommand;
  v.commands.executeCommand = async (id: string, ...args: unknown[]) => {
    if (id === 'evidensplan.openInReport') opened.push(args[0]);
    return realExec(id, ...args);
  };
  const mod = await loadBundled<{ register: (ctx: unknown, services: unknown) => void }>('src/vscode/search/register.ts', fake.vscode);
  mod.register(
    { subscriptions: [] },
    { getSearch: async () => search, getReport: async () => search.report, uiLanguage: () => 'nb', extensionPath: root, planOf: (d: { getText(): string }) => analyzePlan(d.getText()) },
  );
});

async function until(fn: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (fn()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('the look-up behind both faces: citations for what a writer types, nothing for a word the report lacks', () => {
  const items = searchItems(search, 'vi manglet munnbind', 'nb');
  assert.ok(items.length > 0);
  assert.ok(items.slice(0, 3).some((i) => i.citation === '[@ks2021, lp. 3.5.1]'), items.map((i) => i.citation).join());
  for (const i of items) assert.match(i.citation, /^\[@ks2021, [^\]]+\]$/);
  assert.deepEqual(searchItems(search, 'evakuering', 'nb'), []);
  assert.deepEqual(searchItems(search, '   ', 'nb'), []);
  // As you type: the last word is a prefix.
  assert.ok(searchItems(search, 'beredskapsla', 'nb').some((i) => i.locator === 'lp. 3.5.1'));
});

test('the paragraph under the cursor: its block and heading; none on headings, blank lines, front matter or code', () => {
  const lines = ['---', 'plantype: pandemiplan', '---', '', '# Smittevern', '', 'Kommunen skal ha et lager', 'av munnbind.', '', '```', 'kode', '```'];
  const plan = analyzePlan(lines.join('\n'));
  assert.deepEqual(paragraphAt(plan, 7), { text: 'Kommunen skal ha et lager\nav munnbind.', line: 6, heading: 'Smittevern' });
  for (const l of [0, 1, 3, 4, 5, 10, 99]) assert.equal(paragraphAt(plan, l), undefined, `line ${l}`);
  const ev = evidenceFor(search, paragraphAt(plan, 6)!, 'nb');
  assert.ok(ev.some((i) => i.locator === 'lp. 3.5.1'), ev.map((i) => i.locator).join());
});

test('Søk i rapporten: live results with citations; Enter inserts the citation at the cursor; the button opens the finding', async () => {
  const editor = editorOf('# Plan\n\nKommunen skal ha et lager av utstyr. \n', 2, 37);
  fake.vscode.window.activeTextEditor = editor;
  await fake.commands.get('evidensplan.searchReport')!();
  const qp = quickPicks.at(-1);
  assert.ok(qp.visible);
  qp.type('mangel på munnbind');
  assert.ok(qp.items.length > 1);
  assert.ok(qp.items.slice(0, 3).some((i: any) => i.label === '[@ks2021, lp. 3.5.1]'), qp.items.map((i: any) => i.label).join());
  assert.ok(qp.items.every((i: any) => /^\[@ks2021, /.test(i.label) && i.detail && i.description));
  qp.type('evakuering');
  assert.equal(qp.items.length, 1);
  assert.match(qp.items[0].label, /^Ingen treff i rapporten for «evakuering»/);
  await qp.accept(0); // accepting the "Ingen treff" line inserts nothing
  assert.equal(editor.text(), '# Plan\n\nKommunen skal ha et lager av utstyr. \n');
  qp.type('mangel på munnbind');
  const idx = qp.items.findIndex((i: any) => i.label === '[@ks2021, lp. 3.5.1]');
  qp.pressButton(idx);
  assert.deepEqual(opened.at(-1), 'lp. 3.5.1');
  await qp.accept(idx);
  assert.equal(editor.text(), '# Plan\n\nKommunen skal ha et lager av utstyr. [@ks2021, lp. 3.5.1]\n');
  assert.equal(qp.visible, false);
});

test('Søk i rapporten without an open plan copies the citation', async () => {
  // No plan editor has been seen by the evidence view yet, and none is active: nowhere to insert.
  fake.vscode.window.activeTextEditor = undefined;
  const before = clipboard.length;
  await fake.commands.get('evidensplan.searchReport')!('hjemmekontor');
  const qp = quickPicks.at(-1);
  assert.ok(qp.items.length > 0, 'the argument is the initial query');
  await qp.accept(0);
  assert.equal(clipboard.length, before + 1);
  assert.equal(clipboard.at(-1), qp.items[0].label);
});

test('Evidens for avsnittet: the strongest evidence for the paragraph under the cursor, refreshed as the cursor moves', async () => {
  const text = ['# Beredskapsplan', '', '## Smittevernutstyr', '', 'Kommunen skal ha et beredskapslager for munnbind og annet smittevernutstyr.', '', '## Sårbare barn og unge', '', 'Skoler og barnehager skal holdes åpne for sårbare barn og unge ved nedstengning.', ''].join('\n');
  const editor = editorOf(text, 4, 3);
  fake.vscode.window.activeTextEditor = editor;
  selectionChanged.fire({ textEditor: editor });
  const view = () => fake.views.find((v: any) => v.id === 'evidensplan.evidence');
  await until(() => view()?.provider.getChildren().some((n: any) => n.item?.locator === 'lp. 3.5.1'), 'lp. 3.5.1 for the equipment paragraph');
  assert.equal(view().description, 'for avsnittet på linje 5');
  const first = view().provider.getChildren()[0];
  assert.equal(first.command.command, 'evidensplan.openInReport');
  assert.match(first.label, /^\[@ks2021, /);
  // Move to the paragraph about vulnerable children.
  editor.selection = new Selection(8, 5, 8, 5);
  selectionChanged.fire({ textEditor: editor });
  await until(() => view().provider.getChildren().some((n: any) => n.item?.finding.section === '7.4'), 'a 7.4 learning point for the children paragraph');
  // The inline button inserts the citation into the plan.
  const node = view().provider.getChildren()[0];
  const line = 'Skoler og barnehager skal holdes åpne for sårbare barn og unge ved nedstengning.';
  editor.selection = new Selection(8, line.length, 8, line.length);
  await fake.commands.get('evidensplan.search.insertCitation')!(node);
  assert.ok(editor.text().includes(`${line}${node.item.citation}\n`), editor.text());
  // On a heading: a hint, no evidence.
  editor.selection = new Selection(0, 2, 0, 2);
  selectionChanged.fire({ textEditor: editor });
  await until(() => view().provider.getChildren().length === 0, 'an empty view on a heading');
  assert.match(view().message, /Sett markøren i et avsnitt/);
});

test('Evidens for avsnittet searches only while it is shown: a hidden view is brought up to date when opened', async () => {
  const view = () => fake.views.find((v: any) => v.id === 'evidensplan.evidence');
  const text = ['# Beredskapsplan', '', 'Kommunen skal ha et beredskapslager for munnbind og annet smittevernutstyr.', '', 'Skoler og barnehager skal holdes åpne for sårbare barn og unge ved nedstengning.', ''].join('\n');
  const editor = editorOf(text, 2, 3);
  fake.vscode.window.activeTextEditor = editor;
  selectionChanged.fire({ textEditor: editor });
  await until(() => view().description === 'for avsnittet på linje 3', 'the shown view follows the cursor');
  const shown = view().provider.getChildren().map((n: any) => n.item?.locator);
  view().setVisible(false);
  editor.selection = new Selection(4, 5, 4, 5);
  selectionChanged.fire({ textEditor: editor });
  await new Promise((r) => setTimeout(r, 400)); // past the debounce
  assert.equal(view().description, 'for avsnittet på linje 3', 'a hidden view is not refreshed');
  assert.deepEqual(view().provider.getChildren().map((n: any) => n.item?.locator), shown);
  view().setVisible(true);
  await until(() => view().description === 'for avsnittet på linje 5', 'opened again, it shows the paragraph under the cursor');
});

