/**
 * Normalising text for comparing a plan's quotes with the report: case,
 * whitespace, typographic quotes and dashes, hyphenation at line breaks,
 * footnote markers glued to words ("informert.23", "kommuner43").
 */

// Words come from the one core tokenizer (quote-comparison variant).
export { quoteWords as tokenize, type QuoteWord as Token } from '../text/tokenize.js';

/** Quote fragments between ellipses ("[…]", "[...]", "(…)", "…", "..."). */
export function splitEllipses(inner: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const re = /\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|…|\.\.\./g;
  let last = 0;
  for (const m of inner.matchAll(re)) {
    out.push({ text: inner.slice(last, m.index), offset: last });
    last = (m.index ?? 0) + m[0].length;
  }
  out.push({ text: inner.slice(last), offset: last });
  return out.filter((f) => f.text.trim());
}

/** Whether `needle` occurs as a contiguous run in `hay` at or after `from`; returns the index after it, or -1. */
export function findRun(hay: readonly string[], needle: readonly string[], from = 0): number {
  if (!needle.length) return from;
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i + needle.length;
  }
  return -1;
}
