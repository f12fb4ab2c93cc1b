/**
 * Features that used to read Markdown with their own line regexes now read the plan model (remark):
 * the evidence view's "paragraph under the cursor" (src/vscode/search/items.ts) and where "Insert
 * citation" from a heading's evidence hover lands (core/editor/evidence.ts). What the line readers
 * got wrong, the model gets right: a fence opened by four backticks or inside a list, front matter
 * closed by "...", a table row, a heading written with Setext underlining.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphAt } from '../../src/vscode/search/items.js';
import { citationInsertionPoint } from '../../src/core/editor/evidence.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';

const line = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

test('paragraphAt: the prose block under the cursor with the heading above it', () => {
  const text = [
    '---', 'plantype: pandemiplan', '...', '', 'Tittel', '======', '', 'Første avsnitt om lager', 'av munnbind.', '',
    '````', '```', 'ikke prosa', '```', '````', '',
    '- punkt om smittesporing', '', '  ```', '  kode i en liste', '  ```', '',
    '| Tiltak | Ansvar |', '|---|---|', '| Testing | Kommunelegen |', '',
    '## Under', '', '> Sitat om karantene', '> over to linjer.',
  ].join('\n');
  const plan = analyzePlan(text);
  assert.deepEqual(paragraphAt(plan, line(text, 'av munnbind')), { text: 'Første avsnitt om lager\nav munnbind.', line: line(text, 'Første'), heading: 'Tittel' });
  // Front matter closed by "...", headings (Setext too), code (four-backtick fence, fence in a list), blank lines: nothing.
  for (const needle of ['plantype', 'Tittel', '======', 'ikke prosa', 'kode i en liste', '## Under']) {
    assert.equal(paragraphAt(plan, line(text, needle)), undefined, needle);
  }
  assert.equal(paragraphAt(plan, line(text, 'av munnbind') + 1), undefined, 'blank line');
  assert.equal(paragraphAt(plan, 999), undefined);
  assert.equal(paragraphAt(plan, line(text, 'punkt om'))?.text, 'punkt om smittesporing');
  // A table row is one paragraph: the row as written.
  assert.deepEqual(paragraphAt(plan, line(text, '| Testing')), { text: '| Testing | Kommunelegen |', line: line(text, '| Testing'), heading: 'Tittel' });
  assert.equal(paragraphAt(plan, line(text, 'over to'))?.heading, 'Under');
  assert.equal(paragraphAt(plan, line(text, 'over to'))?.line, line(text, '> Sitat'));
});

test('insertion point under a heading: the first paragraph below it, past code; a new line when a heading or a table comes first', () => {
  const text = '# Lager\n\n```\nkode.\n```\n\nKommunen har lager.\n\n# Tabell\n\n| a | b |\n|---|---|\n| c | d |\n';
  const plan = analyzePlan(text);
  const lager = citationInsertionPoint(plan, plan.headings[0], true);
  assert.equal(text.slice(0, lager.offset), text.slice(0, text.indexOf('lager.') + 'lager'.length), 'before the full stop of the paragraph, not inside the code');
  assert.equal(lager.prefix, ' ');
  const tabell = citationInsertionPoint(plan, plan.headings[1], true);
  assert.deepEqual(tabell, { offset: text.indexOf('\n', plan.headings[1].end), prefix: '\n\n' });
});
