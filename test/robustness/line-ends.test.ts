/**
 * Line ends other than LF (issue 14, defect 10): CR-only files get CR
 * insertions and right line numbers; in CRLF files `endColumn` never counts
 * the `\r`; `--fix` twice keeps the line ends.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../src/core/lint/index.js';
import { detectEol, withEol } from '../../src/core/lint/eol.js';
import { lineIndex } from '../../src/core/plan/lines.js';
import { disableNextLineEdit } from '../../src/core/editor/disable.js';
import { generatePlan } from '../../bench/gen.js';
import { loadIndex, lint, type Index } from '../support/pipeline.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

const lf = '---\nplantype: overordnet-beredskapsplan\n---\n\n# Plan\n\nTekst.\n\nFylkesmannen skal varsles.\n';

test('CR-only: line numbers count CR line breaks, as LF does', () => {
  const cr = lf.replace(/\n/g, '\r');
  const key = (t: string) => lint(t, index).map((m) => `${m.ruleId}@${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
  assert.deepEqual(key(cr), key(lf));
  const term = lint(cr, index).find((m) => m.ruleId === 'outdated-term');
  assert.equal(term?.line, 9);
  assert.equal(lineIndex('a\rb\r\nc\nd').lineCount, 4);
  assert.equal(detectEol(cr), '\r');
  assert.equal(withEol('a\nb\r\nc', '\r'), 'a\rb\rc');
});

test('CR-only: fixes insert CR line breaks, and fix-all twice changes nothing and keeps them', () => {
  const cr = lf.replace(/\n/g, '\r');
  const once = fixAll(cr, lint(cr, index));
  assert.ok(once.applied > 0);
  assert.ok(!once.text.includes('\n'), 'no LF in a CR-only file');
  const twice = fixAll(once.text, lint(once.text, index));
  assert.equal(twice.applied, 0);
  const edit = disableNextLineEdit(cr, cr.indexOf('Fylkesmannen'), 'outdated-term');
  assert.equal(edit.start, cr.indexOf('Fylkesmannen'), 'the comment goes on the line above the term');
  assert.ok(edit.text.endsWith('-->\r'), JSON.stringify(edit.text));
});

test('CRLF: endColumn never counts the \\r', () => {
  const texts = [
    '---\r\nplantype: sektorplan\r\nkommune: [a\r\n---\r\n\r\n# Plan\r\n',
    generatePlan({ bytes: 12_000, seed: 8 }).replace(/\n/g, '\r\n'),
  ];
  for (const text of texts) {
    const lines = text.split('\r\n');
    const messages = lint(text, index);
    assert.ok(messages.length > 0);
    for (const m of messages) {
      const len = lines[m.endLine - 1]?.length ?? 0;
      assert.ok(m.endColumn <= len + 1, `${m.ruleId} ends at ${m.endLine}:${m.endColumn}, past the line's ${len} characters`);
    }
  }
});
