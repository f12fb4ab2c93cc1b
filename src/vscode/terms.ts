/**
 * Glossary terms in a document (core/terms over resources/glossary), computed
 * once per document version, for the evidence hover.
 */
import type * as vscode from 'vscode';
import { findTerms, glossaryTerm } from '../core/terms/glossary.js';
import type { TermInfo, TermMatch } from '../core/editor/evidence.js';
import type { Services } from './services.js';

export interface DocumentTerms {
  matches: TermMatch[];
  info: (id: string) => TermInfo | undefined;
}

export class GlossaryTerms {
  private cache = new Map<string, { version: number; matches: TermMatch[] }>();

  constructor(private readonly services: Services) {}

  private matchesOf(document: vscode.TextDocument): TermMatch[] {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.matches;
    let matches: TermMatch[] = [];
    try {
      matches = findTerms(document.getText()).map((h) => ({ start: h.start, end: h.end, id: h.termId }));
    } catch {
      matches = [];
    }
    if (this.cache.size > 50) this.cache.clear();
    this.cache.set(key, { version: document.version, matches });
    return matches;
  }

  async mayHaveTermAt(document: vscode.TextDocument, offset: number): Promise<boolean> {
    return this.matchesOf(document).some((m) => offset >= m.start && offset < m.end);
  }

  async termsIn(document: vscode.TextDocument, planLanguage: string): Promise<DocumentTerms> {
    const lang = this.services.uiLanguage();
    return {
      matches: this.matchesOf(document),
      info: (id) => {
        const term = glossaryTerm(id);
        if (!term) return undefined;
        const label = planLanguage === 'nn' ? term.nn.term : term.nb.term;
        const definition = lang === 'en' ? term.definition.en : lang === 'nn' ? term.definition.nn ?? term.definition.nb : term.definition.nb;
        return { id, label, definition, queries: term.query ? [term.query] : [label], locators: term.locators };
      },
    };
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
