/**
 * Full lint of generated plans (10 KB … 1 MB) against, in the same run:
 * a bare remark parse of the same text (remark-parse + frontmatter + gfm, the
 * parser the linter itself uses; target ≤ 1.5×) and markdownlint's default
 * rules (library `markdownlint`, sync API; target ≤ 1×). Plus growth
 * (1 MB / 100 KB ≤ 11) and re-lint after a one-character edit in the 300 KB plan
 * (what the editor does on a keystroke: analyse + lint the new text; < 20 ms).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { lint as markdownlint } from 'markdownlint/sync';
import { analyzePlan } from '../src/core/plan/index.js';
import { lintText } from '../src/core/lint/index.js';
import { loadReportIndex } from '../src/node/resources.js';
import { loadSearch } from '../src/node/search.js';
import { generatePlan, SIZES, type SizeName } from './gen.js';
import { time, ratioRow, limitRow, growthRow, summarize, type BenchRow, type Timing } from './lib.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const RUNS: Record<SizeName, number> = { '10KB': 15, '100KB': 7, '300KB': 5, '1MB': 3 };

export default async function lintBench(): Promise<BenchRow[]> {
  const [report, search] = await Promise.all([loadReportIndex(), loadSearch()]);
  const remark = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  const fullLint = (text: string) => lintText(text, { report, search, now: NOW });
  const rows: BenchRow[] = [];
  const lintTimes = {} as Record<SizeName, Timing>;

  for (const size of Object.keys(SIZES) as SizeName[]) {
    const text = generatePlan({ bytes: SIZES[size], seed: 3 });
    const runs = RUNS[size];
    const warm = size === '1MB' ? 1 : 2;
    const tRemark = await time(() => remark.parse(text), runs, warm);
    const tMdl = await time(() => markdownlint({ strings: { plan: text } }), runs, warm);
    const tLint = await time(() => fullLint(text), runs, warm);
    lintTimes[size] = tLint;
    rows.push(ratioRow(`lint ${size} vs remark parse`, tLint, 'remark parse', tRemark, 1.5));
    rows.push(ratioRow(`lint ${size} vs markdownlint (default rules)`, tLint, 'markdownlint', tMdl, 1));
  }
  rows.push(growthRow('lint growth 1MB / 100KB', lintTimes['1MB'], '100KB', lintTimes['100KB'], 11));

  // Re-lint after a one-character edit: each sample types one character at a different place.
  const base = generatePlan({ bytes: SIZES['300KB'], seed: 3 });
  const samples: number[] = [];
  let text = base;
  // As the editor's plan cache does: the previous version's model is reused, so only the
  // edited block is parsed again.
  let previous = analyzePlan(text);
  for (let i = 0; i < 12; i++) {
    const at = Math.floor(((i + 1) / 13) * text.length);
    const nl = text.indexOf(' ', at);
    text = `${text.slice(0, nl)}x${text.slice(nl)}`;
    const t0 = performance.now();
    const plan = analyzePlan(text, previous);
    previous = plan;
    lintText(text, { report, search, now: NOW, plan });
    if (i >= 2) samples.push(performance.now() - t0); // the first two warm up
  }
  rows.push(limitRow('re-lint 300KB after a 1-char edit (analyse + lint)', summarize(samples), 20));
  return rows;
}
