/**
 * Per-block rule results, carried from one plan version to the next.
 *
 * A block rule (the citation checks, misquote, number-mismatch,
 * uncited-claim, outdated-term) reads one prose block at a time: its text, the
 * citations and sentences in it, and the lint context. Its findings for a block
 * are kept with the plan version, relative to the block, keyed by the block's
 * text (with its citation spans and whatever else the rule names) and by the
 * context they depend on (options, UI language, sources, search). The next
 * version (`analyzePlan(text, previous)`) starts from them: a one-character
 * edit recomputes the touched block only. Only the blocks of the current
 * version are kept, so nothing grows with the edit history; a fresh plan (the
 * CLI, a one-shot lint) starts empty, so nothing is reused across documents.
 *
 * A document-wide budget (searches for suggestions) is part of the key where a
 * block ran short of it, so the result is always the one a fresh lint gives.
 */
import { carried, chunkSpanKey } from '../plan/analyze.js';
import type { CitationGroup } from '../cite/types.js';
import type { Sentence } from '../plan/sentences.js';
import type { LintContext, ReportInput } from './context.js';
import type { Report } from './rule.js';
import type { Fix } from './types.js';
import { firstEndingAfter } from '../plan/ranges.js';

export interface BlockUnit {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading' | 'cell' | 'rest';
  /** Sentences inside the block. */
  sentences: Sentence[];
  /** Citation groups overlapping the block. */
  groups: CitationGroup[];
  /** The block's cache key and the offset its findings are kept relative to (made once per version, shared by the rules). */
  id?: { key: string; base: number };
}

/** A document-wide allowance (e.g. searches for suggestions), spent in document order. */
export interface Budget {
  /** True (and one spent) while some is left. */
  take(): boolean;
}

interface Entry {
  out: ReportInput[];
  used: number;
  /** The allowance ran out inside the block: the result holds only for the same allowance. */
  short: boolean;
  left: number;
}

interface Store {
  cur: Map<string, Entry>;
  prev?: Map<string, Entry>;
}

/** The stores made for each plan version (for `blockCacheSizes`). */
const storesOf = new WeakMap<object, Store[]>();

/** How many block results each rule keeps for this plan version (tests: bounded by the blocks). */
export function blockCacheSizes(plan: object): number[] {
  return (storesOf.get(plan) ?? []).map((s) => s.cur.size);
}

const ids = new WeakMap<object, number>();
let nextId = 1;
function idOf(o: object | undefined): number {
  if (!o) return 0;
  let id = ids.get(o);
  if (!id) ids.set(o, (id = nextId++));
  return id;
}

/** What a block's findings depend on besides the block: options, language, sources, search. */
function contextKey(ctx: LintContext, extra: string): string {
  const sources = [...ctx.sources].map(([k, s]) => `${k}=${idOf(s)}`).join(',');
  return `${ctx.uiLanguage}|${JSON.stringify(ctx.options)}|${idOf(ctx.report)}|${sources}|${idOf(ctx.search)}|${extra}`;
}

const shiftFix = (f: Fix, d: number): Fix => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + d, end: e.end + d })) });

function shift(m: ReportInput, d: number): ReportInput {
  const out: ReportInput = { ...m, start: m.start + d, end: m.end + d };
  if (m.fix) out.fix = shiftFix(m.fix, d);
  if (m.suggestions) out.suggestions = m.suggestions.map((f) => shiftFix(f, d));
  return out;
}

/** The plan's chunk-span namer (once per version). */
export function spanKeyOf(ctx: LintContext): ((from: number, to: number) => string) | undefined {
  return ctx.plan.derived('lint:spanKey', (p) => chunkSpanKey(p));
}

/** The plan's prose blocks with their sentences and citations, plus one unit for citations outside any block. */
export function blockUnits(ctx: LintContext): BlockUnit[] {
  return ctx.plan.derived('lint:blockUnits', (plan) => {
    const units: BlockUnit[] = [];
    const sentences = plan.sentences;
    const groups = plan.citations;
    let si = 0;
    let gi = 0;
    let lastEnd = -1;
    const rest: CitationGroup[] = [];
    for (const b of plan.blocks) {
      if (b.start < lastEnd) continue;
      lastEnd = b.end;
      while (gi < groups.length && groups[gi].end <= b.start) rest.push(groups[gi++]);
      const u: BlockUnit = { start: b.start, end: b.end, kind: b.kind, sentences: [], groups: [] };
      while (si < sentences.length && sentences[si].end <= b.start) si++;
      for (let k = si; k < sentences.length && sentences[k].start < b.end; k++) u.sentences.push(sentences[k]);
      for (let k = gi; k < groups.length && groups[k].start < b.end; k++) u.groups.push(groups[k]);
      gi += u.groups.length;
      units.push(u);
    }
    while (gi < groups.length) rest.push(groups[gi++]);
    if (rest.length) units.push({ start: 0, end: 0, kind: 'rest', sentences: [], groups: rest });
    return units;
  });
}

