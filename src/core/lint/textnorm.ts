/**
 * Normalising text for comparing a plan's quotes with the report: case,
 * whitespace, typographic quotes and dashes, hyphenation at line breaks,
 * footnote markers glued to words ("informert.23", "kommuner43").
 */

export interface Token {
  /** Normalised word. */
  w: string;
  /** Offsets of the word in the original string. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Words of `text` with their positions; footnote markers and soft hyphens are dropped. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // Footnote markers are dropped: Pandoc's [^1] and superscript digits (same length, so offsets hold).
  const clean = text
    .replace(/\[\^[^\]\s]*\]/g, (m) => ' '.repeat(m.length))
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/g, ' ')
    .replace(/\u00ad/g, ' ')
    // Hyphenation at a line break: the gap is marked with NULs (same length) and the halves merged below.
    .replace(/(\p{L})(-[ \t]*\r?\n[ \t]*)(\p{Ll})/gu, (_m, a: string, gap: string, b: string) => a + '\u0000'.repeat(gap.length) + b);
  for (const m of clean.matchAll(WORD)) {
    let w = m[0].toLowerCase().replace(/’/g, "'");
    const start = (m.index ?? 0) + offset;
    // A footnote marker glued to a word: "kommuner43" → "kommuner" (letters then 1–3 digits).
    const fm = /^(\p{L}{2,})(\d{1,3})$/u.exec(w);
    if (fm) w = fm[1];
    // A bare footnote number right after a full stop is dropped by the caller's passage text already.
    out.push({ w: w.replace(/-/g, ''), start, end: start + m[0].length });
  }
  // Join the halves of a word hyphenated at a line break (the NUL-marked gap).
  const merged: Token[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const n = out[i + 1];
    const gap = n ? clean.slice(t.end - offset, n.start - offset) : '';
    if (n && gap.length > 0 && /^\u0000+$/.test(gap)) {
      merged.push({ w: t.w + n.w, start: t.start, end: n.end });
      i++;
    } else merged.push(t);
  }
  return merged;
}

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
