/**
 * outdated-term: a renamed institution, title or county (Fylkesmannen,
 * rådmann, helsesøster, Direktoratet for e-helse, Viken, …) in any inflection
 * or compound, Bokmål and Nynorsk. Fix: the new name in the same inflection
 * and case, in the plan's language; counties offer each successor.
 * The table and its sources: resources/terms/outdated-terms.json.
 */
import { describeOutdated, findOutdatedTerms, fixTitle, normaliseRanges, overlapsRanges, quoteRanges, type OutdatedMatch } from '../../terms/index.js';
import { blockStore, blockUnits, placed, spanKeyOf } from '../units.js';
import { rangesByChunk } from '../../plan/analyze.js';
import type { ReportInput } from '../context.js';
import type { Fix } from '../types.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';
import { firstEndingAfter } from '../../plan/ranges.js';

export const meta: RuleMeta = ruleMeta('outdated-term')!;

function stringList(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : [];
}

/** Characters either side of a block that the term search reads (historical sentences, "nå …" glosses, exceptions). */
const MARGIN = 410;
/** Words before a block the search reads at least ("tidligere Hedmark og …"). */
const WORDS_BEFORE = 6;
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;
/** A letter, mark or digit (the term search's word characters); ASCII without a regular expression. */
function wordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_RE.test(text[i]);
}

/** The window of text the term search reads for the block [start, end): whole words, a margin either side. */
function windowOf(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - MARGIN);
  let k = start;
  for (let n = 0; n < WORDS_BEFORE && k > 0; n++) {
    while (k > 0 && !wordAt(text, k - 1)) k--;
    while (k > 0 && wordAt(text, k - 1)) k--;
  }
  from = Math.max(0, Math.min(from, k - 2));
  while (from > 0 && wordAt(text, from - 1)) from--;
  let to = Math.min(text.length, end + MARGIN);
  while (to < text.length && wordAt(text, to)) to++;
  return { from, to };
}

/** Ranges of `rs` (sorted) overlapping [from, to), relative to `from`. */
function within(rs: ReadonlyArray<{ start: number; end: number }>, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let k = firstEndingAfter(rs, from); k < rs.length && rs[k].start < to; k++) out.push({ start: rs[k].start - from, end: rs[k].end - from });
  return out;
}

export function check(ctx: LintContext, report: Report): void {
  const plan = ctx.plan;
  const text = ctx.text;
  const skipQuotes = ctx.options.skipQuotes !== false;
  const ignore = stringList(ctx.options.ignore);
  // Prose only: paragraphs, headings and table cells, minus code spans, HTML and link targets.
  const ranges = plan.blocks.map((b) => ({ start: b.start, end: b.end }));
  const excluded = normaliseRanges(plan.excluded);
  // A heading with in-file links to it ("[…](#slug)"): renaming a word in it would break them,
  // so there the new name is a suggestion, never part of "fix all".
  const hasAnchorLinks = plan.derived('lint:anchorLinks', (p) => /\]\(#[^)\s]+\)|\]:\s*#\S+/.test(p.text));
  const findings = (m: OutdatedMatch, inHeading: boolean): ReportInput => {
    const fixes: Fix[] = m.replacements.map((r) => ({ title: fixTitle(r, ctx.uiLanguage), edits: [{ start: m.start, end: m.end, text: r }] }));
    // A word holding the old term twice ("helsesøsterhelsesøster…") is fixed one part at a
    // time; when the replacement would still be flagged, offer it but leave it out of
    // "fix all", so fix all applied to its own result changes nothing.
    const single = fixes.length === 1 && findOutdatedTerms(m.replacements[0], { lang: plan.language }).length === 0 && !(hasAnchorLinks && inHeading);
    return {
      start: m.start,
      end: m.end,
      message: describeOutdated(m, ctx.uiLanguage),
      evidence: [],
      // One successor: the fix ("fix all" applies it). Several (a split county): a choice, never applied blindly.
      ...(single ? { fix: fixes[0] } : { suggestions: fixes }),
    };
  };
  const prose = (m: OutdatedMatch) => !overlapsRanges(excluded, m.start, m.end);
  const options = { lang: plan.language, skipQuotes, ignore };

  if (plan.degraded && !ranges.length) {
    // No blocks known (a light reading of huge input): the whole text.
    for (const m of findOutdatedTerms(text, options)) if (prose(m)) report(findings(m, false));
    return;
  }
  // Quotes never run past a blank line: found chunk by chunk, the unchanged chunks' kept from the previous version.
  const quotes = skipQuotes ? rangesByChunk(plan, 'quotes', quoteRanges) : [];
  const units = blockUnits(ctx).filter((u) => u.kind !== 'rest');
  const store = blockStore(ctx, meta.id, `${plan.language}|${hasAnchorLinks}`);
  const spans = (rs: Array<{ start: number; end: number }>) => rs.map((r) => `${r.start}-${r.end}`).join(',');
  // A block's findings depend on the text around it too: its key holds the window the search reads.
  const span = spanKeyOf(ctx);
  const keys = units.map((u) => {
    const k = store.key(u);
    const { from, to } = windowOf(text, u.start, u.end);
    // The chunks the window lies in stand for its text, blocks and quotes; else the text itself.
    const around = span ? span(from, to) : `${spans(within(ranges, from, to))}|${spans(within(quotes, from, to))}|${text.slice(from, to)}`;
    return { key: `${k.key}|${from - k.base}|${around}`, base: k.base };
  });
  const known = keys.map((k) => store.get(k.key));
  if (!store.warm && known.every((k) => !k)) {
    // A first lint: one pass over the text, its findings filed by block for the next version.
    const all = findOutdatedTerms(text, { ...options, ranges, quotes });
    let i = 0;
    units.forEach((u, k) => {
      const found: ReportInput[] = [];
      while (i < all.length && all[i].start < u.start) i++;
      for (; i < all.length && all[i].start < u.end; i++) if (prose(all[i])) found.push(findings(all[i], u.kind === 'heading'));
      for (const f of found) report(f);
      store.set(keys[k].key, keys[k].base, found);
    });
    return;
  }
  units.forEach((u, k) => {
    const hit = known[k];
    if (hit) {
      for (const f of placed(hit, keys[k].base)) report(f);
      return;
    }
    // Only this block: the window around it, with the document's blocks and quotes there.
    const { from, to } = windowOf(text, u.start, u.end);
    const found: ReportInput[] = [];
    const local = findOutdatedTerms(text.slice(from, to), { ...options, ranges: within(ranges, from, to), quotes: within(quotes, from, to) });
    for (const m of local) {
      const at = { ...m, start: m.start + from, end: m.end + from };
      if (at.start < u.start || at.start >= u.end) continue;
      if (prose(at)) found.push(findings(at, u.kind === 'heading'));
    }
    for (const f of found) report(f);
    store.set(keys[k].key, keys[k].base, found);
  });
}

export default { meta, check } satisfies RuleModule;
