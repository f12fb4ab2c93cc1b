/**
 * The plan model: everything the lint rules and the editor features need to
 * know about a plan, computed once per document version.
 *
 * Markdown is parsed with remark (unified + remark-parse + remark-frontmatter +
 * remark-gfm). Citations are looked for only in prose: code, HTML, link targets,
 * definitions and front matter are excluded. Very large input (over
 * `REMARK_LIMIT` characters) skips remark and uses a light line-based reading,
 * so that nothing is ever worse than linear.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, Nodes } from 'mdast';
import { scanCitations } from '../cite/scan.js';
import type { CitationGroup, CitationItem } from '../cite/types.js';
import { lineIndex } from './lines.js';
import { detectLanguage, LANGUAGE_SAMPLE, type PlanLanguage } from './language.js';
import { emptyFrontMatter, frontMatterFence, parseFrontMatter, type FrontMatter } from './frontmatter.js';
import { splitSentences, type Sentence } from './sentences.js';
import { endPoint, shiftedCopy, splitBlocksAfterEdit, type Chunk } from './blocks.js';
import { assemble, chunkFacts, mergeRanges, type Assembled, type ChunkFacts } from './chunks.js';
import { firstEndingAfter } from './ranges.js';

/**
 * Above this estimated cost remark is skipped (remark reads roughly 0.5 MB/s of
 * prose and is slower on bracket-heavy text; a plan is rarely over 200 kB).
 */
export const REMARK_LIMIT = 600_000;

/** Estimated remark cost: the length plus a weight per `[` (labels are remark's slow path). */
function remarkCost(text: string): number {
  if (text.length > REMARK_LIMIT) return text.length;
  // Deep nesting (blockquotes, indented lists) is remark's quadratic case.
  if (/^[ \t>]{200,}/m.test(text)) return Infinity;
  let brackets = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) brackets++;
  return text.length + 40 * brackets;
}

export interface PlanHeading {
  depth: number;
  /** Plain text of the heading. */
  text: string;
  start: number;
  end: number;
  /** 1-based. */
  line: number;
}

export interface PlanSection {
  /** The heading that opens the section; undefined for text before the first heading. */
  heading?: PlanHeading;
  depth: number;
  /** From the heading to the next heading of the same or a higher level. */
  start: number;
  end: number;
}

export interface CitationHit {
  group: CitationGroup;
  /** The item under the offset, if the offset is inside one (else undefined). */
  item?: CitationItem;
}

export interface PlanModel {
  text: string;
  /** The mdast tree (offsets are plan offsets); undefined when remark was skipped. */
  tree?: Root;
  /** True when remark was skipped (huge or hostile input). */
  degraded: boolean;
  frontmatter: FrontMatter;
  language: PlanLanguage;
  languageSource: 'front-matter' | 'detected';
  headings: PlanHeading[];
  sections: PlanSection[];
  /** Prose blocks (paragraphs, headings, table cells), in order. */
  blocks: { start: number; end: number; kind: 'paragraph' | 'heading' | 'cell' }[];
  citations: CitationGroup[];
  sentences: Sentence[];
  /** Ranges where citations are not looked for (code, HTML, link targets, front matter). */
  excluded: { start: number; end: number }[];
  /** HTML the parser sees (where inline `evidensplan-disable` comments count); the excluded ranges when remark was skipped. */
  html: { start: number; end: number }[];
  sentenceAt(offset: number): Sentence | undefined;
  citationAt(offset: number): CitationHit | undefined;
  /** Citation groups that overlap [start, end). */
  citationsIn(start: number, end: number): CitationGroup[];
  lineCol(offset: number): { line: number; column: number };
  offsetAt(line: number, column: number): number;
  /**
   * A fact derived from this version of the plan (term matches, topic evidence,
   * rule results…), computed on first request and kept with the version, so that
   * lint, hover, completion, coverage and references share one computation.
   * `key` names the fact; `compute` must depend on the plan (and on nothing that
   * changes between calls with the same key).
   */
  derived<T>(key: string, compute: (plan: PlanModel) => T): T;
}

