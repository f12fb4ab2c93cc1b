import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import { disableFileEdit, disableNextLineEdit, disableRuleInConfig } from '../../src/core/editor/disable.js';
import { applyEdits } from '../../src/core/lint/fix.js';
import { parseConfig } from '../../src/core/lint/config.js';
import { findDirectives, disabledAt } from '../../src/core/lint/disable.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';

const apply = (text: string, e: { start: number; end: number; text: string }) => applyEdits(text, [e]);

test('disable for this line: a comment above the line, with its indentation; the lint engine honours it', () => {
  const text = '# Plan\n\n- Punkt en\n  - Rådmannen leder\n';
  const offset = text.indexOf('Rådmannen');
  const out = apply(text, disableNextLineEdit(text, offset, 'outdated-term'));
  assert.equal(out, '# Plan\n\n- Punkt en\n  <!-- evidensplan-disable-next-line outdated-term -->\n  - Rådmannen leder\n');
  const plan = analyzePlan(out);
  const isOff = disabledAt(findDirectives(plan));
  const o = out.indexOf('Rådmannen');
  assert.equal(isOff('outdated-term', o, plan.lineCol(o).line), true);
  assert.equal(isOff('misquote', o, plan.lineCol(o).line), false);
});

test('disable for this line twice: the second rule joins the first comment', () => {
  const text = 'A\n<!-- evidensplan-disable-next-line outdated-term -->\nRådmannen sa 99 %.\n';
  const out = apply(text, disableNextLineEdit(text, text.indexOf('99'), 'number-mismatch'));
  assert.equal(out, 'A\n<!-- evidensplan-disable-next-line outdated-term number-mismatch -->\nRådmannen sa 99 %.\n');
  // Asking again changes nothing.
  assert.equal(apply(out, disableNextLineEdit(out, out.indexOf('99'), 'number-mismatch')), out);
});

test('disable for this file: after the front matter, CRLF kept; a second rule joins', () => {
  const text = '---\nplantype: smittevernplan\n---\n\n# Plan\r\n';
  const plan = analyzePlan(text);
  const out = apply(text, disableFileEdit(text, 'stale-review', plan.frontmatter.end));
  assert.ok(out.startsWith('---\nplantype: smittevernplan\n---\n'), out);
  assert.match(out, /---\n<!-- evidensplan-disable stale-review -->\r\n\n# Plan/);
  const plan2 = analyzePlan(out);
  const out2 = apply(out, disableFileEdit(out, 'misquote', plan2.frontmatter.end));
  assert.match(out2, /<!-- evidensplan-disable stale-review misquote -->/);
  assert.equal(apply(out2, disableFileEdit(out2, 'misquote', analyzePlan(out2).frontmatter.end)), out2);
  // Without front matter: at the very top.
  assert.equal(apply('# Plan\n', disableFileEdit('# Plan\n', 'misquote', 0)), '<!-- evidensplan-disable misquote -->\n# Plan\n');
});

test('disable for the workspace: a new config, or an edit that keeps comments and other rules', () => {
  const created = disableRuleInConfig(undefined, 'outdated-term');
  assert.equal(created.unchanged, false);
  assert.deepEqual(parse(created.text), { rules: { 'outdated-term': 'off' } });
  assert.equal(parseConfig(created.text).rules['outdated-term'].level, 'off');

  const existing = '// Kommunens oppsett\n{\n  "language": "nn", // nynorsk\n  "rules": {\n    /* strengt */ "misquote": "error",\n    "number-mismatch": ["warning", { "tolerance": 1 }]\n  }\n}\n';
  const a = disableRuleInConfig(existing, 'stale-review');
  assert.ok(a.text.includes('// Kommunens oppsett') && a.text.includes('// nynorsk') && a.text.includes('/* strengt */'));
  const cfg = parseConfig(a.text);
  assert.equal(cfg.rules['stale-review'].level, 'off');
  assert.equal(cfg.rules.misquote.level, 'error');
  // A rule with options keeps them.
  const b = disableRuleInConfig(a.text, 'number-mismatch');
  const cfgB = parseConfig(b.text);
  assert.equal(cfgB.rules['number-mismatch'].level, 'off');
  assert.deepEqual(cfgB.rules['number-mismatch'].options, { tolerance: 1 });
  // Already off: unchanged. Broken file: an error, nothing written.
  assert.equal(disableRuleInConfig(b.text, 'number-mismatch').unchanged, true);
  assert.equal(disableRuleInConfig('{ "rules": ', 'misquote').error, 'parse');
});
