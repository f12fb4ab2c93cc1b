/**
 * Fidelity: every finding's text is proven against the source text.
 *
 * For every finding we re-derive its text from its spans and check that what
 * the spans skip is only what may be skipped: whitespace, footnote markers (of
 * footnotes the finding references), and whole lines of page furniture (blank
 * lines, footnote blocks, repeated URL lines, page numbers, chart labels from
 * the layout data) or of other findings spliced in by the layout (boxes,
 * municipal examples). Nothing else: no headings, no subheadings, no text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report, source, layout, lineAt, lineText, lineStarts, subheadings } from './support.js';
import type { Finding, Span } from '../../src/core/model.js';

/** What the comparison may ignore: whitespace and hyphens (line-end hyphen joins). Everything else must be identical. */
const letters = (s: string) => s.replace(/[\s\u00ad-]+/g, '');

const r = report();
const all: Finding[] = r.findings;

/** Line (1-based) → findings whose spans (or repeats, alsoAt) touch it. */
const owners = new Map<number, Set<string>>();
function own(spans: Span[], locator: string) {
  for (const s of spans) {
    for (let l = lineAt(s.start); l <= lineAt(Math.max(s.start, s.end - 1)); l++) {
      let set = owners.get(l);
      if (!set) owners.set(l, (set = new Set()));
      set.add(locator);
    }
  }
}
for (const f of all) {
  own(f.spans, f.locator);
  if (f.alsoAt) own(f.alsoAt, `${f.locator} (alsoAt)`);
}
const footnoteLines = new Set<number>();
for (const f of all) if (f.kind === 'footnote') for (const l of owners.entries()) if (l[1].has(f.locator)) footnoteLines.add(l[0]);
const chartLines = new Set<number>();
for (const fu of layout.furniture as { lines: [number, number] }[]) for (let l = fu.lines[0]; l <= fu.lines[1]; l++) chartLines.add(l);

function isFurnitureLine(line: number): boolean {
  const t = lineText(line);
  return (
    /^\s*$/.test(t) ||
    /^\s*https?:\/\/\S+\s*$/.test(t) || // repeated URL lines
    /^\s*\d{1,3}\s*$/.test(t) || // stray page numbers
    /^\s*[.,;:]\s*$/.test(t) || // stray punctuation
    footnoteLines.has(line) ||
    chartLines.has(line) ||
    isBoxHeader(line)
  );
}

/** "Sentrale erfaringer" over a box whose items are key experiences (or their Sammendrag repeats). */
function isBoxHeader(line: number): boolean {
  if (!/^\s*(?:Sentrale erfaringer:?|Hva kan tas med videre\?)\s*$/.test(lineText(line))) return false;
  let next = line + 1;
  while (next < lineStarts.length && /^\s*$/.test(lineText(next))) next++;
  return [...(owners.get(next) ?? [])].some((loc) => loc.startsWith('se. '));
}

test('every finding has text, spans in reading order, and a line that is its first span', () => {
  for (const f of all) {
    assert.ok(f.text.trim(), `${f.locator}: empty text`);
    assert.ok(f.spans.length, `${f.locator}: no spans`);
    for (let k = 1; k < f.spans.length; k++) assert.ok(f.spans[k].start >= f.spans[k - 1].end, `${f.locator}: spans out of order`);
    assert.equal(f.line, lineAt(f.spans[0].start), `${f.locator}: line`);
    assert.equal(f.citation, `[@ks2021, ${f.locator}]`);
  }
});

test('every finding text is re-derived from its spans (only whitespace and line-end hyphens may differ)', () => {
  for (const f of all) {
    const raw = f.spans.map((s) => source.slice(s.start, s.end)).join('\n');
    assert.equal(letters(f.text), letters(raw), `${f.locator} differs from its source spans`);
    // Hyphens are only dropped at line ends: the text never has fewer hyphens than its spans minus line-end ones.
    const lineEndHyphens = f.spans.filter((s) => source[s.end - 1] === '-' && /\n/.test(source.slice(s.end, s.end + 3))).length;
    const want = (raw.match(/-/g) ?? []).length;
    const got = (f.text.match(/-/g) ?? []).length;
    assert.ok(got >= want - lineEndHyphens && got <= want, `${f.locator}: hyphens ${got} vs ${want}`);
  }
});

