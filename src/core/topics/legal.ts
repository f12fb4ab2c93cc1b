/**
 * Forskrift om kommunal beredskapsplikt (resources/legal/beredskapsplikt.json):
 * the minimum content of an overall emergency plan (§ 4 a–e), the yearly
 * revision (§ 6) and the exercise interval (§ 7), as pure checks over a plan.
 */
import data from '../../../resources/legal/beredskapsplikt.json' with { type: 'json' };
import { VocabularyMatcher, type VocabularyHit } from '../terms/vocabulary.js';
import { carried, planChunks, type PlanModel } from '../plan/analyze.js';
import { normaliseRanges, overlapsRanges } from '../terms/tokenize.js';
import { blockWords, type PlanLike } from './coverage.js';
import type { PlanLanguage } from './taxonomy.js';
import { findRevisionLine, parseNorwegianDate } from '../plan/dates.js';
import { lineIndex, type LineIndex } from '../plan/lines.js';

export interface LocalText {
  nb: string;
  nn?: string;
  en: string;
}

export interface RequiredElement {
  letter: 'a' | 'b' | 'c' | 'd' | 'e';
  id: string;
  title: LocalText;
  summary: LocalText;
  /** Phrases (Bokmål and Nynorsk) that show the plan has the element; trailing * is a stem. */
  vocabulary: { nb: string[]; nn: string[] };
  /** Groups that must all be present (element d: evacuation AND warning the population). */
  requireAll?: string[][];
}

export interface Beredskapsplikt {
  regulation: { title: LocalText; reference: string; url: string; inForce: string; uncertain?: string };
  section4: { paragraph: string; title: LocalText; summary: LocalText; appliesTo: string[]; elements: RequiredElement[] };
  section6: { paragraph: string; title: LocalText; summary: LocalText; reviewIntervalMonths: number; uncertain?: string };
  section7: { paragraph: string; title: LocalText; summary: LocalText; exerciseIntervalMonths: number; uncertain?: string };
}

export const beredskapsplikt: Beredskapsplikt = data as unknown as Beredskapsplikt;

export interface ElementStatus {
  element: RequiredElement;
  present: boolean;
  /** For an element with parts (d): the parts found (index into requireAll). */
  partsFound: boolean[];
  /** 1-based line of the first place it is recognised. */
  line?: number;
}

let elementMatcher: VocabularyMatcher<string> | undefined;
let partMatchers: Map<string, VocabularyMatcher<number>> | undefined;

function matchers() {
  if (!elementMatcher || !partMatchers) {
    const els = beredskapsplikt.section4.elements;
    elementMatcher = new VocabularyMatcher(els.flatMap((e) => [...e.vocabulary.nb, ...e.vocabulary.nn].map((phrase) => ({ phrase, value: e.id }))));
    partMatchers = new Map();
    for (const e of els) {
      if (!e.requireAll?.length) continue;
      partMatchers.set(e.id, new VocabularyMatcher(e.requireAll.flatMap((group, i) => group.map((phrase) => ({ phrase, value: i })))));
    }
  }
  return { elementMatcher, partMatchers };
}

/** Whether the plan has each § 4 element, recognised in headings or text, Bokmål or Nynorsk. */
export function requiredElements(plan: Pick<PlanLike, 'text' | 'excluded' | 'blocks' | 'lineCol'>, _lang: PlanLanguage = 'nb'): ElementStatus[] {
  // A plan model reads it once per version, from its blocks' hits (kept by block text from one version to the next).
  if (isPlanModel(plan)) return plan.derived('topics:requiredElements', () => byChunks(plan) ?? elementsOf(plan, blockHits(plan)));
  const text = typeof plan?.text === 'string' ? plan.text : '';
  const { elementMatcher: em, partMatchers: pm } = matchers();
  const parts = new Map<string, VocabularyHit<number>[]>();
  for (const [id, m] of pm) parts.set(id, m.find(text));
  return elementsOf(plan, { elements: em.find(text), parts });
}

