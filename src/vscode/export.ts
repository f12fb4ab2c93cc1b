/**
 * "Eksporter til Word/PDF": the active plan to .docx, PDF or HTML for the council, through the
 * same exporter as `evidensplan export` (src/node/export.ts). The Node entry passes that exporter;
 * on the web there is none, and the command says in one line why and what to do.
 *
 * Settings: `evidensplan.export.referenceDocx` (the municipality's Word template; relative paths
 * from the workspace folder) and `evidensplan.export.pandocPath`. A `.evidensplan.jsonc` with
 * `"export": { "referenceDocx": "…" }` applies when the setting is empty.
 */
import { writerSourcesFor } from './sources/registry.js';
import * as vscode from 'vscode';
import type { ExportFormat } from '../core/export/index.js';
import type { Exporter, ExportResult } from '../node/export.js';
import type { Services } from './services.js';
import { exportCore, type ExportCore } from './lazy.js';
import { isPlan, log } from './util.js';

export const EXPORT_COMMAND = 'evidensplan.exportPlan';

/** Arguments a caller (a test, a keybinding) may pass to skip the questions. */
export interface ExportCommandArgs {
  format?: ExportFormat;
  /** Whether to offer "Open" afterwards (default true). */
  notify?: boolean;
}

/** `loadExporter` loads the host's exporter on the command's first run (the Node entry's; none on the web). */
export function registerExport(context: vscode.ExtensionContext, services: Services, loadExporter: (() => Promise<Exporter>) | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, async (args?: ExportCommandArgs) => {
      const [core, exporter] = await Promise.all([exportCore(), loadExporter?.()]);
      return runExport(core, services, exporter, args);
    }),
  );
}

async function pickFormat({ EXPORT_FORMATS, exportText }: ExportCore, lang: ReturnType<Services['uiLanguage']>): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((f) => ({
    label: exportText(f, lang),
    detail: f === 'docx' ? exportText('docxDetail', lang) : undefined,
    format: f,
  }));
  const chosen = await vscode.window.showQuickPick(items, { placeHolder: exportText('pickFormat', lang) });
  return chosen?.format;
}

async function runExport(core: ExportCore, services: Services, exporter: Exporter | undefined, args?: ExportCommandArgs): Promise<ExportResult | undefined> {
  const { exportText, isExportFormat } = core;
  const lang = services.uiLanguage();
  if (!exporter) {
    const message = exportText('web', lang);
    void vscode.window.showWarningMessage(message);
    return { ok: false, reason: 'not-on-the-web', message };
  }
  const editor = vscode.window.activeTextEditor;
  const document = editor?.document;
  if (!document || !isPlan(document)) {
    void vscode.window.showWarningMessage(exportText('noPlan', lang));
    return undefined;
  }
  if (document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(exportText('saveFirst', lang));
    return undefined;
  }
  if (document.isDirty && !(await document.save())) return undefined;
  const format = isExportFormat(args?.format) ? args.format : await pickFormat(core, lang);
  if (!format) return undefined;

  const settings = vscode.workspace.getConfiguration('evidensplan', document.uri);
  const refSetting = settings.get<string>('export.referenceDocx')?.trim();
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const referenceDocx = refSetting
    ? refSetting.startsWith('/') || /^[A-Za-z]:[\\/]/.test(refSetting) || !folder
      ? refSetting
      : vscode.Uri.joinPath(folder.uri, refSetting).fsPath
    : undefined;
  const report = await services.getReport();
  const plan = services.planOf(document);
  // The plan's own sources (bibliography, references, .evidensplan/sources) go into the bibliography pandoc gets.
  const writer = await writerSourcesFor(document, plan);

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `${exportText('pickFormat', lang).replace(/\s*…$/, '')} ${exportText(format, lang)}`, cancellable: true },
    (_progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      return exporter.exportPlan({
        planPath: document.uri.fsPath,
        format,
        sources: [report.report.source],
        entries: writer ? [...writer.sources.values()].map((s) => s.entry) : [],
        planLang: plan.language === 'nn' ? 'nn' : 'nb',
        resourcesRoot: services.resources.uri('').fsPath,
        referenceDocx,
        pandoc: settings.get<string>('export.pandocPath')?.trim() || undefined,
        lang,
        signal: abort.signal,
      });
    },
  );
  if (!result.ok) {
    log().warn(result.message);
    void vscode.window.showErrorMessage(result.message);
    return result;
  }
  const file = vscode.workspace.asRelativePath(result.output);
  for (const w of result.warnings) log().warn(`pandoc: ${w}`);
  const done = result.warnings.length
    ? exportText('doneWithWarnings', lang, { file, warnings: result.warnings.join('; ') })
    : exportText('done', lang, { file });
  log().info(done);
  if (args?.notify !== false) {
    const open = exportText('open', lang);
    const shown = result.warnings.length ? vscode.window.showWarningMessage(done, open) : vscode.window.showInformationMessage(done, open);
    void shown.then((choice) => {
      if (choice) void vscode.env.openExternal(vscode.Uri.file(result.output));
    });
  }
  return result;
}
