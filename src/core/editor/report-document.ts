/**
 * The report as a clean, read-only Markdown document (the editor shows it under
 * its own URI scheme): one heading per section, the findings in reading order,
 * each tagged with its locator so a reader sees what to cite. Knows the line of
 * every finding, so Go to Definition and Peek land on it.
 */
import type { Finding, Report, Section } from '../model.js';
import type { UiLanguage } from '../i18n.js';
import { t } from './messages.js';

export interface ReportDocument {
  text: string;
  /** 0-based line of each finding, by canonical locator. */
  lines: Map<string, number>;
  /** 0-based line of each section heading, by section id. */
  sectionLines: Map<string, number>;
}

/** What the renderer needs: the plain report model. */
export type ReportData = Pick<Report, 'source' | 'sections' | 'findings'>;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Neutralises text that would start a Markdown block construct when it begins a line. */
function safeLineStart(s: string): string {
  return s.replace(/^([#>*+=|-]|\d+[.)]\s)/, '\\$1');
}

export function sectionLabel(section: Pick<Section, 'number' | 'title'>): string {
  return oneLine(section.number ? `${section.number} ${section.title}` : section.title);
}

export function renderReportDocument(report: ReportData, lang: UiLanguage = 'nb'): ReportDocument {
  const out: string[] = [];
  const lines = new Map<string, number>();
  const sectionLines = new Map<string, number>();
  const byLocator = new Map<string, Finding>();
  for (const f of report.findings) byLocator.set(f.locator, f);
  const placed = new Set<string>();

  const push = (s = '') => out.push(s);
  const title = report.source.subtitle ? `${report.source.title} – ${report.source.subtitle}` : report.source.title;
  push(`# ${oneLine(title)}`);
  push();
  const year = report.source.date.slice(0, 4);
  push(`*${oneLine(report.source.author)}, ${oneLine(report.source.commissionedBy)}, ${oneLine(report.source.place)} ${year}*`);
  push();

  const emit = (f: Finding) => {
    if (placed.has(f.locator)) return;
    placed.add(f.locator);
    if (f.kind === 'section') return; // the heading stands for it
    lines.set(f.locator, out.length);
    const text = safeLineStart(oneLine(f.text));
    if (f.kind === 'learning-point' || f.kind === 'key-experience') push(`- **${f.locator}** ${text.replace(/^\\/, '')}`);
    else push(`\`${f.locator}\` ${text}`);
    push();
  };

  for (const section of report.sections) {
    const level = Math.min(6, Math.max(2, section.level + 1));
    sectionLines.set(section.id, out.length);
    const sectionFinding = byLocator.get(`kap. ${section.id}`);
    if (sectionFinding) {
      lines.set(sectionFinding.locator, out.length);
      placed.add(sectionFinding.locator);
    }
    push(`${'#'.repeat(level)} ${sectionLabel(section)}`);
    push();
    for (const loc of section.findings) {
      const f = byLocator.get(loc);
      if (f) emit(f);
    }
  }
  const rest = report.findings.filter((f) => !placed.has(f.locator) && f.kind !== 'section');
  if (rest.length) {
    push(`## ${t('reportOtherFindings', lang)}`);
    push();
    for (const f of rest) emit(f);
  }
  // Findings of kind "section" whose section was not listed: point at the top.
  for (const f of report.findings) if (!lines.has(f.locator)) lines.set(f.locator, 0);
  return { text: out.join('\n'), lines, sectionLines };
}

/** Root-to-leaf list of sections holding `sectionId`, from the flat section list. */
export function sectionPathOf(sections: readonly Section[], sectionId: string): Section[] {
  const byId = new Map(sections.map((s) => [s.id, s] as const));
  const path: Section[] = [];
  const seen = new Set<string>();
  let cur = byId.get(sectionId);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    path.unshift(cur);
    cur = cur.parent ? byId.get(cur.parent) : undefined;
  }
  return path;
}
