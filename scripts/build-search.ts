/**
 * Build step 2 (after scripts/build-index.ts): the full-text index over the
 * report's findings, written to resources/index/ks2021.search.json and loaded
 * (never rebuilt) at run time by src/node/search.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EvidenceSearch } from '../src/core/search/index.js';
import { loadReportSync, resourcesRoot } from '../src/node/resources.js';
import { searchIndexPath } from '../src/node/search.js';

try {
  const root = resourcesRoot(path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'));
  const report = loadReportSync(root);
  const t0 = performance.now();
  const search = EvidenceSearch.build(report);
  const json = search.toJSON();
  const ms = performance.now() - t0;
  const file = searchIndexPath(root);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, json);
  console.log(
    `evidensplan: search index: ${report.findings.length} findings, ${(json.length / 1024).toFixed(0)} KiB, ${ms.toFixed(0)} ms → ${path.relative(root, file)}`,
  );
} catch (err) {
  console.error(`evidensplan: cannot build the search index: ${(err as Error).message}`);
  process.exit(1);
}
