/** stale-review through the lint engine: § 6 revision, § 7 exercises, missing/future/invalid dates, docs. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import rule, { meta, formatAge } from '../../src/core/lint/rules/stale-review.js';
import { lintWith } from '../fixtures/domain/lint-helper.js';
import { docExamples, fixture } from '../fixtures/domain/docs.js';

const R = rule;
const now = new Date('2025-06-01T09:00:00Z');
const fm = (lines: string) => `---\n${lines}---\n\n# Plan\n`;

describe('stale-review', () => {
  test('revidert more than a year ago: the date, how long ago and the due date, at the key', () => {
    const text = fm('plantype: overordnet-beredskapsplan\nrevidert: 2024-02-15\n');
    const [m] = lintWith(R, text, { now });
    assert.equal(text.slice(m.start, m.end), 'revidert: 2024-02-15');
    assert.equal(m.line, 3);
    assert.equal(
      m.message,
      'Planen ble sist revidert 15. februar 2024, for 1 år og 3 måneder siden. ' +
        'Forskrift om kommunal beredskapsplikt § 6 krever revisjon minst én gang i året (fristen var 15. februar 2025). Revider planen og oppdater «revidert».',
    );
  });

  test('revised within the year: nothing', () => {
    assert.deepEqual(lintWith(R, fm('revidert: 2024-06-01\n'), { now }), []);
  });

  test('no revidert: one message saying how to add it', () => {
    const [m] = lintWith(R, fm('plantype: smittevernplan\n'), { now });
    assert.match(m.message, /oppgir ikke når den sist ble revidert.*«revidert: ÅÅÅÅ-MM-DD»/);
    // The example is never today's date: pasting it must not silence the rule without a revision.
    assert.ok(!m.message.includes('2025-06-01'));
    const [n] = lintWith(R, '# Plan uten front matter\n', { now });
    assert.equal(n.line, 1);
  });

  test('a date in the future', () => {
    const [m] = lintWith(R, fm('revidert: 2026-01-01\n'), { now });
    assert.match(m.message, /ligger fram i tid \(i dag er 2025-06-01\)/);
  });

  test('not a date: said once (the engine\'s front-matter check), not twice', () => {
    assert.deepEqual(lintWith(R, fm('revidert: snart\n'), { now }), []);
  });

  test('dates as writers write them: key variants and Norwegian formats are read, never "no date"', () => {
    for (const line of ['sist-revidert: 4. mai 2025', 'sist_revidert: 04.05.2025', 'revisjonsdato: 4.5.2025', 'Sist revidert: 4 mai 2025', 'revidert: "2025-05-04"']) {
      assert.deepEqual(lintWith(R, fm(`${line}\n`), { now }), [], line);
    }
    for (const line of ['sist-revidert: 4. mai 2023', 'revisjonsdato: 04.05.2023']) {
      const [m] = lintWith(R, fm(`${line}\n`), { now });
      assert.match(m.message, /sist revidert 4\. mai 2023/, line);
      assert.ok(m.message.includes(`«${line.split(':')[0]}»`), 'the message names the key the writer used');
      assert.doesNotMatch(m.message, /oppgir ikke/);
    }
  });

  test('a "Sist revidert" line or table row in the text is read when the front matter has no date', () => {
    const row = '---\nplantype: smittevernplan\n---\n# Plan\n\n| Dokument | Plan |\n| --- | --- |\n| Sist revidert | 10.02.2025 |\n';
    assert.deepEqual(lintWith(R, row, { now }), []);
    const old = row.replace('10.02.2025', '10.02.2023');
    const [m] = lintWith(R, old, { now });
    assert.equal(m.line, 8);
    assert.match(m.message, /sist revidert 10\. februar 2023/);
    assert.deepEqual(lintWith(R, '---\nplantype: smittevernplan\n---\n# Plan\n\nRevidert: 4. mai 2025\n', { now }), []);
  });

  test('sist-øvd more than two years ago (§ 7)', () => {
    const [m] = lintWith(R, fm('revidert: 2025-01-10\nsist-øvd: 2022-12-01\n'), { now });
    assert.match(m.message, /sist øvd 1\. desember 2022.*§ 7 krever øvelse minst hvert annet år \(fristen var 1\. desember 2024\)/);
  });

  test('Nynorsk and English messages', () => {
    assert.match(lintWith(R, fm('revidert: 2023-01-01\n'), { now, uiLanguage: 'nn' })[0].message, /vart sist revidert 1\. januar 2023, for 2 år og 5 månader sidan/);
    assert.match(lintWith(R, fm('revidert: 2023-01-01\n'), { now, uiLanguage: 'en' })[0].message, /last revised on 1 January 2023, 2 years and 5 months ago/);
  });

  test('formatAge', () => {
    assert.equal(formatAge({ years: 1, months: 0, days: 3, totalDays: 368 }, 'nb'), '1 år');
    assert.equal(formatAge({ years: 0, months: 11, days: 1, totalDays: 335 }, 'en'), '11 months and 1 day');
  });

  test('clean plans (nb, nn) stay clean', () => {
    for (const f of ['clean-overordnet-nb.md', 'clean-overordnet-nn.md']) assert.deepEqual(lintWith(R, fixture(f), { now }), [], f);
  });

  test('the docs page: the bad example is flagged, the good one is not (linted on 1 June 2025)', () => {
    const { bad, good } = docExamples(meta.id);
    assert.ok(bad.length && good.length);
    for (const b of bad) assert.ok(lintWith(R, b, { now }).length > 0, b);
    for (const g of good) assert.deepEqual(lintWith(R, g, { now }), [], g);
  });
});
