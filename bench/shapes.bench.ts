/**
 * Other people's Markdown shapes (bench/shapes.ts), against markdownlint's
 * default rules (library `markdownlint`, sync API) on the same text in the same
 * run. Many short lists (`- aN\n\npN\n\n` × N, every block distinct so no cache
 * gets a free ride) is micromark's quadratic list case: the plan model parses
 * top-level blocks one by one, so lint grows linearly (target: 160 KB / 40 KB
 * ≤ 4.4×, for 4× the text) and beats markdownlint, which parses the whole text
 * at once. A long table and deep nesting are measured too.
 */
import { lint as markdownlint } from 'markdownlint/sync';
import { lintText } from '../src/core/lint/index.js';
import { loadReportIndex } from '../src/node/resources.js';
import { loadSearch } from '../src/node/search.js';
import { deepNesting, longTable, manySmallLists } from './shapes.js';
import { time, ratioRow, growthRow, type BenchRow } from './lib.js';

const NOW = new Date('2026-06-01T12:00:00Z');

/** `manySmallLists` of about `bytes` characters. */
function lists(bytes: number): string {
  const unit = manySmallLists(1, false, true).length + 2; // numbers grow: a rough unit size
  let n = Math.floor(bytes / unit);
  let t = manySmallLists(n, false, true);
  while (t.length < bytes) t = manySmallLists(++n, false, true);
  return t;
}

export default async function shapesBench(): Promise<BenchRow[]> {
  const [report, search] = await Promise.all([loadReportIndex(), loadSearch()]);
  const ours = (text: string) => lintText(text, { report, search, now: NOW });
  const theirs = (text: string) => markdownlint({ strings: { doc: text } });
  const rows: BenchRow[] = [];

  const l10 = lists(10 * 1024);
  const l40 = lists(40 * 1024);
  const l160 = lists(160 * 1024);
  const o40 = await time(() => ours(l40), 3, 1);
  const o160 = await time(() => ours(l160), 3, 1);
  // markdownlint needs seconds here (quadratic): one run each, no warm-up beyond the 10 KB one.
  const t40 = await time(() => theirs(l40), 1, 0);
  rows.push(ratioRow('many small lists 40 KB: lint vs markdownlint', o40, 'markdownlint', t40, 1));
  rows.push(ratioRow('many small lists 10 KB: lint vs markdownlint', await time(() => ours(l10), 5, 1), 'markdownlint', await time(() => theirs(l10), 3, 1), 1));
  rows.push(growthRow('many small lists growth 160 KB / 40 KB', o160, '40 KB', o40, 4.4));

  const table = longTable(3000);
  rows.push(ratioRow(`long table (${Math.round(table.length / 1024)} KB): lint vs markdownlint`, await time(() => ours(table), 5, 1), 'markdownlint', await time(() => theirs(table), 5, 1), 1));
  const nested = deepNesting(400);
  rows.push(ratioRow(`deep nesting (400 levels): lint vs markdownlint`, await time(() => ours(nested), 5, 1), 'markdownlint', await time(() => theirs(nested), 5, 1), 1));
  return rows;
}
