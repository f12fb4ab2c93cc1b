/**
 * The report parser: ks2021.txt (the PDF's extracted text) → Report model.
 *
 * The extraction left page furniture in the flow and lost the layout; this
 * module undoes it in one pass over the lines, as a small state machine:
 *
 * - Page starts: the first line of every page begins with a space and follows
 *   the previous page's last line directly (no blank line between). A page
 *   start ends any "side" content (footnote blocks, floating boxes, municipal
 *   example boxes, repeated URL lines), which the extraction puts after the
 *   page's main column.
 * - Footnotes: lines starting with the next expected footnote number after a
 *   blank line, continued by the lines below them; numbering runs 1…N.
 * - Headings: a dotted number that is a valid successor of the previous
 *   heading ("3.4.2" after "3.4.1", "3.5" or "4" after it), title lines joined
 *   up to the next blank line. Unnumbered parts and the appendices (whose
 *   labels were lost) come from the layout data.
 * - Paragraphs: consecutive lines; a block that starts with a lower-case letter
 *   continues the last open paragraph of the main column (open = not ended by
 *   a full stop), which undoes page breaks, footnote blocks and boxes spliced
 *   into a sentence.
 * - Bullets: one or two spaces and a capital after a blank line (or two spaces
 *   at a page start). In a learning-point section each bullet is a learning
 *   point and the plain paragraphs after it are its continuation paragraphs.
 * - Footnote markers glued to words, years or punctuation are cut out of the
 *   spans only when they are the next footnote numbers in sequence, so real
 *   numbers ("2020", "1963 respondenter") are never touched.
 *
 * Decisions (documented here, relied on by the index and the tests):
 * - A section finding's text is the section's clean title (its own paragraphs
 *   are findings of their own, `kap. S avsn. N`); so no two findings overlap.
 * - Paragraph numbers (avsn.) count the section's body paragraphs and plain
 *   bullet items in reading order, including municipal example boxes; not
 *   learning points, key experiences, captions or footnotes.
 * - Key experiences: chapter 10's boxes are canonical (`se. 10.2.1.1`, the
 *   section the box summarises, from the layout data); the Sammendrag's copies
 *   are recorded in `alsoAt`. The English summary's list is `se. summary.K`.
 * - Figures: `fig. N` in the main text, `fig. vedlegg-K.N` in appendix K.
 */
import { linePages } from './pages.js';
import type { Finding, FindingKind, Report, Section, SourceMeta, Span } from '../../core/model.js';
import { formatCitation } from '../../core/corpus/locator.js';
import { spansText, squash as squashText, wholeWords } from './text.js';
import { FootnoteMarkers, type CutLine } from './markers.js';
import { extractNumbers } from '../../core/corpus/numbers.js';
import { aboutMunicipalities, mentionedMunicipalities } from './municipalities.js';
import { defaultLayout, municipalities as defaultMunicipalities, type Layout, type MunicipalityEntry } from './layout.js';

interface Line {
  /** 0-based index. */
  i: number;
  start: number;
  end: number;
  text: string;
}

type Container = 'flow' | 'list' | 'lp' | 'box' | 'summary-list';

interface BoxRec {
  line: number;
  section: Section;
  items: Unit[];
}

interface Unit {
  kind: 'para' | 'item' | 'caption' | 'footnote';
  role: 'main' | 'side';
  container: Container;
  box?: BoxRec;
  section: Section;
  paras: Span[][];
  refs: number[];
  /** 0-based line index of the first line. */
  first: number;
  lastText: string;
  figure?: string;
  fn?: number;
}

export interface ParseWarning {
  line: number;
  message: string;
}

export interface ParseOptions {
  layout?: Layout;
  municipalities?: MunicipalityEntry[];
  /** Receives oddities the parser met but could handle (for build-index's report). */
  warn?: (w: ParseWarning) => void;
  /** Receives the unnumbered subheadings met (they are not findings). */
  subheading?: (h: { line: number; text: string; section: string }) => void;
}

