/**
 * Coverage of a plan in one call: the plan model, the topics it addresses (the
 * shared taxonomy's `addressedTopics`) and the citations it makes.
 */
import { analyzePlan, type PlanModel } from '../plan/analyze.js';
import { addressedTopics, type PlanLike } from '../topics/coverage.js';
import { planSector } from '../topics/sector.js';
import { computeCoverage, type Coverage, type CoverageReport } from './compute.js';

export * from './compute.js';
export { formatCoverageText, shortGroupTitle, percent, groupLabel } from './format-text.js';
export { coverageMessages } from './messages.js';

/**
 * Above this many characters only the headings are searched for topics (the
 * vocabulary scan of body text costs about a microsecond per character; a
 * 100-page plan is about 300 000). Citations are always read in full.
 */
export const TOPIC_TEXT_SCAN_LIMIT = 500_000;

/** The plan's headings alone, as a small plan whose lines map back to the headings' own lines. */
function headingsOnly(plan: PlanModel): PlanLike {
  let text = '';
  const headings: { text: string; line: number; start: number; end: number }[] = [];
  const starts: { start: number; line: number }[] = [];
  for (const h of plan.headings) {
    const t = h.text.replace(/\s+/g, ' ');
    starts.push({ start: text.length, line: h.line });
    headings.push({ text: t, line: h.line, start: text.length, end: text.length + t.length });
    text += `${t}\n`;
  }
  return {
    text,
    headings,
    lineCol(offset: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid].start <= offset) lo = mid;
        else hi = mid - 1;
      }
      const s = starts[lo];
      return { line: s ? s.line : 1, column: s ? offset - s.start + 1 : 1 };
    },
  };
}

/** Coverage of an analysed plan: cited learning points, then those whose topic the plan addresses. */
export function coverageOfPlan(plan: PlanModel, report: CoverageReport): Coverage {
  // Topics of the plan's type (and a sector plan's sector) count when the plan treats them; any
  // learning point the plan cites counts whatever its topic.
  const big = plan.text.length > TOPIC_TEXT_SCAN_LIMIT;
  const plantype = plan.frontmatter.plantype;
  const sector = plantype === 'sektorplan' ? planSector(plan).sector?.id ?? null : undefined;
  const addressed = addressedTopics(big ? headingsOnly(plan) : plan, plan.language, plantype, report.learningPoints(), sector);
  return { ...computeCoverage(plan, report, { addressed }), headingsOnly: big };
}

/** Coverage of plan text (any text: empty, front matter only, huge). */
export function coverageOfText(text: string, report: CoverageReport): Coverage {
  return coverageOfPlan(analyzePlan(typeof text === 'string' ? text : String(text ?? '')), report);
}
