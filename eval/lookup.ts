/**
 * `npm run eval`: look-up quality on the hand-written queries of
 * eval/lookup-queries.json (written before any tuning; see its description).
 *
 * For every query the top ten findings of `EvidenceSearch.search` are compared
 * with the query's answers: hit@1, hit@3 and MRR (reciprocal rank of the first
 * right finding, 0 when none of the ten is right), per language and split.
 * Also the index size and the median look-up time (over the dev and test queries).
 * The queries of eval/lookup-queries.independent.json, written blind by a
 * reviewer who did not tune, are reported as a third split, `independent`,
 * kept out of `all` so the dev/test figures stay comparable. The dev and test
 * queries with the answer sets a blind assessor corrected (eval/audit/) are
 * reported as `dev-audited` and `test-audited`, beside the answers as first written.
 *
 *   npm run eval                 table
 *   npm run eval -- --json       the same figures as JSON
 *   npm run eval -- --misses dev the dev queries missed at 3, with what came first
 *   npm run eval -- --ranks      the rank of every dev query (to diff two runs)
 *   npm run eval -- --misses independent   the same for the independent queries
 *   npm run eval -- --misses dev2  the same for the fourth round's tuning batches (dev2 to dev5)
 *                                (never run it on the test split while tuning)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EvidenceSearch } from '../src/core/search/index.js';
import type { Finding, Report } from '../src/core/model.js';
import { loadReportSync, resourcesRoot } from '../src/node/resources.js';

interface Query {
  id: string;
  lang: 'nb' | 'nn' | 'en';
  /** `dev`, `test`, `independent`, `devN`, `fresh`, `finalN`, or `dev-audited`/`test-audited` (below). */
  split: string;
  query: string;
  answers: string[];
}

interface Figures {
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
}

const root = resourcesRoot(path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'));
const data = JSON.parse(readFileSync(path.join(root, 'eval', 'lookup-queries.json'), 'utf8')) as { queries: Query[] };
/** Queries of another file, when it is there. */
function extra(name: string): Query[] {
  const file = path.join(root, 'eval', name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { queries: Query[] }).queries : [];
}
const independent = extra('lookup-queries.independent.json');
// The fourth round's batches (each written blind before the tuning that used it):
// `dev2` to `dev5` are tuned on, `fresh` is held back like `test`, and `final` was
// written after the round's tuning and measured once (never tuned on). The fifth
// round's batches: `dev6` (round5), `dev7` (round5c), `dev8` (round5d) and `dev9`
// (round5e) tuned on, `final2` (round5b) held out like `final`. The sixth round's:
// `dev10` (round6), `dev11` (round6b), `dev12` (round6d) and `dev13` (round6e) tuned on,
// `final3` (round6c) held out; then `dev14` (round7), `dev15` (round7b), `dev16` (round7d)
// and `dev17` (round7e) tuned on and `final4` (round7c) held out; last `dev18` (round8) and
// `dev19` (round8b), tuned on. After `final3` and `final4` were measured: `dev20` (round9) and
// `dev21` (round9b) tuned on, `final5` (round9c) held out; last `dev22` (round10) and
// `dev23` (round10b) tuned on, `final6` (round10c) held out. The seventh round's: `dev24`
// (round11), `dev25` (round11b), `dev26` (round11d), `dev27` (round12), `dev28`
// (round12b), `dev29` (round12c), `dev30` (round12d), `dev31` (round13), `dev32`
// (round13b), `dev33` (round13c), `dev34` (round13d), `dev35` (round14), `dev36`
// (round14b), `dev37` (round15) and `dev38` (round15b) tuned on, `final7` (round11c), `final8`
// (round11e) and `final9` (round14c) held out. After those were measured: `dev39` (round16) and
// `dev40` (round16b) tuned on, `final10` (round16c) held out; then `dev41` (round17) and
// `dev42` (round17b) tuned on, `final11` (round17c) held out. The eighth round's: `dev43`
// (round18), `dev44` (round18b), `dev45` (round18c) and `dev46` (round18d) tuned on,
// `final12` (round18e) and `final13` (round18f) held out; then `dev47` (round19), `dev48`
// (round19b), `dev49` (round19c) and `dev50` (round19d) tuned on, `final14` (round19e) and
// `final15` (round19f) held out; last `dev51` (round20), `dev52` (round20b), `dev53` (round20c)
// and `dev54` (round20d) tuned on, `final16` (round20e) and `final17` (round20f) held out.
const batches = ['round4', 'round4b', 'round4c', 'round4d', 'round4e', 'round5', 'round5b', 'round5c', 'round5d', 'round5e', 'round6', 'round6b', 'round6c', 'round6d', 'round6e', 'round7', 'round7b', 'round7c', 'round7d', 'round7e', 'round8', 'round8b', 'round9', 'round9b', 'round9c', 'round10', 'round10b', 'round10c', 'round11', 'round11b', 'round11c', 'round11d', 'round11e', 'round12', 'round12b', 'round12c', 'round12d', 'round13', 'round13b', 'round13c', 'round13d', 'round14', 'round14b', 'round14c', 'round15', 'round15b', 'round16', 'round16b', 'round16c', 'round17', 'round17b', 'round17c', 'round18', 'round18b', 'round18c', 'round18d', 'round18e', 'round18f', 'round19', 'round19b', 'round19c', 'round19d', 'round19e', 'round19f', 'round20', 'round20b', 'round20c', 'round20d', 'round20e', 'round20f'].flatMap((b) => extra(`lookup-queries.${b}.json`));

/**
 * The first round's dev and test answer sets as an independent assessor corrected them, blind to
 * the search's output (eval/audit/*.json: per query the locators added and removed, with a
 * reason). Reported as extra splits `dev-audited` and `test-audited`; `dev` and `test` keep the
 * answers as first written, so both figures stay visible.
 */
function audited(): Query[] {
  const changes = new Map<string, { add: string[]; remove: string[] }>();
  for (const name of ['dev', 'test']) {
    const file = path.join(root, 'eval', 'audit', `lookup-queries.${name}-audit.json`);
    if (!existsSync(file)) continue;
    for (const c of (JSON.parse(readFileSync(file, 'utf8')) as { changes: { id: string; add: string[]; remove: string[] }[] }).changes) changes.set(c.id, c);
  }
  if (!changes.size) return [];
  return data.queries.map((q) => {
    const c = changes.get(q.id);
    const answers = c ? [...q.answers.filter((a) => !c.remove.includes(a)), ...c.add.filter((a) => !q.answers.includes(a))] : q.answers;
    return { ...q, split: `${q.split}-audited`, answers };
  });
}

const report = loadReportSync(root);
const search = EvidenceSearch.build(report);
const indexBytes = Buffer.byteLength(search.toJSON());

/** Section id → the ids of it and every section under it. */
function sectionTree(r: Report): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const byId = new Map(r.sections.map((s) => [s.id, s]));
  for (const s of r.sections) {
    for (let cur: typeof s | undefined = s; cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
      const set = out.get(cur.id) ?? new Set<string>();
      set.add(s.id);
      out.set(cur.id, set);
    }
  }
  return out;
}
const tree = sectionTree(report);
const locators = new Set(report.findings.map((f) => f.locator));

