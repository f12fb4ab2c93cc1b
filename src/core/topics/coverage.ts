/**
 * Which topics a plan addresses, how and where: by a heading that uses the
 * topic's vocabulary, by body text that uses it often enough, or by citing one
 * of its learning points. Used by the missing-topic rule and the coverage view.
 * Linear in the plan's length: one vocabulary pass over the text.
 */
import { VocabularyMatcher, type VocabularyHit } from '../terms/vocabulary.js';
import { carried, chunkSpanKey, planChunks, type PlanModel } from '../plan/analyze.js';
import { normaliseRanges, overlapsRanges, tokenize, type Token } from '../terms/tokenize.js';
import { taxonomy, topicsFor, type PlanLanguage, type Taxonomy, type Topic } from './taxonomy.js';
import { learningPointInSector } from './sector.js';
import { lineIndex, lineStartAt, type LineIndex } from '../plan/lines.js';

/** The parts of the plan model this needs (core/plan's PlanModel satisfies it). */
export interface PlanLike {
  text: string;
  headings: ReadonlyArray<{ text: string; line: number; start?: number; end?: number; depth?: number }>;
  /** Citation groups (items with a parsed locator) or flat items. */
  citations?: ReadonlyArray<CitationLike | { items: ReadonlyArray<CitationLike>; start?: number }>;
  /** Ranges to ignore (code, front matter, link targets). */
  excluded?: ReadonlyArray<{ start: number; end: number }>;
  /** Prose blocks in order (core/plan's PlanModel has them); without them only headings count. */
  blocks?: ReadonlyArray<{ start: number; end: number; kind: 'paragraph' | 'heading' | 'cell' }>;
  lineCol?(offset: number): { line: number; column: number };
}

export interface CitationLike {
  key?: string;
  start?: number;
  line?: number;
  locator?: { canonical: string } | string;
}

export type CoverageHow = 'cited' | 'heading' | 'text';

export interface TopicPlace {
  how: CoverageHow;
  /** 1-based line. */
  line: number;
  /** Offsets of the evidence (heading, word or citation). */
  start: number;
  end: number;
  /** The heading text, the matched words or the cited locator. */
  text: string;
}

export interface TopicStatus {
  topic: Topic;
  covered: boolean;
  /** The strongest way it is covered: cited > heading > text. */
  how?: CoverageHow;
  /** Where (the first place of the strongest way). */
  line?: number;
  /** Every place found, in text order (text hits only when they reach the topic's threshold). */
  places: TopicPlace[];
}

export interface TopicsAddressedOptions {
  /** Only these topics (default: the plan type's, or all). */
  topics?: readonly Topic[];
  plantype?: string;
  /** A sector plan's sector ("helse-omsorg"); null: a sector plan of unknown sector; undefined: no scoping. */
  sector?: string | null;
  /** Citation key of the report (default ks2021). */
  key?: string;
  taxonomy?: Taxonomy;
}

const matchers = new WeakMap<Taxonomy, VocabularyMatcher<string>>();

function matcherFor(t: Taxonomy): VocabularyMatcher<string> {
  let m = matchers.get(t);
  if (!m) {
    // Both languages: plans mix forms, and a Bokmål word in a Nynorsk plan still shows the topic.
    m = new VocabularyMatcher(
      t.topics.flatMap((topic) => [...topic.vocabulary.nb, ...topic.vocabulary.nn].map((phrase) => ({ phrase, value: topic.id }))),
    );
    matchers.set(t, m);
  }
  return m;
}


function canonicalOf(c: CitationLike): string | undefined {
  if (!c.locator) return undefined;
  return typeof c.locator === 'string' ? c.locator : c.locator.canonical;
}

function flattenCitations(plan: PlanLike): CitationLike[] {
  const out: CitationLike[] = [];
  for (const c of plan.citations ?? []) {
    if ('items' in c && Array.isArray(c.items)) out.push(...c.items);
    else out.push(c as CitationLike);
  }
  return out;
}

/** Words in a stretch of text. */
function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

const LIST_MARKER = /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/;
/** A list item shorter than this is a label, a table-of-contents line or a keyword, not a treatment. */
const MIN_LIST_ITEM_WORDS = 12;
/** A paragraph shorter than this that ends in a colon is a label ("Varslingsrekkefølge:"). */
const MIN_LABEL_WORDS = 8;
/** A heading counts over a section body at least this long. */
const MIN_SECTION_WORDS = 15;
/** A section whose paragraphs use a topic's words twice or more treats it when its body is at least this long. */
const MIN_TOPIC_SECTION_WORDS = 40;

