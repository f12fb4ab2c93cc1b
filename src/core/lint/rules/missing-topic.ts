/**
 * missing-topic: a topic the report's learning points call for (the taxonomy in
 * resources/topics/topics.json) that the plan does not address by a heading,
 * by its text or by citing the topic's learning points. One message per topic
 * on the title line, with the learning points as evidence; a suggestion (never
 * applied by fix all or `lint --fix`) appends the topic's section template
 * (core/snippets) citing them. A sector plan is asked only about its sector's topics.
 * Option `ignore: [topicId, …]`.
 */
import { catalogue, translate } from '../../i18n.js';
import { appendEdits, missingTopics, planSector, taxonomy, titleRange, topicCitations, topicsFor, type Topic } from '../../topics/index.js';
import { renderSectionTemplate } from '../../snippets/templates.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';

export const meta: RuleMeta = ruleMeta('missing-topic')!;

const messages = catalogue('rule.missing-topic');

/**
 * Without a plan type only the topics every plan type shares apply (set `plantype` for the full list).
 * A sector plan is asked only about its sector's topics (`sektor:` or its title), or, when the
 * sector is unknown, the topics every sector shares.
 */
function applicable(plantype: string | undefined, sector: string | null): Topic[] {
  if (plantype) return topicsFor(plantype, taxonomy, sector);
  return topicsFor(undefined).filter((t) => !t.plantypes.length || t.plantypes.length === 4);
}

export function check(ctx: LintContext, report: Report): void {
  const plan = ctx.plan;
  const plantype = plan.frontmatter.plantype;
  const ignore = Array.isArray(ctx.options.ignore) ? ctx.options.ignore.filter((x): x is string => typeof x === 'string') : [];
  const sector = plantype === 'sektorplan' ? planSector(plan).sector?.id ?? null : undefined;
  const candidates = new Set(applicable(plantype, sector ?? null).map((t) => t.id));
  const missing = missingTopics(plan, plantype, plan.language, ignore, sector).filter((t) => candidates.has(t.id));
  if (!missing.length) return;
  const where = titleRange(plan);
  const lang = ctx.uiLanguage;
  const key = ctx.report?.source?.key ?? 'ks2021';
  for (const topic of missing) {
    const title = plan.language === 'nn' ? topic.title.nn : topic.title.nb;
    const uiTitle = lang === 'nn' ? topic.title.nn : topic.title.nb;
    const section = renderSectionTemplate(topic.id, plan.language, { key });
    report({
      ruleId: meta.id,
      start: where.start,
      end: where.end,
      message: translate(messages, 'missing', lang, {
        title: uiTitle,
        lps: translate(messages, 'lp', lang, { list: topic.learningPoints.map((l) => l.replace(/^lp\.\s*/, '')).join(', ') }),
        quote: topic.rationale.quote,
      }),
      evidence: topicCitations(topic, key),
      // A section template is a suggestion to pick in the editor, never part of "fix all" or `lint --fix`.
      suggestions: [{ title: translate(messages, 'fix', lang, { title }), edits: appendEdits(plan.text, section.text) }],
    });
  }
}

export default { meta, check } satisfies RuleModule;
