/**
 * missing-required-section: for an overall plan (plantype
 * overordnet-beredskapsplan), each minimum element of forskrift om kommunal
 * beredskapsplikt § 4 (a kriseledelse, b varslingsliste, c ressursoversikt,
 * d evakuering og befolkningsvarsling, e krisekommunikasjon) that is not
 * recognised in its headings or text, Bokmål or Nynorsk. Suggestion (never
 * applied by fix all): a heading skeleton appended at the end. Data:
 * resources/legal/beredskapsplikt.json.
 */
import { translate, type Catalogue } from '../../i18n.js';
import { appendEdits, beredskapsplikt, requiredElementsMissing, titleRange, type ElementStatus } from '../../topics/index.js';
import { report } from '../context.js';
import { defineRule, type RuleMeta } from '../rule.js';

export const meta: RuleMeta = {
  id: 'missing-required-section',
  description: {
    nb: 'Et minstekrav i forskrift om kommunal beredskapsplikt § 4 som en overordnet beredskapsplan mangler.',
    en: 'A minimum element of the regulations on municipal emergency preparedness § 4 that an overall plan lacks.',
    nn: 'Eit minstekrav i forskrift om kommunal beredskapsplikt § 4 som ein overordna beredskapsplan manglar.',
  },
  defaultSeverity: 'warning',
  docs: 'docs/rules/missing-required-section.md',
};

const messages = {
  missing: {
    nb: 'Planen mangler {title} (forskrift om kommunal beredskapsplikt § 4 bokstav {letter}): {summary}',
    en: 'The plan lacks {title} (regulations on municipal emergency preparedness § 4 letter {letter}): {summary}',
    nn: 'Planen manglar {title} (forskrift om kommunal beredskapsplikt § 4 bokstav {letter}): {summary}',
  },
  partial: {
    nb: 'Planen har bare delvis {title} (forskrift om kommunal beredskapsplikt § 4 bokstav {letter}): {found} er med, men {lacking} mangler.',
    en: 'The plan has only part of {title} (regulations on municipal emergency preparedness § 4 letter {letter}): {found} is there, but {lacking} is missing.',
    nn: 'Planen har berre delvis {title} (forskrift om kommunal beredskapsplikt § 4 bokstav {letter}): {found} er med, men {lacking} manglar.',
  },
  partEvacuation: { nb: 'evakueringsplan', en: 'an evacuation plan', nn: 'evakueringsplan' },
  partWarning: { nb: 'plan for befolkningsvarsling', en: 'a plan for warning the population', nn: 'plan for varsling av befolkninga' },
  fix: { nb: 'Legg til overskriften «{heading}»', en: 'Add the heading "{heading}"', nn: 'Legg til overskrifta «{heading}»' },
  placeholder: {
    nb: '[Fyll inn: {summary}]',
    en: '[Fill in: {summary}]',
    nn: '[Fyll inn: {summary}]',
  },
} satisfies Catalogue;

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export default defineRule(meta, (_tree, file, ctx) => {
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
    report(file, {
      ruleId: meta.id,
      start: where.start,
      end: where.end,
      message,
      evidence: [],
      // A heading skeleton is a suggestion to pick in the editor, never part of "fix all" or `lint --fix`.
      suggestions: [{ title: translate(messages, 'fix', lang, { heading }), edits: appendEdits(plan.text, skeleton) }],
    });
  }
});
