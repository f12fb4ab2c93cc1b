/**
 * stale-review: the plan's `revidert` date is more than a year old (forskrift
 * om kommunal beredskapsplikt § 6: revision at least yearly), missing, in the
 * future or not a date; `sist-øvd` more than two years old (§ 7: exercise at
 * least every second year). Dates are compared with the lint context's `now`.
 */
import { catalogue, translate } from '../../i18n.js';
import { reviewStatusOf, titleRange, type Age, type ReviewFinding } from '../../topics/index.js';
import { formatDate } from '../../terms/index.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';

export const meta: RuleMeta = ruleMeta('stale-review')!;

const messages = catalogue('rule.stale-review');

type Lang = 'nb' | 'nn' | 'en';

/** "1 år og 3 måneder", "2 years", "11 months and 4 days". */
export function formatAge(age: Age, lang: Lang): string {
  const t = (k: keyof typeof messages, n: number) => translate(messages, k, lang, { n });
  const parts: string[] = [];
  if (age.years) parts.push(age.years === 1 ? t('year', 1) : t('years', age.years));
  if (age.months) parts.push(age.months === 1 ? t('month', 1) : t('months', age.months));
  if (!age.years && age.days) parts.push(age.days === 1 ? t('day', 1) : t('days', age.days));
  if (!parts.length) return t('days', 0);
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${translate(messages, 'and', lang)} ${parts[parts.length - 1]}`;
}

/** The message for one finding (pure; the rule adds the position). */
export function describeReview(f: ReviewFinding, lang: Lang, now: Date): string {
  const today = now.toISOString().slice(0, 10);
  switch (f.kind) {
    case 'missing':
      return translate(messages, 'missing', lang, { today });
    case 'stale':
      return translate(messages, f.field === 'revidert' ? 'stale' : 'exerciseStale', lang, {
        key: f.key ?? f.field,
        date: formatDate(f.date, lang),
        ago: formatAge(f.age, lang),
        due: formatDate(f.due, lang),
      });
    case 'future':
      return translate(messages, 'future', lang, {
        field: f.key ?? f.field,
        date: f.date,
        today,
        what: translate(messages, f.field === 'revidert' ? 'revised' : 'exercised', lang),
      });
    case 'invalid':
      return translate(messages, 'invalid', lang, { field: f.key ?? f.field, value: f.value, paragraph: f.field === 'revidert' ? '§ 6' : '§ 7' });
  }
}

export function check(ctx: LintContext, report: Report): void {
  const fm = ctx.plan.frontmatter;
  const findings = reviewStatusOf(fm, ctx.text, ctx.now);
  for (const f of findings) {
    // The engine already reports a value that is not a date (front-matter message at the key): say it once.
    if (f.kind === 'invalid' && fm.issues.some((i) => i.key === (f.key ?? f.field))) continue;
    const range =
      f.kind === 'missing'
        ? fm.present
          ? { start: fm.start, end: Math.min(fm.end, fm.start + 3) }
          : titleRange(ctx.plan)
        : f.line ?? (f.key ? fm.keyRange(f.key) : undefined) ?? titleRange(ctx.plan);
    report({
      ruleId: meta.id,
      start: range.start,
      end: range.end,
      message: describeReview(f, ctx.uiLanguage, ctx.now),
      evidence: [],
    });
  }
}

export default { meta, check } satisfies RuleModule;
