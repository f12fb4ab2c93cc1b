/**
 * The command line from cold (a spawned process each time), against
 * markdownlint-cli2 (0.22, the newest on Node 20) on the same input:
 * `evidensplan lint FILE` on the example plan and on a 100 KB plan (target ≤ 1×).
 * The folder of 357 plans is its own opt-in group (bench/folder.bench.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './gen.js';
import { examplePlan } from './process.bench.js';
import { ratioRow, timeSpawn, type BenchRow } from './lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EVIDENSPLAN = path.join(root, 'bin', 'evidensplan.mjs');
const MDL_CLI2 = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

export default async function cliBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-cli-bench-'));
  try {
    const rows: BenchRow[] = [];
    const { file, label } = examplePlan(dir);
    const ours = timeSpawn([EVIDENSPLAN, 'lint', file], dir, 7);
    const theirs = timeSpawn([MDL_CLI2, file], dir, 7);
    rows.push(ratioRow(`evidensplan lint, one file from cold (${label})`, ours, 'markdownlint-cli2', theirs, 1));

    const big = path.join(dir, 'plan-100KB.md');
    writeFileSync(big, generatePlan({ bytes: 100 * 1024, seed: 3 }));
    rows.push(
      ratioRow('evidensplan lint, one 100 KB plan from cold', timeSpawn([EVIDENSPLAN, 'lint', big], dir, 5), 'markdownlint-cli2', timeSpawn([MDL_CLI2, big], dir, 5), 1),
    );

    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
