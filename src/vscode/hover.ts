/**
 * Hover on a citation (the cited finding) and, when enabled, on a heading or a
 * glossary term (the strongest findings with "Insert citation" links). Core
 * decides what the hover is about and renders it (core/editor/hover.ts); this
 * adapter loads only what that target needs (the report; the search for the
 * evidence hover; the writer's sources for a key other than the report's) and
 * converts positions and Markdown.
 */
import * as vscode from 'vscode';
import { hoverFor, hoverTarget, reportFindingHover } from '../core/editor/hover.js';
import { HOVER_COMMANDS } from '../core/editor/markdown.js';
import type { Services } from './services.js';
import { REPORT_SCHEME, errorText, isPlan, log, toRange } from './util.js';
import type { ReportDocumentProvider } from './reportDocument.js';
import { withSources } from '../core/sources/source-set.js';
import { writerSourcesFor } from './sources/registry.js';

export function trustedMarkdown(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

export class EvidenceHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly services: Services,
    private readonly reportDocument?: ReportDocumentProvider,
  ) {}

  /** In the report document: the citation of the finding under the cursor, to copy. */
  private async reportHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.reportDocument) return undefined;
    const range = await this.reportDocument.findingRangeAt(position.line);
    if (!range || token.isCancellationRequested) return undefined;
    const report = await this.services.getReport();
    if (token.isCancellationRequested) return undefined;
    const finding = report.get(range.locator);
    if (!finding) return undefined;
    return new vscode.Hover(trustedMarkdown(reportFindingHover(finding, this.services.uiLanguage())), new vscode.Range(range.line, 0, range.line, document.lineAt(range.line).text.length));
  }

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    if (document.uri.scheme === REPORT_SCHEME) {
      try {
        return await this.reportHover(document, position, token);
      } catch (err) {
        log().warn(`hover: ${errorText(err)}`);
        return undefined;
      }
    }
    if (!isPlan(document)) return undefined;
    try {
      const plan = this.services.planOf(document);
      const offset = document.offsetAt(position);
      const lang = this.services.uiLanguage();
      const evidence = vscode.workspace.getConfiguration('evidensplan', document).get<boolean>('evidenceHover.enabled', true);
      const target = hoverTarget(plan, offset, { evidence, lang });
      // Nothing to say here: do not load anything.
      if (!target || token.isCancellationRequested) return undefined;
      let report: Parameters<typeof hoverFor>[3] = await this.services.getReport();
      if (token.isCancellationRequested) return undefined;
      if (target.kind === 'citation' && target.keys.some((k) => k !== report.source.key)) {
        // A key of the writer's own sources: with them, so it resolves (and the report's stay as they were).
        const writer = await writerSourcesFor(document, plan);
        if (token.isCancellationRequested) return undefined;
        report = withSources(report, writer?.sources);
      }
      const search = target.kind === 'citation' ? undefined : await this.services.getSearch().catch(() => undefined);
      if (token.isCancellationRequested) return undefined;
      const result = hoverFor(plan, offset, target, report, search, { lang, uri: document.uri.toString(), version: document.version });
      if (!result) return undefined;
      return new vscode.Hover(trustedMarkdown(result.markdown), toRange(document, result));
    } catch (err) {
      log().warn(`hover: ${errorText(err)}`);
      return undefined;
    }
  }
}
