/**
 * The report index: build (report text → Report model, done by `npm run build`)
 * and load (what every CLI run and the extension pay), plus locator look-ups.
 * Targets (issue 2): build < 300 ms, load < 30 ms.
 */
import { readFileSync } from 'node:fs';
import { parseReport } from '../src/build/corpus/parse.js';
import { ReportIndex } from '../src/core/corpus/report-index.js';
import { readMeta, reportIndexPath, reportTextPath, resourcesRoot } from '../src/node/resources.js';
import { time, type BenchRow } from './lib.js';

export default async function corpusBench(): Promise<BenchRow[]> {
  const root = resourcesRoot();
  const text = readFileSync(reportTextPath(root), 'utf8');
  const meta = readMeta(root);
  const json = readFileSync(reportIndexPath(root), 'utf8');

  const build = await time(() => parseReport(text, meta), 15, 5);
  const load = await time(() => new ReportIndex(JSON.parse(json)), 30, 3);
  const loadWithRead = await time(() => new ReportIndex(JSON.parse(readFileSync(reportIndexPath(root), 'utf8'))), 30, 3);
  const idx = new ReportIndex(JSON.parse(json));
  const locs = ['lp. 3.5.1', 'LP 7.4.2', 'kap. 3.4.3', 'fn 45', 'se. 10.2.1.4', 'kapittel 2.2 avsnitt 3', 'fig. 16'];
  const get = await time(() => {
    for (const l of locs) idx.get(l);
  }, 200, 20);
  const nearest = await time(() => idx.nearest('lp. 2.6.6'), 100, 10);
  const perGet = get.median / locs.length;
  return [
    { name: 'report → model (parseReport)', value: build.median, p95: build.p95, unit: 'ms', target: '< 300 ms', pass: build.median < 300 },
    { name: 'index load (JSON.parse + ReportIndex)', value: load.median, p95: load.p95, unit: 'ms', target: '< 30 ms', pass: load.median < 30 },
    { name: 'index load incl. reading the file', value: loadWithRead.median, p95: loadWithRead.p95, unit: 'ms' },
    { name: 'get(locator), any form', value: perGet, p95: get.p95 / locs.length, unit: 'ms', target: '< 0.05 ms', pass: perGet < 0.05 },
    { name: 'nearest(unknown locator)', value: nearest.median, p95: nearest.p95, unit: 'ms', target: '< 5 ms', pass: nearest.median < 5 },
  ];
}
