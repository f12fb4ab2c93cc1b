/** Texts of the editor search (Søk i rapporten) and the evidence view. */
import type { Catalogue } from '../../core/i18n.js';

export const searchMessages = {
  placeholder: {
    nb: 'Søk i rapporten med egne ord (bokmål, nynorsk eller engelsk). Enter setter inn kildehenvisningen.',
    en: 'Search the report in your own words (Norwegian or English). Enter inserts the citation.',
    nn: 'Søk i rapporten med eigne ord (bokmål, nynorsk eller engelsk). Enter set inn kjeldetilvisinga.',
  },
  title: { nb: 'Søk i rapporten', en: 'Search the Report', nn: 'Søk i rapporten' },
  none: {
    nb: 'Ingen treff i rapporten for «{query}». Prøv andre eller færre ord.',
    en: 'No match in the report for "{query}". Try other or fewer words.',
    nn: 'Ingen treff i rapporten for «{query}». Prøv andre eller færre ord.',
  },
  openInReport: { nb: 'Åpne i rapporten', en: 'Open in the report', nn: 'Opne i rapporten' },
  inserted: { nb: 'Satt inn {citation}', en: 'Inserted {citation}', nn: 'Sette inn {citation}' },
  copied: { nb: 'Ingen åpen plan: {citation} er kopiert', en: 'No open plan: {citation} copied', nn: 'Ingen open plan: {citation} er kopiert' },
  noParagraph: {
    nb: 'Sett markøren i et avsnitt i en plan for å se den sterkeste evidensen for det.',
    en: 'Put the cursor in a paragraph of a plan to see the strongest evidence for it.',
    nn: 'Set markøren i eit avsnitt i ein plan for å sjå den sterkaste evidensen for det.',
  },
  noEvidence: {
    nb: 'Fant ingen evidens i rapporten for dette avsnittet.',
    en: 'No evidence in the report for this paragraph.',
    nn: 'Fann ingen evidens i rapporten for dette avsnittet.',
  },
  forParagraph: { nb: 'for avsnittet på linje {line}', en: 'for the paragraph at line {line}', nn: 'for avsnittet på linje {line}' },
  'kind.learning-point': { nb: 'læringspunkt', en: 'learning point', nn: 'læringspunkt' },
  'kind.key-experience': { nb: 'sentral erfaring', en: 'key experience', nn: 'sentral erfaring' },
  'kind.section': { nb: 'kapittel', en: 'section', nn: 'kapittel' },
  'kind.paragraph': { nb: 'avsnitt', en: 'paragraph', nn: 'avsnitt' },
  'kind.footnote': { nb: 'fotnote', en: 'footnote', nn: 'fotnote' },
  'kind.example': { nb: 'kommuneeksempel', en: 'municipal example', nn: 'kommuneeksempel' },
  'kind.figure': { nb: 'figur', en: 'figure', nn: 'figur' },
} satisfies Catalogue;
