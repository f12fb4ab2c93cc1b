/** Completion of citations after `[@` and `@ks2021, `: findings ranked by the paragraph and heading. */
import * as vscode from 'vscode';
import { completionContextAt, completionDocumentation, completionItems, insideCodeOrFrontMatter } from '../core/editor/completion.js';
import { DEFAULT_OPERATIONS, operationBudget } from '../core/editor/budget.js';
import type { Services } from './services.js';
import { errorText, isPlan, log, toRange } from './util.js';
import { trustedMarkdown } from './hover.js';

export const COMPLETION_TRIGGERS = ['@', ' ', ','];

export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  /** Which finding each item offers, for its documentation on demand. */
  private readonly locators = new WeakMap<vscode.CompletionItem, string>();

  constructor(private readonly services: Services) {}

  async resolveCompletionItem(item: vscode.CompletionItem, token: vscode.CancellationToken): Promise<vscode.CompletionItem> {
    const locator = this.locators.get(item);
    if (!locator) return item;
    try {
      const report = await this.services.getReport();
      if (token.isCancellationRequested) return item;
      const finding = report.get(locator);
      if (finding) item.documentation = trustedMarkdown(completionDocumentation(finding, report, this.services.uiLanguage()));
    } catch (err) {
      log().warn(`completion: ${errorText(err)}`);
    }
    return item;
  }

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
      // One budget for the whole call, honouring the request's cancellation: it never blocks the extension host.
      const budget = operationBudget(DEFAULT_OPERATIONS, () => token.isCancellationRequested);
      // Not inside code or front matter (checked on the text: no full parse per keystroke).
      if (insideCodeOrFrontMatter(text, offset, budget)) return undefined;
      const plan = { text };
      const report = await this.services.getReport();
      if (token.isCancellationRequested) return undefined;
      const search = await this.services.getSearch().catch(() => undefined);
      if (token.isCancellationRequested) return undefined;
      const data = completionItems(ctx, plan, report, search, { lang: this.services.uiLanguage(), budget });
      const replacing = toRange(document, ctx.range);
      const range = { inserting: replacing, replacing };
      const items = data.map((d) => {
        const item = new vscode.CompletionItem({ label: d.label, description: d.description }, vscode.CompletionItemKind.Reference);
        item.detail = d.detail;
        this.locators.set(item, d.locator);
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
