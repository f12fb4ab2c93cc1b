/** UI text of the snippet commands (nb default, en, nn). */
import type { Catalogue } from '../../core/i18n.js';

export const snippetMessages = {
  pickLearningPoint: {
    nb: 'Søk etter læringspunkt eller sentral erfaring (skriv ord fra teksten)',
    nn: 'Søk etter læringspunkt eller sentral erfaring (skriv ord frå teksten)',
    en: 'Search learning points and key experiences (type words from the text)',
  },
  pickLearningPointTitle: { nb: 'Sett inn læringspunkt', nn: 'Set inn læringspunkt', en: 'Insert learning point' },
  learningPoint: { nb: 'Læringspunkt', nn: 'Læringspunkt', en: 'Learning point' },
  keyExperience: { nb: 'Sentral erfaring', nn: 'Sentral erfaring', en: 'Key experience' },
  searchResults: { nb: 'Treff for «{query}»', nn: 'Treff for «{query}»', en: 'Matches for “{query}”' },
  noMatches: { nb: 'Ingen treff', nn: 'Ingen treff', en: 'No matches' },
  preview: { nb: 'Vis hele teksten', nn: 'Vis heile teksten', en: 'Show the full text' },
  pickMode: { nb: 'Hvordan vil du sette inn {locator}?', nn: 'Korleis vil du setje inn {locator}?', en: 'How do you want to insert {locator}?' },
  modeVerbatim: { nb: 'Sitat (ordrett, som blokksitat)', nn: 'Sitat (ordrett, som blokksitat)', en: 'Quotation (verbatim, as a blockquote)' },
  modeVerbatimDetail: {
    nb: 'Hele teksten fra rapporten med kildehenvisning',
    nn: 'Heile teksten frå rapporten med kjeldetilvising',
    en: 'The full text from the report with its citation',
  },
  modeParaphrase: { nb: 'Med egne ord (plassholder)', nn: 'Med eigne ord (plasshaldar)', en: 'In your own words (placeholder)' },
  modeParaphraseDetail: {
    nb: 'En plassholder du fyller inn, med kildehenvisning',
    nn: 'Ein plasshaldar du fyller inn, med kjeldetilvising',
    en: 'A placeholder you fill in, with the citation',
  },
  lastChoice: { nb: 'sist valgt', nn: 'sist valt', en: 'last used' },
  noEditor: {
    nb: 'Åpne en Markdown-plan for å sette inn tekst.',
    nn: 'Opne ein Markdown-plan for å setje inn tekst.',
    en: 'Open a Markdown plan to insert text.',
  },
  pickTopic: {
    nb: 'Velg tema for seksjonsmalen',
    nn: 'Vel tema for seksjonsmalen',
    en: 'Choose the topic of the section template',
  },
  pickTopicTitle: { nb: 'Sett inn seksjonsmal', nn: 'Set inn seksjonsmal', en: 'Insert section template' },
  topicForPlantype: { nb: 'for {plantype}', nn: 'for {plantype}', en: 'for {plantype}' },
  noTopics: {
    nb: 'Fant ingen temaer å lage seksjoner fra.',
    nn: 'Fann ingen tema å lage seksjonar frå.',
    en: 'No topics to make sections from.',
  },
  pickPlantype: { nb: 'Hvilken plantype?', nn: 'Kva plantype?', en: 'Which kind of plan?' },
  pickLanguage: { nb: 'Hvilken målform?', nn: 'Kva målform?', en: 'Which written standard?' },
  newPlanTitle: { nb: 'Ny plan', nn: 'Ny plan', en: 'New plan' },
  bokmal: { nb: 'Bokmål', nn: 'Bokmål', en: 'Bokmål' },
  nynorsk: { nb: 'Nynorsk', nn: 'Nynorsk', en: 'Nynorsk' },
  'plantype.overordnet-beredskapsplan': { nb: 'Overordnet beredskapsplan', nn: 'Overordna beredskapsplan', en: 'Overall emergency preparedness plan' },
  'plantype.overordnet-beredskapsplan.detail': {
    nb: 'Med minimumskravene i forskrift om kommunal beredskapsplikt § 4 a–e',
    nn: 'Med minstekrava i forskrift om kommunal beredskapsplikt § 4 a–e',
    en: 'With the minimum content of the municipal preparedness regulation § 4 a–e',
  },
  'plantype.smittevernplan': { nb: 'Smittevernplan', nn: 'Smittevernplan', en: 'Infection control plan' },
  'plantype.smittevernplan.detail': { nb: 'Smittevernloven § 7-1', nn: 'Smittevernlova § 7-1', en: 'Communicable Diseases Act § 7-1' },
  'plantype.pandemiplan': { nb: 'Pandemiplan', nn: 'Pandemiplan', en: 'Pandemic plan' },
  'plantype.pandemiplan.detail': {
    nb: 'Håndtering av en langvarig pandemi i alle tjenester',
    nn: 'Handtering av ein langvarig pandemi i alle tenester',
    en: 'Handling a long pandemic in every service',
  },
  'plantype.sektorplan': { nb: 'Sektorplan', nn: 'Sektorplan', en: 'Sector plan' },
  'plantype.sektorplan.detail': {
    nb: 'Beredskapsplan for én sektor eller tjeneste',
    nn: 'Beredskapsplan for éin sektor eller teneste',
    en: 'Preparedness plan for one sector or service',
  },
} satisfies Catalogue;
