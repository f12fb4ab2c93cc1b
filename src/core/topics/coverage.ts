/**
 * Which topics a plan addresses, how and where: by a heading that uses the
 * topic's vocabulary, by body text that uses it often enough, or by citing one
 * of its learning points. Used by the missing-topic rule and the coverage view.
 * Linear in the plan's length: one vocabulary pass over the text.
 */
import { VocabularyMatcher } from '../terms/vocabulary.js';
import { normaliseRanges, overlapsRanges } from '../terms/tokenize.js';
import { taxonomy, topicsFor, type PlanLanguage, type Taxonomy, type Topic } from './taxonomy.js';

/** The parts of the plan model this needs (core/plan's PlanModel satisfies it). */
export interface PlanLike {
  text: string;
  headings: ReadonlyArray<{ text: string; line: number; start?: number; end?: number; depth?: number }>;
  /** Citation groups (items with a parsed locator) or flat items. */
  citations?: ReadonlyArray<CitationLike | { items: ReadonlyArray<CitationLike>; start?: number }>;
  /** Ranges to ignore (code, front matter, link targets). */
  excluded?: ReadonlyArray<{ start: number; end: number }>;
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

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
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

/**
 * For each topic (the plan type's, unless given): is it addressed, how and where.
 * `lang` is the plan's language; vocabulary of both languages is recognised.
 */
export function topicsAddressed(plan: PlanLike, _lang: PlanLanguage = 'nb', options: TopicsAddressedOptions = {}): TopicStatus[] {
  const tax = options.taxonomy ?? taxonomy;
  const topics = options.topics ?? topicsFor(options.plantype, tax);
  const key = options.key ?? 'ks2021';
  const text = typeof plan?.text === 'string' ? plan.text : '';
  const starts = lineStarts(text);
  const line = (o: number) => (plan.lineCol ? plan.lineCol(o).line : lineOf(starts, o));

  // Headings by line, so a word on a heading line counts as a heading hit.
  const headingByLine = new Map<number, { text: string; start: number; end: number }>();
  for (const h of plan.headings ?? []) {
    const start = h.start ?? starts[h.line - 1] ?? 0;
    headingByLine.set(h.line, { text: h.text, start, end: h.end ?? start + h.text.length });
  }

  const byTopic = new Map<string, { heading: TopicPlace[]; text: TopicPlace[]; cited: TopicPlace[] }>();
  const bucket = (id: string) => {
    let b = byTopic.get(id);
    if (!b) byTopic.set(id, (b = { heading: [], text: [], cited: [] }));
    return b;
  };

  const excluded = normaliseRanges(plan.excluded ?? []);
  for (const hit of matcherFor(tax).find(text)) {
    if (excluded.length && overlapsRanges(excluded, hit.start, hit.start + 1)) continue;
    const ln = line(hit.start);
    const h = headingByLine.get(ln);
    if (h) bucket(hit.value).heading.push({ how: 'heading', line: ln, start: h.start, end: h.end, text: h.text });
    else bucket(hit.value).text.push({ how: 'text', line: ln, start: hit.start, end: hit.end, text: hit.text });
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
    const textOk = b.text.length >= Math.max(1, topic.minTextHits ?? 2);
    const places = [...b.cited, ...b.heading, ...(textOk ? b.text : [])].sort((x, y) => x.start - y.start);
    const how: CoverageHow | undefined = b.cited.length ? 'cited' : b.heading.length ? 'heading' : textOk ? 'text' : undefined;
    const first = how === 'cited' ? b.cited[0] : how === 'heading' ? b.heading[0] : how === 'text' ? b.text[0] : undefined;
    return { topic, covered: how !== undefined, how, line: first?.line, places };
  });
}

/** The topics of the plan type that the plan does not address. */
export function missingTopics(plan: PlanLike, plantype: string | undefined, lang: PlanLanguage = 'nb', ignore: readonly string[] = []): Topic[] {
  const skip = new Set(ignore);
  return topicsAddressed(plan, lang, { plantype })
    .filter((s) => !s.covered && !skip.has(s.topic.id))
    .map((s) => s.topic);
}

/**
 * Topics addressed by heading or text (not only by citation), in the shape the
 * coverage view takes (`how: 'topic'` for their learning points).
 */
export function addressedTopics(plan: PlanLike, lang: PlanLanguage = 'nb', plantype?: string): Array<{ id: string; learningPoints: readonly string[]; line: number }> {
  const out: Array<{ id: string; learningPoints: readonly string[]; line: number }> = [];
  for (const s of topicsAddressed(plan, lang, { plantype })) {
    const p = s.places.find((x) => x.how !== 'cited');
    if (p) out.push({ id: s.topic.id, learningPoints: s.topic.learningPoints, line: p.line });
  }
  return out;
}
