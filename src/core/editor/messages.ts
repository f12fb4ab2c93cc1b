/** User-facing text of the editor features (nb default, en, nn). */
import { translate, type Catalogue, type UiLanguage } from '../i18n.js';

export const editorMessages = {
  source: { nb: 'Kilde', en: 'Source', nn: 'Kjelde' },
  sourceLine: { nb: '{author} for {client}, {year}', en: '{author} for {client}, {year}' },
  openInReport: { nb: 'Åpne i rapporten', en: 'Open in report', nn: 'Opne i rapporten' },
  copyCitation: { nb: 'Kopier kildehenvisning', en: 'Copy citation', nn: 'Kopier kjeldetilvising' },
  insertCitation: { nb: 'Sett inn kildehenvisning', en: 'Insert citation', nn: 'Set inn kjeldetilvising' },
  readMore: { nb: 'Les mer', en: 'Read more', nn: 'Les meir' },
  copied: { nb: 'Kopierte {citation}', en: 'Copied {citation}', nn: 'Kopierte {citation}' },
  evidenceFor: { nb: 'Evidens for «{topic}»', en: 'Evidence for “{topic}”', nn: 'Evidens for «{topic}»' },
  termDefinition: { nb: '{term}: {definition}', en: '{term}: {definition}' },
  noEvidence: { nb: 'Fant ingen funn i rapporten for «{topic}».', en: 'No findings in the report for “{topic}”.', nn: 'Fann ingen funn i rapporten for «{topic}».' },
  // Kinds
  'kind.learning-point': { nb: 'Læringspunkt', en: 'Learning point', nn: 'Læringspunkt' },
  'kind.key-experience': { nb: 'Sentral erfaring', en: 'Key experience', nn: 'Sentral erfaring' },
  'kind.section': { nb: 'Kapittel', en: 'Section', nn: 'Kapittel' },
  'kind.paragraph': { nb: 'Avsnitt', en: 'Paragraph', nn: 'Avsnitt' },
  'kind.footnote': { nb: 'Fotnote', en: 'Footnote', nn: 'Fotnote' },
  'kind.example': { nb: 'Eksempel', en: 'Example', nn: 'Døme' },
  'kind.figure': { nb: 'Figur', en: 'Figure', nn: 'Figur' },
  // Unresolved citations
  wholeSource: { nb: 'Hele rapporten', en: 'The whole report', nn: 'Heile rapporten' },
  pageFindings: { nb: '{count} funn på side {pages} (sidetallene er utledet av teksten og kan avvike én side)', en: '{count} findings on page {pages} (page numbers are recovered from the text and may be a page off)', nn: '{count} funn på side {pages} (sidetala er utleidde av teksten og kan avvike ei side)' },
  rangeFindings: { nb: '{count} funn i {range}', en: '{count} findings in {range}', nn: '{count} funn i {range}' },
  andMore: { nb: '… og {count} til', en: '… and {count} more', nn: '… og {count} til' },
  unresolvedTitle: { nb: 'Kildehenvisningen peker ikke på noe funn', en: 'This citation does not point to a finding', nn: 'Kjeldetilvisinga peikar ikkje på noko funn' },
  unknownSource: {
    nb: 'Ukjent kilde «@{key}». Kjente kilder: {known}.',
    en: 'Unknown source “@{key}”. Known sources: {known}.',
    nn: 'Ukjend kjelde «@{key}». Kjende kjelder: {known}.',
  },
  unknownLocator: {
    nb: 'Rapporten har ikke noe «{locator}».',
    en: 'The report has no “{locator}”.',
    nn: 'Rapporten har ikkje noko «{locator}».',
  },
  nearest: { nb: 'Nærmeste gyldige:', en: 'Nearest valid locators:', nn: 'Næraste gyldige:' },
  emptyKey: {
    nb: 'Mangler kildenøkkel etter @. Skriv for eksempel [@ks2021, lp. 3.5.1].',
    en: 'No source key after @. Write for example [@ks2021, lp. 3.5.1].',
    nn: 'Manglar kjeldenøkkel etter @. Skriv til dømes [@ks2021, lp. 3.5.1].',
  },
  missingComma: {
    nb: 'Skill kildenøkkel og lokator med komma: [@{key}, {locator}].',
    en: 'Separate the source key from the locator with a comma: [@{key}, {locator}].',
    nn: 'Skil kjeldenøkkel og lokator med komma: [@{key}, {locator}].',
  },
  itemWithoutKey: {
    nb: 'En del av kildehenvisningen mangler kildenøkkel (@ks2021).',
    en: 'Part of this citation has no source key (@ks2021).',
    nn: 'Ein del av kjeldetilvisinga manglar kjeldenøkkel (@ks2021).',
  },
  noLocator: {
    nb: 'Kildehenvisningen mangler lokator. Skriv for eksempel [@{key}, lp. 3.5.1] eller [@{key}, kap. 2.2].',
    en: 'The citation has no locator. Write for example [@{key}, lp. 3.5.1] or [@{key}, kap. 2.2].',
    nn: 'Kjeldetilvisinga manglar lokator. Skriv til dømes [@{key}, lp. 3.5.1] eller [@{key}, kap. 2.2].',
  },
  badNumber: {
    nb: '«{locator}» mangler et gyldig nummer, for eksempel lp. 3.5.1, kap. 3.4.3, se. 10.2.2.1 eller fn. 45.',
    en: '“{locator}” lacks a valid number, for example lp. 3.5.1, kap. 3.4.3, se. 10.2.2.1 or fn. 45.',
    nn: '«{locator}» manglar eit gyldig nummer, til dømes lp. 3.5.1, kap. 3.4.3, se. 10.2.2.1 eller fn. 45.',
  },
  unknownLabel: {
    nb: 'Ukjent lokatortype i «{locator}». Bruk kap., lp., se., fn. eller fig.',
    en: 'Unknown locator type in “{locator}”. Use kap., lp., se., fn. or fig.',
    nn: 'Ukjend lokatortype i «{locator}». Bruk kap., lp., se., fn. eller fig.',
  },
  // Report document
  reportOtherFindings: { nb: 'Andre funn', en: 'Other findings', nn: 'Andre funn' },
  // Code actions
  fixAll: { nb: 'Rett alle «{rule}» i filen', en: 'Fix all “{rule}” in the file', nn: 'Rett alle «{rule}» i fila' },
  disableLine: { nb: 'Slå av «{rule}» for denne linjen', en: 'Disable “{rule}” for this line', nn: 'Slå av «{rule}» for denne linja' },
  disableFile: { nb: 'Slå av «{rule}» for denne filen', en: 'Disable “{rule}” for this file', nn: 'Slå av «{rule}» for denne fila' },
  disableWorkspace: { nb: 'Slå av «{rule}» for arbeidsområdet', en: 'Disable “{rule}” for the workspace', nn: 'Slå av «{rule}» for arbeidsområdet' },
  // Commands and notifications
  bibWritten: { nb: 'Skrev bibliografi til {file}', en: 'Wrote the bibliography to {file}', nn: 'Skreiv bibliografi til {file}' },
  noWorkspace: { nb: 'Åpne en mappe først.', en: 'Open a folder first.', nn: 'Opne ei mappe først.' },
  pickFormat: { nb: 'Velg format for bibliografien', en: 'Choose the bibliography format', nn: 'Vel format for bibliografien' },
  untrusted: {
    nb: 'Arbeidsområdet er ikke klarert; Evidensplan skriver ikke filer her.',
    en: 'The workspace is not trusted; Evidensplan does not write files here.',
    nn: 'Arbeidsområdet er ikkje klarert; Evidensplan skriv ikkje filer her.',
  },
  loadFailed: {
    nb: 'Evidensplan kunne ikke laste rapportindeksen: {reason}',
    en: 'Evidensplan could not load the report index: {reason}',
    nn: 'Evidensplan kunne ikkje laste rapportindeksen: {reason}',
  },
  lintFailed: {
    nb: 'Evidensplan kunne ikke sjekke dokumentet: {reason}',
    en: 'Evidensplan could not check the document: {reason}',
    nn: 'Evidensplan kunne ikkje sjekke dokumentet: {reason}',
  },
  configUnreadable: {
    nb: '{file} er ikke gyldig JSONC; rett filen først.',
    en: '{file} is not valid JSONC; fix the file first.',
    nn: '{file} er ikkje gyldig JSONC; rett fila først.',
  },
  notFound: { nb: 'Fant ikke «{locator}» i rapporten.', en: 'Could not find “{locator}” in the report.', nn: 'Fann ikkje «{locator}» i rapporten.' },
} satisfies Catalogue;

export type EditorMessageKey = keyof typeof editorMessages;

export function t(key: EditorMessageKey, lang: UiLanguage, params: Record<string, string | number> = {}): string {
  return translate(editorMessages, key, lang, params);
}
