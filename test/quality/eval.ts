/**
 * `npm run eval:lint`: precision and recall per rule and overall, and
 * coverage-by-topic precision, on the dev, the held-back and the independent plans.
 * `--details` lists every false and missed diagnostic.
 */
import { details, evaluatePart, table, type Part } from './evaluate.js';

const parts: Part[] = ['dev', 'held', 'independent'];
const title: Record<Part, string> = {
  dev: 'Dev plans (tuned on)',
  held: 'Held-back plans (not tuned on)',
  independent: 'Independent plans (written blind by a reviewer who did not tune)',
};
for (const part of parts) {
  const r = await evaluatePart(part);
  process.stdout.write(`\n### ${title[part]}: ${r.plans.map((p) => p.plan).join(', ')}\n\n${table(r)}\n`);
  if (process.argv.includes('--details')) process.stdout.write(`\n${details(r)}\n`);
}
