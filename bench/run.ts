/**
 * `npm run bench`: runs every bench/*.bench.ts (each default-exports
 * `async () => BenchRow[]`) and prints one table with every ratio.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import os from 'node:os';
import type { BenchRow } from './lib.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter.length || filter.some((x) => f.includes(x)))
  .sort();

const loadAtStart = os.loadavg();
const rows: (BenchRow & { group: string })[] = [];
const notMeasured: string[] = [];
for (const f of files) {
  const group = f.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench: ${group}…\n`);
  try {
    const mod = (await import(pathToFileURL(path.join(here, f)).href)) as { default: () => Promise<BenchRow[]> };
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
console.log(lines.join('\n'));
if (notMeasured.length) process.exitCode = 1;
