/** `[+@]` in prose (a regular expression, say) is not a citation (issue 14, defect 10). */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { scanCitations } from '../../src/core/cite/scan.js';
import { fixAll } from '../../src/core/lint/index.js';
import { loadIndex, lint, type Index } from '../support/pipeline.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

test('[+@] and [.@] are no citations; [@] and [-@] stay malformed citations the editor explains', () => {
  assert.deepEqual(scanCitations('Mønsteret [+@] finner e-post.'), []);
  assert.deepEqual(scanCitations('Tegnklassen [.@] og [%@] er regex.'), []);
  assert.equal(scanCitations('Se [@].')[0]?.problem?.kind, 'empty-key');
  assert.equal(scanCitations('Se [-@].').length, 1);
  assert.equal(scanCitations('Se [+@ks2021, lp. 3.5.1].').length, 1, 'a key after the punctuation is still read');
});

test('lint --fix leaves a regular expression in prose alone', () => {
  const text = '# Plan\n\nE-post gjenkjennes med mønsteret [+@] i skjemaet.\n';
  const messages = lint(text, index).filter((m) => m.ruleId === 'unknown-locator' || m.ruleId === 'unknown-source');
  assert.deepEqual(messages, []);
  assert.ok(fixAll(text, lint(text, index)).text.includes('[+@] i skjemaet'));
});
