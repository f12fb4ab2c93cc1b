/**
 * Coverage of a plan in one call: the plan model, the topics it addresses (the
 * shared taxonomy's `addressedTopics`) and the citations it makes.
 */
import { analyzePlan, type PlanModel } from '../plan/analyze.js';
import { addressedTopics } from '../topics/coverage.js';
import { computeCoverage, type Coverage, type CoverageReport } from './compute.js';

export * from './compute.js';
export { formatCoverageText, shortGroupTitle, percent, groupLabel } from './format-text.js';
export { coverageMessages } from './messages.js';

/** Coverage of an analysed plan: cited learning points, then those whose topic the plan addresses. */
export function coverageOfPlan(plan: PlanModel, report: CoverageReport): Coverage {
  // Every topic counts, whatever the plantype: a plan that addresses a topic covers its learning points.
  const addressed = addressedTopics(plan, plan.language);
  return computeCoverage(plan, report, { addressed });
}

/** Coverage of plan text (any text: empty, front matter only, huge). */
export function coverageOfText(text: string, report: CoverageReport): Coverage {
  return coverageOfPlan(analyzePlan(text), report);
}
