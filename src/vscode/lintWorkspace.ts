/**
 * "Kontroller alle planer i arbeidsområdet": lints every Markdown plan in the workspace into the
 * Problems panel, with progress ("12/40 plan.md") and Cancel. Open documents go through the live
 * diagnostics (their own collection); files that are not open get their problems in a collection
 * of their own, which gives way to the live one as soon as the file is opened or edited, so a
 * file never shows its problems twice. Files are read through `vscode.workspace.fs`, so it works
 * on the web and in virtual workspaces too.
 */
import * as vscode from 'vscode';
import { lineIndex } from '../core/plan/lines.js';
import { catalogue, translate } from '../core/i18n.js';
import type { Services } from './services.js';
import type { LintDiagnostics } from './diagnostics.js';
import { errorText, log } from './util.js';

export const LINT_WORKSPACE_COMMAND = 'evidensplan.lintWorkspace';
/** Files the command looks at, and where it never looks. */
export const PLAN_GLOB = '**/*.{md,markdown}';
export const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/.e2e/**,**/dist/**}';
/** Plans larger than this are skipped (with a note in the log), as the CLI guards huge input. */
const MAX_BYTES = 5 * 1024 * 1024;

const messages = catalogue('vscode.lint-workspace');

export interface LintWorkspaceResult {
  files: number;
  total: number;
  problems: number;
  withProblems: number;
  cancelled: boolean;
}

export function registerLintWorkspace(context: vscode.ExtensionContext, services: Services, diagnostics: LintDiagnostics): void {
  const collection = vscode.languages.createDiagnosticCollection('evidensplan-workspace');
  const handOver = (d: vscode.TextDocument) => collection.delete(d.uri);
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(handOver),
    vscode.workspace.onDidChangeTextDocument((e) => handOver(e.document)),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => lintWorkspace(services, diagnostics, collection)),
  );
}

async function lintWorkspace(services: Services, diagnostics: LintDiagnostics, collection: vscode.DiagnosticCollection): Promise<LintWorkspaceResult | undefined> {
  const lang = services.uiLanguage();
  const t = (k: keyof typeof messages, p: Record<string, string | number> = {}) => translate(messages, k, lang, p);
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t('noFolder'));
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('progressTitle'), cancellable: true },
    async (progress, token) => {
      const files = (await vscode.workspace.findFiles(PLAN_GLOB, EXCLUDE_GLOB, undefined, token)).sort((a, b) => a.path.localeCompare(b.path));
      const result: LintWorkspaceResult = { files: 0, total: files.length, problems: 0, withProblems: 0, cancelled: false };
      if (!files.length) {
        void vscode.window.showInformationMessage(t('none'));
        return result;
      }
      collection.clear();
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      for (const uri of files) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        const rel = vscode.workspace.asRelativePath(uri);
        progress.report({ message: t('progress', { done: result.files + 1, total: files.length, file: rel }), increment: 100 / files.length });
        try {
          const doc = open.get(uri.toString());
          let count: number;
          if (doc) {
            count = (await diagnostics.lint(doc))?.length ?? 0;
          } else {
            const stat = await vscode.workspace.fs.stat(uri);
            if (stat.size > MAX_BYTES) {
              log().warn(t('skipped', { file: rel, reason: t('tooLarge') }));
              continue;
            }
            const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
            const messagesFound = (await diagnostics.messagesForText({ uri }, () => text)) ?? [];
            const idx = lineIndex(text);
            const positions = {
              uri,
              positionAt: (offset: number) => {
                const lc = idx.lineCol(offset);
                return new vscode.Position(lc.line - 1, lc.column - 1);
              },
            };
            if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
              collection.set(uri, await diagnostics.toDiagnostics(positions, messagesFound));
            }
            count = messagesFound.length;
          }
          result.problems += count;
          if (count) result.withProblems += 1;
        } catch (err) {
          log().warn(t('skipped', { file: rel, reason: errorText(err) }));
        }
        result.files += 1;
        // Let the UI breathe (and Cancel arrive) between files.
        await new Promise((r) => setTimeout(r, 0));
      }
      const summary = result.cancelled
        ? t('cancelled', { files: result.files, total: result.total })
        : t('done', { files: result.files, problems: result.problems, withProblems: result.withProblems });
      log().info(summary);
      void vscode.window.showInformationMessage(summary);
      if (result.problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
      return result;
    },
  );
}