let processor: ReturnType<typeof makeProcessor> | undefined;
let dotsProcessor: ReturnType<typeof makeProcessor> | undefined;
function makeProcessor(close: '---' | '...' = '---') {
  const yaml = close === '---' ? 'yaml' : { type: 'yaml' as const, fence: { open: '---', close: '...' } };
  return unified().use(remarkParse).use(remarkFrontmatter, [yaml]).use(remarkGfm);
}

/**
 * Parses Markdown with the same pipeline the lint engine uses. Front matter may
 * close with `...` (YAML's document end, as pandoc reads it): whichever of
 * `---` and `...` comes first closes it.
 */
export function parseMarkdown(text: string): Root {
  if (text.startsWith('---') && frontMatterFence(text)?.close === '...') {
    dotsProcessor ??= makeProcessor('...');
    return dotsProcessor.parse(text) as Root;
  }
  processor ??= makeProcessor();
  return processor.parse(text) as Root;
}

type Range = { start: number; end: number };

/** Shifts every position in the tree by `delta` offsets and `dLine` lines, in place. */
function shiftTree(node: Nodes, delta: number, dLine = 0): void {
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += delta;
    if (p.end.offset !== undefined) p.end.offset += delta;
    p.start.line += dLine;
    p.end.line += dLine;
  }
  if ('children' in node) for (const c of node.children) shiftTree(c as Nodes, delta, dLine);
}

/** The document tree from its chunks' nodes (copies: cached nodes stay relative to their chunk). */
function treeOf(src: string, parts: ReadonlyArray<{ facts: ChunkFacts; offset: number; line: number }>, bom: number): Root {
  const children: RootContent[] = [];
  for (const p of parts) for (const n of p.facts.nodes) children.push(shiftedCopy(n, p.offset, p.line - 1));
  const end = endPoint(src);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: bom }, end: { ...end, offset: end.offset + bom } } };
}

/** The language vote over [from, from + limit) of the text, from the chunks' own counts where a chunk lies wholly inside. */
function voteByChunks(text: string, parts: ReadonlyArray<{ facts: ChunkFacts; offset: number }>, from: number, limit = LANGUAGE_SAMPLE): PlanLanguage {
  const to = Math.min(text.length, from + limit);
  let nb = 0;
  let nn = 0;
  for (let k = 0; k < parts.length; k++) {
    const start = parts[k].offset;
    const end = k + 1 < parts.length ? parts[k + 1].offset : text.length;
    if (end <= from || start >= to) continue;
    let v: { nb: number; nn: number };
    if (start >= from && end <= to) {
      const f = parts[k].facts;
      v = f.vote ??= detectLanguage(text.slice(start, end), Infinity);
    } else v = detectLanguage(text.slice(Math.max(start, from), Math.min(end, to)), Infinity);
    nb += v.nb;
    nn += v.nn;
  }
  return nn > nb ? 'nn' : 'nb';
}

/** The light reading of huge or hostile input, as facts. */
function light(text: string, c: Collected, from: number): Assembled {
  const excluded = mergeRanges(c.excluded);
  const citations: CitationGroup[] = [];
  let gap = from;
  for (const r of excluded) {
    if (r.start > gap) for (const g of scanCitations(text, gap, r.start)) citations.push(g);
    gap = Math.max(gap, r.end);
  }
  if (gap < text.length) for (const g of scanCitations(text, gap, text.length)) citations.push(g);
  const sentences: Sentence[] = [];
  let lastEnd = -1;
  for (const b of c.blocks) {
    if (b.start < lastEnd) continue;
    splitSentences(text, b.start, b.end, citations, sentences);
    lastEnd = b.end;
  }
  return { excluded, html: excluded, blocks: c.blocks, headings: c.headings, yaml: c.yaml, citations, sentences };
}

interface Collected {
  excluded: Range[];
  blocks: PlanModel['blocks'];
  headings: PlanHeading[];
  yaml?: { value: string; start: number; end: number };
}