/** Whether a finding answers a query: it is one of the answers, or lies in an answered section. */
function answers(q: Query, f: Finding): boolean {
  for (const a of q.answers) {
    if (f.locator === a) return true;
    const m = /^kap\. (\S+)$/.exec(a);
    if (m && tree.get(m[1])?.has(f.section)) return true;
  }
  return false;
}

const rows: { q: Query; rank: number; top: string[] }[] = [];
for (const q of [...data.queries, ...independent, ...batches, ...audited()]) {
  for (const a of q.answers) if (!locators.has(a)) console.error(`eval: ${q.id}: no finding ${a}`);
  const hits = search.search(q.query, { limit: 10 });
  const i = hits.findIndex((h) => answers(q, h.finding));
  rows.push({ q, rank: i < 0 ? 0 : i + 1, top: hits.slice(0, 3).map((h) => h.finding.locator) });
}

function figures(sel: typeof rows): Figures {
  const n = sel.length;
  const hit1 = sel.filter((r) => r.rank === 1).length / n;
  const hit3 = sel.filter((r) => r.rank >= 1 && r.rank <= 3).length / n;
  const mrr = sel.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n;
  return { n, hit1: round(hit1), hit3: round(hit3), mrr: round(mrr) };
}
const round = (x: number) => Math.round(x * 1000) / 1000;

// Timing: every query, five rounds after a warm-up; the median of all.
const times: number[] = [];
for (const q of data.queries) search.search(q.query, { limit: 10 });
for (let round = 0; round < 5; round++) {
  for (const q of data.queries) {
    const t0 = performance.now();
    search.search(q.query, { limit: 10 });
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const medianMs = round(times[Math.floor(times.length / 2)]);

const table: Record<string, Record<string, Figures>> = {};
const ORIGINAL = new Set(['dev', 'test']);
// Every split in the order it first appears, with `all` (dev and test) after `test`.
const splits = [...new Set(rows.map((r) => r.q.split))];
splits.splice(splits.indexOf('test') + 1, 0, 'all');
for (const split of splits) {
  const inSplit = rows.filter((r) => (split === 'all' ? ORIGINAL.has(r.q.split) : r.q.split === split));
  if (!inSplit.length) continue;
  table[split] = {};
  for (const lang of ['nb', 'nn', 'en', 'all'] as const) {
    const sel = inSplit.filter((r) => lang === 'all' || r.q.lang === lang);
    if (sel.length) table[split][lang] = figures(sel);
  }
}

const args = process.argv.slice(2);
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ figures: table, medianMs, indexBytes }, null, 2)}\n`);
} else {
  const lines = ['split  lang    n  hit@1  hit@3    MRR'];
  for (const [split, byLang] of Object.entries(table)) {
    for (const [lang, f] of Object.entries(byLang)) {
      lines.push(`${split.padEnd(5)}  ${lang.padEnd(4)} ${String(f.n).padStart(4)}  ${f.hit1.toFixed(2).padStart(5)}  ${f.hit3.toFixed(2).padStart(5)}  ${f.mrr.toFixed(2).padStart(5)}`);
    }
  }
  lines.push(`look-up median ${medianMs.toFixed(3)} ms over ${times.length} runs; index ${(indexBytes / 1024).toFixed(0)} KiB`);
  process.stdout.write(`${lines.join('\n')}\n`);
  const mi = args.indexOf('--misses');
  if (mi >= 0) {
    const named = args[mi + 1];
    const split = named && !named.startsWith('--') && splits.includes(named) ? named : 'dev';
    for (const r of rows.filter((x) => x.q.split === split && (x.rank === 0 || x.rank > 3))) {
      process.stdout.write(`\n${r.q.id} [${r.rank || '-'}] ${r.q.query}\n   want ${r.q.answers.join('; ')}\n   got  ${r.top.join('; ')}\n`);
    }
  }
  // The rank of every query tuned on (dev, dev2 to dev5: the held-back splits are read as aggregates), to diff two runs.
  if (args.includes('--ranks')) {
    process.stdout.write('\n');
    for (const r of rows.filter((x) => x.q.split.startsWith('dev'))) process.stdout.write(`${r.q.id}\t${r.rank || '-'}\t${r.q.query}\n`);
  }
}
