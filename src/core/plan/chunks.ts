/**
 * What the plan model knows about one top-level chunk of Markdown (blocks.ts
 * cuts the text into chunks that parse independently): its mdast nodes and the
 * facts read off them — prose blocks, headings, excluded ranges (code, HTML,
 * link targets, front matter), HTML ranges, citations and sentences — all at
 * offsets relative to the chunk. Facts depend on the chunk's text alone, so
 * they are cached by that text and an edit recomputes only the chunks it
 * touches; `assemble` shifts them into place for one document version.
 */
import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { scanCitations } from '../cite/scan.js';
import type { CitationGroup, CitationItem, CitationProblem } from '../cite/types.js';
import { splitSentences, type Sentence } from './sentences.js';

export type Range = { start: number; end: number };
export type BlockKind = 'paragraph' | 'heading' | 'cell';

export interface ChunkHeading {
  depth: number;
  text: string;
  start: number;
  end: number;
}

export interface ChunkFacts {
  /** Top-level mdast nodes, positions relative to the chunk (offset 0, line 1). */
  nodes: RootContent[];
  excluded: Range[];
  html: Range[];
  blocks: Array<Range & { kind: BlockKind }>;
  headings: ChunkHeading[];
  yaml?: { value: string; start: number; end: number };
  citations: CitationGroup[];
  sentences: Sentence[];
  /** Marker-word counts of the whole chunk (language vote), computed on first use. */
  vote?: { nb: number; nn: number };
  /** Other ranges found in the chunk's text, by finder (`rangesByChunk`). */
  extra?: Map<string, Range[]>;
  /** Features' facts about the chunk's text (`planChunks`), by feature. */
  memo?: Map<string, unknown>;
}

export function mergeRanges(rs: Range[]): Range[] {
  rs.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of rs) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/**
 * Facts of `src` (a chunk, or a whole document parsed at once) from its nodes.
 * `from` is where citation scanning starts (after a byte-order mark).
 */
export function chunkFacts(src: string, nodes: RootContent[], from = 0): ChunkFacts {
  const excluded: Range[] = [];
  const html: Range[] = [];
  const blocks: ChunkFacts['blocks'] = [];
  const headings: ChunkHeading[] = [];
  let yaml: ChunkFacts['yaml'];
  // Iterative walk: deep nesting cannot overflow the stack.
  const stack: Nodes[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length) {
    const node = stack.pop()!;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    const has = s !== undefined && e !== undefined;
    switch (node.type) {
      case 'yaml':
        if (has) {
          excluded.push({ start: s, end: e });
          yaml = { value: node.value, start: s, end: e };
        }
        continue;
      case 'html':
        if (has) {
          excluded.push({ start: s, end: e });
          html.push({ start: s, end: e });
        }
        continue;
      case 'code':
      case 'inlineCode':
      case 'definition':
      case 'image':
      case 'imageReference':
      case 'link':
        if (has) excluded.push({ start: s, end: e });
        continue;
      case 'heading':
        if (has) {
          headings.push({ depth: node.depth, text: toString(node), start: s, end: e });
          blocks.push({ start: s, end: e, kind: 'heading' });
        }
        break;
      case 'paragraph':
        if (has) blocks.push({ start: s, end: e, kind: 'paragraph' });
        break;
      case 'tableCell':
        if (has) blocks.push({ start: s, end: e, kind: 'cell' });
        break;
      default:
        break;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  blocks.sort((a, b) => a.start - b.start);
  headings.sort((a, b) => a.start - b.start);
  html.sort((a, b) => a.start - b.start);
  const merged = mergeRanges(excluded);
  // Citations in prose: the gaps between excluded ranges (a citation never spans a blank line, so never a chunk's end).
  const citations: CitationGroup[] = [];
  let gap = from;
  for (const r of merged) {
    if (r.start > gap) for (const g of scanCitations(src, gap, r.start)) citations.push(g);
    gap = Math.max(gap, r.end);
  }
  if (gap < src.length) for (const g of scanCitations(src, gap, src.length)) citations.push(g);
  // Sentences inside prose blocks (blocks do not nest: paragraphs inside list items are leaves).
  const sentences: Sentence[] = [];
  let lastEnd = -1;
  for (const b of blocks) {
    if (b.start < lastEnd) continue;
    splitSentences(src, b.start, b.end, citations, sentences);
    lastEnd = b.end;
  }
  return { nodes, excluded: merged, html, blocks, headings, yaml, citations, sentences };
}

const shiftProblem = (p: CitationProblem, d: number): CitationProblem => ({ ...p, start: p.start + d, end: p.end + d });

function shiftItem(it: CitationItem, d: number): CitationItem {
  const out: CitationItem = { ...it, start: it.start + d, end: it.end + d, keyStart: it.keyStart + d, keyEnd: it.keyEnd + d, locatorStart: it.locatorStart + d, locatorEnd: it.locatorEnd + d };
  if (it.problem) out.problem = shiftProblem(it.problem, d);
  return out;
}

/** A citation group moved by `d` characters (a copy: cached groups are never changed). */
export function shiftGroup(g: CitationGroup, d: number): CitationGroup {
  if (d === 0) return g;
  const out: CitationGroup = { ...g, start: g.start + d, end: g.end + d, items: g.items.map((it) => shiftItem(it, d)) };
  if (g.problem) out.problem = shiftProblem(g.problem, d);
  if (g.problems) out.problems = g.problems.map((p) => shiftProblem(p, d));
  return out;
}

export interface Assembled {
  excluded: Range[];
  html: Range[];
  blocks: Array<Range & { kind: BlockKind }>;
  headings: Array<ChunkHeading>;
  yaml?: { value: string; start: number; end: number };
  citations: CitationGroup[];
  sentences: Sentence[];
}

/** The document's facts from its chunks' facts, each at its offset. */
export function assemble(parts: ReadonlyArray<{ facts: ChunkFacts; offset: number }>): Assembled {
  const a: Assembled = { excluded: [], html: [], blocks: [], headings: [], citations: [], sentences: [] };
  for (const { facts: f, offset: d } of parts) {
    for (const r of f.excluded) {
      const last = a.excluded[a.excluded.length - 1];
      // Ranges meeting at a cut merge, as they do in a whole parse.
      if (last && r.start + d <= last.end) last.end = Math.max(last.end, r.end + d);
      else a.excluded.push({ start: r.start + d, end: r.end + d });
    }
    for (const r of f.html) a.html.push({ start: r.start + d, end: r.end + d });
    for (const b of f.blocks) a.blocks.push({ start: b.start + d, end: b.end + d, kind: b.kind });
    for (const h of f.headings) a.headings.push({ depth: h.depth, text: h.text, start: h.start + d, end: h.end + d });
    if (f.yaml && !a.yaml) a.yaml = { value: f.yaml.value, start: f.yaml.start + d, end: f.yaml.end + d };
    for (const g of f.citations) a.citations.push(shiftGroup(g, d));
    for (const s of f.sentences) a.sentences.push({ start: s.start + d, end: s.end + d });
  }
  return a;
}