/**
 * The key of a block: its text (with the citations reaching out of it) and
 * where its citations and excluded ranges lie; where the plan was read chunk by
 * chunk, the chunks it lies in stand for all of that (`chunkSpanKey`).
 */
function unitKey(ctx: LintContext, u: BlockUnit): { key: string; base: number } {
  if (u.kind === 'rest') return { key: '', base: 0 };
  const text = ctx.text;
  const excluded = ctx.plan.excluded;
  let from = u.start;
  let to = u.end;
  for (const g of u.groups) {
    if (g.start < from) from = g.start;
    if (g.end > to) to = g.end;
  }
  const span = spanKeyOf(ctx);
  if (span) return { key: `${u.kind}|${u.start - from}|${u.end - from}|${span(from, to)}`, base: from };
  let spans = '';
  for (const g of u.groups) spans += `${g.start - from}-${g.end - from},`;
  // Code spans, HTML, links (an image reference depends on a definition elsewhere in a whole parse).
  spans += '|';
  for (let k = firstEndingAfter(excluded, from); k < excluded.length && excluded[k].start < to; k++) spans += `${excluded[k].start - from}-${excluded[k].end - from},`;
  return { key: `${u.kind}|${u.start - from}|${u.end - from}|${spans}|${text.slice(from, to)}`, base: from };
}

/** One rule's block results for this version, read by key (see `perBlock`). */
export interface BlockStore {
  /** True when an earlier version left results to reuse. */
  readonly warm: boolean;
  key(u: BlockUnit): { key: string; base: number };
  get(key: string): ReportInput[] | undefined;
  set(key: string, base: number, found: readonly ReportInput[]): void;
}

function storeFor(ctx: LintContext, ruleId: string, extra: string): Store {
  return carried<Store>(ctx.plan, `lint:${ruleId}:${contextKey(ctx, extra)}`, (prev) => {
    const s: Store = { cur: new Map(), prev: prev?.cur };
    const list = storesOf.get(ctx.plan) ?? [];
    list.push(s);
    storesOf.set(ctx.plan, list);
    return s;
  });
}

/** Direct access to a rule's block results, for rules that fill them their own way (outdated-term). */
export function blockStore(ctx: LintContext, ruleId: string, extra = ''): BlockStore {
  const store = storeFor(ctx, ruleId, extra);
  return {
    warm: !!store.prev?.size,
    key: (u) => (u.id ??= unitKey(ctx, u)),
    get(key) {
      const hit = store.cur.get(key) ?? store.prev?.get(key);
      if (hit) store.cur.set(key, hit);
      return hit?.out;
    },
    set(key, base, found) {
      store.cur.set(key, { out: found.map((m) => shift(m, -base)), used: 0, short: false, left: Infinity });
    },
  };
}

/** A block's findings at their place in this version. */
export function placed(found: readonly ReportInput[], base: number): ReportInput[] {
  return found.map((m) => shift(m, base));
}

/**
 * Runs `check` on each block, or replays its findings from the previous
 * version where the block and the context are unchanged. `extra` names
 * whatever else `check` depends on; `budget` is a document-wide allowance.
 * Citations outside any block form one more unit, never cached.
 */
export function perBlock(
  ctx: LintContext,
  ruleId: string,
  report: Report,
  check: (unit: BlockUnit, report: Report, budget: Budget) => void,
  opts: { budget?: number; extra?: string; skip?: (u: BlockUnit) => boolean } = {},
): void {
  const store = storeFor(ctx, ruleId, opts.extra ?? '');
  let left = opts.budget ?? Infinity;
  const text = ctx.text;
  for (const u of blockUnits(ctx)) {
    if (opts.skip?.(u)) continue;
    if (u.kind === 'rest') {
      check(u, report, { take: () => (left > 0 ? (left--, true) : false) });
      continue;
    }
    const { key, base } = (u.id ??= unitKey(ctx, u));
    const hit = store.cur.get(key) ?? store.prev?.get(key);
    if (hit && (hit.short ? hit.left === left : left >= hit.used)) {
      store.cur.set(key, hit);
      for (const m of hit.out) report(shift(m, base));
      left -= hit.used;
      continue;
    }
    const entry: Entry = { out: [], used: 0, short: false, left };
    check(u, (m) => {
      entry.out.push(shift(m, -base));
      report(m);
    }, {
      take: () => {
        if (left > 0) {
          left--;
          entry.used++;
          return true;
        }
        entry.short = true;
        return false;
      },
    });
    store.cur.set(key, entry);
  }
}
