/**
 * The one place where text is added at the end of a plan (a missing section,
 * a heading skeleton). A plan may end inside something left open — a fenced
 * code block with no closing fence, an HTML comment or `<pre>` with no end —
 * and text appended there lands inside it: the next parse still does not see
 * the section, so a fix would add it again on every run. The insertion here
 * first closes what is open, then leaves one blank line, so the next parse
 * sees the block as written.
 */
import type { Root, RootContent } from 'mdast';
import type { TextEdit } from '../lint/types.js';
import { parseMarkdown } from './analyze.js';
import { splitBlocks } from './blocks.js';

/** HTML block kinds 1–5 of CommonMark (§4.6), which end at a marker, not at a blank line. */
const HTML_ENDS: Array<{ start: RegExp; end: RegExp; close: (m: RegExpExecArray) => string }> = [
  { start: /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i, close: (m) => `</${m[1].toLowerCase()}>` },
  { start: /^ {0,3}<!--/, end: /-->/, close: () => '-->' },
  { start: /^ {0,3}<\?/, end: /\?>/, close: () => '?>' },
  { start: /^ {0,3}<![A-Za-z]/, end: />/, close: () => '>' },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/, close: () => ']]>' },
];

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Above this, or with deep nesting (the parser's slow cases), the tail is read line by line instead. */
const MAX_PARSED_TAIL = 100_000;

/** The last top-level block of `text` (the last chunk is enough when the text splits into blocks); undefined when the tail is too big to parse. */
function lastTopLevel(text: string): { node: RootContent; source: string } | undefined | 'too-big' {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const src = text.slice(bom);
  const chunks = splitBlocks(src);
  const from = chunks?.length ? chunks[chunks.length - 1].start : 0;
  const tail = src.slice(from);
  if (tail.length > MAX_PARSED_TAIL || /^[ \t>]{200,}/m.test(tail)) return 'too-big';
  let tree: Root;
  try {
    tree = parseMarkdown(tail);
  } catch {
    return undefined;
  }
  const node = tree.children[tree.children.length - 1];
  const s = node?.position?.start.offset;
  const e = node?.position?.end.offset;
  if (!node || s === undefined || e === undefined) return undefined;
  return { node, source: tail.slice(s, e) };
}

/**
 * What closes the top-level construct left open at the end of `text` (a
 * closing fence, `-->`, `</pre>`…), or undefined when nothing is open. Only
 * the top level matters: a heading in column 1 ends every list item and block
 * quote, with whatever they hold.
 */
export function closerAtEnd(text: string): string | undefined {
  const last = lastTopLevel(text);
  if (last === 'too-big') return closerByLines(text);
  if (!last) return undefined;
  const { node, source } = last;
  const lines = source.split(/\r\n|\r|\n/);
  if (node.type === 'code') {
    const open = FENCE.exec(lines[0]);
    if (!open) return undefined; // indented code ends at the first unindented line
    const fence = open[1];
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    const closed = lines.length > 1 && closing.test(lines[lines.length - 1]);
    return closed ? undefined : fence;
  }
  if (node.type === 'html') {
    for (const kind of HTML_ENDS) {
      const m = kind.start.exec(lines[0]);
      if (!m) continue;
      // The end marker may stand on the opening line, after the opener itself.
      const rest = source.slice(m.index + m[0].length);
      return kind.end.test(rest) ? undefined : kind.close(m);
    }
  }
  return undefined;
}

/**
 * closerAtEnd for text too big or too deep to parse again: a line scan that
 * follows fences and HTML blocks of kinds 1–5 opened at the top level (up to
 * three spaces in). Linear; it cannot tell a fence inside a list item from one
 * at the top level, which only a parse can.
 */
function closerByLines(text: string): string | undefined {
  let fence: string | undefined;
  let html: { end: RegExp; close: string } | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  for (const line of lines) {
    if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (html) {
      if (html.end.test(line)) html = undefined;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      fence = f[1];
      continue;
    }
    for (const kind of HTML_ENDS) {
      const m = kind.start.exec(line);
      if (!m) continue;
      if (!kind.end.test(line.slice(m.index + m[0].length))) html = { end: kind.end, close: kind.close(m) };
      break;
    }
  }
  return fence ?? html?.close;
}

/** One-entry memo: a lint run asks for several sections at the end of the same text. */
let memo: { text: string; closer: string | undefined } | undefined;

/**
 * The edits that add `block` at the end of `text`, after one blank line, and
 * after closing whatever construct the text leaves open, so that a parse of the
 * result sees `block` as top-level Markdown: the closer (when one is needed)
 * is an edit of its own, identical for every block added at the end, so that
 * several sections added in one fix-all close the construct once (fixAll takes
 * an identical insert at the same place once). Line breaks are written as LF
 * (the lint engine turns them into the document's own).
 */
export function endOfDocumentEdits(text: string, block: string): TextEdit[] {
  if (memo?.text !== text) memo = { text, closer: closerAtEnd(text) };
  const closer = memo.closer;
  const body = block.endsWith('\n') ? block : `${block}\n`;
  const end = text.length;
  if (!end || text === '\uFEFF') return [{ start: end, end, text: body }];
  // Trailing line breaks already there (LF, CRLF or CR alike).
  // (A backward scan: the regular expression `(?:\r\n|\r|\n)*$` tries every position of the text.)
  let t = end;
  while (t > 0 && (text.charCodeAt(t - 1) === 10 || text.charCodeAt(t - 1) === 13)) t--;
  const trailing = text.slice(t);
  const breaks = trailing.match(/\r\n|\r|\n/g)?.length ?? 0;
  if (closer) return [{ start: end, end, text: `${breaks ? '' : '\n'}${closer}\n` }, { start: end, end, text: `\n${body}` }];
  return [{ start: end, end, text: (breaks >= 2 ? '' : breaks === 1 ? '\n' : '\n\n') + body }];
}

/** endOfDocumentEdits as one edit (for a caller that applies it alone). */
export function endOfDocumentInsertion(text: string, block: string): TextEdit {
  const edits = endOfDocumentEdits(text, block);
  return { start: text.length, end: text.length, text: edits.map((e) => e.text).join('') };
}
