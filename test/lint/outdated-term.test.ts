/** outdated-term through the lint engine: Bokmål and Nynorsk plans, fixes, fix all, options, docs. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import rule, { meta } from '../../src/core/lint/rules/outdated-term.js';
import { fixAll, applyFix } from '../../src/core/lint/fix.js';
import { lintWith } from '../fixtures/domain/lint-helper.js';
import { docExamples, fixture } from '../fixtures/domain/docs.js';

const R = { meta, plugin: rule };

describe('outdated-term', () => {
  test('meta', () => {
    assert.equal(meta.id, 'outdated-term');
    assert.equal(meta.docs, 'docs/rules/outdated-term.md');
    assert.ok(meta.description.nb && meta.description.en);
  });

  for (const lang of ['nb', 'nn'] as const) {
    test(`fix all turns outdated-${lang}.md into outdated-${lang}.fixed.md`, () => {
      const text = fixture(`outdated-${lang}.md`);
      const msgs = lintWith(R, text);
      assert.ok(msgs.length >= 7);
      const fixed = fixAll(text, msgs).text;
      assert.equal(fixed, fixture(`outdated-${lang}.fixed.md`));
      // Fixing creates nothing new to fix; only the county choices (never applied blindly) remain.
      const again = lintWith(R, fixed);
      assert.ok(again.every((m) => !m.fix && (m.suggestions?.length ?? 0) > 1), JSON.stringify(again.map((m) => m.message)));
    });
  }

  test('positions, message and fix of one term (1-based lines, exclusive end column)', () => {
    const text = '# Plan\n\nVi ringer Fylkesmannens vakt.\n';
    const [m] = lintWith(R, text);
    assert.equal(text.slice(m.start, m.end), 'Fylkesmannens');
    assert.deepEqual([m.line, m.column, m.endLine, m.endColumn], [3, 11, 3, 24]);
    assert.equal(m.severity, 'warning');
    assert.match(m.message, /1\. januar 2021/);
    assert.equal(m.fix?.title, 'Bytt til «Statsforvalterens»');
    assert.equal(applyFix(text, m.fix!), '# Plan\n\nVi ringer Statsforvalterens vakt.\n');
  });

  test('messages in English and Nynorsk', () => {
    assert.match(lintWith(R, 'rådmannen', { uiLanguage: 'en' })[0].message, /Local Government Act 2018 § 13-1/);
    assert.match(lintWith(R, 'Fylkesmannen', { uiLanguage: 'nn' })[0].message, /Kjelde:/);
  });

  test('the plan\'s language decides the replacement: språk: nn', () => {
    const [m] = lintWith(R, '---\nspråk: nn\n---\n\nVi spør fylkesmannen.\n');
    assert.equal(m.fix?.edits[0].text, 'statsforvaltaren');
  });

  test('a Nynorsk plan without språk is detected as Nynorsk', () => {
    const [m] = lintWith(R, 'Kommunen skal òg ha ein plan. Vi spør fylkesmannen kva som er viktig, og korleis dei vil hjelpe oss.\n');
    assert.equal(m.fix?.edits[0].text, 'statsforvaltaren');
  });

  test('not in code, link targets, front matter or quotes', () => {
    const text = '---\nkommune: rådmannen\n---\n\n`rådmannen` [lenke](https://x.no/radmannen) «rådmannen»\n\n```\nrådmannen\n```\n';
    assert.deepEqual(lintWith(R, text), []);
  });

  test('inline disable comments work', () => {
    const text = '<!-- evidensplan-disable-next-line outdated-term -->\nrådmannen\n\nrådmannen\n';
    assert.equal(lintWith(R, text).length, 1);
  });

  test('a split county: each successor is a suggestion, none is the fix', () => {
    const [m] = lintWith(R, 'Viken fylkeskommune har ansvaret.');
    assert.equal(m.fix, undefined);
    assert.deepEqual(m.suggestions?.map((s) => s.edits[0].text), ['Akershus', 'Buskerud', 'Østfold']);
  });

  test('options: ignore and skipQuotes', () => {
    assert.equal(lintWith(R, 'rådmannen og fylkesmannen', { options: { ignore: ['radmann'] } }).length, 1);
    assert.equal(lintWith(R, '«rådmannen»', { options: { skipQuotes: false } }).length, 1);
  });

  test('clean plans (nb, nn) stay clean', () => {
    for (const f of ['clean-overordnet-nb.md', 'clean-overordnet-nn.md']) assert.deepEqual(lintWith(R, fixture(f)), [], f);
  });

  test('the docs page: the bad example is flagged, the good one is not', () => {
    const { bad, good } = docExamples(meta.id);
    assert.ok(bad.length && good.length);
    for (const b of bad) assert.ok(lintWith(R, b).length > 0, b);
    for (const g of good) assert.deepEqual(lintWith(R, g), [], g);
  });

  test('bad input: empty, binary and huge', () => {
    assert.deepEqual(lintWith(R, ''), []);
    assert.doesNotThrow(() => lintWith(R, '\u0000\uFFFF\uD800 rådmann'));
    const huge = 'Fylkesmannen og rådmannen møtes. '.repeat(30_000);
    assert.equal(lintWith(R, huge).length, 60_000);
  });
});
