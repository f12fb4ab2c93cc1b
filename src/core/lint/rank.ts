/**
 * Best-matching findings for a piece of plan text: the full-text search when the
 * caller provides one (core/search), else a small built-in ranking (prefix stems,
 * idf weights) so rules still suggest something without the search index.
 */
import type { Finding } from '../model.js';
import type { SourceIndex } from '../cite/source.js';
import type { LintContext } from './context.js';

const STEM = 5;
const KINDS = new Set(['learning-point', 'key-experience', 'paragraph', 'section', 'example']);

interface Fallback {
  docs: { finding: Finding; stems: Set<string> }[];
  df: Map<string, number>;
}
const cache = new WeakMap<SourceIndex, Fallback>();

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}]{4,}/gu)) out.add(m[0].slice(0, STEM));
  return out;
}

function fallbackIndex(src: SourceIndex): Fallback {
  let fb = cache.get(src);
  if (fb) return fb;
  const docs = src.findings.filter((f) => KINDS.has(f.kind)).map((finding) => ({ finding, stems: stems(finding.text) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.stems) df.set(s, (df.get(s) ?? 0) + 1);
  fb = { docs, df };
  cache.set(src, fb);
  return fb;
}

/** Up to `n` findings for `query`, best first, skipping locators in `exclude`. */
export function bestFindings(ctx: LintContext, query: string, n: number, exclude: ReadonlySet<string> = new Set()): Finding[] {
  if (ctx.search) {
    try {
      // The same query twice in one plan version (a repeated sentence) is searched once.
      const limit = n + exclude.size + 2;
      const memo = ctx.plan.derived('lint:searches', () => new WeakMap<object, Map<string, Finding[]>>());
      let bySearch = memo.get(ctx.search);
      if (!bySearch) memo.set(ctx.search, (bySearch = new Map()));
      const key = `${limit}\u0000${query}`;
      let found = bySearch.get(key);
      if (!found) bySearch.set(key, (found = ctx.search.search(query, { limit }).map((h) => h.finding)));
      const hits = found.map((finding) => ({ finding }));
      const out = hits.map((h) => h.finding).filter((f) => !exclude.has(f.locator));
      return out.slice(0, n);
    } catch {
      /* fall back below */
    }
  }
  const fb = fallbackIndex(ctx.report);
  const q = stems(query);
  if (!q.size) return [];
  const N = fb.docs.length || 1;
  const scored: { f: Finding; s: number }[] = [];
  for (const d of fb.docs) {
    if (exclude.has(d.finding.locator)) continue;
    let s = 0;
    for (const t of q) if (d.stems.has(t)) s += Math.log(1 + N / (fb.df.get(t) ?? 1));
    if (s > 0) {
      // Learning points are what plans should cite first.
      if (d.finding.kind === 'learning-point') s *= 1.2;
      scored.push({ f: d.finding, s });
    }
  }
  scored.sort((a, b) => b.s - a.s);
  return scored.slice(0, n).map((x) => x.f);
}

/** Words of a suggestion query: the rarest in the report first, at most this many. */
const QUERY_WORDS = 4;

/**
 * A short query for `text`: its few words that are rarest in the report (by
 * the stems above), in their order in the text. A sentence is 10–30 words and
 * the full-text search runs one index query per word; the rare words decide
 * the ranking anyway. Without the search, the text as it is.
 */
export function suggestionQuery(ctx: LintContext, text: string): string {
  if (!ctx.search) return text;
  const fb = fallbackIndex(ctx.report);
  const words: { w: string; df: number; i: number }[] = [];
  const seen = new Set<string>();
  let i = 0;
  for (const m of text.matchAll(/[\p{L}]{4,}/gu)) {
    const stem = m[0].toLowerCase().slice(0, STEM);
    if (seen.has(stem)) continue;
    seen.add(stem);
    const df = fb.df.get(stem);
    if (df) words.push({ w: m[0], df, i: i++ });
  }
  if (words.length <= QUERY_WORDS) return words.length ? words.map((x) => x.w).join(' ') : text;
  return words
    .sort((a, b) => a.df - b.df || a.i - b.i)
    .slice(0, QUERY_WORDS)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.w)
    .join(' ');
}
