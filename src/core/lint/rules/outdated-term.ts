/**
 * outdated-term: a renamed institution, title or county (Fylkesmannen,
 * rådmann, helsesøster, Direktoratet for e-helse, Viken, …) in any inflection
 * or compound, Bokmål and Nynorsk. Fix: the new name in the same inflection
 * and case, in the plan's language; counties offer each successor.
 * The table and its sources: resources/terms/outdated-terms.json.
 */
import { describeOutdated, findOutdatedTerms, fixTitle, normaliseRanges, overlapsRanges } from '../../terms/index.js';
import type { Fix } from '../types.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';

export const meta: RuleMeta = ruleMeta('outdated-term')!;

function stringList(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : [];
}

export function check(ctx: LintContext, report: Report): void {
  const plan = ctx.plan;
  // Prose only: paragraphs, headings and table cells, minus code spans, HTML and link targets.
  const ranges = plan.blocks.map((b) => ({ start: b.start, end: b.end }));
  const matches = findOutdatedTerms(ctx.text, {
    lang: plan.language,
    ranges: plan.degraded && !ranges.length ? undefined : ranges,
    skipQuotes: ctx.options.skipQuotes !== false,
    ignore: stringList(ctx.options.ignore),
  });
  const excluded = normaliseRanges(plan.excluded);
  // A heading with in-file links to it ("[…](#slug)"): renaming a word in it would break them,
  // so there the new name is a suggestion, never part of "fix all".
  const headings = plan.blocks.filter((b) => b.kind === 'heading');
  const hasAnchorLinks = /\]\(#[^)\s]+\)|\]:\s*#\S+/.test(ctx.text);
  const inLinkedHeading = (start: number) => hasAnchorLinks && headings.some((h) => h.start <= start && start < h.end);
  for (const m of matches) {
    if (overlapsRanges(excluded, m.start, m.end)) continue;
    const fixes: Fix[] = m.replacements.map((r) => ({ title: fixTitle(r, ctx.uiLanguage), edits: [{ start: m.start, end: m.end, text: r }] }));
    // A word holding the old term twice ("helsesøsterhelsesøster…") is fixed one part at a
    // time; when the replacement would still be flagged, offer it but leave it out of
    // "fix all", so fix all applied to its own result changes nothing.
    const single = fixes.length === 1 && findOutdatedTerms(m.replacements[0], { lang: plan.language }).length === 0 && !inLinkedHeading(m.start);
    report({
      ruleId: meta.id,
      start: m.start,
      end: m.end,
      message: describeOutdated(m, ctx.uiLanguage),
      evidence: [],
      // One successor: the fix ("fix all" applies it). Several (a split county): a choice, never applied blindly.
      ...(single ? { fix: fixes[0] } : { suggestions: fixes }),
    });
  }
}

export default { meta, check } satisfies RuleModule;
