/**
 * Evidence hover: on a heading or a glossary term, the three strongest findings
 * with "Insert citation" links. The terms come from the glossary in resources/
 * (core/terms finds them); the findings from the full-text search, with the
 * glossary's own locators first.
 */
import type { Finding, FindingKind } from '../model.js';
import type { UiLanguage } from '../i18n.js';
import type { EditorPlan, EditorReport, EditorSearch, OffsetRange } from './types.js';
import { MarkdownBuilder, shorten } from './markdown.js';
import { t } from './messages.js';
import type { TermInfo, TermMatch } from '../terms/matches.js';
import { hoverTarget, type EvidenceTarget, type HoverResult } from './hover.js';
import { BoundedCache } from '../util/cache.js';

export type { TermMatch, TermInfo } from '../terms/matches.js';

export interface EvidenceHoverOptions {
  lang?: UiLanguage;
  /** Glossary terms in the document; default: the plan's own (core/terms/matches, once per version). */
  terms?: readonly TermMatch[];
  /** What the hover says about a term; default: the glossary's (core/terms/matches termInfo). */
  termInfo?: (id: string) => TermInfo | undefined;
  /** Identify the document for "Insert citation" (the command re-checks the version). */
  uri: string;
  version?: number;
  /** How many findings to show. */
  count?: number;
}

const EVIDENCE_KINDS: FindingKind[] = ['learning-point', 'key-experience', 'paragraph', 'example'];

/**
 * Where "Insert citation" puts a citation for the topic at `range`: before the
 * closing punctuation of the sentence holding it; for a heading, at the end of
 * the first paragraph below it (or on a new line after the heading when the
 * next block is a heading, a table or nothing).
 */
export function citationInsertionPoint(plan: EditorPlan, range: OffsetRange, isHeading: boolean): { offset: number; prefix: string } {
  const text = plan.text;
  const from = range.end;
  if (isHeading) {
    const lineEnd = text.indexOf('\n', range.end);
    if (lineEnd < 0) return { offset: text.length, prefix: '\n\n' };
    // The first prose block under the heading (the plan model's: code, HTML and tables are not
    // prose); another heading or the end first means: a new line after the heading.
    const next = plan.blocks.find((b) => b.start >= range.end);
    if (!next || next.kind !== 'paragraph') return { offset: lineEnd, prefix: '\n\n' };
    return beforeClosingPunctuation(text, next.start, next.end);
  }
  const paraEnd = text.indexOf('\n\n', from);
  const limit = paraEnd < 0 ? text.length : paraEnd;
  // The end of the sentence: ". " / "! " / "? " or the end of the paragraph.
  const m = /[.!?](?=\s|$)/g;
  m.lastIndex = from;
  const hit = m.exec(text);
  if (hit && hit.index < limit) return { offset: hit.index, prefix: ' ' };
  return beforeClosingPunctuation(text, from, limit);
}

function beforeClosingPunctuation(text: string, from: number, end: number): { offset: number; prefix: string } {
  let e = end;
  while (e > from && /\s/.test(text[e - 1])) e--;
  if (e > from && /[.!?:]/.test(text[e - 1])) e--;
  return { offset: e, prefix: ' ' };
}

function topFindings(
  report: EditorReport,
  search: EditorSearch | undefined,
  queries: string[],
  locators: string[],
  count: number,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const add = (f: Finding | undefined) => {
    if (f && out.length < count && !seen.has(f.locator)) {
      seen.add(f.locator);
      out.push(f);
    }
  };
  for (const loc of locators) {
    try {
      add(report.get(loc));
    } catch {
      /* ignore a bad locator in the data */
    }
  }
  if (search && out.length < count) {
    const query = queries.join(' ').slice(0, 500);
    if (query.trim()) for (const f of cachedSearch(search, query, count * 2)) add(f);
  }
  return out;
}

/** Hovering the same heading or term again costs nothing: the most recent answers per search index. */
const searchCache = new WeakMap<EditorSearch, BoundedCache<string, Finding[]>>();
export const SEARCH_CACHE_SIZE = 200;

function cachedSearch(search: EditorSearch, query: string, limit: number): Finding[] {
  let cache = searchCache.get(search);
  if (!cache) searchCache.set(search, (cache = new BoundedCache(SEARCH_CACHE_SIZE)));
  return cache.getOrCompute(`${limit}\u0000${query}`, () => {
    try {
      return search.search(query, { limit, kinds: EVIDENCE_KINDS }).map((h) => h.finding);
    } catch {
      return [];
    }
  });
}

/**
 * The evidence hover at `offset`, or undefined (also inside a citation, where the citation hover
 * rules). Decides through `hoverTarget` (core/editor/hover.ts), the one place that decides what a
 * hover is about, then renders with `evidenceHoverFor`.
 */
export function evidenceHover(
  plan: EditorPlan,
  offset: number,
  report: EditorReport,
  search: EditorSearch | undefined,
  options: EvidenceHoverOptions,
): HoverResult | undefined {
  try {
    const target = hoverTarget(plan, offset, { evidence: true, terms: options.terms });
    if (!target || target.kind === 'citation') return undefined;
    return evidenceHoverFor(plan, target, report, search, options);
  } catch {
    return undefined;
  }
}

/** The evidence hover for a heading or a glossary term that `hoverTarget` found. Never throws. */
export function evidenceHoverFor(
  plan: EditorPlan,
  target: EvidenceTarget,
  report: EditorReport,
  search: EditorSearch | undefined,
  options: EvidenceHoverOptions,
): HoverResult | undefined {
  const lang = options.lang ?? 'nb';
  const count = options.count ?? 3;
  try {
    const range: OffsetRange = { start: target.start, end: target.end };
    let topic: string;
    let definition: string | undefined;
    let findings: Finding[];
    if (target.kind === 'heading') {
      topic = target.topic;
      findings = topFindings(report, search, [topic], [], count);
    } else {
      const info = options.termInfo ? options.termInfo(target.term.id) : target.info;
      if (!info) return undefined;
      topic = plan.text.slice(target.start, target.end);
      definition = info.definition;
      findings = topFindings(report, search, info.queries.length ? info.queries : [info.label], info.locators, count);
      if (info.label && info.label.toLowerCase() !== topic.toLowerCase()) topic = `${topic} (${info.label})`;
    }
    const md = new MarkdownBuilder();
    md.bold(t('evidenceFor', lang, { topic })).paragraph();
    if (definition) md.italic(definition).paragraph();
    if (!findings.length) {
      md.text(t('noEvidence', lang, { topic }));
      return { markdown: md.toString(), ...range };
    }
    const at = citationInsertionPoint(plan, range, target.kind === 'heading');
    findings.forEach((f, i) => {
      if (i) md.paragraph();
      md.raw(`${i + 1}. `).bold(f.citation).text(' ').text(shorten(f.text, 220).text).raw('  \n');
      md.command(t('insertCitation', lang), 'evidensplan.insertCitation', [
        { uri: options.uri, version: options.version ?? null, offset: at.offset, text: `${at.prefix}${f.citation}` },
      ])
        .text(' · ')
        .command(t('openInReport', lang), 'evidensplan.openInReport', [f.locator]);
    });
    return { markdown: md.toString(), ...range };
  } catch {
    return undefined;
  }
}
