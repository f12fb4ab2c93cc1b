/**
 * What the editor search and the evidence view show, as plain data (no
 * `vscode` here, so it is tested without an editor): the look-up's hits as
 * pick items with their citation, and the paragraph under the cursor.
 * Both faces use the one look-up, EvidenceSearch.search.
 */
import { translate, type UiLanguage } from '../../core/i18n.js';
import type { Finding } from '../../core/model.js';
import type { EvidenceSearch } from '../../core/search/index.js';
import type { PlanModel } from '../../core/plan/analyze.js';
import { searchMessages as M } from './messages.js';
import { kindLabel } from '../../core/kinds.js';

export interface SearchItem {
  /** The canonical citation, inserted on Enter: "[@ks2021, lp. 3.5.1]". */
  citation: string;
  locator: string;
  /** "læringspunkt · 3.5 Læringspunkt - smittevern, TISK og vaksinering" */
  description: string;
  /** One paragraph of the finding around the words that matched. */
  detail: string;
  finding: Finding;
}

/** Longest query the search box passes on. */
const MAX_QUERY = 500;

export function sectionLabel(f: Finding): string {
  return /^\d/.test(f.section) ? `${f.section} ${f.sectionTitle}` : f.sectionTitle;
}

function item(search: EvidenceSearch, f: Finding, query: string, lang: UiLanguage): SearchItem {
  const kind = kindLabel(f.kind, lang);
  const ex = query ? search.highlight(f, query, { prefix: true, maxChars: 220 }).text : f.text.slice(0, 220);
  return { citation: f.citation, locator: f.locator, description: `${kind} · ${sectionLabel(f)}`, detail: ex.replace(/\s+/g, ' ').trim(), finding: f };
}

/** The hits for what is typed so far (the last word as a prefix), best first; [] for nothing found. */
export function searchItems(search: EvidenceSearch, query: string, lang: UiLanguage, limit = 20): SearchItem[] {
  const q = String(query ?? '').slice(0, MAX_QUERY);
  if (!q.trim()) return [];
  return search.search(q, { limit, prefix: true }).map((h) => item(search, h.finding, q, lang));
}

export interface Paragraph {
  text: string;
  /** 0-based line where the paragraph starts. */
  line: number;
  /** The nearest heading above it ("" when none). */
  heading: string;
}

/**
 * The paragraph holding 0-based `line` (a prose block of the plan model: a paragraph, or a table
 * row) and the heading above it; undefined on a blank line, a heading, front matter or code, where
 * the model has no prose block.
 */
export function paragraphAt(plan: Pick<PlanModel, 'text' | 'blocks' | 'headings' | 'lineCol'>, line: number): Paragraph | undefined {
  const at = line + 1;
  const blocks = plan.blocks.filter((b) => b.kind !== 'heading' && plan.lineCol(b.start).line <= at && at <= plan.lineCol(Math.max(b.start, b.end - 1)).line);
  if (!blocks.length) return undefined;
  const first = blocks[0];
  // The cells of a table row are one paragraph: the row, as the writer sees it.
  const start = first.kind === 'cell' ? lineStart(plan.text, first.start) : first.start;
  const end = first.kind === 'cell' ? lineEnd(plan.text, blocks[blocks.length - 1].end) : first.end;
  let heading = '';
  for (const h of plan.headings) {
    if (h.start >= start) break;
    heading = h.text;
  }
  return { text: plan.text.slice(start, end).slice(0, 4000), line: plan.lineCol(start).line - 1, heading };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

/** The strongest evidence in the report for a paragraph of a plan (its heading counts as context). */
export function evidenceFor(search: EvidenceSearch, p: Paragraph, lang: UiLanguage, limit = 5): SearchItem[] {
  // Citations already in the paragraph say nothing about its topic.
  const prose = p.text.replace(/\[[^\]]*@[^\]]*\]/g, ' ');
  return search.search('', { context: `${p.heading}\n${prose}`, limit }).map((h) => item(search, h.finding, '', lang));
}
