/**
 * Which words of a finding a query matched, and a short excerpt around them
 * (for `lookup` output, hovers and pickers). Plain data: ranges, no markup.
 */
import type { Analyzer, QueryGroup } from './analyzer.js';
import type { Span } from '../model.js';

/** Ranges [start, end) of the words of `text` that match the query groups (any language, compound parts, synonyms). */
export function matchRanges(analyzer: Analyzer, text: string, groups: QueryGroup[]): Span[] {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const g of groups) {
    for (const t of g.terms) {
      exact.add(t.term);
      if (g.prefix && t.role === 'word' && t.term.length >= 2) prefixes.push(t.term);
    }
  }
  if (!exact.size) return [];
  const hit = (term: string | null | undefined) => !!term && (exact.has(term) || prefixes.some((p) => term.startsWith(p)));
  const out: Span[] = [];
  // The analyser's words (a per cent sign after a number is one), each with its token.
  for (const [w, tok] of analyzer.words(text.slice(0, 200_000))) {
    if (out.length && out[out.length - 1].start === tok.start) continue;
    const nb = analyzer.nb(w);
    if (hit(analyzer.en(w)) || (!!nb && (hit(nb.main) || nb.parts.some(hit)))) out.push({ start: tok.start, end: tok.end });
  }
  return out;
}

export interface Excerpt {
  /** The excerpt: one paragraph of the text, cut to about `maxChars` around the matches. */
  text: string;
  /** Matched words, as ranges into `text`. */
  marks: Span[];
}

/**
 * One paragraph of `text`: the one with the most matches, cut to a window of
 * about `maxChars` on word boundaries starting shortly before the first match
 * in it ("…" marks a cut).
 */
export function excerpt(text: string, marks: Span[], maxChars = 320): Excerpt {
  // Paragraphs and their ranges.
  const paras: Span[] = [];
  const re = /\n\s*\n/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    paras.push({ start: last, end: m.index ?? 0 });
    last = (m.index ?? 0) + m[0].length;
  }
  paras.push({ start: last, end: text.length });
  let best = paras[0];
  let bestCount = -1;
  for (const p of paras) {
    const n = marks.filter((m) => m.start >= p.start && m.end <= p.end).length;
    if (n > bestCount) {
      best = p;
      bestCount = n;
    }
  }
  let start = best.start;
  let end = best.end;
  const inPara = marks.filter((m) => m.start >= best.start && m.end <= best.end);
  if (end - start > maxChars) {
    const first = inPara[0]?.start ?? start;
    if (first - start > maxChars * 0.6) {
      // Start at the sentence (or word) before the first match.
      const from = Math.max(start, first - Math.floor(maxChars / 3));
      const sentence = text.lastIndexOf('. ', first);
      start = sentence >= from ? sentence + 2 : Math.max(start, text.indexOf(' ', from) + 1 || from);
    }
    if (end - start > maxChars) {
      const cut = text.lastIndexOf(' ', start + maxChars);
      end = cut > start ? cut : start + maxChars;
    }
  }
  let out = text.slice(start, end).replace(/\s+$/, '');
  const shift: Span[] = inPara
    .filter((m) => m.start >= start && m.end <= start + out.length)
    .map((m) => ({ start: m.start - start, end: m.end - start }));
  let offset = 0;
  if (start > best.start) {
    out = `…${out}`;
    offset = 1;
  }
  if (end < best.end) out = `${out} …`;
  return { text: out, marks: shift.map((m) => ({ start: m.start + offset, end: m.end + offset })) };
}

/** Inserts `open`/`close` around each mark (marks sorted, not overlapping). */
export function markText(ex: Excerpt, open = '*', close = '*'): string {
  let out = '';
  let pos = 0;
  for (const m of [...ex.marks].sort((a, b) => a.start - b.start)) {
    if (m.start < pos) continue;
    out += ex.text.slice(pos, m.start) + open + ex.text.slice(m.start, m.end) + close;
    pos = m.end;
  }
  return out + ex.text.slice(pos);
}