test('what the spans skip is only whitespace, footnote markers and whole lines of furniture or of other findings', () => {
  const orphanLines = new Set((layout.orphanMarkers as { line: number }[]).map((o) => o.line));
  const problems: string[] = [];
  for (const f of all) {
    for (let k = 1; k < f.spans.length; k++) {
      const a = f.spans[k - 1];
      const b = f.spans[k];
      const gap = source.slice(a.end, b.start);
      if (!gap.includes('\n')) {
        // Within one line: only a footnote marker this finding references (or a known orphan marker).
        const m = /^\s*(\d{1,3})\s*$/.exec(gap);
        const ok = m && (f.footnotes.includes(Number(m[1])) || orphanLines.has(lineAt(a.end)));
        if (!ok) problems.push(`${f.locator}: skips «${gap}» inside line ${lineAt(a.end)}`);
        continue;
      }
      // Across lines: the rest of a's line, whole lines between, the start of b's line.
      const tail = source.slice(a.end, lineStarts[lineAt(a.end)] - 1);
      if (!/^\s*(\d{1,3})?\s*$/.test(tail)) problems.push(`${f.locator}: skips «${tail}» at the end of line ${lineAt(a.end)}`);
      const m = /^\s*(\d{1,3})\s*$/.exec(tail);
      if (m && !f.footnotes.includes(Number(m[1])) && !orphanLines.has(lineAt(a.end))) problems.push(`${f.locator}: skips unreferenced «${tail}»`);
      const head = source.slice(lineStarts[lineAt(b.start) - 1], b.start);
      if (!/^\s*$/.test(head)) problems.push(`${f.locator}: skips «${head}» at the start of line ${lineAt(b.start)}`);
      for (let l = lineAt(a.end) + 1; l < lineAt(b.start); l++) {
        if (isFurnitureLine(l)) continue;
        const others = [...(owners.get(l) ?? [])].filter((x) => x !== f.locator);
        if (others.length) continue; // a box or example the layout spliced in
        problems.push(`${f.locator}: skips line ${l} «${lineText(l).trim().slice(0, 60)}»`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('no two findings share source text (no box item inside a paragraph, no two learning points overlapping)', () => {
  const ranges: { s: number; e: number; loc: string }[] = [];
  for (const f of all) {
    for (const s of f.spans) ranges.push({ s: s.start, e: s.end, loc: f.locator });
    for (const s of f.alsoAt ?? []) ranges.push({ s: s.start, e: s.end, loc: `${f.locator} (alsoAt)` });
  }
  ranges.sort((x, y) => x.s - y.s);
  const overlaps: string[] = [];
  for (let k = 1; k < ranges.length; k++) {
    if (ranges[k].s < ranges[k - 1].e) overlaps.push(`${ranges[k - 1].loc} / ${ranges[k].loc}`);
  }
  assert.deepEqual(overlaps, []);
});

test('no finding but a footnote holds a footnote line; none holds a page number, a URL line or a subheading', () => {
  const subLines = new Set(subheadings.map((h) => h.line));
  for (const f of all) {
    const lines = new Set<number>();
    for (const s of f.spans) for (let l = lineAt(s.start); l <= lineAt(s.end - 1); l++) lines.add(l);
    for (const l of lines) {
      const t = lineText(l);
      assert.ok(!/^\s*\d{1,3}\s*$/.test(t), `${f.locator} holds page number line ${l}`);
      assert.ok(!subLines.has(l), `${f.locator} holds subheading line ${l}`);
      if (f.kind !== 'footnote') {
        assert.ok(!footnoteLines.has(l), `${f.locator} holds footnote line ${l}`);
        assert.ok(!/^\s*https?:\/\/\S+\s*$/.test(t), `${f.locator} holds URL line ${l}`);
      }
    }
  }
});

test('footnote markers are gone from the text, real numbers stay', () => {
  const body = all.filter((f) => f.kind !== 'footnote' && f.kind !== 'section');
  for (const f of body) {
    for (const n of f.footnotes) {
      // The marker glued to a word or full stop must not survive ("informert.23", "kommuner43").
      assert.ok(!new RegExp(`[\\p{L}.,;)»]${n}(?![\\d])`, 'u').test(f.text.replace(/[Cc]ovid-19|COVID-19/g, '')), `${f.locator} still has marker ${n}`);
    }
  }
  const text = body.map((f) => f.text).join('\n');
  for (const keep of ['1963 respondenter', '245 kommuner', '19 gruppeintervju', '60 %', 'mars 2020', 'fra og med mai 2020', 'per 20.3.2021']) {
    assert.ok(text.includes(keep), `lost «${keep}»`);
  }
});

test('footnotes are clean: joined over lines, URLs that are part of them kept whole', () => {
  const fn = (n: number) => all.find((f) => f.locator === `fn. ${n}`)!;
  assert.equal(
    fn(29).text,
    'Testing, isolering, smittesporing og karantene. Se https://www.helsedirektoratet.no/veiledere/koronavirus/testing-isolasjon-smittesporing-og-karantene',
  );
  assert.match(fn(105).text, /https:\/\/www\.bufdir\.no\/\S+prioriterte_oppgaver__i_en_tid_i_krise_og_beredskap\/$/);
  assert.match(fn(45).text, /^I 2020 omdisponerte 75 prosent av kommunene/);
  assert.match(fn(45).text, /Se https:\/\/www\.ssb\.no\/\S+korona$/);
  for (const f of all.filter((x) => x.kind === 'footnote')) {
    assert.ok(!/\bhttps?:\/\/\S+\s+https?:\/\//.test(f.text), `${f.locator} repeats its URL`);
  }
});

test('nothing is lost: every source line is in a finding, a title, or named furniture', () => {
  const sub = new Set(subheadings.map((h) => h.line));
  const lost: string[] = [];
  let tableRows = 0;
  let inTable = false;
  for (let l = 1; l <= lineStarts.length; l++) {
    const t = lineText(l);
    // Appendix 1's tables (captions and rows) are not findings: counted, not indexed.
    if (/^\s*(?:Tabell \d+:|Kommuner Fylkeskommune|Fylkeskommune Innbyggertall)/.test(t)) inTable = true;
    if (t === ' ') inTable = false;
    if (owners.has(l) || sub.has(l) || isFurnitureLine(l)) continue;
    if (inTable) {
      tableRows++;
      continue;
    }
    if (/^\s*Del \d /.test(t) || (/^\s*Del \d /.test(lineText(l - 1)) && !/^\s/.test(t))) continue; // part labels "Del 1 Å styre i en pandemi"
    lost.push(`${l}: ${t.trim().slice(0, 70)}`);
  }
  assert.deepEqual(lost, []);
  assert.ok(tableRows > 20 && tableRows < 60, `table rows: ${tableRows}`);
});
