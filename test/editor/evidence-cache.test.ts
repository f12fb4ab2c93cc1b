/**
 * Hovering the same heading again asks the search index nothing: the evidence hover keeps the
 * SEARCH_CACHE_SIZE most recently used answers per index (the shared BoundedCache), and a
 * heading hovered again and again stays kept while others come and go.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evidenceHover, SEARCH_CACHE_SIZE } from '../../src/core/editor/evidence.js';
import type { EditorSearch } from '../../src/core/editor/types.js';
import { doc, mini } from './fixture.js';

const { report, search } = mini();

test('the evidence hover asks the index once per heading while it is recent, and evicts the least recently hovered', () => {
  let calls = 0;
  const counting: EditorSearch = {
    search: (q, o) => {
      calls++;
      return search.search(q, o);
    },
  };
  // One plan with many distinct headings, each a different search.
  const n = SEARCH_CACHE_SIZE + 2;
  const headings = Array.from({ length: n }, (_, i) => `Beredskapslager ${i} for smittevernutstyr`);
  const text = headings.map((h) => `# ${h}\n\nTekst.\n`).join('\n');
  const d = doc(text);
  const hover = (i: number) => {
    const h = evidenceHover(d.plan, text.indexOf(`# ${headings[i]}\n`) + 3, report, counting, { uri: 'u' });
    assert.ok(h, `a hover on heading ${i}`);
  };

  hover(0);
  const once = calls;
  assert.ok(once >= 1, 'the first hover searches');
  hover(0);
  assert.equal(calls, once, 'the same heading again: no search');

  // Fill the cache with other headings, hovering heading 0 again half-way (it becomes recent).
  for (let i = 1; i < SEARCH_CACHE_SIZE; i++) {
    hover(i);
    if (i === SEARCH_CACHE_SIZE / 2) hover(0);
  }
  const before = calls;
  hover(SEARCH_CACHE_SIZE); // one more: evicts heading 1, the least recently hovered, not heading 0
  hover(SEARCH_CACHE_SIZE + 1); // and heading 2
  const searched = calls - before;
  hover(0);
  assert.equal(calls - before, searched, 'heading 0 was hovered recently: still kept');
  hover(1);
  assert.ok(calls - before > searched, 'heading 1 was the least recently hovered: searched again');
});
