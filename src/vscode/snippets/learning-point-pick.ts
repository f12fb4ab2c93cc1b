/**
 * "Evidensplan: Sett inn læringspunkt…": a QuickPick of every learning point
 * and key experience, grouped by chapter (separators), searched by words with
 * the same full-text look-up as `evidensplan lookup`, the full text in each
 * item's detail and a preview button; then verbatim or paraphrase, remembered.
 */
import * as vscode from 'vscode';
import type { Finding } from '../../core/model.js';
import { translate, type UiLanguage } from '../../core/i18n.js';
import { learningPointInsert, type InsertMode } from '../../core/snippets/learning-point.js';
import { analyzePlan } from '../../core/plan/analyze.js';
import type { Services } from '../services.js';
import { snippetMessages as M } from './messages.js';
import { PREVIEW_SCHEME, previewUri } from './preview.js';
import { kindLabel } from '../../core/kinds.js';

export const LAST_MODE_KEY = 'evidensplan.insertLearningPoint.lastMode';

interface FindingItem extends vscode.QuickPickItem {
  finding?: Finding;
}

/** Learning points and key experiences in report order. */
export function pickableFindings(report: { findings: readonly Finding[] }): Finding[] {
  return report.findings.filter((f) => f.kind === 'learning-point' || f.kind === 'key-experience');
}

function itemFor(f: Finding, lang: UiLanguage, previewButton: vscode.QuickInputButton): FindingItem {
  const kind = kindLabel(f.kind, lang, { capital: true });
  return {
    label: f.locator,
    description: `${kind} · ${f.sectionTitle}`,
    detail: f.text.replace(/\s+/g, ' '),
    finding: f,
    buttons: [previewButton],
  };
}

/** Items grouped by section with separators (the empty-query view). */
function groupedItems(findings: Finding[], make: (f: Finding) => FindingItem): FindingItem[] {
  const out: FindingItem[] = [];
  let current = '';
  for (const f of findings) {
    if (f.section !== current) {
      current = f.section;
      out.push({ label: `${f.section} ${f.sectionTitle}`, kind: vscode.QuickPickItemKind.Separator });
    }
    out.push(make(f));
  }
  return out;
}

/** Shows the picker; resolves to the chosen finding or undefined. */
export async function pickLearningPoint(services: Services, initialQuery = ''): Promise<Finding | undefined> {
  const lang = services.uiLanguage();
  const t = (k: keyof typeof M, p: Record<string, string | number> = {}) => translate(M, k, lang, p);
  const previewButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('open-preview'), tooltip: t('preview') };
  const make = (f: Finding) => itemFor(f, lang, previewButton);

  // The picker opens at once (busy) and fills when the report is loaded: keystrokes land in it, not in the plan.
  const qp = vscode.window.createQuickPick<FindingItem>();
  qp.title = t('pickLearningPointTitle');
  qp.placeholder = t('pickLearningPoint');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.busy = true;
  let all: Finding[] = [];
  let grouped: FindingItem[] = [];
  let ready = false;
  let seq = 0;

  const update = async (value: string) => {
    const mine = ++seq;
    if (!ready) return;
    const query = value.trim();
    if (!query) {
      qp.items = grouped;
      return;
    }
    try {
      const search = await services.getSearch();
      if (mine !== seq) return;
      const hits = search.search(query, { limit: 40, kinds: ['learning-point', 'key-experience'], prefix: true });
      const ranked = hits.map((h) => h.finding).filter((f) => f.kind === 'learning-point' || f.kind === 'key-experience');
      // Search results first (always shown, ranked); the rest stay reachable through VS Code's own filter.
      const seen = new Set(ranked.map((f) => f.locator));
      const items: FindingItem[] = [];
      if (ranked.length) {
        items.push({ label: t('searchResults', { query }), kind: vscode.QuickPickItemKind.Separator });
        for (const f of ranked) items.push({ ...make(f), alwaysShow: true });
      }
      items.push(...groupedItems(all.filter((f) => !seen.has(f.locator)), make));
      qp.items = items;
    } catch {
      qp.items = grouped;
    }
  };

  return new Promise<Finding | undefined>((resolve) => {
    let done = false;
    const finish = (f: Finding | undefined) => {
      if (done) return;
      done = true;
      resolve(f);
      qp.dispose();
    };
    qp.onDidChangeValue((v) => void update(v));
    qp.onDidTriggerItemButton(async (e) => {
      const f = e.item.finding;
      if (!f) return;
      const uri = previewUri(f.locator);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, async () => {
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      });
    });
    qp.onDidAccept(() => {
      const f = qp.selectedItems[0]?.finding ?? qp.activeItems[0]?.finding;
      if (f) finish(f);
    });
    qp.onDidHide(() => finish(undefined));
    if (initialQuery) qp.value = initialQuery;
    qp.show();
    services.getReport().then(
      (report) => {
        all = pickableFindings(report);
        grouped = groupedItems(all, make);
        ready = true;
        qp.busy = false;
        qp.items = grouped;
        void update(qp.value);
      },
      () => {
        qp.busy = false;
        finish(undefined);
      },
    );
  });
}

