/**
 * Footnote markers: the PDF glued footnote numbers to words, full stops and
 * years ("drøftinger.23", "kommuner43", "mai 202030", "krisestab. 11 En",
 * "bedre. 64Det", "nedstengning.95 96 Flere"). A number is cut out only when
 * it is the next footnote in sequence (or a few after, if one was skipped) and
 * such a footnote exists, so real numbers ("2020", "1963 respondenter",
 * "75 prosent") are never touched.
 */
import type { Span } from '../../core/model.js';

interface Candidate {
  at: number;
  len: number;
  num: number;
  /** Only when it is exactly the next expected number. */
  exact?: boolean;
}

export interface CutLine {
  /** The line's text ranges without markers and without surrounding whitespace. */
  spans: Span[];
  /** Footnotes referenced on the line, in order. */
  refs: number[];
  /** The clean text of the line (spans joined). */
  text: string;
}

export class FootnoteMarkers {
  private expect = 1;
  private readonly referenced = new Set<number>();

  /** `numbers`: the footnotes that exist (their definitions were found). */
  constructor(private readonly numbers: Set<number>) {}

  /** Footnotes that no marker referenced (so far). */
  unreferenced(): number[] {
    return [...this.numbers].filter((n) => !this.referenced.has(n)).sort((a, b) => a - b);
  }

  /**
   * Cuts the markers out of one line (`line` starts at offset `lineStart` of the
   * source) from column `from` on. `orphanAt`: the column of a marker whose
   * footnote text was lost (layout data), cut without a reference.
   */
  cut(line: string, lineStart: number, from = 0, orphanAt?: { at: number; len: number }): CutLine {
    const cands: Candidate[] = [];
    if (/\d/.test(line)) {
      const push = (at: number, len: number, num: number, exact?: boolean) => {
        if (at >= from) cands.push({ at, len, num, exact });
      };
      // Glued to a letter or punctuation: "kommuner43", "drøftinger.23", "omfang45,".
      // (Not after a number and a dot: "kapittel 6.4.1", "20.3.2021".)
      for (const m of line.matchAll(/(?<=[\p{L})»”%]|(?<!\d)[.,;])(\d{1,3})(?=[\s.,;:)]|$)/gu)) push(m.index ?? 0, m[1].length, Number(m[1]));
      // After a year and its full stop, before the next sentence: "i 2020.1 Totalt".
      for (const m of line.matchAll(/(?<=\b(?:19|20)\d\d\.)(\d{1,3})(?=\s+[A-ZÆØÅ])/gu)) push(m.index ?? 0, m[1].length, Number(m[1]));
      // Glued to a year: "mai 202030" = "mai 2020" + 30.
      for (const m of line.matchAll(/\b((?:19|20)\d\d)(\d{1,3})(?=[\s.,;:)]|$)/g)) push((m.index ?? 0) + 4, m[2].length, Number(m[2]));
      // Spaced: "krisestab. 11 En", "pandemihåndtering. 78", "bedre. 64Det er".
      for (const m of line.matchAll(/(?<=[\p{L}.,)»] )(\d{1,3})(?=\s*$|\s+[A-ZÆØÅ]|[A-ZÆØÅ][a-zæøå])/gu)) push(m.index ?? 0, m[1].length, Number(m[1]));
      // A second marker after a first: "nedstengning.95 96 Flere".
      for (const m of line.matchAll(/(?<=\d )(\d{1,3})(?=\s+[A-ZÆØÅ])/gu)) push(m.index ?? 0, m[1].length, Number(m[1]), true);
    }
    cands.sort((a, b) => a.at - b.at);
    const cuts: { at: number; len: number }[] = [];
    const refs: number[] = [];
    for (const c of cands) {
      if (!this.numbers.has(c.num) || this.referenced.has(c.num)) continue;
      if (c.num < this.expect || c.num > this.expect + 3 || (c.exact && c.num !== this.expect)) continue;
      if (cuts.some((x) => c.at < x.at + x.len && c.at + c.len > x.at)) continue;
      cuts.push(c);
      refs.push(c.num);
      this.referenced.add(c.num);
      this.expect = c.num + 1;
    }
    if (orphanAt && orphanAt.at >= from) cuts.push(orphanAt);
    cuts.sort((a, b) => a.at - b.at);
    let s = from;
    while (s < line.length && /\s/.test(line[s])) s++;
    let e = line.length;
    while (e > s && /\s/.test(line[e - 1])) e--;
    const spans: Span[] = [];
    let text = '';
    let pos = s;
    for (const c of cuts) {
      const end = Math.min(c.at, e);
      if (end > pos) {
        spans.push({ start: lineStart + pos, end: lineStart + end });
        text += line.slice(pos, end);
      }
      pos = Math.max(pos, c.at + c.len);
    }
    if (pos < e) {
      spans.push({ start: lineStart + pos, end: lineStart + e });
      text += line.slice(pos, e);
    }
    return { spans, refs, text: text.trim() };
  }
}