interface Hits {
  elements: VocabularyHit<string>[];
  parts: Map<string, VocabularyHit<number>[]>;
}

interface Memo {
  cur: Map<string, Hits>;
  prev?: Map<string, Hits>;
}

function isPlanModel(plan: object): plan is PlanModel {
  return typeof (plan as { derived?: unknown }).derived === 'function';
}

/** The vocabulary hits of every prose block, in document order. */
function blockHits(plan: PlanModel): Hits {
  const { elementMatcher: em, partMatchers: pm } = matchers();
  const memo = carried<Memo>(plan, 'topics:requiredElementBlocks', (prev) => ({ cur: new Map(), prev: prev?.cur }));
  const out: Hits = { elements: [], parts: new Map([...pm.keys()].map((id) => [id, []])) };
  const shift = <T>(h: VocabularyHit<T>, d: number): VocabularyHit<T> => ({ ...h, start: h.start + d, end: h.end + d });
  let lastEnd = -1;
  for (const b of plan.blocks) {
    if (b.start < lastEnd) continue;
    lastEnd = b.end;
    const body = plan.text.slice(b.start, b.end);
    let h = memo.cur.get(body) ?? memo.prev?.get(body);
    if (!h) {
      const toks = blockWords(plan, b.start, b.end, body);
      h = { elements: em.findInTokens(body, toks), parts: new Map([...pm].map(([id, m]) => [id, m.findInTokens(body, toks)])) };
    }
    memo.cur.set(body, h);
    for (const x of h.elements) out.elements.push(shift(x, b.start));
    for (const [id, list] of h.parts) for (const x of list) out.parts.get(id)!.push(shift(x, b.start));
  }
  return out;
}

/** What one chunk holds of the § 4 elements (outside its excluded ranges), relative to the chunk. */
interface ChunkElements {
  /** Each element's first hit. */
  first: Map<string, number>;
  /** Per element with parts: the parts found and the first hit of any. */
  parts: Map<string, { found: Set<number>; at: number }>;
}

/**
 * The elements from the chunks' own findings (`planChunks`), each kept with its
 * chunk, so a version reads only the chunks an edit made: the answer
 * `elementsOf` gives from every block's hits. Undefined when the plan was read whole.
 */
function byChunks(plan: PlanModel): ElementStatus[] | undefined {
  const chunks = planChunks(plan);
  if (!chunks) return undefined;
  const { elementMatcher: em, partMatchers: pm } = matchers();
  const first = new Map<string, number>();
  const parts = new Map<string, { found: Set<number>; at: number }>();
  for (let k = 0; k < chunks.length; k++) {
    const { facts, offset } = chunks[k];
    const memo = (facts.memo ??= new Map());
    let ce = memo.get('legal:elements') as ChunkElements | undefined;
    if (!ce) {
      ce = { first: new Map(), parts: new Map() };
      const excluded = normaliseRanges(facts.excluded);
      const keep = (o: number) => !overlapsRanges(excluded, o, o + 1);
      let lastEnd = -1;
      for (const rel of facts.blocks) {
        if (rel.start < lastEnd) continue;
        lastEnd = rel.end;
        const start = rel.start + offset;
        const end = rel.end + offset;
        const body = plan.text.slice(start, end);
        const toks = blockWords(plan, start, end, body);
        for (const h of em.findInTokens(body, toks)) if (!ce.first.has(h.value) && keep(h.start + rel.start)) ce.first.set(h.value, h.start + rel.start);
        for (const [id, m] of pm) {
          for (const h of m.findInTokens(body, toks)) {
            if (!keep(h.start + rel.start)) continue;
            let p = ce.parts.get(id);
            if (!p) ce.parts.set(id, (p = { found: new Set(), at: h.start + rel.start }));
            p.found.add(h.value);
          }
        }
      }
      memo.set('legal:elements', ce);
    }
    for (const [id, at] of ce.first) if (!first.has(id)) first.set(id, at + offset);
    for (const [id, p] of ce.parts) {
      const acc = parts.get(id);
      if (acc) for (const v of p.found) acc.found.add(v);
      else parts.set(id, { found: new Set(p.found), at: p.at + offset });
    }
  }
  const lineOf = (o: number) => plan.lineCol(o).line;
  return beredskapsplikt.section4.elements.map((element) => {
    if (element.requireAll?.length) {
      const p = parts.get(element.id);
      const found = element.requireAll.map((_, i) => !!p?.found.has(i));
      return { element, present: found.every(Boolean), partsFound: found, line: p === undefined ? undefined : lineOf(p.at) };
    }
    const at = first.get(element.id);
    return { element, present: at !== undefined, partsFound: [], line: at === undefined ? undefined : lineOf(at) };
  });
}

