/**
 * Search from the editor:
 *
 * - "Søk i rapporten" (evidensplan.searchReport): a QuickPick with live results
 *   as you type, each with its citation. Enter inserts the citation at the
 *   cursor of the active plan (or copies it when no plan is open); the book
 *   button on an item opens the finding in the report view.
 * - The view "Evidens for avsnittet" (evidensplan.evidence): the strongest
 *   evidence in the report for the paragraph under the cursor, refreshed as the
 *   cursor moves. Click opens the finding; the inline button inserts its citation.
 *
 * Both use the one look-up (EvidenceSearch.search, through ./items.ts).
 */
import * as vscode from 'vscode';
import { translate } from '../../core/i18n.js';
import type { EvidenceSearch } from '../../core/search/index.js';
import type { Services } from '../services.js';
import { evidenceFor, paragraphAt, searchItems, type SearchItem } from './items.js';
import { searchMessages as M } from './messages.js';

export const SEARCH_COMMAND = 'evidensplan.searchReport';
export const EVIDENCE_VIEW = 'evidensplan.evidence';
export const INSERT_COMMAND = 'evidensplan.search.insertCitation';
const OPEN_COMMAND = 'evidensplan.openInReport';
const DEBOUNCE_MS = 250;

type PickItem = vscode.QuickPickItem & { item?: SearchItem };

function isPlanEditor(e: vscode.TextEditor | undefined): e is vscode.TextEditor {
  return !!e && e.document.languageId === 'markdown' && e.document.uri.scheme !== 'evidensplan-report';
}

/** Inserts a citation at the selection of the last plan editor, or copies it. */
async function insertCitation(citation: string, editor: vscode.TextEditor | undefined, services: Services): Promise<void> {
  const t = (k: keyof typeof M, p: Record<string, string> = {}) => translate(M, k, services.uiLanguage(), p);
  if (isPlanEditor(editor)) {
    const sel = editor.selection;
    const ok = await editor.edit((b) => b.replace(sel, citation));
    if (ok) vscode.window.setStatusBarMessage(t('inserted', { citation }), 3000);
    return;
  }
  await vscode.env.clipboard.writeText(citation);
  vscode.window.setStatusBarMessage(t('copied', { citation }), 3000);
}

class EvidenceNode extends vscode.TreeItem {
  constructor(readonly item: SearchItem | undefined, label: string) {
    super(label, vscode.TreeItemCollapsibleState.None);
  }
}

class EvidenceProvider implements vscode.TreeDataProvider<EvidenceNode> {
  private readonly changed = new vscode.EventEmitter<EvidenceNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  items: SearchItem[] = [];
  message = '';

  constructor(private readonly openLabel: () => string) {}

  set(items: SearchItem[]): void {
    this.items = items;
    this.changed.fire(undefined);
  }

  getTreeItem(n: EvidenceNode): vscode.TreeItem {
    return n;
  }

  getChildren(): EvidenceNode[] {
    return this.items.map((it) => {
      const n = new EvidenceNode(it, it.citation);
      n.description = it.description;
      n.tooltip = new vscode.MarkdownString().appendText(`${it.citation}\n\n${it.finding.text.slice(0, 1200)}`);
      n.command = { command: OPEN_COMMAND, title: this.openLabel(), arguments: [it.locator] };
      n.contextValue = 'evidence';
      n.iconPath = new vscode.ThemeIcon(it.finding.kind === 'learning-point' ? 'lightbulb' : it.finding.kind === 'key-experience' ? 'star' : 'quote');
      return n;
    });
  }
}

