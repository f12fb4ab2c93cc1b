/**
 * Offsets ↔ 1-based line/column (UTF-16 columns). Line breaks are LF, CRLF and a
 * lone CR (old Mac files), as the Markdown parser and VS Code count them; the
 * \r of a CRLF belongs to the line it ends.
 */
export interface LineIndex {
  lineCol(offset: number): { line: number; column: number };
  offsetAt(line: number, column: number): number;
  readonly lineCount: number;
}

export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  if (text.indexOf('\r') < 0) {
    let i = text.indexOf('\n');
    while (i >= 0) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  } else {
    const re = /\r\n?|\n/g;
    for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  }
  return {
    lineCount: starts.length,
    lineCol(offset: number) {
      const o = Math.max(0, Math.min(text.length, offset));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: o - starts[lo] + 1 };
    },
    offsetAt(line: number, column: number) {
      const l = Math.max(1, Math.min(starts.length, Math.floor(line)));
      const start = starts[l - 1];
      const end = l < starts.length ? starts[l] - 1 : text.length;
      return Math.max(start, Math.min(end, start + Math.max(1, Math.floor(column)) - 1));
    },
  };
}

/**
 * The offset where the line holding `offset` starts. `lastIndexOf` with a
 * negative position still finds a match at index 0, so `lastIndexOf('\n', o - 1) + 1`
 * is wrong at o = 0 when the text starts with a newline (it answers 1 > o, and a
 * backward loop built on it never reaches 0): this helper never answers past `offset`.
 */
export function lineStartAt(text: string, offset: number): number {
  if (offset <= 0) return 0;
  return text.lastIndexOf('\n', Math.min(offset, text.length) - 1) + 1;
}

/** The last index of `needle` that starts before `offset` (at most offset - 1), or -1; never past `offset`. */
export function lastIndexBefore(text: string, needle: string, offset: number): number {
  if (offset <= 0) return -1;
  return text.lastIndexOf(needle, offset - 1);
}

/**
 * The line holding `offset`: from its start to its end before the line break,
 * whichever the break is (LF, CRLF or a lone CR).
 */
export function lineBoundsAt(text: string, offset: number): { start: number; end: number } {
  const o = Math.max(0, Math.min(text.length, offset));
  let start = o;
  while (start > 0 && text[start - 1] !== '\n' && !(text[start - 1] === '\r' && text[start] !== '\n')) start--;
  // (A position between the CR and the LF of a CRLF belongs to the line the CRLF ends.)
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}
