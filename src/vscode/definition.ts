/** Go to Definition / Peek on a citation: the report document at the finding. */
import * as vscode from 'vscode';
import { definitionAt } from '../core/editor/definition.js';
import type { Services } from './services.js';
import type { ReportDocumentProvider } from './reportDocument.js';
import { errorText, isPlan, log, toRange } from './util.js';
import { groupAt } from '../core/editor/citations.js';
import { writerDefinition } from './sources/providers.js';

export class CitationDefinitionProvider implements vscode.DefinitionProvider {
  constructor(
    private readonly services: Services,
    private readonly reportDocument: ReportDocumentProvider,
  ) {}

  async provideDefinition(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.LocationLink[] | undefined> {
    if (!isPlan(document)) return undefined;
    try {
      const plan = this.services.planOf(document);
      const offset = document.offsetAt(position);
      if (!groupAt(plan, offset)) return undefined;
      // A citation of the writer's own sources (bibliography, .evidensplan/sources) opens there.
      const writer = await writerDefinition(this.services, document, position, token);
      if (writer || token.isCancellationRequested) return writer;
      const report = await this.services.getReport();
      if (token.isCancellationRequested) return undefined;
      const def = definitionAt(plan, offset, report);
      if (!def) return undefined;
      const targetRange = await this.reportDocument.rangeOf(def.finding.locator);
      if (token.isCancellationRequested) return undefined;
      return [
        {
          originSelectionRange: toRange(document, def.origin),
          targetUri: this.reportDocument.uri(),
          targetRange,
          targetSelectionRange: new vscode.Range(targetRange.start, targetRange.start),
        },
      ];
    } catch (err) {
      log().warn(`definition: ${errorText(err)}`);
      return undefined;
    }
  }
}
