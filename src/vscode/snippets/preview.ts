/** A read-only Markdown document with one finding's full text, for the picker's preview button. */
import * as vscode from 'vscode';
import type { Services } from '../services.js';

export const PREVIEW_SCHEME = 'evidensplan-finding';

export function previewUri(locator: string): vscode.Uri {
  return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${locator.replace(/\s+/g, '')}.md`, query: locator });
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!<>|~-]/g, (c) => `\\${c}`);
}

export class FindingPreviewProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly services: Services) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    try {
      const report = await this.services.getReport();
      const f = report.get(uri.query);
      if (!f) return escapeMarkdown(uri.query);
      const paras = f.text.split(/\n\s*\n/).map((p) => escapeMarkdown(p.replace(/\s+/g, ' ').trim()));
      return `# ${escapeMarkdown(f.locator)} · ${escapeMarkdown(f.sectionTitle)}\n\n${paras.join('\n\n')}\n\n\`${f.citation}\`\n`;
    } catch {
      return '';
    }
  }
}
