/**
 * Build step: resources/report/ks2021.txt + ks2021.meta.json → the Report
 * model in resources/index/ks2021.report.json (gitignored; `npm run build`).
 * Prints the counts and fails (exit 1) when the structure checks do not hold.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport, type ParseWarning } from '../src/build/corpus/parse.js';
import { structureProblems } from '../src/build/corpus/checks.js';
import { readMeta, reportIndexPath, reportTextPath, resourcesRoot, sha256 } from '../src/node/resources.js';

const root = resourcesRoot(path.dirname(fileURLToPath(import.meta.url)));
const t0 = performance.now();
const buf = readFileSync(reportTextPath(root));
const text = buf.toString('utf8');
const meta = readMeta(root);
const warnings: ParseWarning[] = [];
const report = parseReport(text, { ...meta, sha256: sha256(buf) }, { warn: (w) => warnings.push(w) });
const ms = performance.now() - t0;

const counts: Record<string, number> = {};
for (const f of report.findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
const out = reportIndexPath(root);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(report));
console.log(
  `index: ${report.sections.length} sections, ${report.findings.length} findings (${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}) in ${ms.toFixed(0)} ms → ${path.relative(root, out)}`,
);
if (process.env.EVIDENSPLAN_VERBOSE) for (const w of warnings) console.log(`  note: line ${w.line}: ${w.message}`);
else if (warnings.length) console.log(`index: ${warnings.length} notes (EVIDENSPLAN_VERBOSE=1 to list them)`);

const problems = structureProblems(report);
if (problems.length) {
  console.error(`index: the report's structure checks failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
