/**
 * The coverage view (in the Explorer and in Evidensplan's own activity-bar
 * container) and the status-bar item "Læringspunkter 23/37" for the active
 * Markdown plan. Refreshes on edits (debounced) and when the active editor
 * changes. Bad input (empty, no headings, front matter only, 10 MB) gives a
 * sensible state and never an error notification.
 */
import * as vscode from 'vscode';
import { translate } from '../../core/i18n.js';
import { coverageOfPlan, type Coverage } from '../../core/coverage/index.js';
import { coverageMessages as M } from '../../core/coverage/messages.js';
import type { Services } from '../services.js';
import { chooseMode, insertFinding, languageOf } from '../snippets/learning-point-pick.js';
import { CoverageTreeProvider, INSERT_COMMAND, REVEAL_COMMAND, type Node } from './tree.js';
import { viewMessages as V } from './messages.js';

export const VIEW_ID = 'evidensplan.coverage';
export const CONTAINER_VIEW_ID = 'evidensplan.coverageView';
export const SHOW_COMMAND = 'evidensplan.showCoverage';
export const REFRESH_COMMAND = 'evidensplan.coverage.refresh';
const DEBOUNCE_MS = 300;
/** Plans longer than this (characters) are re-read on save, not on every pause in typing. */
const LIVE_LIMIT = 2_000_000;

function docLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

function isPlan(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && doc.languageId === 'markdown' && doc.uri.scheme !== 'output';
}

function basename(uri: vscode.Uri): string {
  const p = uri.path.split('/');
  return p[p.length - 1] || uri.toString();
}

export function registerCoverageFeatures(context: vscode.ExtensionContext, services: Services): void {
  const t = (k: keyof typeof V, p: Record<string, string | number> = {}) => translate(V, k, services.uiLanguage(), p);
  const tm = (k: keyof typeof M, p: Record<string, string | number> = {}) => translate(M, k, services.uiLanguage(), p);
  const provider = new CoverageTreeProvider(() => services.uiLanguage());
  const views = [VIEW_ID, CONTAINER_VIEW_ID].map((id) =>
    vscode.window.createTreeView<Node>(id, { treeDataProvider: provider, showCollapseAll: true }),
  );
  const status = vscode.window.createStatusBarItem('evidensplan.coverage.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Evidensplan: ' + tm('reportTitle');
  status.command = SHOW_COMMAND;
  context.subscriptions.push(status, ...views);

  let planUri: vscode.Uri | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const setMessage = (message: string | undefined, description?: string) => {
    for (const v of views) {
      v.message = message;
      v.description = description;
    }
  };

  const show = (doc: vscode.TextDocument, coverage: Coverage) => {
    const covered = coverage.covered.length;
    provider.set(coverage, doc.uri);
    setMessage(covered === 0 ? t('emptyPlan', { total: coverage.total }) : undefined, t('viewDescription', { name: basename(doc.uri), covered, total: coverage.total }));
    for (const v of views) v.badge = coverage.uncovered.length ? { value: coverage.uncovered.length, tooltip: tm('uncoveredHeading', { count: coverage.uncovered.length }) } : undefined;
    status.text = `$(checklist) ${tm('statusBar', { covered, total: coverage.total })}`;
    status.tooltip = tm('statusBarTooltip', { covered, total: coverage.total });
    status.accessibilityInformation = { label: tm('statusBar', { covered, total: coverage.total }) };
    status.show();
  };

  const clear = () => {
    planUri = undefined;
    provider.set(undefined, undefined);
    setMessage(t('noPlan'));
    for (const v of views) v.badge = undefined;
    status.hide();
  };

  const update = async (doc: vscode.TextDocument | undefined) => {
    const mine = ++generation;
    if (!isPlan(doc)) {
      // Focus moved to a view or panel: keep the plan that was last shown while its editor is still open.
      const stillOpen = planUri && vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === planUri!.toString());
      if (!doc && stillOpen) return;
      clear();
      return;
    }
    planUri = doc.uri;
    try {
      const report = await services.getReport();
      if (mine !== generation) return;
      // The plan model is shared with diagnostics and hovers: parsed once per document version.
      show(doc, coverageOfPlan(services.planOf(doc), report));
    } catch (err) {
      if (mine !== generation) return;
      provider.set(undefined, doc.uri);
      setMessage(t('failed', { reason: err instanceof Error ? err.message : String(err) }));
      status.hide();
    }
  };

  const schedule = (doc: vscode.TextDocument) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void update(doc);
    }, DEBOUNCE_MS);
  };

  context.subscriptions.push(
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor((e) => void update(e?.document)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (planUri && e.document.uri.toString() === planUri.toString() && docLength(e.document) <= LIVE_LIMIT) schedule(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (planUri && doc.uri.toString() === planUri.toString()) schedule(doc);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      // A language change (plain text → Markdown) reopens the document.
      if (vscode.window.activeTextEditor?.document === doc) void update(doc);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (planUri && doc.uri.toString() === planUri.toString()) clear();
    }),
    vscode.commands.registerCommand(SHOW_COMMAND, async () => {
      // Evidensplan's own container: the whole side bar height for the 37 learning points.
      await vscode.commands.executeCommand(`${CONTAINER_VIEW_ID}.focus`).then(undefined, () =>
        vscode.commands.executeCommand(`${VIEW_ID}.focus`),
      );
    }),
    vscode.commands.registerCommand(REFRESH_COMMAND, () => update(vscode.window.activeTextEditor?.document)),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: string | vscode.Uri, line: number) => {
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      const doc = await vscode.workspace.openTextDocument(target);
      const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
      const l = Math.max(0, Math.min(doc.lineCount - 1, (Number(line) || 1) - 1));
      const range = doc.lineAt(l).range;
      editor.selection = new vscode.Selection(range.start, range.start);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand(INSERT_COMMAND, async (node?: Node | string) => {
      const locator = typeof node === 'string' ? node : node?.type === 'item' ? node.item.locator : undefined;
      if (!locator) return;
      const uri = provider.current.uri ?? planUri;
      let editor = vscode.window.visibleTextEditors.find((e) => uri && e.document.uri.toString() === uri.toString());
      if (!editor && uri) editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      if (!editor) {
        void vscode.window.showInformationMessage(t('noTarget'));
        return;
      }
      const report = await services.getReport();
      const finding = report.get(locator);
      if (!finding) return;
      const mode = await chooseMode(context, services, finding.locator);
      if (!mode) return;
      editor = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
      await insertFinding(editor, finding, mode, languageOf(services, editor.document));
    }),
  );

  setMessage(t('noPlan'));
  void update(vscode.window.activeTextEditor?.document);
}