interface Unit {
  kind: 'paragraph' | 'heading';
  start: number;
  end: number;
  /** Index of the heading this unit is under (-1: before any). */
  section: number;
  /** Words in it. */
  words: number;
}

/** What one prose block contributes: whether it is a unit, its words, its vocabulary hits (relative to it). */
interface BlockInfo {
  unit: boolean;
  words: number;
  hits: KeyedHit[];
}

/** A vocabulary hit with its word key (`hitKey`), kept with the block's facts. */
type KeyedHit = VocabularyHit<string> & { key?: string };

/**
 * A block's contribution, from its text and the line it starts on (a list
 * marker before it). Plan models keep them by that text from one version to
 * the next (`carried`), so an edit reads only the edited block again.
 */
function blockInfo(text: string, b: { start: number; end: number; kind: 'paragraph' | 'heading' | 'cell' }, matcher: VocabularyMatcher<string>, memo: Memo | undefined, plan?: PlanModel): BlockInfo | undefined {
  if (b.kind === 'cell') return undefined;
  const lineStart = lineStartAt(text, b.start);
  // Where the plan was read chunk by chunk, the chunks the line lies in name its text (no string
  // of the document's length is built and hashed per version); else the text itself.
  const span = memo && plan ? spanKeyOfPlan(plan) : undefined;
  let body: string | undefined;
  let before: string | undefined;
  const key = !memo ? '' : span ? `\u0001${b.kind}|${b.start - lineStart}|${span(lineStart, b.end)}` : `${b.kind}\u0000${(before = text.slice(lineStart, b.start))}\u0000${(body = text.slice(b.start, b.end))}`;
  const known = memo?.cur.get(key) ?? memo?.prev?.get(key);
  if (known) {
    memo!.cur.set(key, known);
    return known;
  }
  const blockText = body ?? text.slice(b.start, b.end);
  const lineBefore = before ?? text.slice(lineStart, b.start);
  let info: BlockInfo;
  const find = () => (plan ? matcher.findInTokens(blockText, blockWords(plan, b.start, b.end, blockText)) : matcher.find(blockText));
  if (b.kind === 'heading') info = { unit: true, words: wordCount(blockText), hits: find() };
  else {
    const words = wordCount(blockText);
    const inList = LIST_MARKER.test(lineBefore);
    const unit = !(inList && words < MIN_LIST_ITEM_WORDS) && !(/:\s*$/.test(blockText) && words < MIN_LABEL_WORDS) && !/^\s*\[[^\]]*\]\([^)]*\)\s*$/.test(blockText);
    info = { unit, words, hits: unit ? find() : [] };
  }
  // Each hit's word key, worked out once with the block (every version counts them again).
  for (const h of info.hits) h.key = hitKey(h);
  memo?.cur.set(key, info);
  return info;
}

/** The plan's chunk-span namer, shared with the lint's block keys (once per version). */
function spanKeyOfPlan(plan: PlanModel): ((from: number, to: number) => string) | undefined {
  return plan.derived('lint:spanKey', (p) => chunkSpanKey(p));
}

interface Memo {
  cur: Map<string, BlockInfo>;
  prev?: Map<string, BlockInfo>;
}

/**
 * The plan's prose as units a topic can be treated in: paragraphs (a list item
 * only when it is a sentence or more; never a table cell, a label ending in a
 * colon or a line of a table of contents) and headings; with each unit's words
 * and vocabulary hits (outside code, HTML and link targets).
 */
