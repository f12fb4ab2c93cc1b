/** The disable-comment syntax has one owner (core/lint/disable.ts): what the editor writes, the engine reads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { directiveOnLine, disabledAt, findDirectives, formatDirective, type DirectiveKind } from '../../src/core/lint/disable.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { ruleIds } from '../../src/core/lint/rules/meta.js';

const kinds: DirectiveKind[] = ['disable', 'enable', 'disable-next-line'];

test('a written directive reads back the same, on its line and through the engine', () => {
  fc.assert(
    fc.property(fc.constantFrom(...kinds), fc.subarray([...ruleIds]), fc.constantFrom('', '  ', '\t'), (kind, rules, indent) => {
      const comment = formatDirective(kind, rules);
      assert.deepEqual(directiveOnLine(indent + comment), { kind, rules, indent });
      const plan = analyzePlan(`# Plan\n\n${comment}\nTekst.\n`);
      const [d] = findDirectives(plan);
      assert.deepEqual({ kind: d.kind, rules: d.rules, line: d.line }, { kind, rules, line: 3 });
    }),
  );
});

test('the reader is lenient (commas, no spaces), the line test strict; comments in code do not count', () => {
  const plan = analyzePlan('<!--evidensplan-disable misquote,outdated-term-->\nTekst.\n\n`<!-- evidensplan-enable -->`\n');
  const ds = findDirectives(plan);
  assert.deepEqual(ds.map((d) => [d.kind, d.rules]), [['disable', ['misquote', 'outdated-term']]]);
  const off = disabledAt(ds);
  assert.equal(off('misquote', 60, 4), true);
  assert.equal(off('unknown-source', 60, 4), false);
  assert.equal(directiveOnLine('Tekst <!-- evidensplan-disable -->'), undefined);
  assert.equal(directiveOnLine('<!-- evidensplan-disable-next-line a,b -->'), undefined);
});
