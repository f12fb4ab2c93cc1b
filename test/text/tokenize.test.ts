import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAIN_WORDS, QUOTE_WORDS, SEARCH_WORDS, quoteWords, tokenize, wordTokenizer } from '../../src/core/text/tokenize.js';
import { tokenize as searchTokenize } from '../../src/core/search/tokenize.js';
import { tokenize as termsTokenize } from '../../src/core/terms/tokenize.js';
import { tokenize as lintTokenize } from '../../src/core/lint/textnorm.js';

const SAMPLE = 'Smittevern- og e-læring i kap. 3.5.1, Norway’s 1,5 beredskap\u00ADsplan.';

test('one tokenizer: each caller gets its own options over the same scanner', () => {
  const words = (opts: Parameters<typeof wordTokenizer>[0]) => wordTokenizer(opts)(SAMPLE).map((t) => t.text);
  assert.deepEqual(words(SEARCH_WORDS), ['Smittevern-', 'og', 'e-læring', 'i', 'kap', '3.5.1', 'Norway’s', '1,5', 'beredskap\u00ADsplan']);
  assert.deepEqual(words(PLAIN_WORDS), ['Smittevern', 'og', 'e', 'læring', 'i', 'kap', '3', '5', '1', 'Norway', 's', '1', '5', 'beredskap', 'splan']);
  assert.deepEqual(words(QUOTE_WORDS), ['Smittevern', 'og', 'e-læring', 'i', 'kap', '3', '5', '1', 'Norway’s', '1', '5', 'beredskap', 'splan']);
  // The callers use exactly these variants.
  assert.deepEqual(searchTokenize(SAMPLE).map((t) => t.text), words(SEARCH_WORDS));
  assert.deepEqual(termsTokenize(SAMPLE).map((t) => t.text), words(PLAIN_WORDS));
  assert.deepEqual(tokenize(SAMPLE).map((t) => t.text), words(PLAIN_WORDS));
});

test('ranges point at the token in the text', () => {
  for (const t of searchTokenize(SAMPLE)) assert.equal(SAMPLE.slice(t.start, t.end), t.text);
  for (const t of termsTokenize(SAMPLE)) {
    assert.equal(SAMPLE.slice(t.start, t.end), t.text);
    assert.equal(t.lower, t.text.toLowerCase());
  }
});

test('combining marks stay inside a word except in the quote variant', () => {
  const text = 'ide\u0301 kafe\u0301';
  assert.deepEqual(tokenize(text).map((t) => t.text), ['ide\u0301', 'kafe\u0301']);
  assert.deepEqual(wordTokenizer(QUOTE_WORDS)(text).map((t) => t.text), ['ide', 'kafe']);
});

test('quote words: footnote markers dropped, line-break hyphenation joined, offsets kept', () => {
  const text = 'Kommunene43 har informert[^2] om bered-\n  skapen og e-læring¹.';
  const w = quoteWords(text, 10);
  assert.deepEqual(w.map((x) => x.w), ['kommunene', 'har', 'informert', 'om', 'beredskapen', 'og', 'elæring']);
  const bered = w[4];
  assert.equal(text.slice(bered.start - 10, bered.end - 10), 'bered-\n  skapen');
  assert.deepEqual(lintTokenize(text, 10), w);
});

test('a long hyphen chain is one search token and many plain ones', () => {
  const long = 'a-'.repeat(50_000) + 'a';
  assert.equal(wordTokenizer(SEARCH_WORDS)(long).length, 1);
  assert.equal(tokenize(long).length, 50_001);
});
