/**
 * missing-required-section: for an overall plan (plantype
 * overordnet-beredskapsplan), each minimum element of forskrift om kommunal
 * beredskapsplikt § 4 (a kriseledelse, b varslingsliste, c ressursoversikt,
 * d evakuering og befolkningsvarsling, e krisekommunikasjon) that is not
 * recognised in its headings or text, Bokmål or Nynorsk. Suggestion (never
 * applied by fix all): a heading skeleton appended at the end. Data:
 * resources/legal/beredskapsplikt.json.
 */
import { catalogue, translate } from '../../i18n.js';
import { appendEdits, beredskapsplikt, requiredElementsMissing, titleRange, type ElementStatus } from '../../topics/index.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';

export const meta: RuleMeta = ruleMeta('missing-required-section')!;

const messages = catalogue('rule.missing-required-section');

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function check(ctx: LintContext, report: Report): void {
  const plan = ctx.plan;
  const missing = requiredElementsMissing(plan, plan.frontmatter.plantype, plan.language);
  if (!missing.length) return;
  const where = titleRange(plan);
  const lang = ctx.uiLanguage;
  const pl = plan.language;
  const pick = (t: { nb: string; nn?: string; en: string }, l: string) => (l === 'nn' ? t.nn ?? t.nb : l === 'en' ? t.en : t.nb);
  for (const s of missing as ElementStatus[]) {
    const el = s.element;
    const params = { title: lowerFirst(pick(el.title, lang)), letter: el.letter, summary: pick(el.summary, lang) };
    let message = translate(messages, 'missing', lang, params);
    if (s.partsFound.some(Boolean)) {
      const names = [translate(messages, 'partEvacuation', lang), translate(messages, 'partWarning', lang)];
      message = translate(messages, 'partial', lang, {
        ...params,
        found: names.filter((_, i) => s.partsFound[i]).join(', '),
        lacking: names.filter((_, i) => !s.partsFound[i]).join(', '),
      });
    }
    const heading = `${pick(el.title, pl)} (${beredskapsplikt.section4.paragraph} ${el.letter})`;
    const skeleton = `## ${heading}\n\n${translate(messages, 'placeholder', pl, { summary: pick(el.summary, pl) })}\n`;
    report({
      ruleId: meta.id,
      start: where.start,
      end: where.end,
      message,
      evidence: [],
      // A heading skeleton is a suggestion to pick in the editor, never part of "fix all" or `lint --fix`.
      suggestions: [{ title: translate(messages, 'fix', lang, { heading }), edits: appendEdits(plan.text, skeleton) }],
    });
  }
}

export default { meta, check } satisfies RuleModule;