/** A light reading for huge input: front matter, fenced code, ATX headings, blank-line blocks. */
function collectLight(text: string, lines: ReturnType<typeof lineIndex>): Collected {
  const c: Collected = { excluded: [], blocks: [], headings: [] };
  let pos = 0;
  let fence: string | null = null;
  let fenceStart = 0;
  let blockStart = -1;
  const endBlock = (at: number) => {
    if (blockStart >= 0) c.blocks.push({ start: blockStart, end: at, kind: 'paragraph' });
    blockStart = -1;
  };
  const fm = text.startsWith('---') ? frontMatterFence(text.slice(0, 100_000)) : undefined;
  if (fm) {
    const contentStart = /^---[ \t]*(?:\r\n|\n|\r)/.exec(text)![0].length;
    const nlBefore = text[fm.lineStart - 2] === '\r' && text[fm.lineStart - 1] === '\n' ? 2 : 1;
    c.yaml = { value: text.slice(contentStart, Math.max(contentStart, fm.lineStart - nlBefore)), start: 0, end: fm.lineStart + 3 };
    let end = fm.end;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    c.excluded.push({ start: 0, end });
    pos = end;
  }
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + 200));
    const trimmed = line.trimStart();
    if (fence) {
      if (trimmed.startsWith(fence)) {
        c.excluded.push({ start: fenceStart, end: nl });
        fence = null;
      }
    } else if (/^(```|~~~)/.test(trimmed)) {
      endBlock(pos);
      fence = trimmed.slice(0, 3);
      fenceStart = pos;
    } else if (/^#{1,6}\s/.test(trimmed)) {
      endBlock(pos);
      const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text.slice(pos, nl).trim());
      c.headings.push({ depth: m ? m[1].length : 1, text: m ? m[2] : trimmed, start: pos, end: nl, line: lines.lineCol(pos).line });
      c.blocks.push({ start: pos, end: nl, kind: 'heading' });
    } else if (trimmed.trim() === '') {
      endBlock(pos);
    } else if (blockStart < 0) {
      blockStart = pos;
    }
    pos = nl + 1;
  }
  if (fence) c.excluded.push({ start: fenceStart, end: text.length });
  endBlock(text.length);
  // Inline code spans on one line: `…`.
  const re = /`[^`\n]*`/g;
  for (let m = re.exec(text); m; m = re.exec(text)) c.excluded.push({ start: m.index, end: m.index + m[0].length });
  // HTML comments.
  const hre = /<!--[\s\S]*?-->/g;
  for (let m = hre.exec(text); m; m = hre.exec(text)) c.excluded.push({ start: m.index, end: m.index + m[0].length });
  return c;
}

const CARRY = Symbol('evidensplan.carry');
const PARTS = Symbol('evidensplan.chunks');

const chunkIds = new WeakMap<ChunkFacts, number>();
let nextChunkId = 1;

/**
 * A short name for the text [from, to) and the Markdown structure of the
 * chunks it lies in, the same in every version where those chunks are
 * unchanged (cheaper than the text itself as a cache key: no string of the
 * text's length is built or hashed). Undefined when the plan was not read
 * chunk by chunk; then key on the text.
 */
export function chunkSpanKey(plan: PlanModel): ((from: number, to: number) => string) | undefined {
  const parts = (plan as unknown as { [PARTS]?: Array<{ facts: ChunkFacts; offset: number }> })[PARTS];
  if (!parts) return undefined;
  const offsets = parts.map((p) => p.offset);
  const id = (k: number) => {
    const f = parts[k].facts;
    let n = chunkIds.get(f);
    if (!n) chunkIds.set(f, (n = nextChunkId++));
    return n;
  };
  const chunkAt = (o: number) => {
    let lo = 0;
    let hi = offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return (from, to) => {
    const a = chunkAt(from);
    const b = chunkAt(Math.max(from, to - 1));
    let ids = '';
    for (let k = a; k <= b; k++) ids += `${id(k)}.`;
    // The last chunk of the text has no blank line after it: its end is part of the key.
    const last = b === parts.length - 1 ? `|${plan.text.length - offsets[b]}` : '';
    return `${ids}|${from - offsets[a]}|${to - offsets[a]}${last}`;
  };
}

/**
 * The chunks the plan was read in (each chunk's facts, positions relative to
 * the chunk, and its offset), in order; undefined when it was read whole. A
 * feature may keep facts about a chunk's text in `facts.memo` (by a name of
 * its own): every version holding the same chunk text shares them.
 */
export function planChunks(plan: PlanModel): ReadonlyArray<{ facts: ChunkFacts; offset: number }> | undefined {
  return (plan as unknown as { [PARTS]?: Array<{ facts: ChunkFacts; offset: number }> })[PARTS];
}

/**
 * Ranges found by `find` in the plan's text, computed chunk by chunk and kept
 * with each chunk's facts (so a version reuses the unchanged chunks'), for a
 * `find` that never needs text across a blank line (quotes, say): the answer is
 * the same as `find(plan.text)`. `name` names `find`. Once per version.
 */
export function rangesByChunk(plan: PlanModel, name: string, find: (text: string) => Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  return plan.derived(`chunks:${name}`, (p) => {
    const parts = (p as unknown as { [PARTS]?: Array<{ facts: ChunkFacts; offset: number }> })[PARTS];
    if (!parts) return find(p.text).map((r) => ({ start: r.start, end: r.end }));
    const out: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < parts.length; k++) {
      const { facts, offset } = parts[k];
      const extra = (facts.extra ??= new Map());
      let rs = extra.get(name);
      if (!rs) {
        const end = k + 1 < parts.length ? parts[k + 1].offset : p.text.length;
        rs = find(p.text.slice(offset, end)).map((r) => ({ start: r.start, end: r.end }));
        extra.set(name, rs);
      }
      for (const r of rs) out.push({ start: r.start + offset, end: r.end + offset });
    }
    return out;
  });
}

/**
 * What a model hands to the analysis of the next version (not enumerable:
 * models compare equal). Only what this version uses is kept, so nothing
 * grows with the edit history: chunk facts by chunk text, and whatever
 * features keep per unit (`carried`, e.g. the lint rules' per-sentence results).
 */
interface Carry {
  chunks: Map<string, ChunkFacts>;
  /** Per-feature caches made for this version (see `carried`). */
  features: Map<string, unknown>;
  /** The latest cache per feature from earlier versions (a version nobody linted passes its predecessor's on). */
  inherited: Map<string, unknown>;
  /** This version's chunk boundaries (of the text without a byte-order mark), for cutting the next version from them. */
  split?: { text: string; chunks: Chunk[] };
}

function carryOf(model: PlanModel | undefined): Carry | undefined {
  return model ? (model as unknown as { [CARRY]?: Carry })[CARRY] : undefined;
}

function newCarry(previous: Carry | undefined): Carry {
  const inherited = new Map(previous?.inherited);
  if (previous) for (const [k, v] of previous.features) inherited.set(k, v);
  return { chunks: new Map(), features: new Map(), inherited };
}

/**
 * A feature's cache that lives with a plan version and is handed on to the
 * versions made from it (`analyzePlan(text, previous)`): `make(earlier)` builds
 * this version's cache from the latest earlier version's (undefined at first),
 * so the feature keeps what still applies and drops the rest. Call it with the
 * same key for the same kind of cache; a model analysed without `previous`
 * starts empty.
 */
export function carried<T>(plan: PlanModel, key: string, make: (earlier: T | undefined) => T): T {
  const c = carryOf(plan);
  if (!c) return make(undefined);
  if (c.features.has(key)) return c.features.get(key) as T;
  const v = make(c.inherited.get(key) as T | undefined);
  c.features.set(key, v);
  c.inherited.delete(key);
  return v;
}

export interface AnalyzeOptions {
  /**
   * Parse top-level blocks one by one (default true): the same tree as a whole
   * parse (see blocks.ts), but linear in the number of blocks where micromark
   * is not (`'- a\n\np\n\n' × N`: its list handling is quadratic in the
   * number of lists in one parse). `false` parses the text whole: the reference
   * the tests compare against.
   */
  blocks?: boolean;
}

/** Chunks parsed in one micromark run at most (a parse has a fixed cost; lists stay few per run). */
const BATCH_CHUNKS = 24;
const BATCH_CHARS = 24_000;

/**
 * Facts for every chunk of `src`: from `previous` where the chunk's text is
 * unchanged, else parsed, several consecutive chunks in one run.
 */
function chunksOf(src: string, chunks: Chunk[], previous: Map<string, ChunkFacts> | undefined, next: Map<string, ChunkFacts>): ChunkFacts[] {
  const out: ChunkFacts[] = new Array(chunks.length);
  const keys = chunks.map((c) => src.slice(c.start, c.end));
  let i = 0;
  while (i < chunks.length) {
    const known = next.get(keys[i]) ?? previous?.get(keys[i]);
    if (known) {
      out[i] = known;
      next.set(keys[i], known);
      i++;
      continue;
    }
    // A run of unknown chunks, parsed together and cut back at the chunk bounds.
    let j = i + 1;
    while (j < chunks.length && j - i < BATCH_CHUNKS && chunks[j].end - chunks[i].start <= BATCH_CHARS && !next.has(keys[j]) && !previous?.has(keys[j])) j++;
    const parts = parseRun(src, chunks, i, j);
    for (let k = i; k < j; k++) {
      const f = chunkFacts(keys[k], parts[k - i]);
      out[k] = f;
      next.set(keys[k], f);
    }
    i = j;
  }
  return out;
}

/** The nodes of chunks [i, j), each relative to its chunk: one parse when the run splits cleanly, else one per chunk. */
function parseRun(src: string, chunks: Chunk[], i: number, j: number): RootContent[][] {
  const from = chunks[i].start;
  if (j - i > 1) {
    const kids = parseMarkdown(src.slice(from, chunks[j - 1].end)).children;
    const parts: RootContent[][] = [];
    let ci = 0;
    let ok = true;
    for (let k = i; k < j && ok; k++) {
      const end = chunks[k].end - from;
      const part: RootContent[] = [];
      while (ci < kids.length && (kids[ci].position?.start.offset ?? Infinity) < end) {
        // A node across a cut would mean the cut is wrong: parse the chunks one by one.
        if ((kids[ci].position?.end.offset ?? Infinity) > end) ok = false;
        part.push(kids[ci]);
        ci++;
      }
      for (const n of part) shiftTree(n, -(chunks[k].start - from), -(chunks[k].line - chunks[i].line));
      parts.push(part);
    }
    if (ok && ci === kids.length) return parts;
  }
  const parts: RootContent[][] = [];
  for (let k = i; k < j; k++) parts.push(parseMarkdown(src.slice(chunks[k].start, chunks[k].end)).children);
  return parts;
}

/**
 * Analyses a plan. Top-level blocks are parsed one by one (also the first
 * time), so no document costs more than the sum of its blocks. With `previous`
 * (the model of an earlier version of the same document), unchanged blocks are
 * not parsed again and their facts (blocks, citations, sentences…) are reused;
 * the result is the same as without it.
 */
export function analyzePlan(text: string, previous?: PlanModel, options: AnalyzeOptions = {}): PlanModel {
  if (typeof text !== 'string') text = String(text ?? '');
  if (previous && previous.text === text && !previous.degraded) return previous;
  const lines = lineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let wholeTree: Root | undefined;
  let degraded = false;
  let col: Assembled;
  const byBlocks = options.blocks !== false;
  const prevCarry = byBlocks ? carryOf(previous) : undefined;
  let carry: Carry | undefined;
  let chunkParts: Array<{ facts: ChunkFacts; offset: number; line: number }> | undefined;
  let src = text;
  if (remarkCost(text) <= REMARK_LIMIT) {
    try {
      src = bom ? text.slice(1) : text;
      const chunks = byBlocks ? splitBlocksAfterEdit(src, prevCarry?.split) : undefined;
      if (chunks) {
        carry = newCarry(prevCarry);
        carry.split = { text: src, chunks };
        const facts = chunksOf(src, chunks, prevCarry?.chunks, carry.chunks);
        chunkParts = chunks.map((c, k) => ({ facts: facts[k], offset: c.start + bom, line: c.line }));
        col = assemble(chunkParts);
      } else {
        wholeTree = parseMarkdown(src);
        col = assemble([{ facts: chunkFacts(src, wholeTree.children), offset: bom }]);
        if (bom) shiftTree(wholeTree, 1);
        if (byBlocks) carry = newCarry(prevCarry);
      }
    } catch {
      wholeTree = undefined;
      chunkParts = undefined;
      degraded = true;
      col = light(text, collectLight(text.slice(bom), lines), bom);
    }
  } else {
    degraded = true;
    col = light(text, collectLight(text, lines), bom);
  }
  const hs: PlanHeading[] = col.headings.map((h) => ({ depth: h.depth, text: h.text, start: h.start, end: h.end, line: lines.lineCol(h.start).line }));

  // Front matter.
  let frontmatter = emptyFrontMatter();
  if (col.yaml) {
    const pf = previous?.frontmatter;
    // The same front matter at the same place as the previous version's: its reading stands.
    if (pf?.present && pf.start === col.yaml.start && pf.end === col.yaml.end && previous!.text.slice(0, pf.end) === text.slice(0, col.yaml.end)) frontmatter = pf;
    else {
      const firstNl = text.indexOf('\n', col.yaml.start);
      const contentStart = firstNl < 0 ? col.yaml.end : firstNl + 1;
      frontmatter = parseFrontMatter(col.yaml.value, col.yaml.start, col.yaml.end, contentStart);
    }
  }
  const { excluded, citations, sentences } = col;

  // Sections.
  const sections: PlanSection[] = [];
  if (!hs.length || hs[0].start > bom) {
    const firstBody = frontmatter.present ? frontmatter.end : bom;
    const end = hs.length ? hs[0].start : text.length;
    if (end > firstBody) sections.push({ depth: 0, start: firstBody, end });
  }
  // Each heading's section ends at the next heading of the same or a higher level (a stack: linear).
  const open: number[] = [];
  const ends: number[] = new Array(hs.length).fill(text.length);
  for (let i = 0; i < hs.length; i++) {
    while (open.length && hs[open[open.length - 1]].depth >= hs[i].depth) ends[open.pop()!] = hs[i].start;
    open.push(i);
  }
  for (let i = 0; i < hs.length; i++) sections.push({ heading: hs[i], depth: hs[i].depth, start: hs[i].start, end: ends[i] });

  // Language.
  let language: PlanLanguage;
  let languageSource: PlanModel['languageSource'];
  if (frontmatter.sprak) {
    language = frontmatter.sprak;
    languageSource = 'front-matter';
  } else {
    language = chunkParts ? voteByChunks(text, chunkParts, frontmatter.present ? frontmatter.end : 0) : detectLanguage(frontmatter.present ? text.slice(frontmatter.end) : text).language;
    languageSource = 'detected';
  }

  const derivedFacts = new Map<string, unknown>();
  let tree: Root | undefined = wholeTree;
  const model: PlanModel = {
    text,
    /** Built on first use from the chunks' nodes (the rules and features read the facts below). */
    get tree(): Root | undefined {
      if (!tree && chunkParts) tree = treeOf(src, chunkParts, bom);
      return tree;
    },
    degraded,
    frontmatter,
    language,
    languageSource,
    headings: hs,
    sections,
    blocks: col.blocks,
    citations,
    sentences,
    excluded,
    html: degraded ? excluded : col.html,
    sentenceAt(offset) {
      const i = findContaining(sentences, offset);
      return i < 0 ? undefined : sentences[i];
    },
    citationAt(offset) {
      const i = findContaining(citations, offset);
      if (i < 0) return undefined;
      const group = citations[i];
      const item = group.items.find((it) => it.start <= offset && offset <= it.end);
      return { group, item };
    },
    citationsIn(start, end) {
      const out: CitationGroup[] = [];
      let i = firstEndingAfter(citations, start);
      for (; i < citations.length && citations[i].start < end; i++) out.push(citations[i]);
      return out;
    },
    lineCol: lines.lineCol,
    offsetAt: lines.offsetAt,
    derived<T>(key: string, compute: (plan: PlanModel) => T): T {
      if (derivedFacts.has(key)) return derivedFacts.get(key) as T;
      const value = compute(model);
      derivedFacts.set(key, value);
      return value;
    },
  };
  if (carry) Object.defineProperty(model, CARRY, { value: carry, enumerable: false });
  if (chunkParts) Object.defineProperty(model, PARTS, { value: chunkParts, enumerable: false });
  return model;
}

/** Index of the range containing `offset` (start ≤ offset ≤ end, so the caret right after `]` still hits), or -1. */
function findContaining(rs: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = rs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rs[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo < rs.length && rs[lo].start <= offset && offset <= rs[lo].end) return lo;
  return -1;
}
