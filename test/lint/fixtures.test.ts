/** Whole plans in Bokmål and Nynorsk: the clean ones stay clean, the dirty ones show each rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CITATION_RULES, lint, search } from '../fixtures/lint/helpers.js';

const dir = new URL('../fixtures/lint/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const citationMessages = (text: string) => lint(text, { search: search() }).filter((m) => CITATION_RULES.includes(m.ruleId) || m.ruleId === 'front-matter' || m.ruleId === 'internal-error');

for (const name of ['clean-nb.md', 'clean-nn.md']) {
  test(`${name} stays clean`, () => {
    assert.deepEqual(citationMessages(read(name)).map((m) => `${m.line}:${m.ruleId}: ${m.message}`), []);
  });
}

for (const name of ['dirty-nb', 'dirty-nn']) {
  test(`${name}.md shows the expected rules, in order`, () => {
    const expected = JSON.parse(read(`${name}.expected.json`)) as string[];
    assert.deepEqual(citationMessages(read(`${name}.md`)).map((m) => m.ruleId), expected);
  });
}

test('CRLF and a BOM change nothing but offsets', () => {
  const text = read('dirty-nb.md');
  const crlf = '\ufeff' + text.replace(/\n/g, '\r\n');
  const a = citationMessages(text).map((m) => [m.ruleId, m.line, m.column]);
  const b = citationMessages(crlf).map((m) => [m.ruleId, m.line, m.line === 1 ? m.column - 1 : m.column]);
  assert.deepEqual(b, a);
});
