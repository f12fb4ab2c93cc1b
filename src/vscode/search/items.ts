/**
 * What the editor search and the evidence view show, as plain data (no
 * `vscode` here, so it is tested without an editor): the look-up's hits as
 * pick items with their citation, and the paragraph under the cursor.
 * Both faces use the one look-up, EvidenceSearch.search.
 */
import { translate, type UiLanguage } from '../../core/i18n.js';
import type { Finding } from '../../core/model.js';
import type { EvidenceSearch } from '../../core/search/index.js';
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

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/**
 * The paragraph (block between blank lines) holding `line`, and the heading
 * above it; undefined on a blank line, a heading, front matter or a code fence.
 */
export function paragraphAt(lines: readonly string[], line: number): Paragraph | undefined {
  if (line < 0 || line >= lines.length || !lines[line].trim()) return undefined;
  if (HEADING.test(lines[line])) return undefined;
  // Front matter and code fences hold no prose.
  let fence = false;
  let front = lines[0]?.trim() === '---';
  for (let i = 0; i <= line; i++) {
    const t = lines[i].trim();
    if (front && i > 0 && (t === '---' || t === '...')) {
      if (i === line) return undefined;
      front = false;
      continue;
    }
    if (!front && /^(```|~~~)/.test(t)) fence = !fence;
  }
  if (front || fence) return undefined;
  let a = line;
  let b = line;
  while (a > 0 && lines[a - 1].trim() && !HEADING.test(lines[a - 1])) a--;
  while (b + 1 < lines.length && lines[b + 1].trim() && !HEADING.test(lines[b + 1])) b++;
  let heading = '';
  for (let i = a - 1; i >= 0; i--) {
    const m = HEADING.exec(lines[i]);
    if (m) {
      heading = m[1];
      break;
    }
  }
  const text = lines.slice(a, b + 1).join('\n').slice(0, 4000);
  return { text, line: a, heading };
}

/** The strongest evidence in the report for a paragraph of a plan (its heading counts as context). */
export function evidenceFor(search: EvidenceSearch, p: Paragraph, lang: UiLanguage, limit = 5): SearchItem[] {
  // Citations already in the paragraph say nothing about its topic.
  const prose = p.text.replace(/\[[^\]]*@[^\]]*\]/g, ' ');
  return search.search('', { context: `${p.heading}\n${prose}`, limit }).map((h) => item(search, h.finding, '', lang));
}
