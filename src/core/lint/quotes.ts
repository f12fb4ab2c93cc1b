/** Quotations in plan prose: «…», “…”, „…“, "…", ‘…’. */
import type { PlanModel } from '../plan/analyze.js';

export interface Quote {
  /** Range of the whole quote, marks included. */
  start: number;
  end: number;
  /** Range of the text between the marks. */
  innerStart: number;
  innerEnd: number;
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"', '‘': '’' };
const MAX_QUOTE = 3000;

/** Quotes inside the plan's prose blocks (never across blocks, never inside code). */
export function findQuotes(plan: PlanModel): Quote[] {
  const out: Quote[] = [];
  const text = plan.text;
  let ex = 0;
  for (const b of plan.blocks) {
    let i = b.start;
    while (i < b.end) {
      const open = text[i];
      const close = PAIRS[open];
      if (!close) {
        i++;
        continue;
      }
      // A straight or single quote opens only at a word start.
      if ((open === '"' || open === '‘') && i > b.start && /[\p{L}\p{N}]/u.test(text[i - 1])) {
        i++;
        continue;
      }
      const limit = Math.min(b.end, i + MAX_QUOTE);
      let j = i + 1;
      while (j < limit && text[j] !== close) j++;
      if (j >= limit) {
        i++;
        continue;
      }
      // Skip quotes that sit in excluded ranges (code spans, HTML).
      while (ex < plan.excluded.length && plan.excluded[ex].end <= i) ex++;
      const inExcluded = ex < plan.excluded.length && plan.excluded[ex].start < j + 1 && i < plan.excluded[ex].end;
      if (!inExcluded) out.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j });
      i = j + 1;
    }
  }
  return out;
}
