/** UI text of the coverage view and status bar (nb default, en, nn); shared words come from core/coverage/messages. */
import type { Catalogue } from '../../core/i18n.js';

export const viewMessages = {
  noPlan: {
    nb: 'Åpne en plan i Markdown for å se hvilke læringspunkter den dekker.',
    nn: 'Opne ein plan i Markdown for å sjå kva læringspunkt han dekkjer.',
    en: 'Open a Markdown plan to see which learning points it covers.',
  },
  loading: { nb: 'Leser rapporten …', nn: 'Les rapporten …', en: 'Reading the report …' },
  failed: {
    nb: 'Fant ikke dekningen for denne planen ({reason}).',
    nn: 'Fann ikkje dekninga for denne planen ({reason}).',
    en: 'Could not work out the coverage of this plan ({reason}).',
  },
  emptyPlan: {
    nb: 'Planen dekker ingen av de {total} læringspunktene ennå. Sett inn et læringspunkt med + eller skriv om temaene.',
    nn: 'Planen dekkjer ingen av dei {total} læringspunkta enno. Set inn eit læringspunkt med + eller skriv om temaa.',
    en: 'The plan covers none of the {total} learning points yet. Insert one with + or write about their topics.',
  },
  viewDescription: { nb: '{name}: {covered}/{total}', nn: '{name}: {covered}/{total}', en: '{name}: {covered}/{total}' },
  revealTitle: { nb: 'Vis i planen', nn: 'Vis i planen', en: 'Show in the plan' },
  insertTitle: { nb: 'Sett inn i planen', nn: 'Set inn i planen', en: 'Insert into the plan' },
  tooltipCited: { nb: 'Sitert på linje {line}', nn: 'Sitert på linje {line}', en: 'Cited on line {line}' },
  tooltipTopic: {
    nb: 'Temaet «{topic}» er omtalt på linje {line}',
    nn: 'Temaet «{topic}» er omtala på linje {line}',
    en: 'Its topic “{topic}” is addressed on line {line}',
  },
  tooltipEvidence: { nb: 'Det som telte: «{words}»', nn: 'Det som talde: «{words}»', en: 'What counted: "{words}"' },
  tooltipUncovered: {
    nb: 'Ikke dekket ennå. Klikk + for å sette det inn.',
    nn: 'Ikkje dekt enno. Klikk + for å setje det inn.',
    en: 'Not covered yet. Click + to insert it.',
  },
  lineDescription: { nb: 'linje {line}', nn: 'linje {line}', en: 'line {line}' },
  noTarget: {
    nb: 'Åpne planen du vil sette inn i.',
    nn: 'Opne planen du vil setje inn i.',
    en: 'Open the plan to insert into.',
  },
} satisfies Catalogue;
