/**
 * Block-wise Markdown parsing for re-analysis after an edit.
 *
 * The document is cut into top-level chunks at blank lines where the next line
 * starts with a letter in column 1: such a line can never continue the block
 * before it (lists, block quotes, tables and paragraphs all end there, lazy
 * continuation needs no blank line), so parsing the chunks one by one gives
 * the same tree as parsing the whole text. No cut is made inside fenced code,
 * multi-line HTML (comments, <pre>/<script>/<style>/<textarea>) or front
 * matter. Documents with link/footnote definitions (which resolve across the
 * whole document) or rare HTML block forms are not split (`splitBlocks`
 * returns undefined) and are parsed whole.
 *
 * The plan model (analyze.ts) keeps each chunk's nodes and facts by its exact
 * text (chunks.ts), relative to the chunk, so a 1-character edit re-parses one
 * chunk.
 */
import type { Nodes } from 'mdast';
import { frontMatterFence } from './frontmatter.js';

export interface Chunk {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

const DEFINITION = /^[ \t]{0,3}\[(?:[^\]\\\n]|\\.)+\]:/m;
const RARE_HTML = /<\?|<!\[|<![A-Za-z]/;
const FENCE_OPEN = /^[ \t>*+\-\d.)]*?(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /<(script|pre|style|textarea)(?:[\s>]|$)/i;

function isLetter(code: number, ch: string): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128) return false;
  return /\p{L}/u.test(ch);
}

/** Where cuts may start (after front matter), or undefined when the document must be parsed whole. */
function noCutBeforeOf(text: string): number | undefined {
  return splittable(text, 0) ? frontMatterEnd(text) : undefined;
}

/**
 * False when [from, …) of the text holds what makes a document parse whole: a
 * link or footnote definition, a rare HTML block form, a byte-order mark
 * inside the text. `from` is a line start and the slice ends at a line end.
 */
function splittable(slice: string, from: number): boolean {
  if (DEFINITION.test(slice) || RARE_HTML.test(slice)) return false;
  // A byte-order mark inside the text (not at its start) changes how a blank-looking line
  // reads to the parser; such documents are rare, so parse them whole.
  return slice.indexOf('\uFEFF', from === 0 ? 1 : 0) === -1;
}

/** Where cuts may start: after front matter (0 without), or undefined when it is not closed. */
function frontMatterEnd(text: string): number | undefined {
  // No cut before the end of front matter.
  if (/^---[ \t]*(?:\r\n|\n|\r)/.test(text)) {
    // Closed by `---` or by `...`, whichever comes first (frontmatter.ts).
    const fm = frontMatterFence(text);
    return fm ? fm.end : undefined;
  }
  return 0;
}

/** Chunk boundaries, or undefined when the document must be parsed whole. */
export function splitBlocks(text: string): Chunk[] | undefined {
  const noCutBefore = noCutBeforeOf(text);
  if (noCutBefore === undefined) return undefined;
  const chunks: Chunk[] = [];
  scanChunks(text, 0, 1, noCutBefore, chunks);
  return chunks;
}

/**
 * The chunks of `text`, an edit of `prev.text` whose chunks were `prev.chunks`:
 * the same answer as `splitBlocks(text)`, reading only from the chunk before
 * the first changed one to the first cut where the rest of the text is the
 * previous version's rest (whose chunks are then the previous ones, shifted).
 * At a cut no fence, HTML block or comment is open, so the scan can start at
 * any earlier cut and stop at any later one behind which nothing changed.
 */
export function splitBlocksAfterEdit(text: string, prev: { text: string; chunks: readonly Chunk[] } | undefined): Chunk[] | undefined {
  if (!prev || prev.chunks.length < 3) return splitBlocks(text);
  const old = prev.chunks;
  const ot = prev.text;
  const delta = text.length - ot.length;
  const last = old.length - 1;
  // Leading chunks unchanged in place (the last one never: its end is the text's end).
  let a = 0;
  while (a < last && text.startsWith(ot.slice(old[a].start, old[a].end), old[a].start)) a++;
  // The cut at chunk a's start reads its first letter: scan from the cut before it (never from
  // the first chunk, whose start front matter may move).
  if (a < 2) return splitBlocks(text);
  // Trailing chunks unchanged, shifted by the edit.
  let b = old.length;
  while (b > 0) {
    const s = old[b - 1].start + delta;
    if (s < 0 || !text.startsWith(ot.slice(old[b - 1].start, old[b - 1].end), s)) break;
    b--;
  }
  // The previous text was split, so only the changed lines can hold what makes a document parse
  // whole: they lie in [lo, hi) (the lines that begin there, up to the line end after hi).
  const lo = old[a].start;
  let hi = Math.max(lo, b < old.length ? old[b].start + delta : text.length);
  if (hi > lo && hi < text.length && text[hi - 1] !== '\n' && text[hi - 1] !== '\r') {
    const lf = text.indexOf('\n', hi);
    const cr = text.indexOf('\r', hi);
    hi = Math.min(lf < 0 ? text.length : lf, cr < 0 ? text.length : cr);
  }
  if (!splittable(text.slice(lo, hi), lo)) return undefined;
  // A rare HTML form is three characters at most: those across the region's edges.
  if (RARE_HTML.test(text.slice(Math.max(0, lo - 2), Math.min(text.length, hi + 2)))) return undefined;
  const noCutBefore = frontMatterEnd(text);
  if (noCutBefore === undefined) return undefined;
  const chunks: Chunk[] = old.slice(0, a - 1);
  const from = old[a - 1];
  scanChunks(text, from.start, from.line, noCutBefore, chunks, (pos, line) => {
    const j = chunkStartingAt(old, pos - delta);
    if (j < b || j < 0) return false;
    const dLine = line - old[j].line;
    for (let k = j; k < old.length; k++) {
      const c = old[k];
      chunks.push({ start: c.start + delta, end: c.end + delta, line: c.line + dLine });
    }
    return true;
  });
  return chunks;
}

