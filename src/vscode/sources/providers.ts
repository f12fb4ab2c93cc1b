/**
 * Editor features for the writer's sources: completion of their keys and
 * findings, Go to Definition into a read-only view of an indexed source (or
 * to a bibliography entry in its file), and that read-only view.
 */
import * as vscode from 'vscode';
import { completionContextAt, completionDocumentation, insideCodeOrFrontMatter } from '../../core/editor/completion.js';
import { groupAt, itemAt } from '../../core/editor/citations.js';
import { resolveCitation } from '../../core/cite/resolve.js';
import type { Services } from '../services.js';
import { sourcesCore } from '../lazy.js';
import { errorText, isPlan, log, toRange } from '../util.js';
import { trustedMarkdown } from '../hover.js';
import { SOURCE_VIEW_SCHEME, writerSourcesFor } from './registry.js';


/** The read-only view of a source file: `evidensplan-source:/KEY/source.md?<file URI>`. */
export function sourceViewUri(key: string, file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: SOURCE_VIEW_SCHEME, path: `/${key}/source.md`, query: file.toString() });
}

export class SourceViewProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri.query)));
    } catch (err) {
      return `${errorText(err)}\n`;
    }
  }
}

export class WriterCompletionProvider implements vscode.CompletionItemProvider {
  private readonly docs = new WeakMap<vscode.CompletionItem, () => string>();

  constructor(private readonly services: Services) {}

  resolveCompletionItem(item: vscode.CompletionItem): vscode.CompletionItem {
    const doc = this.docs.get(item);
    if (doc) item.documentation = trustedMarkdown(doc());
    return item;
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionList | undefined> {
    if (!isPlan(document)) return undefined;
    try {
      const text = document.getText();
      const offset = document.offsetAt(position);
      const ctx = completionContextAt(text, offset);
      if (!ctx || insideCodeOrFrontMatter(text, offset)) return undefined;
      const loaded = await writerSourcesFor(document);
      if (!loaded?.sources.size || token.isCancellationRequested) return undefined;
      // Loaded by the sources themselves: a plan with sources has the sources group.
      const { IndexedSource, writerCompletionItems } = await sourcesCore();
      const lang = this.services.uiLanguage();
      const replacing = toRange(document, ctx.range);
      const items = writerCompletionItems(ctx, { text }, loaded.sources.values(), { lang }).map((d) => {
        const item = new vscode.CompletionItem({ label: d.label, description: d.description || d.entry }, vscode.CompletionItemKind.Reference);
        item.detail = d.detail;
        item.filterText = d.filterText;
        item.insertText = d.insertText;
        item.sortText = d.sortText;
        item.range = { inserting: replacing, replacing };
        item.preselect = d.preselect;
        const src = loaded.sources.get(d.key);
        const finding = d.locator && src instanceof IndexedSource ? src.get(d.locator) : undefined;
        if (finding && src instanceof IndexedSource) this.docs.set(item, () => completionDocumentation(finding, src, lang));
        return item;
      });
      return new vscode.CompletionList(items, true);
    } catch (err) {
      log().warn(`sources completion: ${errorText(err)}`);
      return undefined;
    }
  }
}

/**
 * Go to Definition on a citation of one of the writer's sources: the finding in a
 * read-only view of the indexed source, or the bibliography entry in its file.
 * Undefined for the report's citations (the report's definition provider asks
 * this first, so one provider serves both).
 */
export async function writerDefinition(services: Services, document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.LocationLink[] | undefined> {
  if (!isPlan(document)) return undefined;
  try {
    const offset = document.offsetAt(position);
    const model = services.planOf(document);
    const group = groupAt(model, offset);
    if (!group) return undefined;
    const loaded = await writerSourcesFor(document, model);
    if (!loaded?.sources.size || token.isCancellationRequested) return undefined;
    const { IndexedSource, isWriterSource } = await sourcesCore();
    const item = itemAt(group, offset);
    for (const it of item ? [item] : group.items) {
      const src = loaded.sources.get(it.key);
      if (!isWriterSource(src)) continue;
      const r = resolveCitation(it, loaded.sources);
      const origin = toRange(document, { start: it.start, end: it.end });
      const file = document.uri.with({ path: src.origin.file, query: '', fragment: '' });
      if (r.status === 'ok' && src instanceof IndexedSource) {
        const line = Math.max(0, r.finding.line - 1);
        const range = new vscode.Range(line, 0, line, 0);
        return [{ originSelectionRange: origin, targetUri: sourceViewUri(src.source.key, file), targetRange: range, targetSelectionRange: range }];
      }
      // A bibliography entry (or a locator that does not resolve): the entry where it is declared.
      const line = Math.max(0, src.origin.line - 1);
      const range = new vscode.Range(line, 0, line, 0);
      return [{ originSelectionRange: origin, targetUri: file, targetRange: range, targetSelectionRange: range }];
    }
    return undefined;
  } catch (err) {
    log().warn(`sources definition: ${errorText(err)}`);
    return undefined;
  }
}
