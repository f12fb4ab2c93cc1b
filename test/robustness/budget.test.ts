/**
 * Operation budgets: each editor provider's loops spend from a budget and stop
 * when it is spent or the request is cancelled, returning what they have.
 * Counted, not timed: the bound is a number of operations.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { completionContextAt, completionItems, findReferences, headingBefore, insideCodeOrFrontMatter, operationBudget } from '../../src/core/editor/index.js';
import { analyzePlan } from '../../src/core/plan/index.js';
import { lintText } from '../../src/core/lint/index.js';
import { loadIndex, NOW, type Index } from '../support/pipeline.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

test('a budget counts, runs out at its limit, and asks for cancellation now and then', () => {
  const b = operationBudget(10);
  for (let i = 0; i < 10; i++) assert.equal(b.spend(), true);
  assert.equal(b.spend(), false);
  assert.equal(b.exhausted, true);
  let asked = 0;
  const c = operationBudget(1e9, () => ++asked > 2);
  let n = 0;
  while (c.spend() && n < 1e6) n++;
  assert.ok(n < 20_000, `cancellation stopped it after ${n} operations`);
  assert.equal(asked, 3);
});

test('headingBefore and insideCodeOrFrontMatter stop when the budget is spent', () => {
  const text = `# Overskrift\n${'\n'.repeat(50_000)}Tekst [@`;
  assert.equal(headingBefore(text, text.length), 'Overskrift', 'found with the default budget');
  const b = operationBudget(100);
  assert.equal(headingBefore(text, text.length, b), '', 'gives up when spent');
  assert.ok(b.spent <= 101, `spent ${b.spent}`);
  const fences = '```\nx\n```\n'.repeat(20_000) + 'Tekst [@';
  const f = operationBudget(50);
  assert.equal(insideCodeOrFrontMatter(fences, fences.length, f), true, 'out of budget: no completion rather than a long scan');
  assert.equal(insideCodeOrFrontMatter(fences, fences.length), false);
});

test('completion with a spent or cancelled budget returns at once, with what it has', () => {
  const text = '# Smittevern\n\nKommunen skal ha lager av smittevernutstyr [@ks2021, lp. 3';
  const ctx = completionContextAt(text, text.length)!;
  const full = completionItems(ctx, { text }, index.report, index.search, { limit: 50 });
  assert.ok(full.length > 0);
  const spent = operationBudget(0);
  const items = completionItems(ctx, { text }, index.report, index.search, { limit: 50, budget: spent });
  assert.ok(items.length <= full.length);
  assert.ok(spent.spent <= 2, `spent ${spent.spent}`);
  const cancelled = operationBudget(1e9, () => true);
  completionItems(ctx, { text }, index.report, index.search, { limit: 50, budget: cancelled });
  assert.ok(cancelled.spent < 20_000, `spent ${cancelled.spent} after cancellation`);
});

test('references stop at the budget; lint stops between rules when cancelled', async () => {
  const text = Array.from({ length: 5000 }, () => 'krav [@ks2021, lp. 3.5.1].').join('\n\n');
  const plan = analyzePlan(text);
  const all = await findReferences('lp. 3.5.1', [{ uri: 'a', text }], index.report, () => plan);
  assert.equal(all.length, 5000);
  const some = await findReferences('lp. 3.5.1', [{ uri: 'a', text }], index.report, () => plan, { budget: operationBudget(300) });
  assert.ok(some.length > 0 && some.length <= 150, `${some.length} references within 300 operations`);
  const full = lintText('Fylkesmannen skal varsles.\n', { report: index.report, now: NOW, treatAsPlan: true });
  assert.ok(full.length > 0);
  const none = lintText('Fylkesmannen skal varsles.\n', { report: index.report, now: NOW, treatAsPlan: true, isCancelled: () => true });
  assert.deepEqual(none, []);
});