/** Index of the chunk starting at `offset`, or -1. */
function chunkStartingAt(chunks: readonly Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].start === offset) return mid;
    if (chunks[mid].start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Cuts `text` into chunks from `chunkStart` (a cut, on line `chunkLine`) on,
 * pushing them onto `chunks`. `resync(pos, line)` is asked at each new cut;
 * when it answers true it has pushed the rest and the scan stops.
 */
function scanChunks(text: string, chunkStart: number, chunkLine: number, noCutBefore: number, chunks: Chunk[], resync?: (pos: number, line: number) => boolean): void {
  let pos = chunkStart;
  let line = chunkLine;
  let fence: string | null = null;
  let rawHtml: string | null = null;
  let comment = false;
  let prevBlank = false;
  // Line breaks are LF, CRLF (the CR stays in the line, as the patterns expect) and a lone CR, as the parser counts them.
  // Each search runs only when the previous find is behind: linear whichever break the text lacks.
  const loneCr = /\r(?!\n)/g;
  let nextCr = -1;
  let nextLf = -1;
  while (pos < text.length) {
    if (nextLf !== Infinity && nextLf < pos) {
      const i = text.indexOf('\n', pos);
      nextLf = i < 0 ? Infinity : i;
    }
    let nl = Math.min(nextLf, text.length);
    if (nextCr !== Infinity && nextCr < pos) {
      loneCr.lastIndex = pos;
      nextCr = loneCr.exec(text)?.index ?? Infinity;
    }
    if (nextCr < nl) nl = nextCr;
    const lineText = text.slice(pos, nl);
    const blank = !/\S/.test(lineText);
    if (
      !blank && prevBlank && !fence && !rawHtml && !comment && pos >= noCutBefore && pos > chunkStart &&
      isLetter(text.charCodeAt(pos), text[pos])
    ) {
      chunks.push({ start: chunkStart, end: pos, line: chunkLine });
      chunkStart = pos;
      chunkLine = line;
      if (resync?.(pos, line)) return;
    }
    // The three trackers are independent: any of them open forbids a cut.
    if (fence) {
      const t = lineText.replace(/^ {0,3}/, '');
      if (t.startsWith(fence) && /^([`~])\1*[ \t\r]*$/.test(t) && t[0] === fence[0]) fence = null;
    } else {
      const f = FENCE_OPEN.exec(lineText);
      if (f) fence = f[1];
    }
    if (comment) {
      if (lineText.includes('-->')) comment = false;
    } else {
      const ci = lineText.lastIndexOf('<!--');
      if (ci >= 0 && !lineText.includes('-->', ci + 4)) comment = true;
    }
    if (rawHtml) {
      if (lineText.toLowerCase().includes(`</${rawHtml}>`)) rawHtml = null;
    } else {
      const h = RAW_HTML_OPEN.exec(lineText);
      if (h && !lineText.toLowerCase().includes(`</${h[1].toLowerCase()}>`, h.index)) rawHtml = h[1].toLowerCase();
    }
    prevBlank = blank;
    pos = nl + 1;
    line++;
  }
  chunks.push({ start: chunkStart, end: text.length, line: chunkLine });
}

/** Copies a subtree, shifting offsets by `dOffset` and lines by `dLine` (columns stay: chunks start at a line start). */
export function shiftedCopy<T extends Nodes>(node: T, dOffset: number, dLine: number): T {
  const out: Record<string, unknown> = {};
  for (const k in node) {
    const v = (node as unknown as Record<string, unknown>)[k];
    if (k === 'children') {
      const ch = v as Nodes[];
      const copy = new Array(ch.length);
      for (let i = 0; i < ch.length; i++) copy[i] = shiftedCopy(ch[i], dOffset, dLine);
      out[k] = copy;
    } else if (k === 'position' && v) {
      const p = v as NonNullable<Nodes['position']>;
      out[k] = {
        start: { line: p.start.line + dLine, column: p.start.column, offset: p.start.offset === undefined ? undefined : p.start.offset + dOffset },
        end: { line: p.end.line + dLine, column: p.end.column, offset: p.end.offset === undefined ? undefined : p.end.offset + dOffset },
      };
    } else if (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) {
      out[k] = v.slice();
    } else if (v && typeof v === 'object') {
      out[k] = structuredClone(v);
    } else out[k] = v;
  }
  return out as T;
}

export function endPoint(text: string): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}
