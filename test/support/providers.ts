/**
 * Every editor provider as the VS Code adapters call it (src/vscode/*), over the
 * core only: completion, hover (citation and evidence), definition, diagnostics,
 * code actions, coverage and references. Loaded by bounded-worker.ts.
 */
import { analyzePlan, type PlanModel } from '../../src/core/plan/index.js';
import { fixAll } from '../../src/core/lint/index.js';
import {
  citationHover,
  completionContextAt,
  completionItems,
  definitionAt,
  disableFileEdit,
  disableNextLineEdit,
  evidenceHover,
  findReferences,
  insideCodeOrFrontMatter,
} from '../../src/core/editor/index.js';
import { findTerms, glossaryTerm } from '../../src/core/terms/glossary.js';
import { computeCoverage } from '../../src/core/coverage/compute.js';
import { loadIndex, lint, type Index } from './pipeline.js';

export const PROVIDERS = ['completion', 'hover', 'definition', 'diagnostics', 'codeActions', 'coverage', 'references'] as const;
export type ProviderKind = (typeof PROVIDERS)[number];

let index: Index;
const plans = new Map<string, PlanModel>();

export async function setup(): Promise<void> {
  index = await loadIndex();
}

function planOf(text: string): PlanModel {
  let p = plans.get(text);
  if (!p) {
    if (plans.size > 8) plans.clear();
    plans.set(text, (p = analyzePlan(text)));
  }
  return p;
}

/** One provider call at `offset`, as the editor makes it. */
export async function call(kind: string, text: string, offset: number): Promise<unknown> {
  switch (kind as ProviderKind) {
    case 'completion': {
      const ctx = completionContextAt(text, offset);
      if (!ctx || insideCodeOrFrontMatter(text, offset)) return undefined;
      return completionItems(ctx, { text }, index.report, index.search, { limit: 50 });
    }
    case 'hover': {
      const plan = planOf(text);
      const terms = findTerms(text).map((h) => ({ start: h.start, end: h.end, id: h.termId }));
      return (
        citationHover(plan, offset, index.report) ??
        evidenceHover(plan, offset, index.report, index.search, {
          uri: 'file:///plan.md',
          terms,
          termInfo: (id) => {
            const g = glossaryTerm(id);
            return g ? { id, label: id, queries: [id], locators: [] } : undefined;
          },
        })
      );
    }
    case 'definition':
      return definitionAt(planOf(text), offset, index.report);
    case 'diagnostics':
      return lint(text, index, planOf(text));
    case 'codeActions': {
      const plan = planOf(text);
      const messages = lint(text, index, plan);
      const near = messages.filter((m) => m.start <= offset && offset <= m.end).slice(0, 5);
      for (const m of near) {
        disableNextLineEdit(text, m.start, m.ruleId);
        disableFileEdit(text, m.ruleId, plan.frontmatter.present ? plan.frontmatter.end : 0);
        fixAll(text, messages, [m.ruleId]);
      }
      return fixAll(text, messages);
    }
    case 'coverage':
      return computeCoverage(planOf(text), index.report);
    case 'references': {
      const plan = planOf(text);
      const item = plan.citations[0]?.items[0];
      const locator = item?.locator?.canonical ?? 'lp. 3.5.1';
      return findReferences(locator, [{ uri: 'file:///plan.md', text }], index.report, () => plan);
    }
  }
  throw new Error(`unknown provider ${kind}`);
}
