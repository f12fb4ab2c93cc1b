/** Applying fixes: one fix, or every fix in a file at once. */
import type { Fix, LintMessage, TextEdit } from './types.js';

/** Applies one fix's edits (non-overlapping; an edit overlapping an earlier one is skipped). */
export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

/**
 * Splices `edits` into `text` in one left-to-right pass (O(n log n) in the
 * number of edits, linear in the text). Edits are taken in order of position;
 * inserts at the same offset keep their order in `edits`; an edit that
 * overlaps one already taken, or lies outside the text, is skipped.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const valid = edits.filter((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end);
  let ordered = true;
  for (let i = 1; i < valid.length && ordered; i++) ordered = byPosition(valid[i - 1], valid[i]) <= 0;
  return splice(text, ordered ? valid : valid.sort(byPosition)); // stable: equal inserts keep their order
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

/** Splices edits sorted by position into `text`, skipping any that overlap one taken before. */
function splice(text: string, sorted: readonly TextEdit[]): string {
  if (!sorted.length) return text;
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue; // overlaps an edit already taken
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** First index in `taken` (sorted by start, then end) whose start is ≥ `start`. */
function lowerBound(taken: readonly TextEdit[], start: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `e` overlaps an edit in `taken` (sorted, pairwise non-overlapping):
 * ranges sharing more than an end point, or the same text inserted twice at
 * one offset. Different inserts at one offset (several sections appended at
 * the end of the plan) do not overlap: they go in one after the other, in
 * message order, so one fix-all adds them all.
 * Only the neighbours of its insertion point can overlap it.
 */
function overlapsTaken(taken: readonly TextEdit[], e: TextEdit): boolean {
  const i = lowerBound(taken, e.start);
  // Edits starting at or after e.start: the first few may overlap (several inserts/ranges at e.start).
  for (let j = i; j < taken.length && taken[j].start <= e.end; j++) {
    const t = taken[j];
    if (e.start < t.end && t.start < e.end) return true;
    if (e.start === e.end && t.start === t.end && t.start === e.start && t.text === e.text) return true;
  }
  // The edit just before: non-overlapping neighbours mean only it can reach past e.start.
  if (i > 0) {
    const t = taken[i - 1];
    if (e.start < t.end && t.start < e.end) return true;
  }
  return false;
}

/** Whether an insert with `e`'s text is already taken at `e`'s offset. */
function sameInsertTaken(taken: readonly TextEdit[], e: TextEdit): boolean {
  for (let j = lowerBound(taken, e.start); j < taken.length && taken[j].start === e.start; j++) {
    if (taken[j].end === e.start && taken[j].text === e.text) return true;
  }
  return false;
}

/**
 * Applies the preferred fix of every message (optionally only of `ruleIds`),
 * skipping fixes whose edits overlap one already taken and edits that change
 * nothing. Several different inserts at the same offset are all taken, in
 * message order (missing-topic and missing-required-section each append a
 * section at the end; taking only the first left the rest for a second run).
 * Applying the result's fixes again changes nothing the second time, because
 * each fix replaces the flagged text with text the rule accepts.
 * O(n log n) in the number of fixes: taken edits stay sorted, each new edit is
 * checked against its neighbours only, and the result is built in one pass.
 */
export function fixAll(text: string, messages: readonly LintMessage[], ruleIds?: readonly string[]): { text: string; applied: number } {
  const taken: TextEdit[] = [];
  let applied = 0;
  const wanted = ruleIds ? new Set(ruleIds) : undefined;
  // Messages come sorted from the engine: copy and sort only when they are not.
  let sortedByStart = true;
  for (let i = 1; i < messages.length && sortedByStart; i++) sortedByStart = messages[i - 1].start <= messages[i].start;
  const candidates = sortedByStart ? messages : [...messages].sort((a, b) => a.start - b.start);
  const changes = (e: TextEdit) =>
    e.start >= 0 && e.end <= text.length && e.start <= e.end && !(e.end - e.start === e.text.length && text.startsWith(e.text, e.start));
  const take = (e: TextEdit) => {
    // Keep `taken` sorted; an edit after every one taken (the usual case) is a push.
    let i = taken.length;
    if (i && (taken[i - 1].start > e.start || (taken[i - 1].start === e.start && taken[i - 1].end > e.end))) {
      i = lowerBound(taken, e.start);
      while (i < taken.length && taken[i].start === e.start && taken[i].end <= e.end) i++;
      taken.splice(i, 0, e);
    } else taken.push(e);
  };
  for (const m of candidates) {
    if (!m.fix || (wanted && !wanted.has(m.ruleId))) continue;
    const all = m.fix.edits;
    if (all.length === 1) {
      // The common case: one edit, no allocation.
      const e = all[0];
      if (!changes(e) || overlapsTaken(taken, e)) continue;
      take(e);
      applied++;
      continue;
    }
    const own = all.filter(changes).sort(byPosition);
    if (!own.length) continue;
    // Within one fix, edits must not overlap each other either.
    let selfOverlap = false;
    for (let k = 1; k < own.length; k++) {
      const p = own[k - 1];
      const e = own[k];
      if (e.start < p.end || (e.start === e.end && p.start === p.end && p.start === e.start && p.text === e.text)) selfOverlap = true;
    }
    if (selfOverlap) continue;
    // An insert identical to one already taken at the same place is already there (the closing fence
    // that every section added at the end of a plan starts with): the fix's other edits still go in.
    const fresh = own.filter((e) => !(e.start === e.end && sameInsertTaken(taken, e)));
    if (!fresh.length || fresh.some((e) => overlapsTaken(taken, e))) continue;
    for (const e of fresh) take(e);
    applied++;
  }
  return { text: splice(text, taken), applied };
}