function unitsOf(plan: PlanLike, matcher: VocabularyMatcher<string>, excluded: Array<{ start: number; end: number }>): { units: Unit[]; hits: VocabularyHit<string>[] } | undefined {
  const blocks = plan.blocks;
  if (!blocks) return undefined;
  const text = plan.text;
  // Read chunk by chunk: each chunk's units and hits are kept with the chunk (relative to it).
  // (Not with a byte-order mark: the first line's marker would read differently from the chunk's own text.)
  const parts = isPlanModel(plan) && text.charCodeAt(0) !== 0xfeff ? planChunks(plan) : undefined;
  if (parts) {
    const name = `topics:units:${matcherId(matcher)}`;
    const units: Unit[] = [];
    const hits: VocabularyHit<string>[] = [];
    let section = -1;
    for (const { facts, offset } of parts) {
      const memo = (facts.memo ??= new Map());
      let cu = memo.get(name) as ChunkUnits | undefined;
      if (!cu) memo.set(name, (cu = chunkUnits(plan as PlanLike & PlanModel, facts.blocks, facts.excluded, offset, matcher)));
      for (const u of cu.units) {
        if (u.kind === 'heading') section++;
        units.push({ kind: u.kind, start: u.start + offset, end: u.end + offset, section, words: u.words });
      }
      for (const h of cu.hits) hits.push({ ...h, start: h.start + offset, end: h.end + offset });
    }
    return { units, hits };
  }
  const memo = isPlanModel(plan) ? carried<Memo>(plan, 'topics:blocks', (prev) => ({ cur: new Map(), prev: prev?.cur })) : undefined;
  const units: Unit[] = [];
  const hits: VocabularyHit<string>[] = [];
  let section = -1;
  for (const b of blocks) {
    const info = blockInfo(text, b, matcher, memo, isPlanModel(plan) ? plan : undefined);
    if (!info) continue;
    if (b.kind === 'heading') section++;
    else if (!info.unit) continue;
    units.push({ kind: b.kind === 'heading' ? 'heading' : 'paragraph', start: b.start, end: b.end, section, words: info.words });
    for (const h of info.hits) {
      const start = h.start + b.start;
      if (excluded.length && overlapsRanges(excluded, start, start + 1)) continue;
      hits.push({ ...h, start, end: h.end + b.start });
    }
  }
  return { units, hits };
}

/** One chunk's units (sections not yet numbered) and their hits, relative to the chunk. */
interface ChunkUnits {
  units: Array<{ kind: 'paragraph' | 'heading'; start: number; end: number; words: number }>;
  hits: KeyedHit[];
}

const matcherIds = new WeakMap<object, number>();
let nextMatcherId = 1;
function matcherId(m: object): number {
  let id = matcherIds.get(m);
  if (!id) matcherIds.set(m, (id = nextMatcherId++));
  return id;
}

/**
 * A chunk's units and hits, as `unitsOf` reads them block by block (the chunk's
 * blocks and excluded ranges are relative to it; it lies at `offset` in this
 * version). A chunk starts at a line start, so each block's line lies inside it.
 */
function chunkUnits(plan: PlanLike & PlanModel, blocks: ReadonlyArray<{ start: number; end: number; kind: 'paragraph' | 'heading' | 'cell' }>, excludedRel: ReadonlyArray<{ start: number; end: number }>, offset: number, matcher: VocabularyMatcher<string>): ChunkUnits {
  const excluded = normaliseRanges(excludedRel);
  const out: ChunkUnits = { units: [], hits: [] };
  for (const rel of blocks) {
    const b = { start: rel.start + offset, end: rel.end + offset, kind: rel.kind };
    const info = blockInfo(plan.text, b, matcher, undefined, plan);
    if (!info) continue;
    if (b.kind !== 'heading' && !info.unit) continue;
    out.units.push({ kind: b.kind === 'heading' ? 'heading' : 'paragraph', start: rel.start, end: rel.end, words: info.words });
    for (const h of info.hits) {
      const start = h.start + rel.start;
      if (excluded.length && overlapsRanges(excluded, start, start + 1)) continue;
      out.hits.push({ ...h, start, end: h.end + rel.start });
    }
  }
  return out;
}

/**
 * The words of the block [start, end) of a plan version, cut once and shared by
 * the vocabularies matched there (topics, the § 4 elements). Offsets relative
 * to the block.
 */
export function blockWords(plan: PlanModel, start: number, end: number, body: string): Token[] {
  const cache = plan.derived('words:blocks', () => new Map<number, { end: number; toks: Token[] }>());
  const hit = cache.get(start);
  if (hit && hit.end === end) return hit.toks;
  const toks = tokenize(body);
  cache.set(start, { end, toks });
  return toks;
}

function isPlanModel(plan: PlanLike): plan is PlanLike & PlanModel {
  return typeof (plan as { derived?: unknown }).derived === 'function';
}

/** The unit holding `offset` (units sorted by start), or -1. */
function unitAt(units: Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].start <= offset) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && offset < units[at].end ? at : -1;
}

/** The words a hit stands for, for counting different words: lower case, inflection trimmed. */
function hitKey(h: { text: string; phrase: string; key?: string }): string {
  if (h.key !== undefined) return h.key;
  return h.phrase.toLowerCase().replace(/\*$/, '') || h.text.toLowerCase();
}

