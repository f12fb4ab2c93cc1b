/**
 * Coverage: which of the report's learning points a plan covers, and how.
 *
 * A learning point is covered when the plan cites it (any citation that
 * resolves to it, `how: 'cited'`, the line of the first such citation), or,
 * failing that, when the plan addresses the topic it belongs to in the shared
 * taxonomy (`how: 'topic'`, the line where the topic is addressed).
 */
import type { Finding, Section } from '../model.js';
import type { PlanModel } from '../plan/analyze.js';

/** What coverage needs from the report index (ReportIndex satisfies it). */
export interface CoverageReport {
  readonly source: { key: string };
  learningPoints(): readonly Finding[];
  get(locator: string): Finding | undefined;
  section(id: string): Section | undefined;
}

/** A topic of the taxonomy that the plan addresses, and where. */
export interface AddressedTopic {
  id: string;
  /** Locators of the topic's learning points ("lp. 3.5.1"). */
  learningPoints: readonly string[];
  /** 1-based line where the plan addresses the topic (a heading or the first matching text). */
  line: number;
  /** The line and the words that made it count. */
  evidence?: { line: number; text: string };
}

export type CoverageHow = 'cited' | 'topic';

export interface CoveredItem {
  citation: string;
  how: CoverageHow;
  line: number;
  /** For `how: 'topic'`: the line and the words that made it count. */
  evidence?: { line: number; text: string };
}

export interface CoverageItem {
  /** "lp. 3.5.1" */
  locator: string;
  citation: string;
  /** The learning point's full text. */
  text: string;
  how?: CoverageHow;
  line?: number;
  /** The topic that covered it (how = topic). */
  topic?: string;
  /** For `how: 'topic'`: the line and the words that made it count. */
  evidence?: { line: number; text: string };
}

export interface CoverageGroup {
  /** Section of the learning points ("3.5"). */
  section: string;
  /** Its title as the report gives it ("Læringspunkt - smittevern, TISK og vaksinering"). */
  title: string;
  /** The chapter ("3") and its title. */
  chapter: string;
  chapterTitle: string;
  total: number;
  covered: number;
  items: CoverageItem[];
}

export interface Coverage {
  total: number;
  covered: CoveredItem[];
  uncovered: string[];
  groups: CoverageGroup[];
  /** True when the plan was too large to search its body text for topics (headings only). */
  headingsOnly?: boolean;
}

export interface CoverageOptions {
  /** Topics the plan addresses (from the topic taxonomy); none → only citations count. */
  addressed?: readonly AddressedTopic[];
}

function chapterOf(report: CoverageReport, sectionId: string): Section | undefined {
  let s = report.section(sectionId);
  for (let guard = 0; s?.parent && guard < 20; guard++) {
    const p = report.section(s.parent);
    if (!p) break;
    s = p;
  }
  return s;
}

/** The contract's coverage of one plan (see CONTRACT.md), plus per-chapter groups for views. */
export function computeCoverage(plan: PlanModel, report: CoverageReport, opts: CoverageOptions = {}): Coverage {
  const lps = report.learningPoints();
  const key = report.source.key;
  const byLocator = new Map<string, CoverageItem>();
  for (const f of lps) byLocator.set(f.locator, { locator: f.locator, citation: f.citation, text: f.text });

  // Cited: every citation item with this source's key whose locator resolves to a learning point.
  for (const group of plan.citations) {
    for (const item of group.items) {
      if (item.key !== key || !item.locator) continue;
      const f = report.get(item.locator.canonical);
      if (!f || f.kind !== 'learning-point') continue;
      const entry = byLocator.get(f.locator);
      if (!entry || entry.how === 'cited') continue;
      entry.how = 'cited';
      entry.line = plan.lineCol(item.start).line;
      entry.topic = undefined;
      entry.evidence = undefined;
    }
  }
  // Topic: the earliest place a topic holding the learning point is addressed.
  for (const t of opts.addressed ?? []) {
    for (const raw of t.learningPoints) {
      const f = report.get(raw);
      const entry = f ? byLocator.get(f.locator) : undefined;
      if (!entry || entry.how === 'cited') continue;
      if (entry.how === 'topic' && (entry.line ?? Infinity) <= t.line) continue;
      entry.how = 'topic';
      entry.line = t.line;
      entry.topic = t.id;
      entry.evidence = t.evidence ?? { line: t.line, text: '' };
    }
  }

  const covered: CoveredItem[] = [];
  const uncovered: string[] = [];
  const groups: CoverageGroup[] = [];
  const groupOf = new Map<string, CoverageGroup>();
  for (const f of lps) {
    const e = byLocator.get(f.locator)!;
    if (e.how && e.line !== undefined) covered.push({ citation: e.citation, how: e.how, line: e.line, ...(e.how === 'topic' && e.evidence ? { evidence: e.evidence } : {}) });
    else uncovered.push(e.citation);
    let g = groupOf.get(f.section);
    if (!g) {
      const ch = chapterOf(report, f.section);
      g = {
        section: f.section,
        title: f.sectionTitle,
        chapter: ch?.number || ch?.id || f.section.split('.')[0],
        chapterTitle: ch?.title ?? f.sectionTitle,
        total: 0,
        covered: 0,
        items: [],
      };
      groupOf.set(f.section, g);
      groups.push(g);
    }
    g.total += 1;
    if (e.how) g.covered += 1;
    g.items.push(e);
  }
  return { total: lps.length, covered, uncovered, groups };
}

/** The contract's JSON object for one file (no extra fields). */
export function coverageJson(file: string, c: Coverage): { file: string; total: number; covered: CoveredItem[]; uncovered: string[] } {
  return { file, total: c.total, covered: c.covered, uncovered: c.uncovered };
}
