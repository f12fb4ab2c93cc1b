/**
 * Full lint of generated plans (10 KB … 1 MB) against, in the same run:
 * a bare remark parse of the same text (remark-parse + frontmatter + gfm, the
 * parser the linter itself uses; the parse is the floor, target ≤ 1.2×) and
 * markdownlint's default rules (library `markdownlint`, sync API; target ≤ 1×).
 * Plus growth (1 MB / 100 KB ≤ 11) and re-lint after a one-character edit at
 * 300 KB (< 20 ms) and 50 KB (< 5 ms): what the editor does on a keystroke, the
 * new version analysed from the previous one and linted reusing what the core
 * keeps between versions (bench/version.ts), after the first version was linted
 * once as on opening the document.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { lint as markdownlint } from 'markdownlint/sync';
import { lintText } from '../src/core/lint/index.js';
import { loadReportIndex } from '../src/node/resources.js';
import { loadSearch } from '../src/node/search.js';
import { generatePlan, SIZES, type SizeName } from './gen.js';
import { nextVersion, lintVersion, typing, type LintEnv } from './version.js';
import { ratioRow, limitRow, growthRow, summarize, type BenchRow, type Timing } from './lib.js';

const NOW = new Date('2026-06-01T12:00:00Z');

/** `fn` over each text once: the first `warm` untimed, the rest timed one sample each. */
function timeOver(texts: readonly string[], warm: number, fn: (text: string) => unknown): Timing {
  texts.slice(0, warm).forEach(fn);
  return summarize(
    texts.slice(warm).map((text) => {
      const t0 = performance.now();
      fn(text);
      return performance.now() - t0;
    }),
  );
}

const RUNS: Record<SizeName, number> = { '10KB': 15, '100KB': 7, '300KB': 5, '1MB': 3 };

export default async function lintBench(): Promise<BenchRow[]> {
  const [report, search] = await Promise.all([loadReportIndex(), loadSearch()]);
  const remark = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
  const fullLint = (text: string) => lintText(text, { report, search, now: NOW });
  const rows: BenchRow[] = [];
  const lintTimes = {} as Record<SizeName, Timing>;

  for (const size of Object.keys(SIZES) as SizeName[]) {
    const runs = RUNS[size];
    const warm = size === '1MB' ? 1 : 2;
    // One plan per sample (a different seed each), the same plans for all three: a one-shot lint
    // never meets the same text twice, so nothing kept from an earlier call can flatter it.
    const texts = Array.from({ length: warm + runs }, (_, i) => generatePlan({ bytes: SIZES[size], seed: 3 + i }));
    const tRemark = timeOver(texts, warm, (text) => remark.parse(text));
    const tMdl = timeOver(texts, warm, (text) => markdownlint({ strings: { plan: text } }));
    const tLint = timeOver(texts, warm, fullLint);
    lintTimes[size] = tLint;
    rows.push(ratioRow(`lint ${size} vs remark parse`, tLint, 'remark parse', tRemark, 1.2));
    rows.push(ratioRow(`lint ${size} vs markdownlint (default rules)`, tLint, 'markdownlint', tMdl, 1));
  }
  rows.push(growthRow('lint growth 1MB / 100KB', lintTimes['1MB'], '100KB', lintTimes['100KB'], 11));

  // Re-lint after a one-character edit: each sample types one character at a different place.
  const env: LintEnv = { report, search, now: NOW };
  for (const [size, bytes, edits, maxMs] of [
    ['300KB', SIZES['300KB'], 14, 20],
    ['50KB', 50 * 1024, 24, 5],
  ] as const) {
    let version = nextVersion(generatePlan({ bytes, seed: 3 }));
    lintVersion(version, env); // the document as opened: linted once in full
    const samples: number[] = [];
    let k = 0;
    for (const edit of typing(version.text, edits)) {
      const t0 = performance.now();
      version = nextVersion(edit.text, version);
      lintVersion(version, env);
      if (k++ >= 2) samples.push(performance.now() - t0); // the first two warm up
    }
    rows.push(limitRow(`re-lint ${size} after a 1-char edit (analyse + lint the new version)`, summarize(samples), maxMs));
  }
  return rows;
}