/**
 * For each topic (the plan type's, unless given): is it addressed, how and where.
 * `lang` is the plan's language; vocabulary of both languages is recognised.
 *
 * A topic is treated where the plan deals with it, not where one of its words
 * happens to stand: a paragraph of prose using two different words of its
 * vocabulary; a heading using its vocabulary over a section with a body that
 * uses it too (or a heading with two of its words); a section using its
 * vocabulary that cites the report chapter of its learning points; or a
 * citation of one of its learning points. Table cells, short list items
 * (a table of contents, keywords), labels ending in a colon never count.
 * Without block information (a headings-only plan) a heading hit counts.
 */
export function topicsAddressed(plan: PlanLike, lang: PlanLanguage = 'nb', options: TopicsAddressedOptions = {}): TopicStatus[] {
  // A plan model computes this once per version, for the missing-topic rule and the coverage view alike.
  if (isPlanModel(plan) && !options.topics && !options.taxonomy) {
    const key = `topics:addressed:${options.plantype ?? ''}:${options.sector === undefined ? 'any' : String(options.sector)}:${options.key ?? 'ks2021'}`;
    return plan.derived(key, () => computeTopicsAddressed(plan, lang, options));
  }
  return computeTopicsAddressed(plan, lang, options);
}

function computeTopicsAddressed(plan: PlanLike, _lang: PlanLanguage, options: TopicsAddressedOptions): TopicStatus[] {
  const tax = options.taxonomy ?? taxonomy;
  const topics = options.topics ?? topicsFor(options.plantype, tax, options.sector);
  const key = options.key ?? 'ks2021';
  const text = typeof plan?.text === 'string' ? plan.text : '';
  let lines: LineIndex | undefined; // only for a plan that brings no line index of its own
  const line = (o: number) => (plan.lineCol ? plan.lineCol(o).line : (lines ??= lineIndex(text)).lineCol(o).line);

  const byTopic = new Map<string, { heading: TopicPlace[]; text: TopicPlace[]; cited: TopicPlace[] }>();
  const bucket = (id: string) => {
    let b = byTopic.get(id);
    if (!b) byTopic.set(id, (b = { heading: [], text: [], cited: [] }));
    return b;
  };

  const excluded = normaliseRanges(plan.excluded ?? []);
  const matcher = matcherFor(tax);
  const read = unitsOf(plan, matcher, excluded);
  const units = read?.units;
  const hits = read ? read.hits : matcher.find(text).filter((h) => !(excluded.length && overlapsRanges(excluded, h.start, h.start + 1)));

  if (!units) {
    // Headings only (a very large plan): a heading that uses the vocabulary counts.
    const headingByLine = new Map<number, { text: string; start: number; end: number }>();
    for (const h of plan.headings ?? []) {
      const idx = h.start === undefined ? (lines ??= lineIndex(text)) : undefined;
      const start = h.start ?? (idx && h.line >= 1 && h.line <= idx.lineCount ? idx.offsetAt(h.line, 1) : 0);
      headingByLine.set(h.line, { text: h.text, start, end: h.end ?? start + h.text.length });
    }
    for (const hit of hits) {
      const ln = line(hit.start);
      const h = headingByLine.get(ln);
      if (h) bucket(hit.value).heading.push({ how: 'heading', line: ln, start: h.start, end: h.end, text: h.text });
    }
  } else {
    // Hits per unit and topic.
    const perUnit = new Map<number, Map<string, typeof hits>>();
    for (const hit of hits) {
      const u = unitAt(units, hit.start);
      if (u < 0) continue;
      let m = perUnit.get(u);
      if (!m) perUnit.set(u, (m = new Map()));
      const list = m.get(hit.value) ?? [];
      list.push(hit);
      m.set(hit.value, list);
    }
    const weakOf = new Map(topics.map((t) => [t.id, new Set((t.weak ?? []).map((w) => w.toLowerCase().replace(/\*$/, '')))]));
    const strong = (list: typeof hits) => list.some((h) => !weakOf.get(h.value)?.has(hitKey(h)));
    const distinct = (list: typeof hits) => (strong(list) ? new Set(list.map(hitKey)).size : 0);
    const words = (list: typeof hits) => [...new Map(list.map((h) => [hitKey(h), h.text])).values()].join(', ');
    // Sections: their body length and hits per topic (paragraphs only).
    const sectionWords = new Map<number, number>();
    const sectionHits = new Map<number, Map<string, number>>();
    /** Per section and topic: the hits in its paragraphs, in order (built once: linear). */
    const sectionLists = new Map<number, Map<string, typeof hits>>();
    for (const [i, m] of perUnit) {
      const u = units[i];
      if (u.kind !== 'paragraph') continue;
      let sl = sectionLists.get(u.section);
      if (!sl) sectionLists.set(u.section, (sl = new Map()));
      for (const [t, list] of m) {
        const acc = sl.get(t);
        if (acc) for (const h of list) acc.push(h);
        else sl.set(t, [...list]);
      }
    }
    for (const sl of sectionLists.values()) for (const list of sl.values()) list.sort((a, b) => a.start - b.start);
    const sectionList = (section: number, topic: string) => sectionLists.get(section)?.get(topic) ?? [];
    units.forEach((u, i) => {
      if (u.kind !== 'paragraph') return;
      sectionWords.set(u.section, (sectionWords.get(u.section) ?? 0) + u.words);
      const m = perUnit.get(i);
      if (!m) return;
      let sh = sectionHits.get(u.section);
      if (!sh) sectionHits.set(u.section, (sh = new Map()));
      for (const [t, list] of m) sh.set(t, (sh.get(t) ?? 0) + list.length);
    });
    for (const [i, m] of perUnit) {
      const u = units[i];
      for (const [topic, list] of m) {
        if (u.kind === 'paragraph') {
          if (distinct(list) >= 2) bucket(topic).text.push({ how: 'text', line: line(list[0].start), start: list[0].start, end: list[list.length - 1].end, text: words(list) });
        } else {
          const bodyWords = sectionWords.get(u.section) ?? 0;
          const bodyList = sectionList(u.section, topic);
          if (bodyWords >= MIN_SECTION_WORDS && strong([...list, ...bodyList]) && (bodyList.length >= 1 || distinct(list) >= 2)) {
            const ht = text.slice(u.start, u.end).replace(/^#+\s*/, '').replace(/\s*#*\s*$/, '');
            bucket(topic).heading.push({ how: 'heading', line: line(u.start), start: u.start, end: u.end, text: ht });
          }
        }
      }
    }
    // A section whose prose returns to a topic: its words at least twice over a body of some length.
    for (const [section, sh] of sectionHits) {
      if ((sectionWords.get(section) ?? 0) < MIN_TOPIC_SECTION_WORDS) continue;
      for (const [topic, n] of sh) {
        if (n < 2 || byTopic.get(topic)?.text.length || byTopic.get(topic)?.heading.length) continue;
        const list = sectionList(section, topic);
        if (list.length && strong(list)) bucket(topic).text.push({ how: 'text', line: line(list[0].start), start: list[0].start, end: list[list.length - 1].end, text: words(list) });
      }
    }
    // A section that uses a topic's words and cites the report chapter of its learning points.
    const chapterOfTopic = new Map<string, Set<string>>();
    for (const t of topics) chapterOfTopic.set(t.id, new Set(t.learningPoints.map((lp) => lp.replace(/^lp\.\s*/, '').split('.')[0])));
    for (const c of flattenCitations(plan)) {
      if (c.key && c.key !== key) continue;
      const loc = canonicalOf(c);
      const chapter = loc ? /^(?:kap|lp|se|fn)?\.?\s*(\d+)/.exec(loc.replace(/^kap\.\s*/, ''))?.[1] : undefined;
      if (!chapter || c.start === undefined || /^fn\./.test(loc ?? '')) continue;
      const u = unitAt(units, c.start);
      if (u < 0) continue;
      const sec = units[u].section;
      const sh = sectionHits.get(sec);
      if (!sh) continue;
      for (const [topic, n] of sh) {
        const list = sectionList(sec, topic);
        if (n >= 2 && strong(list) && chapterOfTopic.get(topic)?.has(chapter)) bucket(topic).text.push({ how: 'text', line: line(c.start), start: c.start, end: c.start, text: loc ?? '' });
      }
    }
  }

  const topicsByLp = new Map<string, string[]>();
  for (const t of topics) for (const lp of t.learningPoints) topicsByLp.set(lp, [...(topicsByLp.get(lp) ?? []), t.id]);
  for (const c of flattenCitations(plan)) {
    if (c.key && c.key !== key) continue;
    const lp = canonicalOf(c);
    if (!lp) continue;
    for (const id of topicsByLp.get(lp) ?? []) {
      const start = c.start ?? 0;
      bucket(id).cited.push({ how: 'cited', line: c.line ?? line(start), start, end: start, text: lp });
    }
  }

  return topics.map((topic) => {
    const b = byTopic.get(topic.id) ?? { heading: [], text: [], cited: [] };
    const places = [...b.cited, ...b.heading, ...b.text].sort((x, y) => x.start - y.start);
    const how: CoverageHow | undefined = b.cited.length ? 'cited' : b.heading.length ? 'heading' : b.text.length ? 'text' : undefined;
    const first = how === 'cited' ? b.cited[0] : how === 'heading' ? b.heading[0] : how === 'text' ? b.text[0] : undefined;
    return { topic, covered: how !== undefined, how, line: first?.line, places };
  });
}

/** The topics of the plan type (and sector) that the plan does not address. */
export function missingTopics(plan: PlanLike, plantype: string | undefined, lang: PlanLanguage = 'nb', ignore: readonly string[] = [], sector?: string | null): Topic[] {
  const skip = new Set(ignore);
  return topicsAddressed(plan, lang, { plantype, sector })
    .filter((s) => !s.covered && !skip.has(s.topic.id))
    .map((s) => s.topic);
}

/** Stems for comparing a plan's prose with a learning point: words of five letters or more, cut to six. */
function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}]{5,}/gu)) out.add(m[0].slice(0, 6));
  return out;
}

