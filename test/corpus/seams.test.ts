/**
 * Regression tests for the seams an audit found in the index (issue 10): each
 * drives the parsed report the way a writer meets it (the finding's text, its
 * locator, its section), and each failed before its fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinPieces, wholeWords } from '../../src/core/corpus/text.js';
import { report, source } from './support.js';

const byLocator = (l: string) => report().findings.find((f) => f.locator === l);
const containing = (s: string) => report().findings.filter((f) => f.text.includes(s));

test('a line-end hyphen is dropped only where the joined word is a word: "august-desember" and "covid-19-relaterte" stay', () => {
  assert.ok(containing('august-desember').length >= 2, 'both "august-desember" passages keep the hyphen');
  assert.equal(containing('augustdesember').length, 0);
  assert.ok(containing('covid-19-relaterte').length >= 1);
  assert.equal(containing('covid- 19').length, 0);
  // A word broken over two lines is still joined.
  assert.ok(containing('beredskapsområdet').length >= 1);
  assert.equal(containing('beredskaps-området').length, 0);
  // The rule itself, on made-up pieces.
  const isWord = wholeWords('august og desember, og smittevern er ett ord');
  assert.equal(joinPieces(['i august-', 'desember 2020'], ['none', 'line'], isWord), 'i august-desember 2020');
  assert.equal(joinPieces(['god smitte-', 'vern'], ['none', 'line'], isWord), 'god smittevern');
  assert.equal(joinPieces(['covid-', '19-relaterte'], ['none', 'line'], isWord), 'covid-19-relaterte');
  assert.ok(source.includes('august-\n') || source.includes('august- \n') || /august-\s*\n/.test(source));
});