function elementsOf(plan: Pick<PlanLike, 'text' | 'excluded' | 'lineCol'>, hits: Hits): ElementStatus[] {
  const text = typeof plan?.text === 'string' ? plan.text : '';
  const excluded = normaliseRanges(plan.excluded ?? []);
  const keep = (o: number) => !overlapsRanges(excluded, o, o + 1);
  let lines: LineIndex | undefined;
  const lineOf = (o: number) => (plan.lineCol ? plan.lineCol(o).line : (lines ??= lineIndex(text)).lineCol(o).line);
  const first = new Map<string, number>();
  for (const h of hits.elements) if (!first.has(h.value) && keep(h.start)) first.set(h.value, h.start);
  return beredskapsplikt.section4.elements.map((element) => {
    if (element.requireAll?.length) {
      const found = element.requireAll.map(() => false);
      let at: number | undefined;
      for (const h of hits.parts.get(element.id) ?? []) {
        if (!keep(h.start)) continue;
        found[h.value] = true;
        at ??= h.start;
      }
      return { element, present: found.every(Boolean), partsFound: found, line: at === undefined ? undefined : lineOf(at) };
    }
    const at = first.get(element.id);
    return { element, present: at !== undefined, partsFound: [], line: at === undefined ? undefined : lineOf(at) };
  });
}

/** The § 4 elements an overall plan lacks (none for other plan types). */
export function requiredElementsMissing(plan: Pick<PlanLike, 'text' | 'excluded' | 'blocks' | 'lineCol'>, plantype: string | undefined, lang: PlanLanguage = 'nb'): ElementStatus[] {
  if (!plantype || !beredskapsplikt.section4.appliesTo.includes(plantype)) return [];
  return requiredElements(plan, lang).filter((s) => !s.present);
}

// ---------------------------------------------------------------- § 6 and § 7

/** Where a date was found: a front-matter key as written, or a line of the text ("Sist revidert | 4. mai 2026"). */
export interface DateSource {
  /** The front-matter key ("revidert", "sist-revidert", …), when the date is in the front matter. */
  key?: string;
  /** Offsets of the line or table row, when the date is in the text. */
  line?: { start: number; end: number };
}

export type ReviewFinding =
  | ({ kind: 'missing'; field: 'revidert' } & DateSource)
  | ({ kind: 'stale'; field: 'revidert' | 'sist-øvd'; date: string; limitMonths: number; age: Age; due: string } & DateSource)
  | ({ kind: 'future'; field: 'revidert' | 'sist-øvd'; date: string } & DateSource)
  | ({ kind: 'invalid'; field: 'revidert' | 'sist-øvd'; value: string } & DateSource);

export interface Age {
  years: number;
  months: number;
  days: number;
  /** Whole days in all. */
  totalDays: number;
}

