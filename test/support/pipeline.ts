/**
 * Everything a user can do to a plan, in one call, for robustness tests: analyse,
 * lint, every quick fix, hover and completion at chosen offsets, coverage.
 * Loads the real built index (report + search) once.
 */
import { analyzePlan, type PlanModel } from '../../src/core/plan/index.js';
import { lintText, applyFix, fixAll, type LintMessage, type Fix } from '../../src/core/lint/index.js';
import { citationHover, evidenceHover, completionContextAt, completionItems } from '../../src/core/editor/index.js';
import { computeCoverage } from '../../src/core/coverage/compute.js';
import type { ReportIndex } from '../../src/core/corpus/report-index.js';
import type { EvidenceSearch } from '../../src/core/search/index.js';
import { loadReportIndex } from '../../src/node/resources.js';
import { loadSearch } from '../../src/node/search.js';

export interface Index {
  report: ReportIndex;
  search: EvidenceSearch;
}

let cached: Promise<Index> | undefined;

/** The real report index and search, loaded from resources/ as the CLI and the extension load them. */
export function loadIndex(): Promise<Index> {
  cached ??= (async () => {
    const [report, search] = await Promise.all([loadReportIndex(), loadSearch()]);
    return { report, search };
  })();
  return cached;
}

/** A fixed "now", so stale-review and similar rules do not depend on the day the test runs. */
export const NOW = new Date('2026-06-01T12:00:00Z');

export function lint(text: string, index: Index, plan?: PlanModel): LintMessage[] {
  // Every rule on every text, plan or not (which files are plans: test/lint/scope.test.ts).
  return lintText(text, { report: index.report, search: index.search, now: NOW, plan, treatAsPlan: true });
}

/** All fixes a message offers (preferred + suggestions). */
export function fixesOf(m: LintMessage): Fix[] {
  return [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? [])];
}

/** Hover (citation, then evidence) and completion at `offset`, as the editor asks for them. */
export function editorAt(plan: PlanModel, offset: number, index: Index): { hover?: string; completions: number } {
  const hover =
    citationHover(plan, offset, index.report) ??
    evidenceHover(plan, offset, index.report, index.search, { uri: 'file:///plan.md', lang: 'nb' });
  const ctx = completionContextAt(plan.text, offset);
  const items = ctx ? completionItems(ctx, plan, index.report, index.search, { limit: 50 }) : [];
  return { hover: hover?.markdown, completions: items.length };
}

/** The whole pipeline once: analyse, lint, apply every fix, fix all, hover/complete at `offsets`, coverage. */
export function runAll(text: string, index: Index, offsets: number[] = []): { plan: PlanModel; messages: LintMessage[] } {
  const plan = analyzePlan(text);
  const messages = lint(text, index, plan);
  for (const m of messages) for (const f of fixesOf(m)) applyFix(text, f);
  fixAll(text, messages);
  for (const o of offsets) editorAt(plan, o, index);
  computeCoverage(plan, index.report);
  return { plan, messages };
}
