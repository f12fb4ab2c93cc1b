/**
 * Turning source ranges back into clean text.
 *
 * A finding's text is derived from its spans ("pieces" of source lines with
 * page furniture and footnote markers already cut out): pieces are joined with
 * one space, except across a line-end hyphen, where the PDF broke a word or a
 * URL. This is the one place that decides how the report's text is normalised;
 * the fidelity test re-implements the same few rules independently.
 */
import type { Span } from '../../core/model.js';

const URL_TAIL = /(?:^|\s)(https?:\/\/\S*)$/;
const LOWER_START = /^[a-zæøåé]/;

/**
 * The separator to put between two pieces (previous piece `a`, next piece `b`);
 * `a` may come back with its hyphen dropped. `flush`: the source line ended
 * right after `a` with no trailing space (how the PDF breaks a long URL).
 */
export function joinTwo(a: string, b: string, lineBreak: boolean, flush = false, isWord?: (w: string) => boolean): { a: string; sep: string } {
  if (!lineBreak) return { a, sep: ' ' };
  const url = flush ? URL_TAIL.exec(a.length > 400 ? a.slice(-400) : a) : null;
  if (url && /^[\w/%.#?=&~-]/.test(b) && !/^(?:[A-ZÆØÅ]|og |eller )/.test(b)) {
    // A URL broken over two lines: join without a space, keep every character.
    return { a, sep: '' };
  }
  if (a.endsWith('-') && !/\s-$/.test(a.slice(-3))) {
    if (/^(?:og|eller|til|and|or)\b/.test(b)) return { a, sep: ' ' }; // "helse- og omsorg"
    const tail = a.slice(-4);
    if (/[a-zæøå]{2}-$/.test(tail) && LOWER_START.test(b)) {
      // "beredskaps-|området" is one word broken over two lines; "august-|desember" is two
      // words with a hyphen: the hyphen goes only where the joined word is a word of the
      // report and the parts alone are not both words of it.
      if (isWord) {
        const head = /(\p{L}+)-$/u.exec(a)?.[1]?.toLowerCase();
        const next = /^\p{L}+/u.exec(b)?.[0]?.toLowerCase();
        if (head && next && !isWord(head + next) && isWord(head) && isWord(next)) return { a, sep: '' };
      }
      return { a: a.slice(0, -1), sep: '' };
    }
    if (/[a-zæøå]-$/.test(tail) && /^\d/.test(b)) return { a, sep: '' }; // "covid-|19-relaterte"
    if (/[A-ZÆØÅ0-9]-$/.test(tail) && /^[a-zæøå0-9]/.test(b)) return { a, sep: '' }; // "TISK-|oppgaver", "Covid-19-|viruset"
  }
  return { a, sep: ' ' };
}

/**
 * Joins the pieces of one paragraph. `breaks[i]` says whether a line break
 * separates piece i-1 from piece i; pieces on the same line (a footnote marker
 * was cut out between them) are concatenated as they are.
 */
export function joinPieces(pieces: string[], breaks: Break[], isWord?: (w: string) => boolean): string {
  const lines: string[] = [];
  const flushAfter: boolean[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0 && breaks[i] === 'none' && lines.length) lines[lines.length - 1] += pieces[i];
    else {
      if (lines.length) flushAfter[lines.length - 1] = breaks[i] === 'flush';
      lines.push(pieces[i]);
    }
  }
  let out = '';
  for (let k = 0; k < lines.length; k++) {
    const p = lines[k].replace(/\s+/g, ' ').trim();
    if (!p) continue;
    if (!out) {
      out = p;
      continue;
    }
    const { a, sep } = joinTwo(out, p, true, flushAfter[k - 1] ?? false, isWord);
    out = a + sep + p;
  }
  return out;
}

/** How piece i is separated from piece i-1: same line (a cut marker), a line break, or a line break right after the text (no trailing space). */
export type Break = 'none' | 'line' | 'flush';

/** Text of a paragraph given by spans over `source`. Spans on the same line join without a line break. */
export function spansText(source: string, spans: Span[], isWord?: (w: string) => boolean): string {
  const pieces: string[] = [];
  const breaks: Break[] = [];
  let prevEnd = -1;
  for (const s of spans) {
    pieces.push(source.slice(s.start, s.end));
    const gap = prevEnd >= 0 ? source.slice(prevEnd, s.start) : '';
    breaks.push(!gap.includes('\n') ? 'none' : gap.startsWith('\n') ? 'flush' : 'line');
    prevEnd = s.end;
  }
  return joinPieces(pieces, breaks, isWord);
}

/**
 * The words of a text as it writes them whole: lower-cased runs of letters
 * with no hyphen on either side (so neither half of a word broken at a line end
 * counts, nor "beredskaps" of "beredskaps- og pandemiplaner").
 */
export function wholeWords(source: string): (w: string) => boolean {
  const words = new Set<string>();
  for (const m of source.matchAll(/(?<![\p{L}-])\p{L}+(?![\p{L}-])/gu)) words.add(m[0].toLowerCase());
  return (w) => words.has(w);
}

/** Collapses whitespace; used to compare texts. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
