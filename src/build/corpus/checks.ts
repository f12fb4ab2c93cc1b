/**
 * Structure checks the build runs on the parsed report: if one fails, the
 * index is not written as good (build-index exits non-zero). The expected
 * numbers are the report's own (see ../shared/corpus/README.md).
 */
import type { Report } from '../../core/model.js';

/** Learning-point sections and their bullet counts (37 in all). */
export const LEARNING_POINT_COUNTS: Record<string, number> = {
  '2.6': 5,
  '3.5': 4,
  '4.2': 3,
  '5.5': 2,
  '6.5': 1,
  '7.4': 10,
  '8.5': 4,
  '9.3': 8,
};

export const PART_IDS = ['forord', 'sammendrag', 'summary', 'vedlegg-1', 'vedlegg-3'];

/** Problems found; empty when the report looks whole. */
export function structureProblems(report: Report): string[] {
  const problems: string[] = [];
  const lps = report.findings.filter((f) => f.kind === 'learning-point');
  if (lps.length !== 37) problems.push(`expected 37 learning points, found ${lps.length}`);
  for (const [sid, want] of Object.entries(LEARNING_POINT_COUNTS)) {
    const got = lps.filter((f) => f.section === sid).length;
    if (got !== want) problems.push(`section ${sid}: expected ${want} learning points, found ${got}`);
  }
  const ids = new Set(report.sections.map((s) => s.id));
  for (const p of PART_IDS) if (!ids.has(p)) problems.push(`part ${p} missing`);
  for (let c = 1; c <= 10; c++) if (!ids.has(String(c))) problems.push(`chapter ${c} missing`);
  const fns = report.findings.filter((f) => f.kind === 'footnote').map((f) => Number(f.locator.slice(4)));
  for (let k = 0; k < fns.length; k++) if (fns[k] !== k + 1) {
    problems.push(`footnotes out of sequence at ${k + 1} (found ${fns[k]})`);
    break;
  }
  if (fns.length < 100) problems.push(`only ${fns.length} footnotes found`);
  const seen = new Set<string>();
  for (const f of report.findings) {
    if (seen.has(f.locator)) problems.push(`duplicate locator ${f.locator}`);
    seen.add(f.locator);
    if (!f.text.trim()) problems.push(`empty text: ${f.locator}`);
  }
  return problems;
}
