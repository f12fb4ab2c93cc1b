/**
 * Words of Norwegian text (Bokmål and Nynorsk) for glossary and term matching:
 * the one core tokenizer (../text/tokenize.ts) with its plain options, runs of
 * Unicode letters, marks and digits, so æ, ø, å and combining accents stay
 * inside a word. One pass, linear in the text's length.
 */
import { scanQuotes } from '../plan/quotes.js';
import { PLAIN_WORDS, wordTokenizer, type Token as CoreToken } from '../text/tokenize.js';

export interface Token extends CoreToken {
  /** Lower-cased (locale-independent) for lookups. */
  lower: string;
}

const plainWords = wordTokenizer(PLAIN_WORDS);

/** The one core tokenizer's plain words (no joiners), each with its lower case. */
export function tokenize(text: string): Token[] {
  const out = plainWords(text) as Token[];
  for (const t of out) t.lower = t.text.toLowerCase();
  return out;
}

/** What separates two phrase words, normalised: any run of whitespace (line breaks too) is one space. */
export function normaliseSeparator(sep: string): string {
  return sep.replace(/\s+/g, ' ');
}

/** Splits a phrase as written in the data ("Direktoratet for e-helse") into words and the separators between them. */
export function splitPhrase(phrase: string): { words: string[]; seps: string[] } {
  const toks = tokenize(phrase);
  const words = toks.map((t) => t.text);
  const seps: string[] = [];
  for (let i = 1; i < toks.length; i++) seps.push(normaliseSeparator(phrase.slice(toks[i - 1].end, toks[i].start)));
  return { words, seps };
}

/**
 * Ranges between quotation marks («…» nested, “…”, „…“, "…", ‘…’) within a
 * paragraph: the one quote finder's answer (../plan/quotes.ts), so the
 * outdated-term search and misquote agree on what is quoted.
 */
export function quoteRanges(text: string): Array<{ start: number; end: number }> {
  return scanQuotes(text).map((q) => ({ start: q.start, end: q.end }));
}

/** True when [start, end) lies inside one of the sorted, non-overlapping ranges (binary search). */
export function insideRanges(ranges: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r.end <= start) lo = mid + 1;
    else if (r.start > start) hi = mid - 1;
    else return end <= r.end;
  }
  return false;
}

/** True when [start, end) overlaps one of the ranges, sorted by start and non-overlapping (binary search). */
export function overlapsRanges(ranges: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r.end <= start) lo = mid + 1;
    else if (r.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Sorts ranges and merges the overlapping ones, so the binary searches above apply. */
export function normaliseRanges(ranges: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
