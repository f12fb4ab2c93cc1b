/** User-facing text of the coverage features (CLI text/HTML, tree view, status bar). */
import type { Catalogue } from '../i18n.js';

export const coverageMessages = {
  summary: {
    nb: 'Læringspunkter dekket: {covered} av {total} ({percent} %)',
    nn: 'Læringspunkt dekte: {covered} av {total} ({percent} %)',
    en: 'Learning points covered: {covered} of {total} ({percent} %)',
  },
  statusBar: { nb: 'Læringspunkter {covered}/{total}', nn: 'Læringspunkt {covered}/{total}', en: 'Learning points {covered}/{total}' },
  statusBarTooltip: {
    nb: 'Læringspunkter fra KS-rapporten (2021) som planen dekker: {covered} av {total}. Klikk for å se hvilke.',
    nn: 'Læringspunkt frå KS-rapporten (2021) som planen dekkjer: {covered} av {total}. Klikk for å sjå kva for nokre.',
    en: 'Learning points of the KS report (2021) this plan covers: {covered} of {total}. Click to see which.',
  },
  chapters: { nb: 'Kapittel', nn: 'Kapittel', en: 'Chapter' },
  uncoveredHeading: { nb: 'Ikke dekket ({count})', nn: 'Ikkje dekt ({count})', en: 'Not covered ({count})' },
  coveredHeading: { nb: 'Dekket ({count})', nn: 'Dekt ({count})', en: 'Covered ({count})' },
  allCovered: { nb: 'Planen dekker alle læringspunktene.', nn: 'Planen dekkjer alle læringspunkta.', en: 'The plan covers every learning point.' },
  howCited: { nb: 'sitert på linje {line}', nn: 'sitert på linje {line}', en: 'cited on line {line}' },
  howTopic: {
    nb: 'temaet er omtalt på linje {line}',
    nn: 'temaet er omtala på linje {line}',
    en: 'its topic is addressed on line {line}',
  },
  notCovered: { nb: 'ikke dekket', nn: 'ikkje dekt', en: 'not covered' },
  reportTitle: { nb: 'Dekning av læringspunkter', nn: 'Dekning av læringspunkt', en: 'Coverage of learning points' },
  reportSubtitle: {
    nb: 'Læringspunktene i «{title}» (Deloitte for KS, 2021) som planen {file} dekker.',
    nn: 'Læringspunkta i «{title}» (Deloitte for KS, 2021) som planen {file} dekkjer.',
    en: 'The learning points of “{title}” (Deloitte for KS, 2021) that the plan {file} covers.',
  },
  chartHeading: { nb: 'Dekning per kapittel', nn: 'Dekning per kapittel', en: 'Coverage per chapter' },
  chartCaption: {
    nb: 'Andel av læringspunktene i hvert kapittel som planen siterer eller omtaler.',
    nn: 'Del av læringspunkta i kvart kapittel som planen siterer eller omtalar.',
    en: 'Share of each chapter’s learning points the plan cites or addresses.',
  },
  howExplained: {
    nb: '«Sitert»: planen viser til læringspunktet. «Tema»: planen omtaler temaet læringspunktet hører til, uten å sitere det.',
    nn: '«Sitert»: planen viser til læringspunktet. «Tema»: planen omtalar temaet læringspunktet høyrer til, utan å sitere det.',
    en: '“Cited”: the plan cites the learning point. “Topic”: the plan addresses its topic without citing it.',
  },
  cited: { nb: 'sitert', nn: 'sitert', en: 'cited' },
  topic: { nb: 'tema', nn: 'tema', en: 'topic' },
  line: { nb: 'linje', nn: 'linje', en: 'line' },
  generated: { nb: 'Laget med Evidensplan {date}.', nn: 'Laga med Evidensplan {date}.', en: 'Made with Evidensplan on {date}.' },
  headingsOnly: {
    nb: 'Planen er svært stor: temaer er bare søkt etter i overskriftene.',
    nn: 'Planen er svært stor: tema er berre søkte etter i overskriftene.',
    en: 'The plan is very large: topics were looked for in its headings only.',
  },
  emptyPlan: {
    nb: 'Planen er tom eller har ingen overskrifter; ingen læringspunkter er dekket ennå.',
    nn: 'Planen er tom eller har ingen overskrifter; ingen læringspunkt er dekte enno.',
    en: 'The plan is empty or has no headings; no learning points are covered yet.',
  },
} satisfies Catalogue;
