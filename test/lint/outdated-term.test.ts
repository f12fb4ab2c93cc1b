/** outdated-term through the lint engine: Bokmål and Nynorsk plans, fixes, fix all, options, docs. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import rule, { meta } from '../../src/core/lint/rules/outdated-term.js';
import { fixAll, applyFix } from '../../src/core/lint/fix.js';
import { lintWith } from '../fixtures/domain/lint-helper.js';
import { docExamples, fixture } from '../fixtures/domain/docs.js';

const R = rule;

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

describe('outdated-term: historical mentions and the grown table', () => {
  const words = (text: string) => lintWith(R, text).map((m) => text.slice(m.start, m.end));

  test('a past-tense naming verb or a year before the change leaves the old name alone', () => {
    assert.deepEqual(words('Tidligere het embetet Fylkesmannen, og i 2019 het lederen av administrasjonen rådmann.\n'), []);
    assert.deepEqual(words('I 2020 var det Fylkesmannen i Trøndelag som ga råd om skoledriften.\n'), []);
    assert.deepEqual(words('Før 2012 var det kommunehelsetjenesteloven som regulerte legevakten.\n'), []);
    assert.deepEqual(words('Fram til 2020 het fylket Hordaland.\n'), []);
    assert.deepEqual(words('Før 2021 heitte embetet Fylkesmannen i Sogn og Fjordane.\n'), []);
  });

  test('the same names in present use are still flagged, sentence by sentence', () => {
    const text = 'Tidligere het embetet Fylkesmannen. Fylkesmannen skal varsles når kriseledelsen er satt. Siden 2020 har rådmannen ledet arbeidet.\n';
    assert.deepEqual(words(text), ['Fylkesmannen', 'rådmannen']);
    assert.deepEqual(words('Rådmannens ledergruppe fra før pandemien møter som fast kjerne.\n'), ['Rådmannens']);
    // A table row is its own sentence: a year in another row does not excuse it.
    assert.deepEqual(words('| Lov | År |\n| --- | --- |\n| Smittevernloven | 1994 |\n| Kommunehelsetjenesteloven | Legevakt |\n'), ['Kommunehelsetjenesteloven']);
  });

  test('renamed laws and bodies: kommunehelsetjenesteloven, Sosial- og helsedirektoratet, in Bokmål and Nynorsk, with the fix in the same form', () => {
    const nb = lintWith(R, 'Legevakten er hjemlet i kommunehelsetjenesteloven. Sosial- og helsedirektoratets veileder brukes.\n');
    assert.deepEqual(nb.map((m) => m.fix?.edits[0].text), ['helse- og omsorgstjenesteloven', 'Helsedirektoratets']);
    assert.match(nb[0].message, /helse- og omsorgstjenesteloven/);
    const nnText = '---\nspråk: nn\n---\n| Kommunehelsetenestelova | Allmennlegeteneste |\n';
    const nn = lintWith(R, nnText);
    assert.equal(nn.length, 1);
    assert.equal(nn[0].fix?.edits[0].text, 'Helse- og omsorgstenestelova');
    assert.deepEqual(words('Justis- og politidepartementet og Kommunal- og regionaldepartementet ga ut veilederen.\n'), ['Justis- og politidepartementet', 'Kommunal- og regionaldepartementet']);
  });
});

describe('outdated-term: headings with in-file links', () => {
  test('a heading that in-file links point to is not rewritten by fix all (the new name is a suggestion); without links it is a fix', () => {
    const linked = '# Plan\n\n- [Kontakt med Fylkesmannen](#kontakt-med-fylkesmannen)\n\n## Kontakt med Fylkesmannen\n\nTekst.\n';
    const [h] = lintWith(R, linked).filter((m) => m.line === 5);
    assert.equal(h.fix, undefined);
    assert.equal(h.suggestions?.[0].edits[0].text, 'Statsforvalteren');
    const fixed = fixAll(linked, lintWith(R, linked)).text;
    assert.ok(fixed.includes('## Kontakt med Fylkesmannen') && fixed.includes('(#kontakt-med-fylkesmannen)'), 'link and heading still agree');
    const plain = '# Plan\n\n## Kontakt med Fylkesmannen\n\nTekst.\n';
    assert.ok(lintWith(R, plain)[0].fix);
  });
});

test('outdated-term: the old name glossed with the new one is left alone', () => {
  const words = (text: string) => lintWith(R, text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(words('Planen ble laget sammen med Fylkesmannen (nå Statsforvalteren) og rådmannen, i dag kommunedirektøren.\n'), []);
  assert.deepEqual(words('Kontakt Fylkesmannen ved behov.\n'), ['Fylkesmannen']);
});