const BLANK = /^\s*$/;
const URL_LINE = /^\s*https?:\/\/\S+\s*$/;
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
const STRAY_PUNCT = /^\s*[.,;:]\s*$/;
const CLOSED = /[.!?:»”")]$/;
/** Words a Norwegian sentence does not end with: a paragraph ending in one was cut by the layout. */
const DANGLING = /(?:^|\s)(?:i|I|og|at|som|for|av|på|med|til|en|et|ei|der|fra|om|å|ved|eller|men|mot|hos|mellom|enn)$/u;
/** Words that start a new sentence (so a block starting with one does not continue a dangling paragraph). */
const SENTENCE_STARTERS = /^(?:I|Det|De|Den|Dette|Disse|Fra|Også|Mange|Flere|En|Et|Som|For|Samtidig|Representanter|Kommunene|Kommunen|Når|Selv|Men|Og|Etter|Under|Med|Ved|På|Til|Av|Om|Hvordan|Hva|Vi|Ledere|Blant|Både|Noen|Alle|Enkelte|Andre|Her|Slik|Dersom)\b/u;

export function parseReport(
  text: string,
  meta: Omit<SourceMeta, 'sha256'> & { sha256?: string },
  options: ParseOptions = {},
): Report {
  const layout = options.layout ?? defaultLayout;
  const isWord = wholeWords(text);
  const muni = options.municipalities ?? defaultMunicipalities;
  const warn = options.warn ?? (() => {});
  const source: SourceMeta = { ...meta, sha256: meta.sha256 ?? '' };

  // ---- lines -------------------------------------------------------------
  const lines: Line[] = [];
  {
    let start = 0;
    let i = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lines.push({ i: i++, start, end, text: text.slice(start, end) });
      if (end === text.length) break;
      start = end + 1;
    }
  }
  const n = lines.length;
  const blank = (i: number) => i < 0 || i >= n || BLANK.test(lines[i].text);

  // ---- layout data checks --------------------------------------------------
  const furniture = new Set<number>();
  for (const f of layout.furniture) {
    const first = lines[f.lines[0] - 1];
    if (!first || !first.text.includes(f.quote)) {
      throw new Error(`layout: furniture at line ${f.lines[0]} should start with «${f.quote}»; the report text changed`);
    }
    for (let l = f.lines[0]; l <= f.lines[1]; l++) furniture.add(l - 1);
  }
  const orphan = new Map<number, { at: number; len: number }>();
  for (const o of layout.orphanMarkers) {
    const l = lines[o.line - 1];
    const q = l ? l.text.indexOf(o.quote) : -1;
    if (q < 0 || !o.quote.endsWith(o.marker)) throw new Error(`layout: orphan marker at line ${o.line} should quote «${o.quote}»`);
    orphan.set(o.line - 1, { at: q + o.quote.length - o.marker.length, len: o.marker.length });
  }
  const joins = new Set<number>();
  for (const j of layout.joins) {
    const l = lines[j.line - 1];
    if (!l || !l.text.includes(j.quote)) throw new Error(`layout: join at line ${j.line} should quote «${j.quote}»`);
    joins.add(j.line - 1);
  }

  // ---- footnote definitions (pre-scan: numbering alone decides) ------------
  const fnStart = new Map<number, number>();
  const fnOf = new Map<number, number>();
  {
    let next = 1;
    for (let i = 0; i < n; i++) {
      const m = /^(\d{1,3})\s{0,2}(?=[^\s).:,%])/.exec(lines[i].text);
      if (!m || Number(m[1]) !== next) continue;
      if (!(blank(i - 1) || fnOf.has(i - 1))) continue;
      const num = next++;
      fnStart.set(i, num);
      fnOf.set(i, num);
      for (let j = i + 1; j < n; j++) {
        const t = lines[j].text;
        if (BLANK.test(t) || /^\s/.test(t)) break;
        const m2 = /^(\d{1,3})\s{0,2}(?=[^\s).:,%])/.exec(t);
        if (m2 && Number(m2[1]) === next) break;
        fnOf.set(j, num);
      }
    }
  }
  const footnoteNumbers = new Set(fnStart.values());

  // ---- footnote markers ------------------------------------------------------
  const markers = new FootnoteMarkers(footnoteNumbers);
  /** Cuts the markers out of line i; returns its spans (trimmed) and the footnotes referenced. */
  const cut = (i: number, from = 0): CutLine => markers.cut(lines[i].text, lines[i].start, from, orphan.get(i));

  // ---- sections -------------------------------------------------------------
  const sections: Section[] = [];
  const sectionById = new Map<string, Section>();
  const titleSpans = new Map<string, Span[]>();
  let lastNumber: number[] = [];
  let partIdx = 0;

  const titleRefs = new Map<string, number[]>();
  function newSection(id: string, number: string, title: string, level: number, parent: string | undefined, i: number, spans: Span[], refs: number[] = []) {
    titleRefs.set(id, refs);
    const s: Section = { id, number, title, level, parent, children: [], findings: [], line: i + 1, span: { start: lines[i].start, end: text.length } };
    if (sectionById.has(id)) throw new Error(`duplicate section ${id} at line ${i + 1}`);
    sections.push(s);
    sectionById.set(id, s);
    titleSpans.set(id, spans);
    if (parent) sectionById.get(parent)?.children.push(id);
    return s;
  }

  function isSuccessor(c: number[]): boolean {
    if (c.length === lastNumber.length + 1 && c[c.length - 1] === 1 && c.slice(0, -1).every((x, k) => x === lastNumber[k])) return true;
    for (let k = 0; k < lastNumber.length; k++) {
      if (c.length === k + 1 && c.slice(0, k).every((x, j) => x === lastNumber[j]) && c[k] === lastNumber[k] + 1) return true;
    }
    return lastNumber.length === 0 && c.length === 1 && c[0] === 1;
  }

  /** Title lines from i on, up to a blank line (at most 4 lines). Returns the spans and the last line index used. */
  function titleLines(i: number, firstOffset: number): { spans: Span[]; title: string; last: number; refs: number[] } {
    const spans: Span[] = [];
    const refs: number[] = [];
    let last = i;
    for (let j = i; j < Math.min(n, i + 4); j++) {
      if (j > i && (blank(j) || fnOf.has(j) || /^\s{0,2}\d{1,2}(?:\.\d{1,2})+\s/.test(lines[j].text))) break;
      const r = cut(j, j === i ? firstOffset : 0);
      spans.push(...r.spans);
      refs.push(...r.refs);
      last = j;
    }
    // A closing full stop is not part of a title ("2.3 Kriseledelse etablert … gjennom hele 2020.").
    const lastSpan = spans[spans.length - 1];
    if (lastSpan && text[lastSpan.end - 1] === '.') {
      lastSpan.end--;
      while (lastSpan.end > lastSpan.start && /\s/.test(text[lastSpan.end - 1])) lastSpan.end--;
    }
    const title = spansText(text, spans.filter((sp) => sp.end > sp.start), isWord).trim();
    return { spans: spans.filter((sp) => sp.end > sp.start), title, last, refs };
  }

  // ---- units ----------------------------------------------------------------
  const units: Unit[] = [];
  const boxes: BoxRec[] = [];
  const subheadings: { line: number; text: string; section: string }[] = [];
  let section: Section | undefined;
  let cur: Unit | null = null;
  let side = false;
  let box: BoxRec | null = null;
  let lp: Unit | null = null;
  const isLp = (s: Section) => /^Læringspunkt/i.test(s.title);

  function sec(i: number): Section {
    if (!section) throw new Error(`text before the first part heading at line ${i + 1}`);
    return section;
  }

  function newUnit(kind: Unit['kind'], role: Unit['role'], container: Container, i: number): Unit {
    const u: Unit = { kind, role, container, section: sec(i), paras: [], refs: [], first: i, lastText: '' };
    if (container === 'box' && box) {
      u.box = box;
      box.items.push(u);
    }
    units.push(u);
    return u;
  }

  function addLine(u: Unit, i: number, newPara: boolean) {
    const r = cut(i);
    if (newPara || !u.paras.length) u.paras.push([]);
    u.paras[u.paras.length - 1].push(...r.spans);
    u.refs.push(...r.refs);
    if (r.text) u.lastText = r.text;
  }

  /**
   * The paragraph a lower-case block continues: the latest open unit of the
   * main column in this section. Closed units in between (example boxes placed
   * between the two halves) are skipped, a few at most.
   */
  function lastOpenMain(s: Section, force: boolean, maxSkip = 3): Unit | null {
    let skipped = 0;
    for (let k = units.length - 1; k >= 0; k--) {
      const u = units[k];
      if (u.role === 'side' || u.kind === 'caption' || u.kind === 'footnote') continue;
      if (u.section !== s) return null;
      if (force || !CLOSED.test(u.lastText)) return u;
      if (++skipped > maxSkip) return null;
    }
    return null;
  }

  /** The main paragraph that ends in a word no sentence ends with ("… til forskjellige grupper. I"): whatever comes next continues it. */
  function danglingMain(s: Section): Unit | null {
    const u = lastOpenMain(s, false, 0);
    if (!u) return null;
    return DANGLING.test(u.lastText) ? u : null;
  }

  function nextNonBlank(i: number): number {
    let j = i + 1;
    while (j < n && blank(j)) j++;
    return j;
  }

  for (let i = 0; i < n; i++) {
    const L = lines[i];
    const t = L.text;
    const trimmed = t.trim();
    if (furniture.has(i)) {
      cur = null;
      continue;
    }
    if (fnOf.has(i)) {
      cur = null;
      side = true;
      const num = fnStart.get(i);
      if (num !== undefined) {
        const u: Unit = { kind: 'footnote', role: 'side', container: 'flow', section: sec(i), paras: [[]], refs: [], first: i, lastText: '', fn: num };
        const m = /^(\d{1,3})\s{0,2}/.exec(t)!;
        for (let j = i; j < n && fnOf.get(j) === num; j++) {
          const l = lines[j];
          let s = j === i ? m[0].length : 0;
          while (s < l.text.length && /\s/.test(l.text[s])) s++;
          let e = l.text.length;
          while (e > s && /\s/.test(l.text[e - 1])) e--;
          if (e > s) u.paras[0].push({ start: l.start + s, end: l.start + e });
        }
        units.push(u);
      }
      continue;
    }
    if (BLANK.test(t)) {
      cur = null;
      continue;
    }
    const prevNonBlank = i > 0 && !BLANK.test(lines[i - 1].text);
    const pageStart = /^\s/.test(t) && prevNonBlank;
    if (URL_LINE.test(t) || STRAY_PUNCT.test(t)) {
      cur = null;
      continue;
    }
    if (PAGE_NUMBER.test(t)) {
      cur = null;
      side = false;
      box = null;
      continue;
    }
    if (pageStart) {
      side = false;
      box = null;
      cur = null;
    }

    // Unnumbered parts and appendices.
    const part = layout.parts[partIdx];
    if (part && trimmed.startsWith(part.heading) && (partIdx < 3 ? lastNumber.length === 0 : lastNumber[0] >= 10)) {
      partIdx++;
      const tl = titleLines(i, t.indexOf(part.heading) + (part.heading.startsWith(':') ? 2 : 0));
      section = newSection(part.id, '', part.title, 1, undefined, i, tl.spans);
      i = tl.last;
      cur = null;
      box = null;
      side = false;
      lp = null;
      continue;
    }
    // "Del 1 Å styre i en pandemi": part labels above chapters, not sections of their own.
    if (/^Del \d\b/.test(trimmed) && section) {
      while (i + 1 < n && !blank(i + 1) && !/^\s/.test(lines[i + 1].text)) i++;
      cur = null;
      continue;
    }
    // Numbered headings.
    const hm = /^(\s{0,2})(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=[A-ZÆØÅ«])/.exec(t);
    if (hm && trimmed.length < 160) {
      const nums = hm[2].split('.').map(Number);
      if (isSuccessor(nums)) {
        const tl = titleLines(i, hm[0].length);
        const id = hm[2];
        const parent = nums.length > 1 ? nums.slice(0, -1).join('.') : undefined;
        section = newSection(id, id, tl.title, nums.length, parent, i, tl.spans, tl.refs);
        lastNumber = nums;
        i = tl.last;
        cur = null;
        box = null;
        side = false;
        lp = null;
        continue;
      }
    }
    const s = sec(i);

    // Figure captions ("Figur 16: …"; "Figur 41 b: …").
    const fm = /^Figur\s+(\d+)\s*([a-z])?\b\s*:?/.exec(trimmed);
    if (fm) {
      const u = newUnit('caption', side ? 'side' : 'main', 'flow', i);
      const appendix = /^vedlegg-\d+$/.test(s.id) ? `${s.id}.` : '';
      u.figure = `${appendix}${fm[1]}${fm[2] ?? ''}`;
      addLine(u, i, true);
      const captionGoesOn = (j: number) =>
        j < n && !blank(j) && !fnOf.has(j) && !URL_LINE.test(lines[j].text) && !/^\s*(?:Figur|Tabell)\s/.test(lines[j].text) &&
        (!/^\s/.test(lines[j].text) || /^\s+(?:[a-zæøå]|\d{4,})/.test(lines[j].text));
      while (captionGoesOn(i + 1)) {
        addLine(u, ++i, false);
      }
      // In appendix 1, some tables are captioned "Figur": skip their rows like a table's.
      const j = nextNonBlank(i);
      if (s.id === 'vedlegg-1' && j < n && /^(?:Kommuner|Fylkeskommune)\s/.test(lines[j].text)) {
        while (i + 1 < n && lines[i + 1].text !== ' ') i++;
      }
      cur = null;
      continue;
    }
    // Tables (appendix 1): caption and rows up to the single-space line that ends them.
    if (/^Tabell\s+\d+/.test(trimmed)) {
      while (i + 1 < n && lines[i + 1].text !== ' ') i++;
      cur = null;
      continue;
    }
    // Boxes.
    if (/^Sentrale erfaringer:?$/.test(trimmed) || (trimmed === 'Hva kan tas med videre?' && /^\s{1,2}[A-ZÆØÅ]/.test(lines[nextNonBlank(i)]?.text ?? ''))) {
      box = { line: i, section: s, items: [] };
      boxes.push(box);
      side = true;
      cur = null;
      continue;
    }
    // Unnumbered subheadings ("Kriseledelse og beredskap" in the Sammendrag, "Vurderingspraksis og eksamen" in 8.4.6):
    // a short line alone between blank lines, no closing punctuation, not a bullet, not inside an open paragraph.
    if (
      (!/^\s/.test(t) || pageStart) &&
      (blank(i - 1) || pageStart) &&
      blank(i + 1) &&
      trimmed.length <= 100 &&
      /^[A-ZÆØÅ]/.test(trimmed) &&
      !/[.,;:!»]$/.test(trimmed) &&
      trimmed.split(/\s+/).length <= 14 &&
      !/^\d/.test(trimmed) &&
      !lastOpenMain(s, false, 0) &&
      !/^[a-zæøå]/.test(lines[nextNonBlank(i)]?.text.trim() ?? '')
    ) {
      subheadings.push({ line: i + 1, text: trimmed, section: s.id });
      cur = null;
      continue;
    }
    // Bullets.
    const bullet = /^\s{2}[A-ZÆØÅ«]/.test(t) || (/^\s[A-ZÆØÅ«“"]/.test(t) && !pageStart);
    if (bullet) {
      const container: Container = box ? 'box' : isLp(s) ? 'lp' : s.id === 'summary' ? 'summary-list' : 'list';
      const u = newUnit('item', box || side ? 'side' : 'main', container, i);
      addLine(u, i, true);
      cur = u;
      if (container === 'lp') lp = u;
      continue;
    }
    // Plain text.
    if (cur && !pageStart) {
      addLine(cur, i, false);
      continue;
    }
    const lower = /^[a-zæøå]/.test(trimmed) || (/^\d/.test(trimmed) && !/^\d+\)/.test(trimmed));
    // A numbered list item ("3) Videregående opplæring …") starts a paragraph of its own even
    // when the item before it ends without a full stop ("… valgt ut for gruppeintervju og").
    const numberedItem = /^\d{1,2}\)\s/.test(trimmed);
    const hanging = side || numberedItem || SENTENCE_STARTERS.test(trimmed) ? null : danglingMain(s);
    if (lower || joins.has(i) || hanging) {
      const target = hanging ?? lastOpenMain(s, joins.has(i));
      if (target) {
        addLine(target, i, false);
        cur = target;
        continue;
      }
      warn({ line: i + 1, message: `lower-case block start with no open paragraph to continue: «${trimmed.slice(0, 60)}»` });
    }
    if (box && !pageStart) {
      box = null;
      side = false;
    }
    if (isLp(s) && lp && !side) {
      addLine(lp, i, true);
      cur = lp;
      continue;
    }
    const u = newUnit('para', side ? 'side' : 'main', 'flow', i);
    addLine(u, i, true);
    cur = u;
  }

  // Section ranges: up to the next section of the same or a higher level.
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k];
    for (let m = k + 1; m < sections.length; m++) {
      if (sections[m].level <= s.level) {
        s.span.end = lines[sections[m].line - 1].start;
        break;
      }
    }
  }

  // ---- findings ---------------------------------------------------------------
  const findings: Finding[] = [];
  const key = meta.key;
  const footText = new Map<number, string>();
  for (const u of units) if (u.kind === 'footnote') footText.set(u.fn!, spansText(text, u.paras[0], isWord));

  const textOf = (u: Unit) => u.paras.map((p) => spansText(text, p, isWord)).filter(Boolean).join('\n\n');
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const make = (kind: FindingKind, locator: string, s: Section, txt: string, spans: Span[], refs: number[], extra: Partial<Finding> = {}): Finding => ({
    locator,
    citation: formatCitation(key, locator),
    kind,
    section: s.id,
    sectionTitle: s.title,
    text: txt,
    spans,
    line: spans.length ? lineOf(spans[0].start) : s.line,
    footnotes: [...new Set(refs)],
    numbers: extractNumbers(txt),
    municipalities: [],
    ...extra,
  });

  for (const s of sections) {
    findings.push(make('section', `kap. ${s.id}`, s, s.title, titleSpans.get(s.id) ?? [], titleRefs.get(s.id) ?? [], { numbers: [] }));
  }

  // Key experiences: chapter 10 boxes are canonical; the Sammendrag repeats them.
  const boxSection = (b: BoxRec): string => {
    const first = b.items[0] ? textOf(b.items[0]) : '';
    const entry = layout.boxSections.entries.find((e) => first.startsWith(e.firstItem));
    if (!entry) {
      warn({ line: b.line + 1, message: `box in ${b.section.id} not in layout.boxSections; kept in its own section` });
      return b.section.id;
    }
    return entry.section;
  };
  const seCount = new Map<string, number>();
  const canonicalBoxItems: { f: Finding; words: Set<string> }[] = [];
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
  const jaccard = (a: Set<string>, b: Set<string>) => {
    let inter = 0;
    for (const w of a) if (b.has(w)) inter++;
    return inter / (a.size + b.size - inter || 1);
  };
  const pendingRepeats: Unit[] = [];
  for (const b of boxes) {
    if (b.section.id === 'sammendrag') {
      pendingRepeats.push(...b.items);
      continue;
    }
    const sid = boxSection(b);
    const target = sectionById.get(sid);
    if (!target) throw new Error(`layout: box section ${sid} does not exist`);
    for (const u of b.items) {
      const k = (seCount.get(sid) ?? 0) + 1;
      seCount.set(sid, k);
      const txt = textOf(u);
      const f = make('key-experience', `se. ${sid}.${k}`, target, txt, u.paras.flat(), u.refs);
      findings.push(f);
      canonicalBoxItems.push({ f, words: words(txt) });
    }
  }
  for (const u of pendingRepeats) {
    const txt = textOf(u);
    const w = words(txt);
    let best: { f: Finding; score: number } | undefined;
    for (const c of canonicalBoxItems) {
      const score = jaccard(w, c.words);
      if (!best || score > best.score) best = { f: c.f, score };
    }
    const k = (seCount.get('sammendrag') ?? 0) + 1;
    seCount.set('sammendrag', k);
    if (best && best.score >= 0.5) {
      // The summary repeats a chapter 10 item: an alias where the words are the same,
      // a finding of its own where the summary words it differently ("tiltakenes
      // forholdsmessighet" vs "forholdsmessigheten tiltakene"), so both are found and quotable.
      if (squashText(txt) === squashText(best.f.text)) {
        (best.f.alsoAt ??= []).push(...u.paras.flat());
        (best.f.aliases ??= []).push(`se. sammendrag.${k}`);
        continue;
      }
    } else {
      warn({ line: u.first + 1, message: `Sammendrag box item matches no chapter 10 item (best ${best?.score.toFixed(2)}); se. sammendrag.${k}` });
    }
    findings.push(make('key-experience', `se. sammendrag.${k}`, u.section, txt, u.paras.flat(), u.refs));
  }

  const avsn = new Map<string, number>();
  const lpCount = new Map<string, number>();
  const figSeen = new Set<string>();
  for (const u of units) {
    const s = u.section;
    if (u.kind === 'footnote') {
      const ft = textOf(u);
      findings.push(make('footnote', `fn. ${u.fn}`, s, ft, u.paras.flat(), [], { municipalities: mentionedMunicipalities(ft, s, muni) }));
      continue;
    }
    if (u.container === 'box') continue;
    const txt = textOf(u);
    if (!txt) continue;
    if (u.kind === 'caption') {
      let fig = u.figure!;
      while (figSeen.has(fig)) {
        warn({ line: u.first + 1, message: `figure number ${fig} repeats` });
        fig += "'";
      }
      figSeen.add(fig);
      const f = make('figure', `fig. ${fig}`, s, txt, u.paras.flat(), u.refs);
      for (const r of f.footnotes) {
        const ft = footText.get(r);
        if (ft) f.numbers.push(...extractNumbers(ft));
      }
      findings.push(f);
      continue;
    }
    if (u.container === 'lp') {
      const k = (lpCount.get(s.id) ?? 0) + 1;
      lpCount.set(s.id, k);
      findings.push(make('learning-point', `lp. ${s.id}.${k}`, s, txt, u.paras.flat(), u.refs, { municipalities: mentionedMunicipalities(txt, s, muni) }));
      continue;
    }
    if (u.container === 'summary-list') {
      const k = (seCount.get('summary') ?? 0) + 1;
      seCount.set('summary', k);
      findings.push(make('key-experience', `se. summary.${k}`, s, txt, u.paras.flat(), u.refs));
      continue;
    }
    const k = (avsn.get(s.id) ?? 0) + 1;
    avsn.set(s.id, k);
    const about = aboutMunicipalities(txt, s, muni);
    const named = [...new Set([...about, ...mentionedMunicipalities(txt, s, muni)])];
    findings.push(make(about.length ? 'example' : 'paragraph', `kap. ${s.id} avsn. ${k}`, s, txt, u.paras.flat(), u.refs, { municipalities: named }));
  }

  findings.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || kindOrder(a.kind) - kindOrder(b.kind));
  // A footnote belongs to the section of its marker, not of the page foot its text sits on.
  const markerSection = new Map<number, Finding>();
  for (const f of findings) if (f.kind !== 'footnote') for (const num of f.footnotes) if (!markerSection.has(num)) markerSection.set(num, f);
  for (const f of findings) {
    if (f.kind !== 'footnote') continue;
    const at = markerSection.get(Number(f.locator.slice(4)));
    if (at && at.section !== f.section) {
      f.section = at.section;
      f.sectionTitle = at.sectionTitle;
    }
  }
  for (const f of findings) {
    if (f.kind === 'section') continue;
    sectionById.get(f.section)?.findings.push(f.locator);
  }
  for (const num of markers.unreferenced()) warn({ line: 0, message: `footnote ${num} has no marker in the text` });
  for (const sh of subheadings) options.subheading?.(sh);
  // Printed pages (approximate, ./pages.ts), from the first and last source range of each finding.
  const pageOfLine = linePages(text);
  for (const f of findings) {
    if (!f.spans.length) continue;
    const a = pageOfLine[lineOf(f.spans[0].start) - 1] ?? 0;
    const b = pageOfLine[lineOf(Math.max(f.spans[f.spans.length - 1].end - 1, f.spans[f.spans.length - 1].start)) - 1] ?? 0;
    if (a && b) f.pages = [Math.min(a, b), Math.max(a, b)];
  }
  return { source, sections, findings };
}

function kindOrder(k: FindingKind): number {
  return k === 'section' ? 0 : 1;
}
