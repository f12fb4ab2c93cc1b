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
import { toString } from 'mdast-util-to-string';
import type { Root, Nodes } from 'mdast';
import { scanCitations } from '../cite/scan.js';
import type { CitationGroup, CitationItem } from '../cite/types.js';
import { lineIndex } from './lines.js';
import { detectLanguage, type PlanLanguage } from './language.js';
import { emptyFrontMatter, frontMatterFence, parseFrontMatter, type FrontMatter } from './frontmatter.js';
import { splitSentences, type Sentence } from './sentences.js';
import { BlockCache, parseByBlocks } from './blocks.js';

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

function mergeRanges(rs: Range[]): Range[] {
  rs.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of rs) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Shifts every position in the tree by `delta` (for a stripped BOM). */
function shiftTree(node: Nodes, delta: number): void {
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += delta;
    if (p.end.offset !== undefined) p.end.offset += delta;
  }
  if ('children' in node) for (const c of node.children) shiftTree(c as Nodes, delta);
}

interface Collected {
  excluded: Range[];
  blocks: PlanModel['blocks'];
  headings: PlanHeading[];
  yaml?: { value: string; start: number; end: number };
}

function collect(tree: Root, lines: ReturnType<typeof lineIndex>): Collected {
  const c: Collected = { excluded: [], blocks: [], headings: [] };
  // Iterative walk: deep nesting cannot overflow the stack.
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    const has = s !== undefined && e !== undefined;
    switch (node.type) {
      case 'yaml':
        if (has) {
          c.excluded.push({ start: s, end: e });
          c.yaml = { value: node.value, start: s, end: e };
        }
        continue;
      case 'code':
      case 'inlineCode':
      case 'html':
      case 'definition':
      case 'image':
      case 'imageReference':
      case 'link':
        if (has) c.excluded.push({ start: s, end: e });
        continue;
      case 'heading':
        if (has) {
          c.headings.push({ depth: node.depth, text: toString(node), start: s, end: e, line: lines.lineCol(s).line });
          c.blocks.push({ start: s, end: e, kind: 'heading' });
        }
        break;
      case 'paragraph':
        if (has) c.blocks.push({ start: s, end: e, kind: 'paragraph' });
        break;
      case 'tableCell':
        if (has) c.blocks.push({ start: s, end: e, kind: 'cell' });
        break;
      default:
        break;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  c.blocks.sort((a, b) => a.start - b.start);
  c.headings.sort((a, b) => a.start - b.start);
  return c;
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

const BLOCKS = Symbol('evidensplan.blockCache');

/** The chunk cache a model carries for the next version (not enumerable: models compare equal). */
interface BlockState {
  cache: BlockCache;
  /** A whole parse whose blocks go into the cache when the next version comes (a one-off analysis, the CLI, never pays for it). */
  pending?: { src: string; tree: Root };
}
function blockCacheOf(model: PlanModel | undefined): BlockCache | undefined {
  const st = model ? (model as unknown as { [BLOCKS]?: BlockState })[BLOCKS] : undefined;
  if (!st) return undefined;
  if (st.pending) {
    parseByBlocks(st.pending.src, parseMarkdown, st.cache, st.pending.tree);
    st.pending = undefined;
  }
  return st.cache;
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

/**
 * Analyses a plan. Top-level blocks are parsed one by one (also the first
 * time), so no document costs more than the sum of its blocks. With `previous`
 * (the model of an earlier version of the same document), unchanged blocks are
 * not parsed again; the result is the same as without it.
 */
export function analyzePlan(text: string, previous?: PlanModel, options: AnalyzeOptions = {}): PlanModel {
  if (typeof text !== 'string') text = String(text ?? '');
  if (previous && previous.text === text && !previous.degraded) return previous;
  const lines = lineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let tree: Root | undefined;
  let degraded = false;
  let col: Collected;
  const byBlocks = options.blocks !== false;
  const cache = (byBlocks && blockCacheOf(previous)) || new BlockCache();
  let pending: BlockState['pending'];
  if (remarkCost(text) <= REMARK_LIMIT) {
    try {
      const src = bom ? text.slice(1) : text;
      // Chunk trees are cached at offset 0 and copied on use, so shifting the copy for a BOM leaves the cache intact.
      if (byBlocks) tree = parseByBlocks(src, parseMarkdown, cache);
      if (!tree) {
        tree = parseMarkdown(src);
        // Seeded lazily (only an editor's next version needs it); with a BOM the tree is shifted in place below, so it is not kept.
        if (!bom && byBlocks) pending = { src, tree };
      }
      if (bom) shiftTree(tree, 1);
      col = collect(tree, lines);
    } catch {
      tree = undefined;
      degraded = true;
      col = collectLight(text.slice(bom), lines);
    }
  } else {
    degraded = true;
    col = collectLight(text, lines);
  }

  // Front matter.
  let frontmatter = emptyFrontMatter();
  if (col.yaml) {
    const firstNl = text.indexOf('\n', col.yaml.start);
    const contentStart = firstNl < 0 ? col.yaml.end : firstNl + 1;
    frontmatter = parseFrontMatter(col.yaml.value, col.yaml.start, col.yaml.end, contentStart);
  }

  // Citations in prose: scan the gaps between excluded ranges.
  const excluded = mergeRanges(col.excluded);
  const citations: CitationGroup[] = [];
  let gap = bom;
  for (const r of excluded) {
    if (r.start > gap) for (const g of scanCitations(text, gap, r.start)) citations.push(g);
    gap = Math.max(gap, r.end);
  }
  if (gap < text.length) for (const g of scanCitations(text, gap, text.length)) citations.push(g);

  // Sentences inside prose blocks (blocks do not nest: paragraphs inside list items are leaves).
  const sentences: Sentence[] = [];
  let lastEnd = -1;
  for (const b of col.blocks) {
    if (b.start < lastEnd) continue;
    splitSentences(text, b.start, b.end, citations, sentences);
    lastEnd = b.end;
  }

  // Sections.
  const sections: PlanSection[] = [];
  const hs = col.headings;
  if (!hs.length || hs[0].start > bom) {
    const firstBody = frontmatter.present ? frontmatter.end : bom;
    const end = hs.length ? hs[0].start : text.length;
    if (end > firstBody) sections.push({ depth: 0, start: firstBody, end });
  }
  for (let i = 0; i < hs.length; i++) {
    let end = text.length;
    for (let j = i + 1; j < hs.length; j++) {
      if (hs[j].depth <= hs[i].depth) {
        end = hs[j].start;
        break;
      }
    }
    sections.push({ heading: hs[i], depth: hs[i].depth, start: hs[i].start, end });
  }

  // Language.
  let language: PlanLanguage;
  let languageSource: PlanModel['languageSource'];
  if (frontmatter.sprak) {
    language = frontmatter.sprak;
    languageSource = 'front-matter';
  } else {
    language = detectLanguage(frontmatter.present ? text.slice(frontmatter.end) : text).language;
    languageSource = 'detected';
  }

  const derivedFacts = new Map<string, unknown>();
  const model: PlanModel = {
    text,
    tree,
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
  if (tree) Object.defineProperty(model, BLOCKS, { value: { cache, pending } satisfies BlockState, enumerable: false });
  return model;
}

/** Index of the first range whose end is after `offset`. */
function firstEndingAfter(rs: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = rs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rs[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
