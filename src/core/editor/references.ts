/**
 * Find All References: every citation of a finding across the workspace's
 * Markdown documents, whatever form the writer typed (`lp 3.5.1`, `LP.3.5.1`).
 */
import type { EditorDocument, EditorPlan, EditorReport, OffsetRange } from './types.js';
import { resolvedLocator } from './citations.js';
import { operationBudget, type Budget } from './budget.js';

export interface Reference extends OffsetRange {
  uri: string;
}

export interface ReferenceOptions {
  /** Stop after this many references (a guard for huge workspaces). */
  limit?: number;
  /** Called between documents; return true to stop (cancellation). */
  isCancelled?: () => boolean;
  /** Operations the search may spend (one per citation item); it returns what it found when spent. */
  budget?: Budget;
}

/**
 * References to the finding with canonical `locator` in `documents`, in
 * document order. `planOf` parses (and may cache) each document.
 */
export async function findReferences(
  locator: string,
  documents: Iterable<EditorDocument> | AsyncIterable<EditorDocument>,
  report: EditorReport,
  planOf: (doc: EditorDocument) => EditorPlan,
  options: ReferenceOptions = {},
): Promise<Reference[]> {
  const limit = options.limit ?? 10_000;
  const budget = options.budget ?? operationBudget(50_000_000, options.isCancelled);
  const target = report.get(locator)?.locator ?? locator;
  const out: Reference[] = [];
  for await (const doc of documents) {
    if (options.isCancelled?.()) break;
    let plan: EditorPlan;
    try {
      plan = planOf(doc);
    } catch {
      continue;
    }
    for (const group of plan.citations) {
      if (!budget.spend(group.items.length + 1)) return out;
      for (const item of group.items) {
        if (item.key !== report.source.key) continue;
        // Cheap pre-check before resolving: the raw locator must share the number.
        if (!item.locatorRaw) continue;
        if (resolvedLocator(item, report) === target) {
          out.push({ uri: doc.uri, start: item.start, end: item.end });
          if (out.length >= limit) return out;
        }
      }
    }
  }
  return out;
}
