/** misquote as a writer meets it: the closest passage and the fix (excerpts only, the cited locator, whole words). */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../src/core/lint/rules/misquote.js';
import { applyFix } from '../../src/core/lint/fix.js';
import { lintWith } from '../fixtures/domain/lint-helper.js';

const plan = (body: string) => `---\nplantype: smittevernplan\n---\n\n${body}\n`;
const lint = (text: string) => lintWith(rule, text);
const closestOf = (message: string) => /«([^»]*)»\s*$/u.exec(message)?.[1];
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('misquote: closest passage and fix', () => {
  test('a short quote with an added word gets no fix that adds a word the writer did not write', () => {
    const text = plan('Kommunene måtte «tenke helt nytt» om bemanning under pandemien [@ks2021, lp. 3.5.2].');
    const [m, ...rest] = lint(text);
    assert.ok(m, 'the quote is flagged');
    assert.equal(rest.length, 0);
    assert.match(m.message, /\[@ks2021, lp\. 3\.5\.2\]/);
    if (m.fix) {
      const fixed = applyFix(text, m.fix);
      const inner = /«([^»]*)»/u.exec(fixed)![1];
      // Any replacement is an excerpt of the writer's quote: no word comes in that the quote lacked.
      const quoted = new Set(words('tenke helt nytt'));
      for (const w of words(inner)) assert.ok(quoted.has(w), `the fix adds «${w}»: ${inner}`);
    }
    assert.doesNotMatch(m.message, /nytt når/);
  });

  test('the fix replaces a quote only with a passage holding all its words in order', () => {
    const text = plan('Undersøkelsen viser at kommunen «bør inkludere en plan for å oppskalere, omdisponere og nedskalere personell under en krise» [@ks2021, lp. 3.5.2].');
    const [m] = lint(text);
    assert.ok(m?.fix, 'a word changed inside a long quote still gets its fix');
    assert.match(applyFix(text, m.fix), /«bør inkludere en plan for å oppskalere, omdisponere og nedskalere personellressurser under en krise»/);
  });

  test('the message names the cited finding, never a footnote of it as if cited, nor a citation fragment', () => {
    const text = plan('Erfaringene viser at «hver kommune bygger opp sitt eget lager av smittevernutstyr» [@ks2021, lp. 3.5.1].');
    const [m] = lint(text);
    assert.ok(m, 'the quote is flagged');
    assert.match(m.message, /^Sitatet står ikke slik i \[@ks2021, lp\. 3\.5\.1\]/);
    assert.doesNotMatch(m.message, /Sitatet står ikke slik i \[@ks2021, fn\./);
    assert.doesNotMatch(m.message, /S \(2020-2021\)/);
  });

  test('the closest passage stays inside one sentence and ends on a content word', () => {
    const text = plan('Rapporten anbefaler at «kommunestyret skal godkjenne alle beslutninger i kriseledelsen» [@ks2021, lp. 2.6.5].');
    const [m] = lint(text);
    assert.ok(m);
    assert.match(m.message, /\[@ks2021, lp\. 2\.6\.5\]/);
    const c = closestOf(m.message);
    if (c !== undefined) {
      assert.doesNotMatch(c, /[.!?]\s+\p{Lu}/u, `spans two sentences: ${c}`);
      assert.doesNotMatch(c, /\b(skal|og|da|i|av|som|til|for|at)$/u, `ends on a function word: ${c}`);
    }
  });

  test('a dropped negation: the closest passage does not end with a dangling word', () => {
    const text = plan('Rapporten slår fast at «kommunenes utstyrsberedskap var dimensjonert til å håndtere pandemien» [@ks2021, lp. 3.5.1].');
    const [m] = lint(text);
    assert.ok(m?.fix);
    const c = closestOf(m.message)!;
    assert.equal(c, 'Kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien');
  });

  test('a passage found in a footnote of the cited finding is named as the footnote, after the cited locator', () => {
    const text = plan('Rapporten viser at «spørreundersøkelsen ble gjennomført i januar og mars 2021» [@ks2021, kap. sammendrag avsn. 4].');
    const [m] = lint(text);
    assert.ok(m);
    assert.equal(m.message, 'Sitatet står ikke slik i [@ks2021, kap. sammendrag avsn. 4]. Nærmeste passasje (i fotnote 1): «Spørreundersøkelsen ble gjennomført i januar og februar 2021»');
    assert.equal(m.fix, undefined, 'a changed word is for the writer to choose');
  });

  test('the messages in English and Nynorsk', () => {
    const text = plan('Erfaringene viser at «hver kommune bygger opp sitt eget lager av smittevernutstyr» [@ks2021, lp. 3.5.1].');
    assert.equal(lintWith(rule, text, { uiLanguage: 'en' })[0]?.message, 'The quotation does not appear like this in [@ks2021, lp. 3.5.1], and no passage there is close enough to show.');
    assert.equal(lintWith(rule, text, { uiLanguage: 'nn' })[0]?.message, 'Sitatet står ikkje slik i [@ks2021, lp. 3.5.1], og ingen passasje der liknar nok til å visast.');
  });

  test('fix all restores a dropped word and leaves changed words alone', async () => {
    const { fixAll } = await import('../../src/core/lint/fix.js');
    const text = plan([
      'Rapporten slår fast at «kommunenes utstyrsberedskap var dimensjonert til å håndtere pandemien» [@ks2021, lp. 3.5.1].',
      '',
      'Kommunene måtte «tenke helt nytt» om bemanning under pandemien [@ks2021, lp. 3.5.2].',
    ].join('\n'));
    const fixed = fixAll(text, lint(text)).text;
    assert.match(fixed, /«kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien»/);
    assert.match(fixed, /«tenke helt nytt»/);
  });

  test('a page citation is named as the writer wrote it, and the closest passage says which finding it is in', () => {
    const none = plan('Rapporten sier at «alle kommuner hadde gode lagre av munnbind» [@ks2021, s. 45].');
    const [m] = lint(none);
    assert.ok(m);
    assert.match(m.message, /^Sitatet står ikke slik i \[@ks2021, s\. 45\]/);
    const near = plan('Rapporten sier at «kommunenes utstyrsberedskap var dimensjonert til å håndtere pandemien» [@ks2021, s. 40-50].');
    const [n] = lint(near);
    assert.ok(n?.fix);
    assert.equal(n.message, 'Sitatet står ikke slik i [@ks2021, s. 40-50]. Nærmeste passasje (i lp. 3.5.1): «Kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien»');
  });

  test('a Nynorsk rendering: the suggested Bokmål words cover the quote, no word added after its end', () => {
    const nn = (body: string) => `---\nplantype: smittevernplan\nspråk: nn\n---\n\n${body}\n`;
    const short = nn('Rapporten seier at «kommunane si utstyrsberedskap var ikkje dimensjonert til å handtere» [@ks2021, lp. 3.5.1].');
    const [m] = lint(short);
    assert.equal(m?.severity, 'info');
    assert.deepEqual(m.suggestions?.map((x) => x.edits[0].text), ['kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere']);
    const whole = nn('Rapporten slår fast at «utstyrsberedskapen var ikkje dimensjonert til å handtere pandemien» [@ks2021, lp. 3.5.1].');
    const [w] = lint(whole);
    assert.deepEqual(w?.suggestions?.map((x) => x.edits[0].text), ['utstyrsberedskap var ikke dimensjonert til å håndtere pandemien']);
  });

  test('a section citation names the finding of the section the passage is in', () => {
    const text = plan('Rapporten sier at «kommunenes utstyrsberedskap var dimensjonert til å håndtere pandemien» [@ks2021, kap. 3.5].');
    const [m] = lint(text);
    assert.equal(m?.message, 'Sitatet står ikke slik i [@ks2021, kap. 3.5]. Nærmeste passasje (i lp. 3.5.1): «Kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien»');
  });
});
