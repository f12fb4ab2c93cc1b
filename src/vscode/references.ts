/**
 * Find All References on a citation (or on a finding in the report document):
 * every citation of that finding across the workspace's Markdown files.
 */
import * as vscode from 'vscode';
import { findReferences } from '../core/editor/references.js';
import { definitionAt } from '../core/editor/definition.js';
import type { EditorDocument } from '../core/editor/types.js';
import { analyzePlan } from '../core/plan/analyze.js';
import { lineIndex } from '../core/plan/lines.js';
import type { Services } from './services.js';
import type { ReportDocumentProvider } from './reportDocument.js';
import { REPORT_SCHEME, errorText, isPlan, log } from './util.js';

const MAX_FILES = 5000;
const MAX_FILE_BYTES = 2_000_000;

export class CitationReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly services: Services,
    private readonly reportDocument: ReportDocumentProvider,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    try {
      const report = await this.services.getReport();
      if (token.isCancellationRequested) return undefined;
      let locator: string | undefined;
      if (document.uri.scheme === REPORT_SCHEME) {
        locator = await this.reportDocument.locatorAtLine(position.line);
      } else if (isPlan(document)) {
        locator = definitionAt(this.services.planOf(document), document.offsetAt(position), report)?.finding.locator;
      }
      if (!locator || token.isCancellationRequested) return undefined;

      const open = new Map<string, vscode.TextDocument>();
      for (const d of vscode.workspace.textDocuments) if (isPlan(d)) open.set(d.uri.toString(), d);
      const services = this.services;
      async function* documents(): AsyncGenerator<EditorDocument> {
        for (const d of open.values()) yield { uri: d.uri.toString(), text: d.getText(), version: d.version };
        const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', MAX_FILES, token);
        for (const uri of files) {
          if (token.isCancellationRequested) return;
          if (open.has(uri.toString())) continue;
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            if (stat.size > MAX_FILE_BYTES) continue;
            const bytes = await vscode.workspace.fs.readFile(uri);
            yield { uri: uri.toString(), text: new TextDecoder('utf-8').decode(bytes) };
          } catch {
            /* unreadable: skip */
          }
        }
      }
      const texts = new Map<string, string>();
      const refs = await findReferences(
        locator,
        documents(),
        report,
        (doc) => {
          texts.set(doc.uri, doc.text);
          const opened = open.get(doc.uri);
          return opened ? services.planOf(opened) : analyzePlan(doc.text);
        },
        { isCancelled: () => token.isCancellationRequested },
      );
      if (token.isCancellationRequested) return undefined;
      const locations: vscode.Location[] = [];
      if (context.includeDeclaration) {
        locations.push(new vscode.Location(this.reportDocument.uri(), await this.reportDocument.rangeOf(locator)));
      }
      const indexes = new Map<string, ReturnType<typeof lineIndex>>();
      for (const r of refs) {
        const opened = open.get(r.uri);
        const uri = vscode.Uri.parse(r.uri);
        if (opened) {
          locations.push(new vscode.Location(uri, new vscode.Range(opened.positionAt(r.start), opened.positionAt(r.end))));
          continue;
        }
        let idx = indexes.get(r.uri);
        if (!idx) {
          idx = lineIndex(texts.get(r.uri) ?? '');
          indexes.set(r.uri, idx);
        }
        const a = idx.lineCol(r.start);
        const b = idx.lineCol(r.end);
        locations.push(new vscode.Location(uri, new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1)));
      }
      return locations;
    } catch (err) {
      log().warn(`references: ${errorText(err)}`);
      return undefined;
    }
  }
}
