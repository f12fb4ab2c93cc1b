/**
 * Quotations in a plan's prose blocks, for the rules. The marks and where a
 * quote ends are decided by the one quote finder (../plan/quotes.ts), which the
 * outdated-term search uses too, so the rules agree on what is quoted.
 */
import type { PlanModel } from '../plan/analyze.js';
import { scanQuotes, type Quote } from '../plan/quotes.js';
import { firstEndingAfter } from '../plan/ranges.js';

export type { Quote } from '../plan/quotes.js';

/** Quotes inside the plan's prose blocks (never across blocks, never inside code or HTML). */
export function findQuotes(plan: PlanModel): Quote[] {
  const out: Quote[] = [];
  let lastEnd = -1;
  for (const b of plan.blocks) {
    if (b.start < lastEnd) continue; // blocks do not nest; guard anyway
    lastEnd = b.end;
    for (const q of quotesIn(plan, b.start, b.end)) out.push(q);
  }
  return out;
}

/** Quotes inside the prose block [start, end), minus those overlapping code spans or HTML. */
export function quotesIn(plan: PlanModel, start: number, end: number): Quote[] {
  const ex = plan.excluded;
  let k = firstEndingAfter(ex, start);
  const out: Quote[] = [];
  for (const q of scanQuotes(plan.text, start, end)) {
    while (k < ex.length && ex[k].end <= q.start) k++;
    let overlaps = false;
    for (let j = k; j < ex.length && ex[j].start < q.end; j++) {
      if (q.start < ex[j].end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) out.push(q);
  }
  return out;
}
