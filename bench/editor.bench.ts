/**
 * Hover and completion on generated plans through the editor-independent core
 * (src/core/editor), as the VS Code providers call it:
 * - hover on citations (the plan model is cached per document version, as in
 *   the extension's PlanCache), p95 over every citation sampled across the plan;
 * - evidence hover on headings (search-backed);
 * - completion right after `[@`, with the plan cached, and as a keystroke costs in
 *   the extension: a letter typed after `[@`, the new version analysed from the
 *   previous one (bench/version.ts), then the items (target < 20 ms at 300 KB);
 * - growth 1 MB / 100 KB for hover and completion.
 */
import type { PlanModel } from '../src/core/plan/index.js';
import { citationHover, evidenceHover, completionContextAt, completionItems } from '../src/core/editor/index.js';
import { loadReportIndex } from '../src/node/resources.js';
import { loadSearch } from '../src/node/search.js';
import { generatePlan, SIZES, type SizeName } from './gen.js';
import { nextVersion, type Version } from './version.js';
import { timeEach, limitRow, growthRow, summarize, type BenchRow, type Timing } from './lib.js';

/** Up to `n` items spread evenly over `xs`. */
function spread<T>(xs: readonly T[], n: number): T[] {
  if (xs.length <= n) return [...xs];
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]);
}

export default async function editorBench(): Promise<BenchRow[]> {
  const [report, search] = await Promise.all([loadReportIndex(), loadSearch()]);
  const rows: BenchRow[] = [];
  const hoverT = {} as Record<SizeName, Timing>;
  const complT = {} as Record<SizeName, Timing>;

  for (const size of ['100KB', '300KB', '1MB'] as const) {
    const text = generatePlan({ bytes: SIZES[size], seed: 3 });
    const plan: PlanModel = nextVersion(text);
    // Hover on citations: the middle of the first item of groups spread over the document.
    const hoverAt = spread(plan.citations, 300).map((g) => {
      const it = g.items[0];
      return it ? (it.start + it.end) >> 1 : g.start + 1;
    });
    hoverT[size] = timeEach(hoverAt, (o) => citationHover(plan, o, report));
    // Completion right after `[@` of groups spread over the document (nothing typed yet).
    const complAt = spread(
      plan.citations.filter((g) => plan.text.startsWith('[@', g.start)),
      60,
    ).map((g) => g.start + 2);
    const completeCached = (o: number) => {
      const ctx = completionContextAt(plan.text, o);
      if (ctx) completionItems(ctx, plan, report, search);
    };
    complT[size] = timeEach(complAt, completeCached);

    if (size === '300KB') {
      rows.push(limitRow(`hover on a citation, ${size} plan (plan cached)`, hoverT[size], 5, 'p95'));
      const headingsAt = spread(plan.headings, 40).map((h) => h.start + 3);
      const ev = timeEach(headingsAt, (o) => evidenceHover(plan, o, report, search, { uri: 'file:///plan.md' }));
      rows.push(limitRow(`evidence hover on a heading, ${size} plan (plan cached)`, ev, 5, 'p95'));
      rows.push(limitRow(`completion after [@, ${size} plan (plan cached)`, complT[size], 20));
      // A keystroke: a letter typed after `[@` (its own new version of the document, analysed from
      // the previous one as the editor's cache does), then completion runs on it.
      const keystroke: number[] = [];
      // Each version is the one before plus one letter (the offsets ascend, so each shifts by the letters before it).
      let previous: Version = plan;
      spread(complAt, 16).forEach((at, k) => {
        const o = at + k;
        const typed = `${previous.text.slice(0, o)}s${previous.text.slice(o)}`;
        const t0 = performance.now();
        const v = nextVersion(typed, previous);
        previous = v;
        const ctx = completionContextAt(v.text, o + 1);
        if (ctx) completionItems(ctx, v, report, search);
        keystroke.push(performance.now() - t0);
      });
      rows.push(limitRow(`completion on a keystroke, ${size} plan (analyse the new version + items)`, summarize(keystroke.slice(2)), 20));
    }
  }
  rows.push(growthRow('hover growth 1MB / 100KB (median per hover)', hoverT['1MB'], '100KB', hoverT['100KB'], 11));
  rows.push(growthRow('completion growth 1MB / 100KB (median per request)', complT['1MB'], '100KB', complT['100KB'], 11));
  return rows;
}
