/**
 * How the current Markdown file is treated, in the status bar: as a plan (every
 * lint rule; its plan type and a sector plan's sector) or as other Markdown
 * (citation checks only), and why (front matter `plantype`, or a `plans` glob of
 * `.evidensplan.jsonc`). One click changes it: a pick of plan types that writes
 * `plantype` into the front matter, or removes it.
 */
import * as vscode from 'vscode';
import { catalogue, translate } from '../core/i18n.js';
import { PLAN_TYPES } from '../core/plan/frontmatter.js';
import { planSector } from '../core/topics/sector.js';
import { LazyLintConfigs } from './configs.js';
import { planTreatment, plantypeEdit } from '../core/lint/scope.js';
import type { Services } from './services.js';

export const PLAN_STATUS_COMMAND = 'evidensplan.setPlanType';

const M = catalogue('vscode.plan-status');

/** Registers the status bar item and its command (the extension passes the config look-up it shares with the diagnostics). */
export function registerPlanStatus(context: vscode.ExtensionContext, services: Services, shared?: LazyLintConfigs): void {
  const configs = shared ?? new LazyLintConfigs(services);
  if (!shared) context.subscriptions.push(configs);
  const t = (k: keyof typeof M, p: Record<string, string | number> = {}) => translate(M, k, services.uiLanguage(), p);
  const item = vscode.window.createStatusBarItem('evidensplan.planStatus', vscode.StatusBarAlignment.Right, 101);
  item.name = t('name');
  item.command = PLAN_STATUS_COMMAND;
  context.subscriptions.push(item);

  let generation = 0;
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const doc = editor?.document;
    const mine = ++generation;
    if (!doc || doc.languageId !== 'markdown') {
      item.hide();
      return;
    }
    try {
      const plan = services.planOf(doc);
      const { config } = await configs.configFor(doc);
      if (mine !== generation) return;
      const path = doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.path;
      const how = planTreatment(plan.frontmatter, path, config);
      const lines: string[] = [];
      if (how.plan) {
        const type = plan.frontmatter.plantype ?? t('noType');
        const sec = planSector(plan);
        item.text = t('planText', { type: sec.sector ? `${type} · ${sec.sector.id}` : type });
        lines.push(how.reason === 'plantype' ? t('whyPlantype', { type }) : t('whyConfig', { glob: how.glob ?? '' }));
        if (sec.sector) lines.push(t('sector', { sector: sec.sector.id, from: t(sec.from === 'title' ? 'fromTitle' : 'fromFrontMatter') }));
      } else {
        item.text = t('notPlanText');
        lines.push(t('whyNone'));
      }
      lines.push(t('click'));
      item.tooltip = lines.join('\n\n');
      item.show();
    } catch {
      item.hide();
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(PLAN_STATUS_COMMAND, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') return;
      const doc = editor.document;
      const current = services.planOf(doc).frontmatter.plantype;
      const picks = [
        ...PLAN_TYPES.map((p) => ({ label: p, description: p === current ? '✓' : undefined, detail: t('planPickDetail', { type: p }), value: p as string | undefined })),
        { label: t('notPlanPick'), description: current ? undefined : '✓', detail: undefined, value: undefined },
      ];
      const chosen = await vscode.window.showQuickPick(picks, { title: t('pickTitle') });
      if (!chosen) return;
      const edit = plantypeEdit(doc.getText(), chosen.value);
      if (edit) {
        const we = new vscode.WorkspaceEdit();
        we.replace(doc.uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text);
        await vscode.workspace.applyEdit(we);
      }
      if (!chosen.value) {
        const { config } = await configs.configFor(doc);
        const how = planTreatment({}, doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.path, config);
        if (how.plan) void vscode.window.showInformationMessage(t('stillByConfig', { glob: how.glob ?? '' }));
      }
      await update();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) void update();
    }),
    configs.onDidChange(() => void update()),
  );
  void update();
}