function parseIso(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parseNorwegianDate(s) ?? s.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : undefined;
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `d` plus `months` calendar months (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

/** Calendar difference from `from` to `to` (to ≥ from), in years, months and days. */
export function ageBetween(from: Date, to: Date): Age {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (addMonths(from, months) > to) months--;
  const anchor = addMonths(from, months);
  const days = Math.round((Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()) - anchor.getTime()) / 86_400_000);
  const totalDays = Math.round((Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()) - from.getTime()) / 86_400_000);
  return { years: Math.floor(months / 12), months: months % 12, days, totalDays };
}

function asDateString(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return toIso(v);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

function check(field: 'revidert' | 'sist-øvd', raw: unknown, limitMonths: number, now: Date): ReviewFinding | undefined {
  const s = asDateString(raw);
  const d = s === undefined ? undefined : parseIso(s);
  if (!d) return { kind: 'invalid', field, value: s ?? String(raw) };
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  if (d > today) return { kind: 'future', field, date: toIso(d) };
  const due = addMonths(d, limitMonths);
  if (due < today) return { kind: 'stale', field, date: toIso(d), limitMonths, age: ageBetween(d, today), due: toIso(due) };
  return undefined;
}

/** The parts of the parsed front matter the review check reads (core/plan's FrontMatter satisfies it). */
export interface ReviewFrontMatter {
  end?: number;
  data?: Record<string, unknown>;
  revidert?: string;
  revidertKey?: string;
  sistOvd?: string;
  sistOvdKey?: string;
  issues?: ReadonlyArray<{ key?: string }>;
}

/**
 * The plan's review status from its parsed front matter, Norwegian date formats
 * and key variants included (`sist-revidert: 4. mai 2026`), with a "Sist
 * revidert"/"Revidert" line or table row in the text as the fallback. A date
 * the writer gave but that cannot be read is `invalid`, never `missing`.
 */
export function reviewStatusOf(fm: ReviewFrontMatter, text: string, now: Date): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  const bad = new Set((fm.issues ?? []).map((i) => i.key).filter(Boolean));
  const limit6 = beredskapsplikt.section6.reviewIntervalMonths;
  const limit7 = beredskapsplikt.section7.exerciseIntervalMonths;
  if (fm.revidert) {
    const f = check('revidert', fm.revidert, limit6, now);
    if (f) out.push({ ...f, key: fm.revidertKey ?? 'revidert' });
  } else {
    const badKey = [...bad].find((k) => k && /revid|revisjon|oppdatert/i.test(k));
    const row = findRevisionLine(text, fm.end ?? 0);
    if (row) {
      const f = check('revidert', row.date, limit6, now);
      if (f) out.push({ ...f, line: { start: row.start, end: row.end } });
    } else if (badKey) out.push({ kind: 'invalid', field: 'revidert', value: String(fm.data?.[badKey] ?? ''), key: badKey });
    else out.push({ kind: 'missing', field: 'revidert' });
  }
  if (fm.sistOvd) {
    const f = check('sist-øvd', fm.sistOvd, limit7, now);
    if (f) out.push({ ...f, key: fm.sistOvdKey ?? 'sist-øvd' });
  }
  return out;
}

/**
 * The plan's review status under § 6 (revision at least yearly) and § 7
 * (exercise at least every second year), from its front matter values as
 * written (strings or YAML dates). `now` is passed in: no hidden clock.
 */
export function reviewStatus(frontmatter: { revidert?: unknown; 'sist-øvd'?: unknown; sistOvd?: unknown } | undefined, now: Date): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  const fm = frontmatter ?? {};
  const rev = fm.revidert;
  if (rev === undefined || rev === null || rev === '') out.push({ kind: 'missing', field: 'revidert' });
  else {
    const f = check('revidert', rev, beredskapsplikt.section6.reviewIntervalMonths, now);
    if (f) out.push(f);
  }
  const ex = fm['sist-øvd'] ?? fm.sistOvd;
  if (ex !== undefined && ex !== null && ex !== '') {
    const f = check('sist-øvd', ex, beredskapsplikt.section7.exerciseIntervalMonths, now);
    if (f) out.push(f);
  }
  return out;
}
