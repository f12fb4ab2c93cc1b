/**
 * Hover on a citation: the cited finding (shortened when long, with "read more"),
 * its canonical citation, the section path, the source, and command links
 * "Open in report" / "Copy citation". On a citation that does not resolve: why,
 * and the nearest valid locators. Everything quoted is escaped.
 */
import type { Finding } from '../model.js';
import type { CitationGroup, CitationItem } from '../cite/types.js';
import type { UiLanguage } from '../i18n.js';
import type { EditorPlan, EditorReport, OffsetRange } from './types.js';
import { MarkdownBuilder, shorten } from './markdown.js';
import { explainProblem, explainUnresolved, groupAt, itemAt, resolveItem } from './citations.js';
import { t } from './messages.js';
import { sectionLabel } from './report-document.js';
import { kindLabel } from '../kinds.js';

/** Findings listed in the hover of a page or range citation. */
const MAX_LISTED = 6;

export interface HoverResult extends OffsetRange {
  /** Markdown whose only links are to HOVER_COMMANDS (see markdown.ts). */
  markdown: string;
}

export interface HoverOptions {
  lang?: UiLanguage;
  /** Longer finding texts are shortened to this many characters, with "read more". */
  maxTextLength?: number;
  /** At most this many items of a multi-item citation are shown when the cursor is on its brackets. */
  maxItems?: number;
}

/** "Deloitte for KS, 2021" from the source metadata. */
export function sourceLine(report: EditorReport, lang: UiLanguage): string {
  const s = report.source;
  const author = s.author.replace(/\s+(AS|ASA)$/u, '').trim();
  const client = s.commissionedBy.replace(/\s*\(.*\)\s*$/, '').trim();
  return t('sourceLine', lang, { author, client, year: s.date.slice(0, 4) });
}

/** "3 Smittevern, TISK og vaksinering › 3.5 Læringspunkt …" */
export function sectionPathLabel(report: EditorReport, finding: Finding): string {
  let path: { number: string; title: string }[] = [];
  try {
    path = report.sectionPath?.(finding.section) ?? [];
  } catch {
    path = [];
  }
  if (!path.length) {
    const number = /^\d+(?:\.\d+)*$/.test(finding.section) ? finding.section : '';
    return sectionLabel({ number, title: finding.sectionTitle });
  }
  return path.map(sectionLabel).join(' › ');
}

/** The hover block for one resolved finding. */
export function findingMarkdown(
  md: MarkdownBuilder,
  finding: Finding,
  report: EditorReport,
  lang: UiLanguage,
  maxTextLength: number,
): void {
  md.bold(finding.citation).text(' · ').text(kindLabel(finding.kind, lang, { capital: true })).paragraph();
  md.italic(sectionPathLabel(report, finding)).paragraph();
  const { text, cut } = shorten(finding.text, maxTextLength);
  md.quote(text);
  if (cut && !report.describe) md.text(' ').command(t('readMore', lang), 'evidensplan.openInReport', [finding.locator]);
  md.paragraph();
  md.text(`${t('source', lang)}: ${report.describe ? report.describe(lang) : sourceLine(report, lang)}`).paragraph();
  // A source of the writer's own opens with Go to Definition; the command opens the report.
  if (!report.describe) md.command(t('openInReport', lang), 'evidensplan.openInReport', [finding.locator]).text(' · ');
  md.command(t('copyCitation', lang), 'evidensplan.copyCitation', [finding.citation]);
}

