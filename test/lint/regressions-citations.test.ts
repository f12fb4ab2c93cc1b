/**
 * Regression: unknown-locator sliced the whole sentence around every citation
 * (a paragraph of 10,000 citations is one sentence), quadratic in the number of
 * citations. The text around a citation is now taken only for citations that
 * need suggestions, and only near the citation.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, ruleById } from '../../src/core/lint/index.js';
import { analyzePlan } from '../../src/core/plan/index.js';
import { LEARNING_POINTS } from '../../bench/gen.js';
import { assertScalesLinearly } from '../support/scaling.js';
import { loadIndex, NOW, type Index } from '../support/pipeline.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

const LP = Object.entries(LEARNING_POINTS).flatMap(([s, n]) => Array.from({ length: n }, (_, k) => `${s}.${k + 1}`));
const paragraph = (n: number) => Array.from({ length: n }, (_, i) => `krav ${i} [@ks2021, lp. ${LP[i % LP.length]}]`).join(' ') + '.\n';

test('unknown-locator on 10,000 citations in one paragraph: proportional to 1,000, and a bad one among them still gets suggestions', () => {
  const rules = [ruleById('unknown-locator')!];
  const run = (text: string) => lintText(text, { report: index.report, search: index.search, now: NOW, rules, plan: analyzePlan(text) });
  const small = paragraph(1000);
  const large = paragraph(10_000);
  assertScalesLinearly('unknown-locator, 10,000 citations', small, large, (t) => void run(t), { runs: 1 });
  assert.deepEqual(run(large), [], 'every citation resolves');
  const bad = large.replace('krav 5000 [@ks2021, lp. ', 'krav 5000 om smittesporing og testkapasitet [@ks2021, lp. 99.');
  const ms = run(bad);
  assert.equal(ms.length, 1);
  assert.ok((ms[0].suggestions ?? []).length > 0, 'suggestions for the bad locator');
});
