/**
 * "Evidensplan: Sett inn seksjonsmal…" (a topic's section template at the
 * cursor, also run by the missing-topic quick fix with a topic id) and
 * "Evidensplan: Ny plan" (an untitled Markdown plan from the plantype template).
 */
import * as vscode from 'vscode';
import { translate } from '../../core/i18n.js';
import {
  PLANTYPES,
  isPlantype,
  listSectionTemplates,
  renderNewPlan,
  renderSectionTemplate,
  type PlanLanguage,
  type Plantype,
} from '../../core/snippets/templates.js';
import { topicsForPlantype } from '../../core/snippets/taxonomy.js';
import type { Services } from '../services.js';
import { snippetMessages as M } from './messages.js';
import { blockInsertPosition, snippetBody } from './learning-point-pick.js';

type T = (k: keyof typeof M, p?: Record<string, string | number>) => string;

function tr(services: Services): T {
  const lang = services.uiLanguage();
  return (k, p = {}) => translate(M, k, lang, p);
}

export interface InsertSectionArgs {
  topicId?: string;
  /** Document to insert into (default: the active editor's). */
  uri?: string | vscode.Uri;
  /** 1-based line to insert at (default: the cursor). */
  line?: number;
  language?: PlanLanguage;
}

/** Inserts a topic's section template; asks for the topic when none is given. */
export async function insertSectionTemplate(services: Services, args: InsertSectionArgs = {}): Promise<boolean> {
  const t = tr(services);
  let editor = vscode.window.activeTextEditor;
  if (args.uri) {
    const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
    const doc = await vscode.workspace.openTextDocument(uri);
    editor = await vscode.window.showTextDocument(doc);
  }
  if (!editor) {
    void vscode.window.showInformationMessage(t('noEditor'));
    return false;
  }
  let plantype: string | undefined;
  let lang: PlanLanguage = args.language ?? 'nb';
  try {
    const plan = services.planOf(editor.document);
    plantype = plan.frontmatter.plantype;
    if (!args.language) lang = plan.language;
  } catch {
    /* an unreadable plan still gets a Bokmål template */
  }
  let topicId = args.topicId;
  if (!topicId) {
    const applicable = new Set(isPlantype(plantype) ? topicsForPlantype(plantype).map((x) => x.id) : []);
    const list = listSectionTemplates(lang);
    if (!list.length) {
      void vscode.window.showInformationMessage(t('noTopics'));
      return false;
    }
    const items = [...list]
      .sort((a, b) => Number(applicable.has(b.id)) - Number(applicable.has(a.id)))
      .map((x) => ({
        label: x.title,
        description: applicable.has(x.id) && plantype ? t('topicForPlantype', { plantype }) : undefined,
        detail: x.learningPoints.join(', '),
        id: x.id,
      }));
    const picked = await vscode.window.showQuickPick(items, { title: t('pickTopicTitle'), placeHolder: t('pickTopic'), matchOnDetail: true });
    if (!picked) return false;
    topicId = picked.id;
  }
  const rendered = renderSectionTemplate(topicId, lang);
  if (args.line !== undefined) {
    const line = Math.max(0, Math.min(editor.document.lineCount - 1, args.line - 1));
    const pos = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(pos, pos);
  }
  const { position, lead, trail } = blockInsertPosition(editor);
  return editor.insertSnippet(new vscode.SnippetString(`${lead}${snippetBody(rendered.snippet)}$0${trail}`), position);
}

export interface NewPlanArgs {
  plantype?: string;
  language?: PlanLanguage;
  kommune?: string;
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Opens an untitled Markdown plan from the template; asks for plantype and language when not given. */
export async function newPlan(services: Services, args: NewPlanArgs = {}): Promise<vscode.TextEditor | undefined> {
  const t = tr(services);
  let plantype: Plantype | undefined = isPlantype(args.plantype) ? args.plantype : undefined;
  if (!plantype) {
    const picked = await vscode.window.showQuickPick(
      PLANTYPES.map((p) => ({
        label: t(`plantype.${p}` as keyof typeof M),
        description: p,
        detail: t(`plantype.${p}.detail` as keyof typeof M),
        plantype: p,
      })),
      { title: t('newPlanTitle'), placeHolder: t('pickPlantype') },
    );
    if (!picked) return undefined;
    plantype = picked.plantype;
  }
  let lang: PlanLanguage | undefined = args.language === 'nn' || args.language === 'nb' ? args.language : undefined;
  if (!lang) {
    const ui = services.uiLanguage();
    const options = [
      { label: t('bokmal'), description: 'nb', lang: 'nb' as const },
      { label: t('nynorsk'), description: 'nn', lang: 'nn' as const },
    ];
    if (ui === 'nn') options.reverse();
    const picked = await vscode.window.showQuickPick(options, { title: t('newPlanTitle'), placeHolder: t('pickLanguage') });
    if (!picked) return undefined;
    lang = picked.lang;
  }
  const plan = renderNewPlan(plantype, lang, { today: today(), kommune: args.kommune, topics: topicsForPlantype(plantype) });
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(plan.snippet), new vscode.Position(0, 0));
  return editor;
}
