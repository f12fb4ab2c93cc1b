/**
 * `npm run bench`: runs every bench/*.bench.ts (each default-exports
 * `async () => BenchRow[]`) and prints one table with every ratio.
 *
 * `npm run bench -- lint editor` runs only the groups whose file names contain
 * one of the words. A group that exports `optIn = true` (a long one, such as
 * `folder`) runs only when named, or with `all`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import type { BenchRow } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2);
const all = filter.includes('all');
const named = (f: string) => filter.some((x) => f.includes(x));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => all || !filter.length || named(f))
  .sort();

const loadAtStart = os.loadavg();
const rows: (BenchRow & { group: string })[] = [];
const notMeasured: string[] = [];
const skipped: string[] = [];
for (const f of files) {
  const group = f.replace(/\.bench\.ts$/, '');
  try {
    const mod = (await import(pathToFileURL(path.join(here, f)).href)) as { default: () => Promise<BenchRow[]>; optIn?: boolean };
    if (mod.optIn && !all && !named(f)) {
      skipped.push(group);
      continue;
    }
    process.stderr.write(`bench: ${group}…\n`);
    for (const r of await mod.default()) {
      if (r.failed !== undefined) notMeasured.push(`${group}: ${r.name}: ${r.failed}`);
      else rows.push({ ...r, group });
    }
  } catch (err) {
    // One failing bench must not hide the others; the table says what was not measured.
    notMeasured.push(`${group}: ${(err as Error)?.message ?? String(err)}`.split('\n')[0]);
  }
}

const fmt = (n: number | undefined, unit = '') => (n === undefined ? '' : `${n < 10 ? n.toFixed(2) : n.toFixed(1)}${unit}`);
const lines = [
  `Machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average at start ${loadAtStart.map((l) => l.toFixed(1)).join(' / ')}, at end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}`,
  '',
  '| group | measure | median | p95 | baseline | ratio | target | met |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.group} | ${r.name} | ${fmt(r.value, ' ' + r.unit)} | ${fmt(r.p95, r.p95 === undefined ? '' : ' ' + r.unit)} | ${r.baselineName ? `${r.baselineName}: ${fmt(r.baseline, ' ' + r.unit)}` : ''} | ${r.ratio === undefined ? '' : r.ratio.toFixed(2) + '×'} | ${r.target ?? ''} | ${r.pass === undefined ? '' : r.pass ? 'yes' : 'NO'} |`,
  ),
];
if (notMeasured.length) lines.push('', 'Not measured (the bench failed):', ...notMeasured.map((n) => `- ${n}`));
if (skipped.length) lines.push('', `Opt-in groups not run: ${skipped.map((g) => `${g} (\`npm run bench -- ${g}\`)`).join(', ')}.`);
console.log(lines.join('\n'));
if (notMeasured.length) process.exitCode = 1;
