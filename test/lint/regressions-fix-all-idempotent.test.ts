/**
 * Regression: several sections appended at the end of a plan (one per missing
 * topic or § 4 element, all inserts at the same offset) were treated as
 * overlapping, so fix all took only the first, and fix all applied to its own
 * result changed the plan again (the fast-check property, seed 777).
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAll, type LintMessage } from '../../src/core/lint/index.js';
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

test('fix all on a plan lacking several topics and § 4 elements adds no section: templates and skeletons are suggestions; each suggestion still closes its message', () => {
  for (const plan of [
    '# Plan\n\nTekst om beredskap.',
    '---\nplantype: overordnet-beredskapsplan\n---\n\n# Beredskapsplan\n\nTekst.\n',
    '---\nplantype: pandemiplan\nspråk: nn\n---\n\n# Pandemiplan\n\nTekst.\n\n',
  ]) {
    const ms = lint(plan, index);
    const appending = ms.filter((m) => m.ruleId === 'missing-topic' || m.ruleId === 'missing-required-section');
    assert.ok(appending.length >= 2, `several sections to add (${appending.length})`);
    for (const m of appending) assert.equal(m.fix, undefined, m.message);
    const first = fixAll(plan, ms);
    assert.equal(first.text.length - plan.length < 200, true, 'fix all appended no template');
    assert.ok(!first.text.includes('## '.repeat(1) + '[') && !/\[(?:Fyll inn|Rolle|frist)/.test(first.text), 'no placeholders');
    const second = fixAll(first.text, lint(first.text, index));
    assert.equal(second.text, first.text);
    // Picking a suggestion in the editor still adds the section and closes that message.
    const m = appending[0];
    const picked = applyEdits(plan, m.suggestions![0].edits);
    assert.ok(!lint(picked, index).some((x) => x.ruleId === m.ruleId && x.message === m.message));
  }
});
