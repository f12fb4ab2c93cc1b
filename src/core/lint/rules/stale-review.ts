/**
 * stale-review: the plan's `revidert` date is more than a year old (forskrift
 * om kommunal beredskapsplikt § 6: revision at least yearly), missing, in the
 * future or not a date; `sist-øvd` more than two years old (§ 7: exercise at
 * least every second year). Dates are compared with the lint context's `now`.
 */
import { translate, type Catalogue } from '../../i18n.js';
import { reviewStatusOf, titleRange, type Age, type ReviewFinding } from '../../topics/index.js';
import { formatDate } from '../../terms/index.js';
import { report } from '../context.js';
import { defineRule, type RuleMeta } from '../rule.js';

export const meta: RuleMeta = {
  id: 'stale-review',
  description: {
    nb: '«revidert» er eldre enn ett år (forskrift om kommunal beredskapsplikt § 6), mangler eller er ugyldig.',
    en: '"revidert" is more than a year old (regulations on municipal emergency preparedness § 6), missing or invalid.',
    nn: '«revidert» er eldre enn eitt år (forskrift om kommunal beredskapsplikt § 6), manglar eller er ugyldig.',
  },
  defaultSeverity: 'warning',
  docs: 'docs/rules/stale-review.md',
};

const messages = {
  stale: {
    nb: 'Planen ble sist revidert {date}, for {ago} siden. Forskrift om kommunal beredskapsplikt § 6 krever revisjon minst én gang i året (fristen var {due}). Revider planen og oppdater «{key}».',
    en: 'The plan was last revised on {date}, {ago} ago. The regulations on municipal emergency preparedness § 6 require revision at least once a year (due {due}). Revise the plan and update "{key}".',
    nn: 'Planen vart sist revidert {date}, for {ago} sidan. Forskrift om kommunal beredskapsplikt § 6 krev revisjon minst éin gong i året (fristen var {due}). Revider planen og oppdater «{key}».',
  },
  exerciseStale: {
    nb: 'Planen ble sist øvd {date}, for {ago} siden. Forskrift om kommunal beredskapsplikt § 7 krever øvelse minst hvert annet år (fristen var {due}).',
    en: 'The plan was last exercised on {date}, {ago} ago. The regulations on municipal emergency preparedness § 7 require an exercise at least every second year (due {due}).',
    nn: 'Planen vart sist øvd {date}, for {ago} sidan. Forskrift om kommunal beredskapsplikt § 7 krev øving minst annakvart år (fristen var {due}).',
  },
  missing: {
    nb: 'Planen oppgir ikke når den sist ble revidert. Forskrift om kommunal beredskapsplikt § 6 krever revisjon minst én gang i året; skriv datoen planen sist ble revidert i front matter, som «revidert: ÅÅÅÅ-MM-DD» eller «revidert: 4. mai 2026».',
    en: 'The plan does not say when it was last revised. The regulations on municipal emergency preparedness § 6 require revision at least once a year; add the date the plan was last revised to the front matter, as "revidert: YYYY-MM-DD" or "revidert: 4. mai 2026".',
    nn: 'Planen seier ikkje når han sist vart revidert. Forskrift om kommunal beredskapsplikt § 6 krev revisjon minst éin gong i året; skriv datoen planen sist vart revidert i front matter, som «revidert: ÅÅÅÅ-MM-DD» eller «revidert: 4. mai 2026».',
  },
  future: {
    nb: '«{field}: {date}» ligger fram i tid (i dag er {today}). Skriv datoen planen faktisk ble {what}.',
    en: '"{field}: {date}" is in the future (today is {today}). Write the date the plan was actually {what}.',
    nn: '«{field}: {date}» ligg fram i tid (i dag er {today}). Skriv datoen planen faktisk vart {what}.',
  },
  invalid: {
    nb: '«{field}: {value}» er ikke en dato, så fristen i forskrift om kommunal beredskapsplikt {paragraph} kan ikke sjekkes. Skriv datoen som ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ eller «4. mai 2026».',
    en: '"{field}: {value}" is not a date, so the deadline in the regulations on municipal emergency preparedness {paragraph} cannot be checked. Write the date as YYYY-MM-DD, DD.MM.YYYY or "4. mai 2026".',
    nn: '«{field}: {value}» er ikkje ein dato, så fristen i forskrift om kommunal beredskapsplikt {paragraph} kan ikkje sjekkast. Skriv datoen som ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ eller «4. mai 2026».',
  },
  revised: { nb: 'revidert', en: 'revised', nn: 'revidert' },
  exercised: { nb: 'øvd', en: 'exercised', nn: 'øvd' },
  year: { nb: '1 år', en: '1 year', nn: '1 år' },
  years: { nb: '{n} år', en: '{n} years', nn: '{n} år' },
  month: { nb: '1 måned', en: '1 month', nn: '1 månad' },
  months: { nb: '{n} måneder', en: '{n} months', nn: '{n} månader' },
  day: { nb: '1 dag', en: '1 day', nn: '1 dag' },
  days: { nb: '{n} dager', en: '{n} days', nn: '{n} dagar' },
  and: { nb: 'og', en: 'and', nn: 'og' },
} satisfies Catalogue;

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

export default defineRule(meta, (_tree, file, ctx) => {
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
    report(file, {
      ruleId: meta.id,
      start: range.start,
      end: range.end,
      message: describeReview(f, ctx.uiLanguage, ctx.now),
      evidence: [],
    });
  }
});