const distinctiveCache = new WeakMap<object, Map<string, Set<string>>>();

/**
 * Each learning point's distinctive stems: those that occur in at most three of
 * the learning points given (so "kommune", "pandemi" do not count).
 */
function distinctiveStems(lps: ReadonlyArray<{ locator: string; text: string }>): Map<string, Set<string>> {
  const key = lps as unknown as object;
  const hit = distinctiveCache.get(key);
  if (hit) return hit;
  const stems = new Map(lps.map((f) => [f.locator, stemsOf(f.text)]));
  const df = new Map<string, number>();
  for (const set of stems.values()) for (const st of set) df.set(st, (df.get(st) ?? 0) + 1);
  const out = new Map<string, Set<string>>();
  for (const [loc, set] of stems) out.set(loc, new Set([...set].filter((st) => (df.get(st) ?? 0) <= 3)));
  distinctiveCache.set(key, out);
  return out;
}

/** The text of the section around `offset`: from the heading before it to the next heading. */
function sectionText(plan: PlanLike, offset: number): string {
  const text = plan.text;
  let from = 0;
  let to = text.length;
  for (const h of plan.headings ?? []) {
    const hs = h.start ?? 0;
    if (hs <= offset) from = hs;
    else {
      to = hs;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * Topics addressed by heading or text (not only by citation), in the shape the
 * coverage view takes (`how: 'topic'` for their learning points), each with the
 * line and words that made it count. Given the learning points' texts
 * (`learningPoints`), a topic counts for its first learning point, and for each
 * further one only where the plan's sections that treat the topic share at least
 * three, and at least 30 %, of that learning point's distinctive words: treating staffing in general
 * does not cover "bemanningsportaler" (lp. 3.5.4) unless the plan speaks of them.
 */
export function addressedTopics(
  plan: PlanLike,
  lang: PlanLanguage = 'nb',
  plantype?: string,
  learningPoints?: ReadonlyArray<{ locator: string; text: string }>,
  sector?: string | null,
): Array<{ id: string; learningPoints: readonly string[]; line: number; evidence: { line: number; text: string } }> {
  const out: Array<{ id: string; learningPoints: readonly string[]; line: number; evidence: { line: number; text: string } }> = [];
  const distinctive = learningPoints ? distinctiveStems(learningPoints) : undefined;
  for (const s of topicsAddressed(plan, lang, { plantype, sector })) {
    const places = s.places.filter((x) => x.how !== 'cited');
    const p = places.find((x) => x.how === 'heading') ?? places[0];
    if (!p) continue;
    let lps: readonly string[] = s.topic.learningPoints;
    if (distinctive) {
      const planStems = new Set<string>();
      for (const x of places) for (const st of stemsOf(sectionText(plan, x.start))) planStems.add(st);
      lps = s.topic.learningPoints.filter((lp, i) => {
        if (!learningPointInSector(lp, sector)) return false;
        if (i === 0) return true;
        const own = distinctive.get(lp);
        if (!own) return true;
        let n = 0;
        for (const st of own) if (planStems.has(st)) n++;
        return n >= Math.max(3, Math.ceil(own.size * 0.3));
      });
    }
    out.push({ id: s.topic.id, learningPoints: lps, line: p.line, evidence: { line: p.line, text: p.text } });
  }
  return out;
}
