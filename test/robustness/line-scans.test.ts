/**
 * Backward line scans end on every input (issue 14, defect 1): `lastIndexOf`
 * with a negative position still finds a match at index 0, so a scan built on
 * `lastIndexOf('\n', end - 1)` looped for ever when the first line was blank.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingBefore, surroundingContext, completionContextAt } from '../../src/core/editor/index.js';
import { disableNextLineEdit } from '../../src/core/editor/disable.js';
import { lastIndexBefore, lineStartAt } from '../../src/core/plan/lines.js';

test('lineStartAt never answers past the offset, also when the text starts with a newline', () => {
  assert.equal(lineStartAt('\nabc', 0), 0);
  assert.equal(lineStartAt('\nabc', 1), 1);
  assert.equal(lineStartAt('\nabc', 3), 1);
  assert.equal(lineStartAt('a\nb', 99), 2);
  assert.equal(lastIndexBefore('\n\nx', '\n\n', 0), -1);
  assert.equal(lastIndexBefore('\n\nx', '\n\n', 1), 0);
  for (const text of ['', '\n', '\n\n', 'a', '\na\n', '\r\n\r\n']) {
    for (let o = 0; o <= text.length; o++) assert.ok(lineStartAt(text, o) <= o, `${JSON.stringify(text)} at ${o}`);
  }
});

test('headingBefore returns on a blank first line, and finds the heading above', () => {
  assert.equal(headingBefore('\n[@', 1), '');
  assert.equal(headingBefore('\n[@', 3), '');
  assert.equal(headingBefore('\n\n\n', 2), '');
  assert.equal(headingBefore('# Smittevern\n\ntekst [@', 20), 'Smittevern');
  assert.equal(headingBefore('\n# Smittevern\n\ntekst [@', 21), 'Smittevern');
  assert.equal(headingBefore('# A\r\n\r\n## B\r\ntekst', 16), 'B');
});

test('completion context and surrounding text at the start of a text that starts with blank lines', () => {
  const text = '\nKommunen skal ha lager av smittevernutstyr [@';
  assert.equal(completionContextAt(text, text.length)?.mode, 'group');
  assert.match(surroundingContext({ text }, text.length - 2), /smittevernutstyr/);
  assert.equal(surroundingContext({ text: '\n\nabc' }, 0), '');
});

test('disable-next-line at offset 0 of a text that starts with a newline inserts at 0', () => {
  const e = disableNextLineEdit('\nFylkesmannen', 0, 'outdated-term');
  assert.equal(e.start, 0);
  assert.ok(e.start <= e.end);
});
