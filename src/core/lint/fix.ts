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
  const sorted = edits
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end)
    .sort((a, b) => a.start - b.start || a.end - b.end); // stable: equal inserts keep their order
  const parts: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue; // overlaps an edit already taken
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  if (!parts.length) return text;
  parts.push(text.slice(pos));
  return parts.join('');
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
  const candidates = messages.filter((m) => m.fix && (!wanted || wanted.has(m.ruleId))).sort((a, b) => a.start - b.start);
  for (const m of candidates) {
    const edits = m.fix!.edits.filter((e) => e.start >= 0 && e.end <= text.length && e.start <= e.end && text.slice(e.start, e.end) !== e.text);
    if (!edits.length) continue;
    // Within one fix, edits must not overlap each other either.
    const own = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let selfOverlap = false;
    for (let k = 1; k < own.length; k++) {
      const p = own[k - 1];
      const e = own[k];
      if (e.start < p.end || (e.start === e.end && p.start === p.end && p.start === e.start && p.text === e.text)) selfOverlap = true;
    }
    if (selfOverlap || own.some((e) => overlapsTaken(taken, e))) continue;
    for (const e of own) {
      // Insert after every taken edit at the same position (appends at the end usually).
      let i = taken.length;
      if (i && (taken[i - 1].start > e.start || (taken[i - 1].start === e.start && taken[i - 1].end > e.end))) {
        i = lowerBound(taken, e.start);
        while (i < taken.length && taken[i].start === e.start && taken[i].end <= e.end) i++;
      }
      taken.splice(i, 0, e);
    }
    applied++;
  }
  return { text: applyEdits(text, taken), applied };
}
