/**
 * Searches over ranges in document order that do not overlap (citations,
 * headings, excluded spans, term matches): one binary search for every caller.
 */

export interface OffsetSpan {
  start: number;
  end: number;
}

/** Index of the first range whose end is after `offset` (ranges.length when none is). */
export function firstEndingAfter(ranges: readonly OffsetSpan[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The range holding `offset`, or undefined. `end: 'inclusive'` also counts the
 * offset just after a range (the caret right after `]` is still on the citation);
 * `'exclusive'` does not.
 */
export function rangeAt<R extends OffsetSpan>(ranges: readonly R[], offset: number, end: 'inclusive' | 'exclusive'): R | undefined {
  const i = firstEndingAfter(ranges, end === 'inclusive' ? offset - 1 : offset);
  const r = ranges[i];
  if (!r || r.start > offset) return undefined;
  return end === 'inclusive' ? (offset <= r.end ? r : undefined) : offset < r.end ? r : undefined;
}
