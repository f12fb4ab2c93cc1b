import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completionContextAt, completionDocumentation, completionItems, headingBefore, insideCodeOrFrontMatter, surroundingContext } from '../../src/core/editor/completion.js';
import { at, doc, mini } from './fixture.js';

const { report, search } = mini();

/** What the document reads after accepting `item` (VS Code replaces item.range with insertText). */
function accept(text: string, item: { range: { start: number; end: number }; insertText: string }): string {
  return text.slice(0, item.range.start) + item.insertText + text.slice(item.range.end);
}

test('after `[@` the whole canonical citation is inserted, also when `]` was auto-closed', () => {
  const open = 'Vi trenger et lager for smittevernutstyr [@';
  const ctx = completionContextAt(open, open.length)!;
  assert.equal(ctx.mode, 'group');
  const d = doc(open);
  const items = completionItems(ctx, d.plan, report, search);
  const lp = items.find((i) => i.locator === 'lp. 3.5.1')!;
  assert.equal(accept(open, lp), 'Vi trenger et lager for smittevernutstyr [@ks2021, lp. 3.5.1]');

  const closed = 'Vi trenger et lager for smittevernutstyr [@]';
  const ctx2 = completionContextAt(closed, closed.length - 1)!;
  assert.equal(ctx2.closed, true);
  const lp2 = completionItems(ctx2, doc(closed).plan, report, search).find((i) => i.locator === 'lp. 3.5.1')!;
  assert.equal(accept(closed, lp2), 'Vi trenger et lager for smittevernutstyr [@ks2021, lp. 3.5.1]');
});

test('after `@ks2021, ` and in a second item the item is completed, keeping the brackets', () => {
  const text = 'Se [@ks2021, lp. 7.4.1; @ks2021, ]';
  const offset = text.length - 1;
  const ctx = completionContextAt(text, offset)!;
  assert.equal(ctx.mode, 'item');
  const item = completionItems(ctx, doc(text).plan, report, search).find((i) => i.locator === 'lp. 7.4.2')!;
  assert.equal(accept(text, item), 'Se [@ks2021, lp. 7.4.1; @ks2021, lp. 7.4.2]');

  const prefix = 'Tekst [se @ks2021, ';
  const ctx2 = completionContextAt(prefix, prefix.length)!;
  assert.equal(ctx2.mode, 'item');
  assert.equal(prefix.slice(ctx2.range.start, ctx2.range.end), '@ks2021, ');
});

test('the current paragraph and heading rank the findings', () => {
  const a = '# Utstyrsberedskap\n\nKommunen skal ha et beredskapslager for smittevernutstyr og sikre innkjøp [@';
  const itemsA = completionItems(completionContextAt(a, a.length)!, doc(a).plan, report, search);
  assert.equal(itemsA[0].locator, 'lp. 3.5.1');
  assert.equal(itemsA[0].preselect, true);

  const b = '# Sårbare barn og unge\n\nRisikovurderingene må oppdateres jevnlig under en pandemi [@';
  const itemsB = completionItems(completionContextAt(b, b.length)!, doc(b).plan, report, search);
  assert.equal(itemsB[0].locator, 'lp. 7.4.2');
  // sortText follows the ranking.
  const sorted = [...itemsB].sort((x, y) => x.sortText.localeCompare(y.sortText));
  assert.deepEqual(sorted.map((i) => i.locator), itemsB.map((i) => i.locator));
});

test('typed words after the key rank by the finding text, and filterText carries those words', () => {
  const text = 'Noe helt annet her. [@ks2021, personell';
  const ctx = completionContextAt(text, text.length)!;
  assert.equal(ctx.query, 'personell');
  const items = completionItems(ctx, doc(text).plan, report, search);
  assert.equal(items[0].locator, 'lp. 3.5.2');
  // VS Code filters on the text from the range start: the filterText starts like the replaced text
  // and includes words of the finding, so typing words of the finding keeps it in the list.
  assert.ok(items[0].filterText.startsWith('[@ks2021, lp. 3.5.2'));
  assert.match(items[0].filterText, /personell/);
  assert.ok(items[0].filterText.length <= 128, 'VS Code reads the first 128 characters');
});

test('a word typed where the key goes is a query too', () => {
  const text = 'Tekst [@risikovurdering';
  const items = completionItems(completionContextAt(text, text.length)!, doc(text).plan, report, search);
  assert.equal(items[0].locator, 'lp. 7.4.2');
});

test('a locator being typed puts that finding first', () => {
  const text = 'Tekst [@ks2021, lp. 7.4';
  const items = completionItems(completionContextAt(text, text.length)!, doc(text).plan, report, search);
  assert.deepEqual(items.slice(0, 2).map((i) => i.locator), ['lp. 7.4.1', 'lp. 7.4.2']);
});

test('documentation is the full finding; detail names kind and section path', () => {
  const text = 'Tekst [@';
  const items = completionItems(completionContextAt(text, text.length)!, doc(text).plan, report, search);
  const lp = items.find((i) => i.locator === 'lp. 3.5.1')!;
  assert.ok(completionDocumentation(report.get(lp.locator)!, report).replace(/\\(.)/g, '$1').includes('Koronakommisjonen mener det bør etableres et nasjonalt beredskapslager for smittevernutstyr.'));
  assert.match(lp.detail, /^Læringspunkt · 3 Smittevern/);
  assert.equal(lp.label, '[@ks2021, lp. 3.5.1]');
});

test('no completion outside a citation being typed', () => {
  for (const [text, offset] of [
    ['skriv til post@kommune.no', 25],
    ['[lenke](https://x.no) @', 23],
    ['Tekst [@ks2021, lp. 3.5.1] etter', 32],
    ['Tekst @ks2021', 13],
    ['', 0],
  ] as [string, number][]) {
    assert.equal(completionContextAt(text, offset), undefined, text);
  }
  assert.equal(completionContextAt('x [@', 99), undefined);
});

test('surroundingContext holds the heading and the paragraph, not the citations', () => {
  const text = '# Personell\n\nFørste avsnitt.\n\nAndre avsnitt om bemanning [@ks2021, lp. 3.5.2] og mer [@';
  const c = surroundingContext(doc(text).plan, at(text, '[@', 0, 1));
  assert.match(c, /^Personell Andre avsnitt om bemanning og mer/);
  assert.ok(!c.includes('Første'));
});

test('no completion in code or front matter, decided on the text alone', () => {
  const text = '---\nkommune: [@\n---\n\n# Plan\n\nTekst `kode [@` og [@\n\n```\n[@\n```\n\nEtter [@';
  const offsets = [...text.matchAll(/\[@/g)].map((m) => m.index! + 2);
  assert.deepEqual(offsets.map((o) => insideCodeOrFrontMatter(text, o)), [true, true, false, true, false]);
  // An unterminated front matter is all front matter; ~~~ fences count too.
  assert.equal(insideCodeOrFrontMatter('---\ntittel: x [@', 15), true);
  assert.equal(insideCodeOrFrontMatter('~~~\n[@', 6), true);
  assert.equal(insideCodeOrFrontMatter('~~~\n```\n~~~\n[@', 14), false);
});

test('headingBefore finds the nearest ATX heading above, skipping the rest', () => {
  const text = '# Plan\n\n## Personell og bemanning ##\n\nTekst.\n\nMer [@';
  assert.equal(headingBefore(text, text.length), 'Personell og bemanning');
  assert.equal(headingBefore('Ingen overskrift [@', 19), '');
  assert.equal(headingBefore('#hashtag\nTekst', 12), '', 'a hashtag is no heading');
});
