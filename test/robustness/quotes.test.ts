/**
 * One quote finder for every caller (issue 14, defect 7): a quote ends at a
 * paragraph break whatever the line ends and when the blank line holds spaces;
 * outdated-term and misquote see the same quotes, „…“ and nested «…«…»…» included.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePlan } from '../../src/core/plan/index.js';
import { scanQuotes } from '../../src/core/plan/quotes.js';
import { findQuotes } from '../../src/core/lint/quotes.js';
import { quoteRanges } from '../../src/core/terms/index.js';
import { loadIndex, lint, type Index } from '../support/pipeline.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

const outdated = (text: string) => lint(text, index).filter((m) => m.ruleId === 'outdated-term').map((m) => text.slice(m.start, m.end));

test('an unclosed quote stops at a paragraph break: LF, CRLF, CR, and a blank line of spaces', () => {
  for (const text of [
    'Han sa "ja.\n\nFylkesmannen skal varsles."\n',
    'Han sa "ja.\r\n\r\nFylkesmannen skal varsles."\r\n',
    'Han sa "ja.\r\rFylkesmannen skal varsles."\r',
    'Han sa "ja.\n   \nFylkesmannen skal varsles."\n',
    'Han sa "ja.\r\n \t \r\nFylkesmannen skal varsles."\r\n',
    'Han sa «ja.\r\n\r\nFylkesmannen skal varsles.»\r\n',
  ]) {
    assert.deepEqual(outdated(text), ['Fylkesmannen'], JSON.stringify(text));
  }
  // Within one paragraph the quote holds, and the quoted term is left alone.
  assert.deepEqual(outdated('Han sa "Fylkesmannen skal varsles."\n'), []);
  assert.deepEqual(outdated('Han sa „Fylkesmannen skal varsles“ i 2018.\n'), []);
});

test('the finder the rules use and the one the term search uses agree, „…“ and nested «…«…»…» included', () => {
  const text = [
    'Rapporten sier «kommunene «manglet» utstyr» og „smittevern var viktig“ og “ja” og "nei" og ‘kanskje’.',
    '',
    'Tommer: 5" skjerm og kommunens\u2019 ansvar, så «åpent sitat.',
    '',
    'Ny «avsnitt» her.',
  ].join('\n');
  const plan = analyzePlan(text);
  const fromRules = findQuotes(plan).map((q) => text.slice(q.start, q.end));
  const fromTerms = quoteRanges(text).map((q) => text.slice(q.start, q.end));
  assert.deepEqual(fromRules, ['«kommunene «manglet» utstyr»', '„smittevern var viktig“', '“ja”', '"nei"', '‘kanskje’', '«avsnitt»']);
  assert.deepEqual(fromTerms, fromRules);
  // Inner text of a nested quote: everything between the outer marks.
  const q = scanQuotes(text)[0];
  assert.equal(text.slice(q.innerStart, q.innerEnd), 'kommunene «manglet» utstyr');
});
