import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeSnippet, renderTemplate, TabstopCounter } from '../../src/core/snippets/snippet-syntax.js';
import { expandSnippet } from './expand-snippet.js';

test('literal $, } and \\ survive a snippet round trip', () => {
  const nasty = 'Kostnad $100 {x} \\n ${1:evil} $TM_FILENAME }';
  const snippet = escapeSnippet(nasty);
  const ex = expandSnippet(snippet);
  assert.equal(ex.text, nasty);
  assert.deepEqual(ex.tabstops, []);
});

test('placeholders become tabstops in the snippet and [hint] in the text', () => {
  const c = new TabstopCounter();
  const r = renderTemplate('{title}: {{rolle}} har ansvar, status {{ikke startet|pågår}}.', { title: 'Utstyr $ }' }, c);
  assert.equal(r.text, 'Utstyr $ }: [rolle] har ansvar, status ikke startet.');
  const ex = expandSnippet(r.snippet);
  assert.equal(ex.text, 'Utstyr $ }: rolle har ansvar, status ikke startet.');
  assert.deepEqual(ex.placeholders, [{ n: 1, value: 'rolle' }]);
  assert.deepEqual(ex.choices, [{ n: 2, options: ['ikke startet', 'pågår'] }]);
});

test('a choice option with a comma or a dollar is escaped', () => {
  const r = renderTemplate('{{a, b|c$d}}', {}, new TabstopCounter());
  const ex = expandSnippet(r.snippet);
  assert.deepEqual(ex.choices[0].options, ['a, b', 'c$d']);
});

test('unknown variables stay as written', () => {
  const r = renderTemplate('{ukjent} {title}', {}, new TabstopCounter());
  assert.equal(r.text, '{ukjent} {title}');
  assert.equal(expandSnippet(r.snippet).text, '{ukjent} {title}');
});
