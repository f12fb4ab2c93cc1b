/**
 * Footnote markers are cut only when they are the next footnote in sequence.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FootnoteMarkers } from '../../src/build/corpus/markers.js';

const all = new Set(Array.from({ length: 140 }, (_, k) => k + 1));

function run(lines: string[], numbers = all) {
  const m = new FootnoteMarkers(numbers);
  return lines.map((l) => {
    const r = m.cut(l, 0);
    return { text: r.text, refs: r.refs };
  });
}

test('glued markers after words, full stops, years; spaced markers; a second marker', () => {
  const out = run([
    'i pandemien i 2020.1 Totalt har undersøkelsen svar fra 1963 respondenter',
    'representanter for 16 utvalgte kommuner2 og fem fylkeskommuner om fire tema',
    'Heldøgns pleie og omsorg3, sårbare barn og unge',
    'fra og med mai 20204 for kommunen',
    'en krisestab. 5 En slik krisestab',
    'kunne vært bedre. 6Det er flere kommuner',
    'allerede fra første nedstengning.7 8 Flere viser til',
  ]);
  assert.deepEqual(out.map((o) => o.text), [
    'i pandemien i 2020. Totalt har undersøkelsen svar fra 1963 respondenter',
    'representanter for 16 utvalgte kommuner og fem fylkeskommuner om fire tema',
    'Heldøgns pleie og omsorg, sårbare barn og unge',
    'fra og med mai 2020 for kommunen',
    'en krisestab.  En slik krisestab',
    'kunne vært bedre. Det er flere kommuner',
    'allerede fra første nedstengning.  Flere viser til',
  ]);
  assert.deepEqual(out.flatMap((o) => o.refs), [1, 2, 3, 4, 5, 6, 7, 8]);
});

test('real numbers stay: out of sequence, already used, or no such footnote', () => {
  const out = run(['Totalt 1963 respondenter i 2020.', 'svar fra 245 kommuner og 75 prosent', 'kapittel 6.4.1 mener de fleste'], all);
  assert.deepEqual(out.map((o) => o.refs), [[], [], []]);
  assert.equal(out[0].text, 'Totalt 1963 respondenter i 2020.');
  // "per 1. februar" is a date; footnote 9 is too far ahead of the expected 1 (a few may be skipped, not more).
  assert.deepEqual(run(['per 1. februar 2021 og kommuner9'], new Set([1, 9])).map((o) => o.refs), [[]]);
  assert.deepEqual(run(['per 20.3.2021 og 1.4 million'], all).map((o) => o.refs), [[]]);
  const m = new FootnoteMarkers(new Set([1, 2]));
  m.cut('ord1 her', 0);
  assert.deepEqual(m.cut('et ord1 igjen', 0).refs, [], 'a marker is used once');
  assert.deepEqual(m.unreferenced(), [2]);
});

test('spans point into the source and skip the marker', () => {
  const m = new FootnoteMarkers(new Set([1]));
  const line = '  flere kommuner1 som påpeker  ';
  const r = m.cut(line, 100);
  assert.deepEqual(r.spans, [{ start: 102, end: 116 }, { start: 117, end: 129 }]);
  assert.equal(r.text, 'flere kommuner som påpeker');
});
