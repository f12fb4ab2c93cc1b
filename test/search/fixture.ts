/**
 * A small Report for search tests: real passages of the report (./passages.ts),
 * in their real sections, plus whatever a test adds.
 */
import type { Finding, FindingKind, Report, Section } from '../../src/core/model.js';
import { PASSAGES } from './passages.js';

const TITLES: Record<string, string> = {
  summary: 'English summary',
  '2.2': 'Planverk som omhandler håndtering av pandemi',
  '2.6': 'Læringspunkter – kriseledelse og beredskap',
  '3.2': 'Mangel på smittevernutstyr i starten av pandemien',
  '3.4.3': 'Viktigheten av å skjerme personell som arbeider med barn og unge fra omdisponering',
  '3.5': 'Læringspunkt - smittevern, TISK og vaksinering',
  '7.4': 'Læringspunkter for sårbare barn og unge',
  '10.2.1': 'Kriseledelse og beredskap',
};

const KIND: Record<string, FindingKind> = { lp: 'learning-point', se: 'key-experience', fn: 'footnote', kap: 'paragraph' };

export interface ExtraFinding {
  locator: string;
  kind: FindingKind;
  section: string;
  text: string;
}

function sectionOf(locator: string): string {
  if (locator.startsWith('fn.')) return '3.4.3';
  const m = /^(?:lp|se)\. (.+)\.\d+$/.exec(locator) ?? /^kap\. (\S+)/.exec(locator);
  return m ? m[1] : 'summary';
}

function finding(locator: string, kind: FindingKind, section: string, text: string, line: number): Finding {
  return {
    locator,
    citation: `[@ks2021, ${locator}]`,
    kind,
    section,
    sectionTitle: TITLES[section] ?? section,
    text,
    spans: [],
    line,
    footnotes: [],
    numbers: [],
    municipalities: [],
  };
}

/** The fixture report; `sha256` lets a test tell two reports apart. */
export function fixtureReport(extra: ExtraFinding[] = [], sha256 = 'fixture'): Report {
  const findings: Finding[] = Object.entries(PASSAGES).map(([loc, text], i) =>
    finding(loc, KIND[loc.slice(0, loc.indexOf('.'))], sectionOf(loc), text, 10 * (i + 1)),
  );
  extra.forEach((e, i) => findings.push(finding(e.locator, e.kind, e.section, e.text, 1000 + i)));
  const ids = [...new Set(findings.map((f) => f.section))];
  const sections: Section[] = ids.map((id, i) => ({
    id,
    number: id === 'summary' ? '' : id,
    title: TITLES[id] ?? id,
    level: id === 'summary' ? 1 : id.split('.').length,
    children: [],
    findings: findings.filter((f) => f.section === id).map((f) => f.locator),
    line: i + 1,
    span: { start: 0, end: 0 },
  }));
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
      sha256,
    },
    sections,
    findings,
  };
}
