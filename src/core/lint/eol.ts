/**
 * Line ends of inserted text: every fix is made to use the document's own line
 * end (CRLF in a CRLF file), once, in the engine, so no rule can get it wrong.
 */
import type { Fix, TextEdit } from './types.js';

export type Eol = '\n' | '\r\n' | '\r';

/** The document's line end: that of its first line break, LF, CRLF or a lone CR ("\n" when it has none). */
export function detectEol(text: string): Eol {
  const m = /\r\n?|\n/.exec(text);
  return m ? (m[0] as Eol) : '\n';
}

/** `s` with every line break (LF, CRLF or CR) written as `eol`. */
export function withEol(s: string, eol: Eol): string {
  if (!s.includes('\n') && !s.includes('\r')) return s;
  return s.replace(/\r\n?|\n/g, eol);
}

/** An edit whose inserted text uses `eol`, and which never starts between a CR and its LF. */
export function editWithEol(text: string, e: TextEdit, eol: Eol): TextEdit {
  let { start, end } = e;
  const splits = (p: number) => p > 0 && p < text.length && text.charCodeAt(p - 1) === 13 && text.charCodeAt(p) === 10;
  if (start === end && splits(start)) end = ++start; // an insert goes after the whole line end
  else {
    if (splits(start)) start--;
    if (splits(end)) end++;
  }
  const t = withEol(e.text, eol);
  return t === e.text && start === e.start && end === e.end ? e : { start, end, text: t };
}

/** `fix` with every edit made to fit the document's line ends. */
export function fixWithEol(text: string, fix: Fix, eol: Eol = detectEol(text)): Fix {
  const edits = fix.edits.map((e) => editWithEol(text, e, eol));
  return edits.every((e, i) => e === fix.edits[i]) ? fix : { ...fix, edits };
}
