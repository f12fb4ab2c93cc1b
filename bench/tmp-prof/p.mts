import { analyzePlan } from '../../src/core/plan/index.js';
import { lintText } from '../../src/core/lint/index.js';
import { allRules } from '../../src/core/lint/rules/index.js';
import { loadReportIndex } from '../../src/node/resources.js';
import { loadSearch } from '../../src/node/search.js';
import { generatePlan, SIZES } from '../gen.js';
const NOW = new Date('2026-06-01T12:00:00Z');
const [report, search] = await Promise.all([loadReportIndex(), loadSearch()]);
for (const size of ['10KB','100KB','300KB'] as const) {
  const text = generatePlan({ bytes: SIZES[size], seed: 3 });
  for (let w=0;w<2;w++) lintText(text,{report,search,now:NOW});
  let t0=performance.now(); const plan = analyzePlan(text); const ta=performance.now()-t0;
  const parts:string[]=[`analyze ${ta.toFixed(1)}`];
  for (const r of allRules) { t0=performance.now(); lintText(text,{report,search,now:NOW,plan,rules:[r]}); parts.push(`${r.meta.id} ${(performance.now()-t0).toFixed(1)}`); }
  t0=performance.now(); lintText(text,{report,search,now:NOW,plan,rules:[]}); parts.push(`none ${(performance.now()-t0).toFixed(1)}`);
  console.log(size, parts.join(' | '));
}