function itemMarkdown(md: MarkdownBuilder, item: CitationItem, report: EditorReport, lang: UiLanguage, max: number): void {
  const r = resolveItem(item, report);
  if (r.status === 'unchecked') {
    // A bibliography entry of the writer's: no text to show, only what it is.
    md.bold(`@${item.key}`).paragraph().text(r.source.describe?.(lang) ?? r.source.source.title);
    return;
  }
  if (r.status === 'whole-source') {
    md.bold(`[@${item.key}]`).text(' · ').text(t('wholeSource', lang)).paragraph();
    md.text(`${report.source.title}. ${sourceLine(report, lang)}`);
    return;
  }
  if (r.status === 'ok' && r.findings && r.findings.length > 1 && item.locator) {
    // A page or a range: how many findings, then the first few, each with its citation.
    const loc = item.locator;
    const head =
      loc.kind === 'page'
        ? t('pageFindings', lang, { count: r.findings.length, pages: loc.value })
        : t('rangeFindings', lang, { count: r.findings.length, range: loc.canonical });
    md.bold(`[@${item.key}, ${loc.canonical}]`).paragraph();
    md.text(head).paragraph();
    const shown = r.findings.slice(0, MAX_LISTED);
    for (const f of shown) {
      md.command(f.citation, 'evidensplan.openInReport', [f.locator]).text(' ').text(shorten(f.text, 120).text).paragraph();
    }
    if (r.findings.length > shown.length) md.text(t('andMore', lang, { count: r.findings.length - shown.length }));
    return;
  }
  if (r.status === 'ok') {
    // It resolves, but the syntax is off (`[@ks2021 lp 3.5.1]`): say how to write it, then show the finding.
    const problem = explainProblem(item, report, lang);
    if (problem) md.text(`⚠ ${problem}`).paragraph();
    // The finding's own source (the report, or an indexed source of the writer's) gives its section path.
    const own = r.source.source.key === report.source.key ? report : (r.source as EditorReport);
    findingMarkdown(md, r.finding, own, lang, max);
    return;
  }
  const { message, nearest } = explainUnresolved(item, r, report, lang);
  md.bold(t('unresolvedTitle', lang)).paragraph();
  md.text(message);
  if (nearest.length) {
    md.paragraph().text(t('nearest', lang)).text(' ');
    nearest.slice(0, 5).forEach((loc, i) => {
      if (i) md.text(', ');
      if (r.status === 'unknown-source') md.code(`@${loc}`);
      else md.command(loc, 'evidensplan.openInReport', [loc]);
    });
  }
}

function groupProblemMarkdown(md: MarkdownBuilder, group: CitationGroup, report: EditorReport, lang: UiLanguage): boolean {
  const problem = group.problem;
  if (!problem) return false;
  if (problem.kind === 'item-without-key') {
    md.bold(t('unresolvedTitle', lang)).paragraph().text(t('itemWithoutKey', lang));
    return true;
  }
  if (problem.kind === 'empty-key' && !group.items.some((i) => i.key)) {
    md.bold(t('unresolvedTitle', lang)).paragraph().text(t('emptyKey', lang));
    return true;
  }
  void report;
  return false;
}

/** The hover for the citation at `offset`, or undefined when there is none. Never throws. */
export function citationHover(
  plan: EditorPlan,
  offset: number,
  report: EditorReport,
  options: HoverOptions = {},
): HoverResult | undefined {
  const lang = options.lang ?? 'nb';
  const max = options.maxTextLength ?? 600;
  try {
    const group = groupAt(plan, offset);
    if (!group) return undefined;
    const md = new MarkdownBuilder();
    const item = itemAt(group, offset);
    if (item) {
      itemMarkdown(md, item, report, lang, max);
      return { markdown: md.toString(), start: item.start, end: item.end };
    }
    if (groupProblemMarkdown(md, group, report, lang)) {
      return { markdown: md.toString(), start: group.start, end: group.end };
    }
    const items = group.items.slice(0, options.maxItems ?? 5);
    if (!items.length) return undefined;
    items.forEach((it, i) => {
      if (i) md.rule();
      itemMarkdown(md, it, report, lang, Math.min(max, 300));
    });
    return { markdown: md.toString(), start: group.start, end: group.end };
  } catch {
    return undefined;
  }
}

/** Hover on a finding in the report document: its canonical citation, to copy. */
export function reportFindingHover(finding: Finding, lang: UiLanguage = 'nb'): string {
  const md = new MarkdownBuilder();
  md.bold(finding.citation).text(' · ').text(kindLabel(finding.kind, lang, { capital: true })).paragraph();
  md.command(t('copyCitation', lang), 'evidensplan.copyCitation', [finding.citation]);
  return md.toString();
}
