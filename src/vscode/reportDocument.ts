/**
 * The report as a read-only Markdown document under its own URI scheme
 * (`evidensplan-report:/ks2021.md`), rendered once per UI language; knows the
 * line of every finding so Go to Definition, Peek and "Open in report" land on it.
 */
import * as vscode from 'vscode';
import type { ReportIndex } from '../core/corpus/report-index.js';
import { renderReportDocument, type ReportData, type ReportDocument } from '../core/editor/report-document.js';
import type { UiLanguage } from '../core/i18n.js';
import type { Services } from './services.js';
import { REPORT_SCHEME } from './util.js';

/** The plain report model behind the index. */
export function reportDataOf(index: ReportIndex): ReportData {
  const x = index as unknown as { report?: ReportData; sections?: ReportData['sections'] };
  if (x.report?.sections) return x.report;
  return { source: index.source, findings: [...index.findings], sections: [...(x.sections ?? [])] };
}

export class ReportDocumentProvider implements vscode.TextDocumentContentProvider {
  private rendered?: { lang: UiLanguage; doc: ReportDocument };
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly services: Services) {}

  uri(): vscode.Uri {
    return reportUri(this.services);
  }

  async document(): Promise<ReportDocument> {
    const lang = this.services.uiLanguage();
    if (this.rendered?.lang === lang) return this.rendered.doc;
    const index = await this.services.getReport();
    const doc = renderReportDocument(reportDataOf(index), lang);
    this.rendered = { lang, doc };
    return doc;
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    void uri;
    const doc = await this.document();
    if (token.isCancellationRequested) return '';
    return doc.text;
  }

  /** The range of a finding's line in the report document (line 0 when unknown). */
  async rangeOf(locator: string): Promise<vscode.Range> {
    const doc = await this.document();
    const line = doc.lines.get(locator) ?? 0;
    const text = doc.text.split('\n', line + 1)[line] ?? '';
    return new vscode.Range(line, 0, line, text.length);
  }

  /** The finding whose block holds `line` in the report document. */
  async locatorAtLine(line: number): Promise<string | undefined> {
    const doc = await this.document();
    let best: string | undefined;
    let bestLine = -1;
    for (const [loc, l] of doc.lines) {
      // Line 0 is where findings without a place point: not a real position.
      if (l > 0 && l <= line && l > bestLine) {
        best = loc;
        bestLine = l;
      }
    }
    return best;
  }

  /** The finding whose own line is `line` (hover in the report document); not the lines between. */
  async findingRangeAt(line: number): Promise<{ locator: string; line: number } | undefined> {
    const doc = await this.document();
    for (const [loc, l] of doc.lines) if (l === line && l > 0) return { locator: loc, line };
    return undefined;
  }

  languageChanged(): void {
    this.rendered = undefined;
    this.changed.fire(this.uri());
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function reportUri(services: Services): vscode.Uri {
  void services;
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: '/ks2021.md' });
}

/** Opens the report at a finding (read-only, preview tab). */
export async function openInReport(provider: ReportDocumentProvider, locator: string | undefined, beside = false): Promise<void> {
  const uri = provider.uri();
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = locator ? await provider.rangeOf(locator) : new vscode.Range(0, 0, 0, 0);
  const editor = await vscode.window.showTextDocument(doc, {
    preview: true,
    preserveFocus: false,
    viewColumn: beside ? vscode.ViewColumn.Beside : undefined,
    selection: new vscode.Range(range.start, range.start),
  });
  editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
}
