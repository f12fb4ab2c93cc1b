/**
 * Regression: several sections appended at the end of a plan (one per missing
 * topic or § 4 element, all inserts at the same offset) were treated as
 * overlapping, so fix all took only the first, and fix all applied to its own
 * result changed the plan again (the fast-check property, seed 777).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, type LintMessage } from '../../src/core/lint/index.js';
import { loadIndex, lint, type Index } from '../support/pipeline.js';
import { msg, fixable } from '../support/fixes.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

test('fix all: different inserts at one offset all go in, in message order', () => {
  const t = 'abcdef';
  assert.deepEqual(fixAll(t, [msg(6, 6, '\nA'), msg(6, 6, '\nB'), msg(3, 3, '-')]), { text: 'abc-def\nA\nB', applied: 3 });
});

test('fix all on a plan lacking several topics and § 4 elements adds them all at once; a second run changes nothing', () => {
  for (const plan of [
    '# Plan\n\nTekst om beredskap.',
    '---\nplantype: overordnet-beredskapsplan\n---\n\n# Beredskapsplan\n\nTekst.\n',
    '---\nplantype: pandemiplan\nspråk: nn\n---\n\n# Pandemiplan\n\nTekst.\n\n',
  ]) {
    const ms = lint(plan, index);
    const appending = ms.filter((m) => m.ruleId === 'missing-topic' || m.ruleId === 'missing-required-section');
    assert.ok(appending.length >= 2, `several sections to add (${appending.length})`);
    const first = fixAll(plan, ms);
    const after = lint(first.text, index);
    assert.deepEqual(after.filter((m) => m.ruleId === 'missing-topic' || m.ruleId === 'missing-required-section').map((m) => m.message), []);
    const second = fixAll(first.text, after);
    assert.equal(second.applied, 0, `second run applied ${second.applied}`);
    assert.equal(second.text, first.text);
  }
});
