/**
 * Regression: fixAll took quadratic time in the number of fixes (each fix
 * checked against every fix taken, each edit spliced into the whole text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, applyEdits, type LintMessage } from '../../src/core/lint/index.js';
import { ReadCounter } from '../support/scaling.js';
import { msg, fixable } from '../support/fixes.js';

test('fix all is proportional to the number of fixes (20,000 vs 2,000, edit reads counted), and applies each one', () => {
  /** Reads of the edits' fields while fixAll runs: its work, counted rather than timed. */
  const reads = (n: number) => {
    const { text, messages } = fixable(n);
    const counter = new ReadCounter();
    const counted = messages.map((m) => ({ ...m, fix: { ...m.fix!, edits: m.fix!.edits.map((e) => counter.edit(e.start, e.end, e.text)) } }));
    fixAll(text, counted);
    return counter.reads;
  };
  const small = reads(2000);
  const large = reads(20_000);
  assert.ok(large / small <= 3 * 10, `edit reads grew ${(large / small).toFixed(1)}× for 10× the fixes (${small} → ${large})`);
  const big = fixable(20_000);
  const r = fixAll(big.text, big.messages);
  assert.equal(r.applied, 20_000);
  assert.equal(r.text, big.text.replaceAll('Fylkesmannen', 'Statsforvalteren'));
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

test('fix all: an insert identical to one taken at the same place goes in once, and the rest of its fix still goes in', () => {
  const t = '```\n';
  const section = (title: string): LintMessage => ({
    ...msg(4, 4, ''),
    fix: { title, edits: [{ start: 4, end: 4, text: '```\n' }, { start: 4, end: 4, text: `\n## ${title}\n` }] },
  });
  assert.deepEqual(fixAll(t, [section('A'), section('B')]), { text: '```\n```\n\n## A\n\n## B\n', applied: 2 });
  // A fix whose only edit is already taken adds nothing and is not counted.
  assert.deepEqual(fixAll(t, [section('A'), { ...msg(4, 4, '```\n') }]), { text: '```\n```\n\n## A\n', applied: 1 });
});
