/** Completion of citations after `[@` and `@ks2021, `: findings ranked by the paragraph and heading. */
import * as vscode from 'vscode';
import { completionContextAt, completionItems } from '../core/editor/completion.js';
import type { Services } from './services.js';
import { errorText, isPlan, log, toRange } from './util.js';
import { trustedMarkdown } from './hover.js';

export const COMPLETION_TRIGGERS = ['@', ' ', ','];

export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: Services) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.CompletionList | undefined> {
    if (!isPlan(document)) return undefined;
    try {
      const offset = document.offsetAt(position);
      const text = document.getText();
      const ctx = completionContextAt(text, offset);
      if (!ctx) return undefined;
      // Not inside code or front matter.
      const plan = this.services.planOf(document);
      if (plan.excluded.some((r) => offset > r.start && offset <= r.end)) return undefined;
      const report = await this.services.getReport();
      if (token.isCancellationRequested) return undefined;
      const search = await this.services.getSearch().catch(() => undefined);
      if (token.isCancellationRequested) return undefined;
      const data = completionItems(ctx, plan, report, search, { lang: this.services.uiLanguage() });
      const replacing = toRange(document, ctx.range);
      const range = { inserting: replacing, replacing };
      const items = data.map((d) => {
        const item = new vscode.CompletionItem({ label: d.label, description: d.description }, vscode.CompletionItemKind.Reference);
        item.detail = d.detail;
        item.documentation = trustedMarkdown(d.documentation);
        item.filterText = d.filterText;
        item.insertText = d.insertText;
        item.sortText = d.sortText;
        item.range = range;
        item.preselect = d.preselect;
        return item;
      });
      // Re-ask on every keystroke: the typed words re-rank the findings.
      return new vscode.CompletionList(items, true);
    } catch (err) {
      log().warn(`completion: ${errorText(err)}`);
      return undefined;
    }
  }
}
