/**
 * Quick fixes from the lint messages: each fix and suggestion, "fix all <rule>
 * in the file", and "disable <rule>" for the line, the file (inline comments)
 * or the workspace (`.evidensplan.jsonc`, only in a trusted workspace). The
 * fixes come from the lint group (./lazy.ts), loaded by the lint that made the
 * diagnostics.
 */
import * as vscode from 'vscode';
import type { LintMessage, TextEdit } from '../core/lint/types.js';
import { t } from '../core/editor/messages.js';
import type { Services } from './services.js';
import type { LintDiagnostics } from './diagnostics.js';
import type { LazyLintConfigs } from './configs.js';
import { lintCore, type LintCore } from './lazy.js';
import { errorText, isPlan, log } from './util.js';

export const DISABLE_IN_WORKSPACE = 'evidensplan.disableRuleInWorkspace';
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('evidensplan');

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'string' || typeof c === 'number') return String(c);
  return c ? String(c.value) : undefined;
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) {
    we.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  }
  return we;
}

export class LintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly services: Services,
    private readonly diagnostics: LintDiagnostics,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[] | undefined> {
    if (!isPlan(document)) return undefined;
    try {
      const messages = this.diagnostics.messagesFor(document) ?? (await this.diagnostics.lint(document));
      if (!messages || token.isCancellationRequested) return undefined;
      const core = await lintCore();
      if (token.isCancellationRequested) return undefined;
      const lang = this.services.uiLanguage();
      const actions: vscode.CodeAction[] = [];

      if (context.only && FIX_ALL_KIND.contains(context.only) && !vscode.CodeActionKind.QuickFix.contains(context.only)) {
        const all = core.fixAll(document.getText(), messages);
        if (!all.applied) return [];
        const a = new vscode.CodeAction(t('fixAll', lang, { rule: 'evidensplan' }), FIX_ALL_KIND);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), all.text);
        return [a];
      }

      const ours = context.diagnostics.filter((d) => d.source === 'evidensplan');
      const seenRules = new Set<string>();
      for (const diag of ours) {
        const ruleId = codeOf(diag);
        if (!ruleId) continue;
        const start = document.offsetAt(diag.range.start);
        const end = document.offsetAt(diag.range.end);
        const m = messages.find((x) => x.ruleId === ruleId && x.start === start && x.end === Math.max(start, end) && x.message === diag.message)
          ?? messages.find((x) => x.ruleId === ruleId && x.start === start);
        if (!m) continue;
        actions.push(...this.fixesFor(document, m, diag));
        if (!seenRules.has(ruleId)) {
          seenRules.add(ruleId);
          actions.push(...this.ruleWideActions(core, document, m, messages, diag, lang));
        }
      }
      return actions;
    } catch (err) {
      log().warn(`code actions: ${errorText(err)}`);
      return undefined;
    }
  }

  private fixesFor(document: vscode.TextDocument, m: LintMessage, diag: vscode.Diagnostic): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const fixes = [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? [])];
    const titles = new Set<string>();
    fixes.forEach((fix, i) => {
      if (!fix.edits.length || titles.has(fix.title)) return;
      titles.add(fix.title);
      const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      a.edit = workspaceEdit(document, fix.edits);
      a.diagnostics = [diag];
      a.isPreferred = i === 0 && Boolean(m.fix);
      out.push(a);
    });
    return out;
  }

  private ruleWideActions(
    core: LintCore,
    document: vscode.TextDocument,
    m: LintMessage,
    messages: readonly LintMessage[],
    diag: vscode.Diagnostic,
    lang: ReturnType<Services['uiLanguage']>,
  ): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    const text = document.getText();
    const sameRule = messages.filter((x) => x.ruleId === m.ruleId && x.fix);
    if (sameRule.length > 1) {
      const all = core.fixAll(text, sameRule, [m.ruleId]);
      if (all.applied > 1) {
        const a = new vscode.CodeAction(t('fixAll', lang, { rule: m.ruleId }), vscode.CodeActionKind.QuickFix);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), all.text);
        a.diagnostics = [diag];
        out.push(a);
      }
    }
    if (m.ruleId === core.FRONT_MATTER_ID || m.ruleId === core.INTERNAL_ERROR_ID) return out;

    const line = new vscode.CodeAction(t('disableLine', lang, { rule: m.ruleId }), vscode.CodeActionKind.QuickFix);
    line.edit = workspaceEdit(document, [core.disableNextLineEdit(text, m.start, m.ruleId)]);
    line.diagnostics = [diag];
    out.push(line);

    const plan = this.services.planOf(document);
    const fmEnd = plan.frontmatter.present ? plan.frontmatter.end : 0;
    const file = new vscode.CodeAction(t('disableFile', lang, { rule: m.ruleId }), vscode.CodeActionKind.QuickFix);
    file.edit = workspaceEdit(document, [core.disableFileEdit(text, m.ruleId, fmEnd)]);
    file.diagnostics = [diag];
    out.push(file);

    if (vscode.workspace.isTrusted && vscode.workspace.workspaceFolders?.length) {
      const ws = new vscode.CodeAction(t('disableWorkspace', lang, { rule: m.ruleId }), vscode.CodeActionKind.QuickFix);
      ws.command = { title: ws.title, command: DISABLE_IN_WORKSPACE, arguments: [m.ruleId, document.uri.toString()] };
      ws.diagnostics = [diag];
      out.push(ws);
    }
    return out;
  }
}

/** The command behind "disable for the workspace": edits (or creates) the config, keeping its comments. */
export async function disableRuleInWorkspace(services: Services, configs: LazyLintConfigs, ruleId: string, documentUri?: string): Promise<void> {
  const lang = services.uiLanguage();
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(t('untrusted', lang));
    return;
  }
  const document = documentUri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentUri)
    : vscode.window.activeTextEditor?.document;
  const found = document ? await configs.configFor(document) : undefined;
  const target = found?.uri ?? (document ? await configs.workspaceConfigUri(document) : undefined)
    ?? (vscode.workspace.workspaceFolders?.[0] ? vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, '.evidensplan.jsonc') : undefined);
  if (!target) {
    void vscode.window.showWarningMessage(t('noWorkspace', lang));
    return;
  }
  let current: string | undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (open) current = open.getText();
  else {
    try {
      current = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(target));
    } catch {
      current = undefined;
    }
  }
  const result = (await lintCore()).disableRuleInConfig(current, ruleId);
  if (result.error) {
    void vscode.window.showErrorMessage(t('configUnreadable', lang, { file: vscode.workspace.asRelativePath(target) }));
    return;
  }
  if (result.unchanged && current !== undefined) return;
  if (open) {
    const we = new vscode.WorkspaceEdit();
    we.replace(target, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), result.text);
    await vscode.workspace.applyEdit(we);
    await open.save();
  } else {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  }
  configs.invalidate();
}
