/**
 * Regression: in a CRLF file, fixes that insert line breaks (the skeleton of
 * missing-required-section, the template of missing-topic) inserted bare LFs.
 * The engine now writes every fix's line breaks as the document's own.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, detectEol, withEol, fixWithEol } from '../../src/core/lint/index.js';
import { loadIndex, lint, type Index } from '../support/pipeline.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

const LF_PLAN = '---\nplantype: overordnet-beredskapsplan\n---\n\n# Beredskapsplan\n\nFylkesmannen skal varsles.\n';
const CRLF_PLAN = LF_PLAN.replace(/\n/g, '\r\n');
const bareLf = /(^|[^\r])\n/;

test('CRLF plan: the section fixes insert CRLF only, and at the same places as for LF', () => {
  const a = lint(LF_PLAN, index);
  const b = lint(CRLF_PLAN, index);
  const inserting = b.filter((m) => m.ruleId === 'missing-required-section' || m.ruleId === 'missing-topic');
  assert.ok(inserting.some((m) => m.ruleId === 'missing-required-section'), 'the overall plan lacks § 4 elements');
  assert.ok(inserting.some((m) => m.ruleId === 'missing-topic'), 'the plan lacks topics');
  for (const m of b) {
    for (const e of m.fix?.edits ?? []) {
      assert.ok(!bareLf.test(e.text), `${m.ruleId} inserts a bare LF: ${JSON.stringify(e.text.slice(0, 80))}`);
      assert.ok(!(CRLF_PLAN[e.start - 1] === '\r' && CRLF_PLAN[e.start] === '\n'), `${m.ruleId} splits a CRLF`);
    }
  }
  // Same messages at the same lines and columns; the LF file's fixes keep LF.
  assert.deepEqual(b.map((m) => `${m.ruleId}@${m.line}:${m.column}`), a.map((m) => `${m.ruleId}@${m.line}:${m.column}`));
  for (const m of a) for (const e of m.fix?.edits ?? []) assert.ok(!e.text.includes('\r'), `${m.ruleId} inserts CR into an LF file`);
  // Fix all on the CRLF file leaves a pure CRLF file that reads like the fixed LF file.
  const fixedCrlf = fixAll(CRLF_PLAN, b).text;
  assert.ok(!bareLf.test(fixedCrlf), 'fix all left a bare LF in the CRLF file');
  assert.equal(fixedCrlf.replace(/\r\n/g, '\n'), fixAll(LF_PLAN, a).text);
});

test('the line-end helpers: detect from the first break, normalise inserted text, never split CRLF', () => {
  assert.equal(detectEol('a\r\nb\nc'), '\r\n');
  assert.equal(detectEol('a\nb\r\n'), '\n');
  assert.equal(detectEol('no breaks'), '\n');
  assert.equal(withEol('x\ny\r\nz', '\r\n'), 'x\r\ny\r\nz');
  assert.equal(withEol('x\ny\r\nz', '\n'), 'x\ny\nz');
  const text = 'a\r\nb';
  const fix = fixWithEol(text, { title: 't', edits: [{ start: 2, end: 2, text: '## X\n\n' }] });
  assert.deepEqual(fix.edits, [{ start: 3, end: 3, text: '## X\r\n\r\n' }]);
});
