/** Applying fixes: one fix, or every fix in a file at once. */
import type { Fix, LintMessage, TextEdit } from './types.js';

/** Applies one fix's edits (non-overlapping; applied from the end so offsets stay valid). */
export function applyFix(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlaps an edit already applied
    if (e.start < 0 || e.end > text.length || e.start > e.end) continue;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/**
 * Applies the preferred fix of every message (optionally only of `ruleIds`),
 * skipping fixes whose edits overlap one already taken and edits that change
 * nothing. Applying the result's fixes again changes nothing the second time,
 * because each fix replaces the flagged text with text the rule accepts.
 */
export function fixAll(text: string, messages: readonly LintMessage[], ruleIds?: readonly string[]): { text: string; applied: number } {
  const taken: TextEdit[] = [];
  let applied = 0;
  const wanted = ruleIds ? new Set(ruleIds) : undefined;
  const candidates = messages.filter((m) => m.fix && (!wanted || wanted.has(m.ruleId))).sort((a, b) => a.start - b.start);
  for (const m of candidates) {
    const edits = m.fix!.edits.filter((e) => text.slice(e.start, e.end) !== e.text);
    if (!edits.length) continue;
    const overlaps = edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start && t.start === t.end)));
    if (overlaps) continue;
    taken.push(...edits);
    applied++;
  }
  return { text: applyEdits(text, taken), applied };
}
