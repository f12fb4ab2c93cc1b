/**
 * Regression: fixAll took quadratic time in the number of fixes (each fix
 * checked against every fix taken, each edit spliced into the whole text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, applyEdits, type LintMessage } from '../../src/core/lint/index.js';
import { assertScalesLinearly } from '../support/scaling.js';
import { msg, fixable } from '../support/fixes.js';

test('fix all is proportional to the number of fixes (20,000 vs 2,000), and applies each one', () => {
  const small = fixable(2000);
  const large = fixable(20_000);
  assertScalesLinearly('fixAll', small.text, large.text, (t) => void fixAll(t, t === small.text ? small.messages : large.messages), { runs: 5 }); // best of 5: a GC pause must not decide a millisecond-scale ratio
  const r = fixAll(large.text, large.messages);
  assert.equal(r.applied, 20_000);
  assert.equal(r.text, large.text.replaceAll('Fylkesmannen', 'Statsforvalteren'));
});

test('fix all: overlaps lose to the earlier fix, the same insert twice goes in once, edits splice left to right', () => {
  const t = 'abcdef';
  assert.deepEqual(fixAll(t, [msg(0, 3, 'X'), msg(2, 5, 'Y')]), { text: 'Xdef', applied: 1 });
  assert.deepEqual(fixAll(t, [msg(6, 6, '\nA'), msg(6, 6, '\nA')]), { text: 'abcdef\nA', applied: 1 });
  // An insert at the start of a replaced range, and at its end, both go in.
  assert.deepEqual(fixAll(t, [msg(1, 3, 'X'), msg(1, 1, '<'), msg(3, 3, '>')]), { text: 'a<X>def', applied: 3 });
  // applyEdits splices left to right, inserts at one offset in the order given.
  assert.equal(applyEdits(t, [{ start: 6, end: 6, text: '1' }, { start: 6, end: 6, text: '2' }, { start: 0, end: 1, text: 'A' }]), 'Abcdef12');
});
