/**
 * An in-memory report (a few real passages of the KS/Deloitte report) wrapped
 * in the real ReportIndex and EvidenceSearch, and an in-memory workspace: the
 * editor language service is tested without VS Code and without the built index.
 */
import type { Finding, FindingKind, Report, Section } from '../../src/core/model.js';
import { ReportIndex } from '../../src/core/corpus/report-index.js';
import { EvidenceSearch } from '../../src/core/search/index.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import type { EditorDocument, EditorPlan } from '../../src/core/editor/types.js';

function section(id: string, title: string, level: number, parent?: string, findings: string[] = [], children: string[] = []): Section {
  return { id, number: /^\d/.test(id) ? id : '', title, level, parent, children, findings, line: 1, span: { start: 0, end: 0 } };
}

function finding(locator: string, kind: FindingKind, sectionId: string, sectionTitle: string, text: string): Finding {
  return {
    locator,
    citation: `[@ks2021, ${locator}]`,
    kind,
    section: sectionId,
    sectionTitle,
    text,
    spans: [],
    line: 1,
    footnotes: [],
    numbers: [],
    municipalities: [],
  };
}

const T3 = 'Smittevern, TISK og vaksinering – store oppgaver på toppen av ordinær drift';
const T35 = 'Læringspunkt - smittevern, TISK og vaksinering';
const T7 = 'Sårbare barn og unge';
const T74 = 'Læringspunkter for sårbare barn og unge';

export const LP351 =
  'Kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien da den kom i mars 2020. Det var svært krevende å sikre tilstrekkelig tilgang til smittevernutstyr og kommunen opplevde at de ikke fikk tilstrekkelig støtte i dette arbeidet fra statlige myndigheter. Undersøkelsen viser at det er behov for tydeligere føringer for hvordan utstyrsberedskapen i kommunene skal sikres. Koronakommisjonen peker på at Ansvarsprinsippet kommer til kort for utstyr til pandemiberedskap. For store og små kommuner handler dette om å være i stand til å sikre utstyr når pandemien treffer. Det kan være krevende både å ha og vedlikeholde kommunale lagre, men også håndtere innkjøp i en situasjon der tilgangen plutselig blir svært vanskelig. Koronakommisjonen mener det bør etableres et nasjonalt beredskapslager for smittevernutstyr.';
export const LP352 =
  'Kommunene har i stor grad lykkes med smittevernrelaterte oppgaver under pandemien. Det har likevel vært en betydelig utfordring å sikre tilstrekkelig og kvalifisert personell. Dette innebærer at kommunene har vært nødt til å tenke nytt når det gjelder å sikre bemanning, for eksempel ved å omdisponere ansatte, øke stillingsandelen til deltidsansatte, benytte seg av studenter og rekruttere pensjonister.';
export const LP741 =
  'Kommunene har opplevd svært forskjellig smittetrykk. De nasjonale tiltakene med nedstenging har blitt opplevd som for strenge av mange kommuner og flere tar til orde for at tiltak bør tilpasses lokalt. Dette gjelder særlig for å ivareta best mulig tilbud til sårbare barn og unge.';
export const LP742 =
  'Undersøkelsen indikerer at risikovurderingene som ble gjort før og i starten av pandemien ikke var tilstrekkelige og måtte justeres. Det er gode erfaringer knyttet til å gjennomføre risikovurderinger jevnlig.';
/** A passage with characters that must be escaped in hovers (as hostile report text would be). */
export const HOSTILE =
  'Se [lenke](command:workbench.action.terminal.new) og <img src=x onerror=alert(1)> *fet* `kode` # overskrift | tabell';

export function miniReport(): Report {
  const findings: Finding[] = [
    finding('kap. 3', 'section', '3', T3, T3),
    finding('kap. 3.5', 'section', '3.5', T35, T35),
    finding('lp. 3.5.1', 'learning-point', '3.5', T35, LP351),
    finding('lp. 3.5.2', 'learning-point', '3.5', T35, LP352),
    finding('kap. 3.4 avsn. 1', 'paragraph', '3.4', 'Vaksinering', 'Vaksinasjonsprogrammet ble en stor oppgave for kommunene i 2021, på toppen av testing, isolering, smittesporing og karantene.'),
    finding('fn. 45', 'footnote', '3.4', 'Vaksinering', HOSTILE),
    finding('kap. 7', 'section', '7', T7, T7),
    finding('kap. 7.4', 'section', '7.4', T74, T74),
    finding('lp. 7.4.1', 'learning-point', '7.4', T74, LP741),
    finding('lp. 7.4.2', 'learning-point', '7.4', T74, LP742),
  ];
  const sections: Section[] = [
    section('3', T3, 1, undefined, ['kap. 3'], ['3.4', '3.5']),
    section('3.4', 'Vaksinering', 2, '3', ['kap. 3.4 avsn. 1', 'fn. 45']),
    section('3.5', T35, 2, '3', ['kap. 3.5', 'lp. 3.5.1', 'lp. 3.5.2']),
    section('7', T7, 1, undefined, ['kap. 7'], ['7.4']),
    section('7.4', T74, 2, '7', ['kap. 7.4', 'lp. 7.4.1', 'lp. 7.4.2']),
  ];
  return {
    source: {
      key: 'ks2021',
      title: 'Kommunenes erfaringer fra koronapandemien så langt – sluttrapport',
      author: 'Deloitte AS',
      commissionedBy: 'KS',
      place: 'Bergen',
      date: '2021-09-17',
      language: 'nb',
      file: 'ks2021.txt',
      sha256: '',
    },
    sections,
    findings,
  };
}

let cached: { report: ReportIndex; search: EvidenceSearch } | undefined;

export function mini(): { report: ReportIndex; search: EvidenceSearch } {
  if (!cached) {
    const r = miniReport();
    cached = { report: new ReportIndex(r), search: EvidenceSearch.build(r) };
  }
  return cached;
}

/** An in-memory document and its plan. */
export function doc(text: string, uri = 'mem:/plan.md'): EditorDocument & { plan: EditorPlan } {
  return { uri, text, plan: analyzePlan(text) };
}

/** The offset of the n-th occurrence of `needle` in `text`, plus `delta`. */
export function at(text: string, needle: string, delta = 0, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in text`);
  }
  return i + delta;
}
