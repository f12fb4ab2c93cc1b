/**
 * Sentence boundaries inside prose blocks. Norwegian abbreviations ("bl.a.",
 * "f.eks.", "kap.", "lp.", "jf.") and decimals do not end a sentence; a citation
 * placed after the full stop ("… i mars 2020. [@ks2021, lp. 3.5.1]") still
 * belongs to the sentence before it. Linear in the block's length.
 */
import data from '../../../resources/lang/norwegian.json' with { type: 'json' };
import type { CitationGroup } from '../cite/types.js';
import { firstEndingAfter } from './ranges.js';

export interface Sentence {
  /** Offsets in the plan, half-open, trimmed of surrounding whitespace. */
  start: number;
  end: number;
}

const NEVER = new Set<string>(data.abbreviations.never);
const FINAL = new Set<string>(data.abbreviations.final);
const CLOSERS = new Set(['.', '!', '?', '…', '»', '"', '”', '’', "'", ')', ']', '*', '_']);
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

/** The word (letters and inner dots) that ends just before `dot`, lower-cased. */
function tokenBefore(text: string, dot: number, from: number): string {
  let k = dot;
  let steps = 0;
  while (k > from && steps < 12) {
    const c = text[k - 1];
    if (c === '.' || /\p{L}/u.test(c)) {
      k--;
      steps++;
    } else break;
  }
  return text.slice(k, dot).toLowerCase();
}

/**
 * Splits the block [from, to) into sentences. `citations` (sorted by start) lets
 * a trailing citation attach to the sentence it follows.
 */
export function splitSentences(text: string, from: number, to: number, citations: readonly CitationGroup[] = [], out: Sentence[] = []): Sentence[] {
  // Index of the first citation at or after `from` (binary search), then walk.
  let ci = firstEndingAfter(citations, from);
  let start = from;
  while (start < to && isSpace(text[start])) start++;
  let i = start;
  const push = (s: number, e: number) => {
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  while (i < to) {
    // Skip over citations: their dots ("lp. 3.5.1") never end a sentence.
    while (ci < citations.length && citations[ci].end <= i) ci++;
    if (ci < citations.length && citations[ci].start <= i && i < citations[ci].end) {
      i = citations[ci].end;
      continue;
    }
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && CLOSERS.has(text[j])) j++;
    if (j >= to) break;
    if (!isSpace(text[j])) {
      i = j;
      continue;
    }
    let k = j;
    while (k < to && isSpace(text[k])) k++;
    if (k >= to) break;
    const next = text[k];
    if (c === '.') {
      const tok = tokenBefore(text, i, start);
      if (NEVER.has(tok)) {
        i = j;
        continue;
      }
      if (FINAL.has(tok) && !UPPER_RE.test(next)) {
        i = j;
        continue;
      }
      // An initial ("K. Gåsemyr") or an ordinal ("den 3. mars") before a lower-case word.
      if (tok.length === 1 && /\p{Lu}/u.test(text[i - 1] ?? '')) {
        i = j;
        continue;
      }
    }
    if (LOWER_RE.test(next)) {
      i = j;
      continue;
    }
    // A citation right after the full stop belongs to this sentence.
    while (ci < citations.length && citations[ci].end <= k) ci++;
    if (ci < citations.length && citations[ci].start === k) {
      let e = citations[ci].end;
      while (e < to && (text[e] === '.' || text[e] === ',')) e++;
      push(start, e);
      start = e;
      while (start < to && isSpace(text[start])) start++;
      i = start;
      continue;
    }
    push(start, j);
    start = k;
    i = k;
  }
  push(start, to);
  return out;
}

