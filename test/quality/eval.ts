/**
 * `npm run eval:lint`: precision and recall per rule and overall, and
 * coverage-by-topic precision, on the dev and the held-back plans.
 * `--details` lists every false and missed diagnostic.
 */
import { details, evaluatePart, table, type Part } from './evaluate.js';

const parts: Part[] = ['dev', 'held'];
for (const part of parts) {
  const r = await evaluatePart(part);
  process.stdout.write(`\n### ${part === 'dev' ? 'Dev plans (tuned on)' : 'Held-back plans (not tuned on)'}: ${r.plans.map((p) => p.plan).join(', ')}\n\n${table(r)}\n`);
  if (process.argv.includes('--details')) process.stdout.write(`\n${details(r)}\n`);
}
