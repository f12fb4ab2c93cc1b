/** What a sentence cites: resolved citations and the passages behind them (with footnotes). */
import { resolveCitation } from '../cite/resolve.js';
import type { CitationGroup } from '../cite/types.js';
import type { Finding } from '../model.js';
import type { LintContext } from './context.js';

export interface CitedPassage {
  /** The cited finding. */
  finding: Finding;
  /** The finding plus its footnotes (and, for a section, its direct findings). */
  passages: Finding[];
}

const MAX_SECTION_FINDINGS = 60;

/** The finding plus the findings it leans on: its footnotes, and for a section its own findings. */
export function passagesOf(ctx: LintContext, finding: Finding): Finding[] {
  const out: Finding[] = [finding];
  const seen = new Set([finding.locator]);
  const add = (f: Finding | undefined) => {
    if (f && !seen.has(f.locator)) {
      seen.add(f.locator);
      out.push(f);
    }
  };
  const src = ctx.sources.get(finding.citation.slice(2, finding.citation.indexOf(','))) ?? ctx.report;
  const footnotesOf = (f: Finding) => {
    for (const n of f.footnotes ?? []) {
      try {
        add(src.get(`fn. ${n}`));
      } catch {
        /* unknown footnote: skip */
      }
    }
  };
  footnotesOf(finding);
  if (finding.kind === 'section' && src.section) {
    try {
      const sec = src.section(finding.section);
      for (const loc of (sec?.findings ?? []).slice(0, MAX_SECTION_FINDINGS)) {
        const f = src.get(loc);
        add(f);
        if (f) footnotesOf(f);
      }
    } catch {
      /* no section: the finding alone */
    }
  }
  return out;
}

/** Citation groups overlapping [start, end) that resolve, with their passages. */
/** Most findings of one page or range citation that the checks read. */
const MAX_RANGE_FINDINGS = 60;

export function citedIn(ctx: LintContext, start: number, end: number): { group: CitationGroup; cited: CitedPassage[] }[] {
  const out: { group: CitationGroup; cited: CitedPassage[] }[] = [];
  for (const group of ctx.plan.citationsIn(start, end)) {
    const cited: CitedPassage[] = [];
    for (const item of group.items) {
      const r = resolveCitation(item, ctx.sources);
      // A page or a range cites every finding in it.
      if (r.status === 'ok') for (const f of (r.findings ?? [r.finding]).slice(0, MAX_RANGE_FINDINGS)) cited.push({ finding: f, passages: passagesOf(ctx, f) });
    }
    out.push({ group, cited });
  }
  return out;
}

/**
 * The citations a quote at [qStart, qEnd) leans on, inside the sentence range
 * [from, to): the first citation after the quote, else the last one before it.
 * Binary search, so many quotes in one long paragraph stay linear overall.
 */
export function citedNear(ctx: LintContext, qStart: number, qEnd: number, from: number, to: number): CitedPassage[] {
  const cs = ctx.plan.citations;
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid].start < qEnd) lo = mid + 1;
    else hi = mid;
  }
  const candidates: CitationGroup[] = [];
  if (lo < cs.length && cs[lo].start < to) candidates.push(cs[lo]);
  else if (lo > 0 && cs[lo - 1].end <= qStart && cs[lo - 1].start >= from) candidates.push(cs[lo - 1]);
  const out: CitedPassage[] = [];
  for (const group of candidates) {
    for (const item of group.items) {
      const r = resolveCitation(item, ctx.sources);
      if (r.status === 'ok') for (const f of (r.findings ?? [r.finding]).slice(0, MAX_RANGE_FINDINGS)) out.push({ finding: f, passages: passagesOf(ctx, f) });
    }
  }
  return out;
}
