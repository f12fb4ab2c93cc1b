/**
 * Completion snippets on lines that start with the prefix (`lp:` by default,
 * setting `evidensplan.snippets.prefix`): the learning points whose words match
 * what follows the prefix, each expanding to its citation with a tabstop.
 */
import * as vscode from 'vscode';
import { learningPointCompletions, matchLinePrefix, type InsertMode } from '../../core/snippets/learning-point.js';
import type { Services } from '../services.js';
import { safeLanguage } from './learning-point-pick.js';

export class LearningPointCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: Services) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.CompletionList | undefined> {
    try {
      const config = vscode.workspace.getConfiguration('evidensplan', document.uri);
      const prefix = config.get<string>('snippets.prefix', 'lp:') || 'lp:';
      const lineToCursor = document.lineAt(position.line).text.slice(0, position.character);
      if (!matchLinePrefix(lineToCursor, prefix)) return undefined;
      const report = await this.services.getReport();
      if (token.isCancellationRequested) return undefined;
      const setting = config.get<string>('insertLearningPoint.mode', 'ask');
      const mode: InsertMode = setting === 'verbatim' ? 'verbatim' : 'paraphrase';
      // The language only matters for the placeholder words: look at the start of the document.
      const lang = safeLanguage(document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 400), 0)));
      const result = learningPointCompletions(lineToCursor, report.findings, { prefix, lang, mode });
      if (!result) return undefined;
      const range = new vscode.Range(position.line, result.match.start, position.line, position.character);
      const typed = lineToCursor.slice(result.match.start);
      const items = result.items.map((it) => {
        const item = new vscode.CompletionItem(
          { label: it.label, description: it.detail },
          vscode.CompletionItemKind.Snippet,
        );
        item.insertText = new vscode.SnippetString(it.snippet.replace(/\n\$0$/, '$0'));
        item.range = range;
        // Our own word filter has chosen the items: let VS Code keep them all.
        item.filterText = typed;
        item.sortText = it.sortText;
        item.detail = it.finding.citation;
        const doc = new vscode.MarkdownString();
        doc.appendText(`${it.finding.locator} · ${it.finding.sectionTitle}\n\n`);
        doc.appendText(it.finding.text);
        doc.appendMarkdown('\n\n');
        doc.appendCodeblock(it.finding.citation, 'markdown');
        item.documentation = doc;
        return item;
      });
      // Incomplete: every keystroke re-asks, so the word filter follows what is typed.
      return new vscode.CompletionList(items, true);
    } catch {
      return undefined;
    }
  }
}

/** Characters after which VS Code asks for completions (Markdown has quick suggestions off). */
export const COMPLETION_TRIGGERS = [':', ' '];
