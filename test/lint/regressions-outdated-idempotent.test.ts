/**
 * Regression (fast-check, seed 777): a word holding an outdated term twice got a fix
 * that replaced one part, so fix all applied to its own result changed the text again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, lintText } from '../../src/core/lint/index.js';
import { loadReportIndexSync } from '../../src/node/resources.js';

test('outdated-term: a fix that would still be flagged is a suggestion, and fix all is idempotent', () => {
  const report = loadReportIndexSync();
  const text = 'Tekst helseshelsesysterhelseshelsesyster her. Fylkesmannen har ansvaret.\n';
  const lint = (t: string) => lintText(t, { report, now: new Date('2026-11-26'), treatAsPlan: true }).filter((m) => m.ruleId === 'outdated-term');
  const first = lint(text);
  assert.equal(first.length, 2);
  const odd = first.find((m) => m.start === text.indexOf('helses'))!;
  assert.equal(odd.fix, undefined);
  assert.ok(odd.suggestions?.length, 'the replacement is still offered');
  const once = fixAll(text, first).text;
  assert.ok(once.includes('Statsforvalteren'));
  assert.equal(fixAll(once, lint(once)).text, once);
});
