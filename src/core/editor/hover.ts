/**
 * Hover on a citation: the cited finding (shortened when long, with "read more"),
 * its canonical citation, the section path, the source, and command links
 * "Open in report" / "Copy citation". On a citation that does not resolve: why,
 * and the nearest valid locators. Everything quoted is escaped.
 *
 * What a hover is about is decided once, here (`hoverTarget`): a citation, a
 * heading or a glossary term (the evidence hover, ./evidence.ts), or nothing —
 * then the editor loads nothing. `hoverFor` renders the target it decided; the
 * VS Code adapter only loads what the target needs and converts the result.
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
import { termInfo as glossaryTermInfo, termMatchAt, termMatches, type TermInfo, type TermMatch } from '../terms/matches.js';
import { evidenceHoverFor, type EvidenceHoverOptions } from './evidence.js';
import type { EditorSearch } from './types.js';
import { rangeAt } from '../plan/ranges.js';

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
  try {
    const group = groupAt(plan, offset);
    return group ? citationGroupHover(group, offset, report, options) : undefined;
  } catch {
    return undefined;
  }
}

/** The hover for a citation group (the item under `offset`, or the whole group on its brackets). Never throws. */
function citationGroupHover(group: CitationGroup, offset: number, report: EditorReport, options: HoverOptions): HoverResult | undefined {
  const lang = options.lang ?? 'nb';
  const max = options.maxTextLength ?? 600;
  try {
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

/** A heading or a glossary term: what the evidence hover is about. */
export type EvidenceTarget =
  | (OffsetRange & { kind: 'heading'; /** The heading's text, one line. */ topic: string })
  | (OffsetRange & { kind: 'term'; term: TermMatch; /** The glossary's entry, in the plan's and the UI language. */ info: TermInfo });

/** What a hover at an offset is about. */
export type HoverTarget =
  | (OffsetRange & {
      kind: 'citation';
      group: CitationGroup;
      /** The source keys the group cites (the writer's own sources are needed only for keys other than the report's). */
      keys: string[];
    })
  | EvidenceTarget;

export interface HoverTargetOptions {
  /** Whether headings and glossary terms get the evidence hover (the `evidensplan.evidenceHover.enabled` setting). */
  evidence?: boolean;
  /** UI language of the term's definition. */
  lang?: UiLanguage;
  /** Glossary terms; default: the plan's own, matched once per version (core/terms/matches). */
  terms?: readonly TermMatch[];
}

/** The heading holding `offset` (headings are in document order and do not overlap): a binary search, not a scan. */
function headingAt<H extends OffsetRange>(headings: readonly H[], offset: number): H | undefined {
  return rangeAt(headings, offset, 'inclusive');
}

/**
 * The one decision of what a hover at `offset` is about: the citation there; else (with the
 * evidence hover on) the heading there, if its text is a topic of three characters or more; else
 * the glossary term there, if the glossary knows it. Undefined: nothing to say, nothing to load.
 * Cheap: binary searches over the plan model and its term matches. Never throws.
 */
export function hoverTarget(plan: EditorPlan, offset: number, options: HoverTargetOptions = {}): HoverTarget | undefined {
  try {
    const group = groupAt(plan, offset);
    if (group) return { kind: 'citation', start: group.start, end: group.end, group, keys: [...new Set(group.items.map((i) => i.key))] };
    if (!options.evidence) return undefined;
    const heading = headingAt(plan.headings, offset);
    if (heading) {
      const topic = heading.text.replace(/\s+/g, ' ').trim();
      return topic.length >= 3 ? { kind: 'heading', start: heading.start, end: heading.end, topic } : undefined;
    }
    const term = termMatchAt(options.terms ?? termMatches(plan), offset);
    const info = term && glossaryTermInfo(term.id, plan.language, options.lang ?? 'nb');
    return term && info ? { kind: 'term', start: term.start, end: term.end, term, info } : undefined;
  } catch {
    return undefined;
  }
}

export interface HoverForOptions extends HoverOptions, Omit<EvidenceHoverOptions, 'lang' | 'terms' | 'termInfo'> {}

/**
 * The hover for a target `hoverTarget` decided: for a citation, `report` should carry the
 * writer's sources when the group cites a key other than the report's (core/sources SourceSet);
 * for a heading or a term, `search` finds the evidence. Never throws.
 */
export function hoverFor(
  plan: EditorPlan,
  offset: number,
  target: HoverTarget,
  report: EditorReport,
  search: EditorSearch | undefined,
  options: HoverForOptions,
): HoverResult | undefined {
  if (target.kind === 'citation') return citationGroupHover(target.group, offset, report, options);
  return evidenceHoverFor(plan, target, report, search, options);
}