/** Registers the search command, the evidence view and its insert command. */
export function register(context: vscode.ExtensionContext, services: Services): void {
  const lang = () => services.uiLanguage();
  const t = (k: keyof typeof M, p: Record<string, string | number> = {}) => translate(M, k, lang(), p);
  let lastPlanEditor: vscode.TextEditor | undefined = isPlanEditor(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : undefined;

  // --- Søk i rapporten -------------------------------------------------------
  const openSearch = async (initial?: unknown) => {
    const editor = isPlanEditor(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : lastPlanEditor;
    let search: EvidenceSearch;
    try {
      search = await services.getSearch();
    } catch (err) {
      void vscode.window.showErrorMessage(String((err as Error)?.message ?? err));
      return;
    }
    const qp = vscode.window.createQuickPick<PickItem>();
    qp.title = t('title');
    qp.placeholder = t('placeholder');
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    // VS Code filters items by the typed text; our look-up already did (paraphrases match too).
    (qp as unknown as { sortByLabel: boolean }).sortByLabel = false;
    const openButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('book'), tooltip: t('openInReport') };
    const update = (value: string) => {
      const items = searchItems(search, value, lang());
      if (!items.length) {
        qp.items = value.trim() ? [{ label: t('none', { query: value.length > 60 ? `${value.slice(0, 60)}…` : value }), alwaysShow: true }] : [];
        return;
      }
      qp.items = items.map((it) => ({ label: it.citation, description: it.description, detail: it.detail, alwaysShow: true, buttons: [openButton], item: it }));
    };
    const disposables: vscode.Disposable[] = [
      qp.onDidChangeValue(update),
      qp.onDidTriggerItemButton((e) => {
        if (e.item.item) void vscode.commands.executeCommand(OPEN_COMMAND, e.item.item.locator);
      }),
      qp.onDidAccept(async () => {
        const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
        if (!chosen?.item) return;
        qp.hide();
        await insertCitation(chosen.item.citation, editor, services);
      }),
      qp.onDidHide(() => {
        for (const d of disposables) d.dispose();
        qp.dispose();
      }),
    ];
    const start = typeof initial === 'string' ? initial : editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : '';
    if (start) {
      qp.value = start.slice(0, 200);
      update(qp.value);
    }
    qp.show();
  };

  // --- Evidens for avsnittet -------------------------------------------------
  const provider = new EvidenceProvider(() => t('openInReport'));
  const view = vscode.window.createTreeView<EvidenceNode>(EVIDENCE_VIEW, { treeDataProvider: provider });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const refresh = async () => {
    const g = ++generation;
    const editor = vscode.window.activeTextEditor;
    if (!isPlanEditor(editor)) return; // keep showing the last plan's evidence while elsewhere
    lastPlanEditor = editor;
    const doc = editor.document;
    const line = editor.selection.active.line;
    // The plan model shared with the other features (one analysis per document version).
    const p = paragraphAt(services.planOf(doc), line);
    if (!p) {
      provider.set([]);
      view.message = t('noParagraph');
      view.description = undefined;
      return;
    }
    let search: EvidenceSearch;
    try {
      search = await services.getSearch();
    } catch {
      return;
    }
    if (g !== generation) return;
    const items = evidenceFor(search, p, lang());
    provider.set(items);
    view.message = items.length ? undefined : t('noEvidence');
    view.description = t('forParagraph', { line: p.line + 1 });
  };
  // Only a view someone can see is worth a search: a hidden view is marked stale and brought up to
  // date when it is shown (at activation it is usually hidden, and the search would delay the first
  // hover and diagnostics).
  let stale = true;
  const refreshIfShown = () => {
    const editor = vscode.window.activeTextEditor;
    if (isPlanEditor(editor)) lastPlanEditor = editor;
    if (view.visible === false) {
      stale = true;
      return;
    }
    stale = false;
    void refresh();
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refreshIfShown, DEBOUNCE_MS);
  };

  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(SEARCH_COMMAND, openSearch),
    vscode.commands.registerCommand(INSERT_COMMAND, async (node?: unknown) => {
      const citation = node instanceof EvidenceNode ? node.item?.citation : typeof node === 'string' ? node : undefined;
      if (citation) await insertCitation(citation, isPlanEditor(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : lastPlanEditor, services);
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (isPlanEditor(e.textEditor)) schedule();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => schedule()),
    view.onDidChangeVisibility((e) => {
      if (e.visible && stale) refreshIfShown();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  refreshIfShown();
}
