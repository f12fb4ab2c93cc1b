/** PlanModel.derived: one computation per version, shared by every caller. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePlan } from '../../src/core/plan/index.js';

test('a derived fact is computed once per plan version and not carried to the next', () => {
  const v1 = analyzePlan('# Smittevern\n\nKommunen har et lager.\n');
  let calls = 0;
  const count = (p: { sentences: unknown[] }) => (calls++, p.sentences.length);
  assert.equal(v1.derived('n', count), v1.derived('n', count));
  assert.equal(calls, 1);
  const v2 = analyzePlan('# Smittevern\n\nKommunen har et lager. Det er stort.\n', v1);
  assert.equal(v2.derived('n', count), v1.sentences.length + 1);
  assert.equal(calls, 2);
});