/** The insert mode: from the setting, else asked (last choice first) and remembered. */
export async function chooseMode(
  context: vscode.ExtensionContext,
  services: Services,
  locator: string,
): Promise<InsertMode | undefined> {
  const setting = vscode.workspace.getConfiguration('evidensplan').get<string>('insertLearningPoint.mode', 'ask');
  if (setting === 'verbatim' || setting === 'paraphrase') return setting;
  const lang = services.uiLanguage();
  const t = (k: keyof typeof M, p: Record<string, string | number> = {}) => translate(M, k, lang, p);
  const last = context.globalState.get<InsertMode>(LAST_MODE_KEY);
  const options: (vscode.QuickPickItem & { mode: InsertMode })[] = [
    { label: t('modeVerbatim'), detail: t('modeVerbatimDetail'), mode: 'verbatim' },
    { label: t('modeParaphrase'), detail: t('modeParaphraseDetail'), mode: 'paraphrase' },
  ];
  if (last === 'paraphrase') options.reverse();
  if (last) options[0].description = t('lastChoice');
  const picked = await vscode.window.showQuickPick(options, { title: t('pickMode', { locator }), placeHolder: t('pickMode', { locator }) });
  if (!picked) return undefined;
  await context.globalState.update(LAST_MODE_KEY, picked.mode);
  return picked.mode;
}

/**
 * Where a block (blockquote, section) goes: on the cursor's line when it is
 * empty, else after the paragraph the cursor is in (never splitting it), with
 * blank lines around it as Markdown needs.
 */
export function blockInsertPosition(editor: vscode.TextEditor): { position: vscode.Position; lead: string; trail: string } {
  const doc = editor.document;
  const pos = editor.selection.active;
  const blank = (l: number) => l < 0 || l >= doc.lineCount || doc.lineAt(l).isEmptyOrWhitespace;
  if (blank(pos.line)) {
    return {
      position: doc.lineAt(pos.line).range.start,
      lead: blank(pos.line - 1) ? '' : '\n',
      trail: blank(pos.line + 1) ? '' : '\n',
    };
  }
  let last = pos.line;
  // Bounded walk to the end of the paragraph (a 10 MB one-paragraph file must not stall).
  for (let i = 0; i < 10_000 && !blank(last + 1); i++) last += 1;
  return { position: doc.lineAt(last).range.end, lead: '\n\n', trail: '' };
}

/** A snippet body without its final newlines and `$0`, so the caller places them. */
export function snippetBody(snippet: string): string {
  return snippet.replace(/\n*\$0$/, '').replace(/\n+$/, '');
}

/** Inserts a finding at the cursor in the plan's language. */
export async function insertFinding(
  editor: vscode.TextEditor,
  finding: Finding,
  mode: InsertMode,
  lang: 'nb' | 'nn' = safeLanguage(editor.document.getText()),
): Promise<boolean> {
  const ins = learningPointInsert(finding, mode, lang);
  if (mode === 'verbatim') {
    const { position, lead, trail } = blockInsertPosition(editor);
    return editor.insertSnippet(new vscode.SnippetString(`${lead}${snippetBody(ins.snippet)}$0${trail}`), position);
  }
  return editor.insertSnippet(new vscode.SnippetString(`${snippetBody(ins.snippet)}$0`), editor.selection);
}

/** The plan's language from the shared plan cache, never throwing (Bokmål when unsure). */
export function languageOf(services: Services, document: vscode.TextDocument): 'nb' | 'nn' {
  try {
    return services.planOf(document).language;
  } catch {
    return 'nb';
  }
}

/** The plan's language, never throwing (Bokmål when unsure). */
export function safeLanguage(text: string): 'nb' | 'nn' {
  try {
    return analyzePlan(text).language;
  } catch {
    return 'nb';
  }
}

export { PREVIEW_SCHEME };
