import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanCitations } from '../../src/core/cite/scan.js';

const one = (text: string) => {
  const gs = scanCitations(text);
  assert.equal(gs.length, 1, `one citation in ${JSON.stringify(text)}, got ${gs.length}`);
  return gs[0];
};

test('bracketed citation: key, locator and ranges', () => {
  const text = 'Lager [@ks2021, lp. 3.5.1].';
  const g = one(text);
  assert.equal(text.slice(g.start, g.end), '[@ks2021, lp. 3.5.1]');
  const it = g.items[0];
  assert.equal(it.key, 'ks2021');
  assert.equal(text.slice(it.keyStart, it.keyEnd), 'ks2021');
  assert.equal(it.locatorRaw, 'lp. 3.5.1');
  assert.equal(text.slice(it.locatorStart, it.locatorEnd), 'lp. 3.5.1');
  assert.equal(it.locator?.canonical, 'lp. 3.5.1');
  assert.equal(it.authorInText, false);
  assert.equal(g.problem, undefined);
});

test('several items, prefix, suffix and suppress-author', () => {
  const g = one('[se @ks2021, kap. 2.2; @ks2021, lp. 3.5.1, særlig siste ledd; -@ks2021, fn. 45]');
  assert.deepEqual(
    g.items.map((i) => [i.key, i.locator?.canonical, i.prefix, i.suffix, !!i.suppressAuthor]),
    [
      ['ks2021', 'kap. 2.2', 'se', undefined, false],
      ['ks2021', 'lp. 3.5.1', undefined, 'særlig siste ledd', false],
      ['ks2021', 'fn. 45', undefined, undefined, true],
    ],
  );
});

test('author in text with a bracketed locator, and a bare author-year key', () => {
  const text = 'Som @ks2021 [kap. 2.2] viser, og som @ks2021 sier.';
  const gs = scanCitations(text);
  assert.equal(gs.length, 2);
  assert.equal(text.slice(gs[0].start, gs[0].end), '@ks2021 [kap. 2.2]');
  assert.equal(gs[0].items[0].authorInText, true);
  assert.equal(gs[0].items[0].locator?.canonical, 'kap. 2.2');
  assert.equal(gs[1].items[0].locatorRaw, '');
  // Handles that are not author-year keys are left alone.
  assert.equal(scanCitations('Følg @kommunen på sosiale medier.').length, 0);
});

test('malformed attempts are found and explained', () => {
  assert.equal(one('[@]').problem?.kind, 'empty-key');
  const empty = one('[@ks2021, lp. ]').items[0];
  assert.equal(empty.locator, undefined);
  assert.equal(empty.locatorError?.error, 'bad-number');
  const comma = one('[@ks2021 lp 3.5.1]');
  assert.equal(comma.problem?.kind, 'missing-comma');
  assert.equal(comma.items[0].locator?.canonical, 'lp. 3.5.1', 'still resolves');
  const keyless = one('[@ks2021, lp. 3.5.1; kap. 2.2]');
  assert.equal(keyless.problem?.kind, 'item-without-key');
  assert.equal(one('[@ks2021, x. 33]').items[0].locatorError?.error, 'unknown-label');
  assert.equal(one('[@ks2021, s. 33]').items[0].locator?.canonical, 's. 33', 'a printed page is a locator');
});

test('soft line breaks inside a citation, never a blank line', () => {
  const g = one('Tekst [@ks2021,\n  lp. 3.5.1] videre.');
  assert.equal(g.items[0].locator?.canonical, 'lp. 3.5.1');
  const crlf = one('Tekst [@ks2021,\r\nlp. 3.5.1].');
  assert.equal(crlf.items[0].locator?.canonical, 'lp. 3.5.1');
  // Across a blank line the bracket is no citation; what is left is a bare author-in-text key.
  const split = scanCitations('Tekst [@ks2021,\n\nlp. 3.5.1]');
  assert.ok(split.every((g) => g.items.every((i) => i.authorInText && !i.locator)));
});

test('not a citation: e-mail, link, image, escaped bracket, footnote reference', () => {
  for (const text of [
    'Skriv til post@kommune.no i dag.',
    '[post@kommune.no]',
    'Se [@ks2021, lp. 3.5.1](https://example.org).',
    '![@ks2021, lp. 3.5.1](bilde.png)',
    'Escaped \\[@ks2021, lp. 3.5.1] here.',
    'Fotnote[^1] og [lenke][ref].',
    'e-post: ola.nordmann@ks2021.no',
  ]) {
    assert.deepEqual(scanCitations(text), [], text);
  }
});

test('a range scan only sees its range', () => {
  const text = '[@ks2021, lp. 3.5.1] og [@ks2021, lp. 3.5.2]';
  const gs = scanCitations(text, 21);
  assert.equal(gs.length, 1);
  assert.equal(gs[0].items[0].locator?.canonical, 'lp. 3.5.2');
});

test('10,000 citations in one paragraph, and a 1 MB line of brackets', () => {
  const text = '[@ks2021, lp. 3.5.1] '.repeat(10_000);
  const gs = scanCitations(text);
  assert.equal(gs.length, 10_000);
  assert.equal(gs[9_999].start, 21 * 9_999);
  assert.deepEqual(scanCitations('a['.repeat(500_000)), []);
  assert.equal(scanCitations('@ks2021 ['.repeat(100_000)).length, 100_000, 'each bare key counts once');
});

test('property: never throws, groups are ordered, disjoint and inside the text', () => {
  const alphabet = fc.constantFrom('[', ']', '@', ';', ',', ' ', '\n', 'k', 's', '2', '0', '1', 'l', 'p', '.', '3', '5', '-', '(', ')', '\\', 'æ');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (text) => {
      const gs = scanCitations(text);
      let last = 0;
      for (const g of gs) {
        assert.ok(g.start >= last && g.end > g.start && g.end <= text.length);
        for (const it of g.items) assert.ok(it.keyStart >= g.start && it.keyEnd <= g.end);
        last = g.end;
      }
    }),
    { numRuns: 500 },
  );
});
