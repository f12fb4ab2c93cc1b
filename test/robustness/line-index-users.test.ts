/**
 * Every place that turns an offset into a line reads the one line index (src/core/plan/lines.ts), so
 * a bibliography error, a § 4 element and a topic found in a plain headings-and-text plan land on
 * the same line whatever the file's line breaks are (LF, CRLF or a lone CR, as VS Code counts them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBibliography } from '../../src/core/sources/bibliography.js';
import { requiredElements, topicsAddressed, topicById } from '../../src/core/topics/index.js';

const EOLS = { lf: '\n', crlf: '\r\n', cr: '\r' } as const;
const withEol = (lines: string[], eol: string) => lines.join(eol);

test('a CSL-JSON syntax error is placed at the same line and column with LF, CRLF and CR line breaks', () => {
  const lines = ['[', '  {"id": "a"},', '  {"id": }', ']'];
  for (const [name, eol] of Object.entries(EOLS)) {
    const p = parseBibliography(withEol(lines, eol), 'refs.json').problems[0];
    assert.equal(p?.code, 'bib-syntax', name);
    assert.deepEqual([p.line, p.column], [3, 10], name);
  }
});

test('BibTeX entries keep their lines with LF, CRLF and CR line breaks', () => {
  const lines = ['% refs', '', '@book{a, title={A}, year=2020}', '', '@report{b, title={B}, year=2021}'];
  for (const [name, eol] of Object.entries(EOLS)) {
    const r = parseBibliography(withEol(lines, eol), 'refs.bib');
    assert.deepEqual(
      r.entries.map((e) => [e.entry.id, e.line]),
      [
        ['a', 3],
        ['b', 5],
      ],
      name,
    );
  }
});

test('a § 4 element is found on its own line with LF, CRLF and CR line breaks', () => {
  const lines = ['# Plan', '', 'Vi har en kriseledelse.', '', 'Vi har en evakueringsplan, og varsling av befolkningen skjer på SMS.', ''];
  for (const [name, eol] of Object.entries(EOLS)) {
    const found = requiredElements({ text: withEol(lines, eol) });
    const a = found.find((s) => s.element.letter === 'a')!;
    assert.deepEqual([a.present, a.line], [true, 3], name);
    const d = found.find((s) => s.element.letter === 'd')!; // an element with parts: the line of its first part
    assert.deepEqual([d.present, d.line], [true, 5], name);
  }
});

test('a topic in a plain headings-and-text plan (no plan model) is on its heading line with LF, CRLF and CR', () => {
  for (const [name, eol] of Object.entries(EOLS)) {
    const text = withEol(['Intro', '', 'Kommunelegens rolle', ''], eol);
    const s = topicsAddressed({ text, headings: [{ text: 'Kommunelegens rolle', line: 3 }] }, 'nb', { topics: [topicById('kommunelegens-rolle')!] })[0];
    assert.equal(s.how, 'heading', name);
    assert.equal(s.line, 3, name);
  }
});
