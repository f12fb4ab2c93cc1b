/** Forskrift om kommunal beredskapsplikt: § 4 elements (Bokmål, Nynorsk), § 6 revision and § 7 exercises. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { beredskapsplikt, requiredElements, requiredElementsMissing, reviewStatus, ageBetween, addMonths } from '../../src/core/topics/index.js';

const letters = (text: string, plantype = 'overordnet-beredskapsplan') =>
  requiredElementsMissing({ text }, plantype).map((s) => s.element.letter);

describe('§ 4 minimum content', () => {
  test('the data has a–e with titles, summaries and Bokmål and Nynorsk vocabulary', () => {
    const els = beredskapsplikt.section4.elements;
    assert.deepEqual(els.map((e) => e.letter), ['a', 'b', 'c', 'd', 'e']);
    for (const e of els) assert.ok(e.title.nb && e.title.en && e.summary.nb && e.vocabulary.nb.length && e.vocabulary.nn.length, e.id);
    assert.equal(beredskapsplikt.regulation.reference, 'FOR-2011-08-22-894');
  });

  test('an empty plan lacks all five', () => assert.deepEqual(letters('# Plan\n'), ['a', 'b', 'c', 'd', 'e']));

  test('Bokmål headings and text are recognised', () => {
    const text = '# Plan\n\n## Kriseledelse\n\n## Varslingsliste\n\nRessursoversikten er i vedlegg.\n\n## Evakuering\n\nBefolkningsvarsling på SMS.\n\n## Krisekommunikasjon\n';
    assert.deepEqual(letters(text), []);
  });

  test('Nynorsk headings and text are recognised', () => {
    const text = '# Plan\n\n## Kriseleiing\n\n## Varslingslista\n\nRessursoversikta ligg ved.\n\n## Evakueringsplan\n\nVarsling av befolkninga skjer med SMS.\n\n## Kriseinformasjon\n';
    assert.deepEqual(letters(text), []);
  });

  test('element d needs both evacuation and warning the population', () => {
    const only = requiredElements({ text: 'Vi har en evakueringsplan.' }).find((s) => s.element.letter === 'd')!;
    assert.equal(only.present, false);
    assert.deepEqual(only.partsFound, [true, false]);
  });

  test('only overall plans are checked', () => {
    assert.deepEqual(letters('# Plan\n', 'smittevernplan'), []);
    assert.deepEqual(requiredElementsMissing({ text: '# Plan\n' }, undefined), []);
  });

  test('words inside excluded ranges (code) do not count', () => {
    const text = '`kriseledelse`';
    assert.deepEqual(requiredElementsMissing({ text, excluded: [{ start: 0, end: text.length }] }, 'overordnet-beredskapsplan').map((s) => s.element.letter)[0], 'a');
  });
});

describe('§ 6 revision and § 7 exercises', () => {
  const now = new Date('2025-06-01T10:00:00Z');
  test('the intervals are in the data: 12 and 24 months', () => {
    assert.equal(beredskapsplikt.section6.reviewIntervalMonths, 12);
    assert.equal(beredskapsplikt.section7.exerciseIntervalMonths, 24);
  });
  test('revised within a year: nothing', () => assert.deepEqual(reviewStatus({ revidert: '2024-06-01' }, now), []));
  test('revised a year and a day ago: stale, with the age and the due date', () => {
    const [f] = reviewStatus({ revidert: '2024-05-31' }, now);
    assert.equal(f.kind, 'stale');
    if (f.kind !== 'stale') return;
    assert.equal(f.due, '2025-05-31');
    assert.deepEqual([f.age.years, f.age.months, f.age.days], [1, 0, 1]);
  });
  test('a YAML date object works like a string', () => {
    assert.equal(reviewStatus({ revidert: new Date('2020-01-01T00:00:00Z') }, now)[0].kind, 'stale');
  });
  test('missing, future and invalid dates', () => {
    assert.deepEqual(reviewStatus({}, now), [{ kind: 'missing', field: 'revidert' }]);
    assert.equal(reviewStatus({ revidert: '2026-01-01' }, now)[0].kind, 'future');
    assert.deepEqual(reviewStatus({ revidert: 'snart' }, now)[0], { kind: 'invalid', field: 'revidert', value: 'snart' });
    // Norwegian date forms are dates.
    assert.equal(reviewStatus({ revidert: '1.5.2024' }, now)[0].kind, 'stale');
    assert.deepEqual(reviewStatus({ revidert: '1. mai 2025' }, now), []);
    assert.equal(reviewStatus({ revidert: '2024-02-30' }, now)[0].kind, 'invalid');
  });
  test('sist-øvd: more than two years is stale; absent is fine', () => {
    const fs = reviewStatus({ revidert: '2025-01-01', 'sist-øvd': '2023-05-01' }, now);
    assert.deepEqual(fs.map((f) => [f.kind, f.field]), [['stale', 'sist-øvd']]);
    assert.deepEqual(reviewStatus({ revidert: '2025-01-01', 'sist-øvd': '2023-06-02' }, now), []);
  });
  test('calendar arithmetic: month ends and leap years', () => {
    assert.equal(addMonths(new Date(Date.UTC(2024, 0, 31)), 1).toISOString().slice(0, 10), '2024-02-29');
    assert.equal(addMonths(new Date(Date.UTC(2024, 1, 29)), 12).toISOString().slice(0, 10), '2025-02-28');
    assert.deepEqual(ageBetween(new Date(Date.UTC(2023, 2, 15)), new Date(Date.UTC(2025, 5, 1))), { years: 2, months: 2, days: 17, totalDays: 809 });
  });
});
