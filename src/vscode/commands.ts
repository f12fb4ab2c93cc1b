/**
 * The extension's commands: open a finding in the report, copy or insert a
 * citation (the hover links), write the bibliography, disable a rule for the
 * workspace. Every command explains a failure instead of throwing.
 */
import * as vscode from 'vscode';
import type { BibFormat } from '../core/bib/index.js';
import { t } from '../core/editor/messages.js';
import type { Services } from './services.js';
import { openInReport, type ReportDocumentProvider } from './reportDocument.js';
import { DISABLE_IN_WORKSPACE, disableRuleInWorkspace } from './codeActions.js';
import type { LazyLintConfigs } from './configs.js';
import { bibCore } from './lazy.js';
import { errorText, log } from './util.js';

export const COMMANDS = {
  openInReport: 'evidensplan.openInReport',
  copyCitation: 'evidensplan.copyCitation',
  insertCitation: 'evidensplan.insertCitation',
  writeBibliography: 'evidensplan.writeBibliography',
  disableRuleInWorkspace: DISABLE_IN_WORKSPACE,
} as const;

export interface InsertCitationArgs {
  uri: string;
  version: number | null;
  offset: number;
  text: string;
}

function guard<A extends unknown[]>(name: string, fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      log().error(`${name}: ${errorText(err)}`);
      void vscode.window.showErrorMessage(`Evidensplan: ${errorText(err)}`);
    }
  };
}

export function registerCommands(
  context: vscode.ExtensionContext,
  services: Services,
  reportDocument: ReportDocumentProvider,
  configs: LazyLintConfigs,
): void {
  const lang = () => services.uiLanguage();
  context.subscriptions.push(
    vscode.commands.registerCommand(
      COMMANDS.openInReport,
      guard('openInReport', async (locator?: unknown) => {
        let loc = typeof locator === 'string' ? locator : undefined;
        if (loc) {
          const report = await services.getReport();
          const finding = report.get(loc);
          if (!finding) {
            void vscode.window.showWarningMessage(t('notFound', lang(), { locator: loc }));
            loc = undefined;
          } else loc = finding.locator;
        }
        await openInReport(reportDocument, loc);
      }),
    ),
    vscode.commands.registerCommand(
      COMMANDS.copyCitation,
      guard('copyCitation', async (citation?: unknown) => {
        if (typeof citation !== 'string' || !citation) return;
        await vscode.env.clipboard.writeText(citation);
        vscode.window.setStatusBarMessage(t('copied', lang(), { citation }), 3000);
      }),
    ),
    vscode.commands.registerCommand(
      COMMANDS.insertCitation,
      guard('insertCitation', async (arg?: unknown) => {
        const a = (arg ?? {}) as Partial<InsertCitationArgs>;
        const text = typeof arg === 'string' ? arg : typeof a.text === 'string' ? a.text : undefined;
        if (!text) return;
        const editor =
          vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === a.uri) ?? vscode.window.activeTextEditor;
        if (!editor) return;
        const doc = editor.document;
        // The hover was computed for a version; if the text changed since, insert at the cursor instead.
        const sameVersion = doc.uri.toString() === a.uri && (a.version === null || a.version === doc.version);
        const where =
          sameVersion && typeof a.offset === 'number' && a.offset >= 0 && a.offset <= doc.getText().length
            ? doc.positionAt(a.offset)
            : editor.selection.active;
        const insert = sameVersion ? text : ` ${text.trim()}`;
        await editor.edit((eb) => eb.insert(where, insert));
        const end = doc.positionAt(doc.offsetAt(where) + insert.length);
        editor.selection = new vscode.Selection(end, end);
      }),
    ),
    vscode.commands.registerCommand(
      COMMANDS.writeBibliography,
      guard('writeBibliography', async (formatArg?: unknown) => {
        const bib = await bibCore();
        await writeBibliography(services, bib.isBibFormat(formatArg) ? formatArg : undefined);
      }),
    ),
    vscode.commands.registerCommand(
      COMMANDS.disableRuleInWorkspace,
      guard('disableRuleInWorkspace', async (ruleId?: unknown, uri?: unknown) => {
        if (typeof ruleId !== 'string') return;
        await disableRuleInWorkspace(services, configs, ruleId, typeof uri === 'string' ? uri : undefined);
      }),
    ),
  );
}

/** Writes `evidensplan.bib.json` (CSL-JSON) or `evidensplan.bib` (BibTeX) in the workspace folder. */
export async function writeBibliography(services: Services, format?: BibFormat): Promise<vscode.Uri | undefined> {
  const lang = services.uiLanguage();
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(t('untrusted', lang));
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(t('noWorkspace', lang));
    return undefined;
  }
  const bib = await bibCore();
  let chosen = format;
  if (!chosen) {
    const pick = await vscode.window.showQuickPick(
      bib.BIB_FORMATS.map((f) => ({ label: bib.bibFileName(f), description: f, format: f })),
      { placeHolder: t('pickFormat', lang) },
    );
    if (!pick) return undefined;
    chosen = pick.format;
  }
  const report = await services.getReport();
  const uri = vscode.Uri.joinPath(folder.uri, bib.bibFileName(chosen));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(bib.formatBibliography([report.source], chosen)));
  void vscode.window.showInformationMessage(t('bibWritten', lang, { file: vscode.workspace.asRelativePath(uri) }));
  return uri;
}
