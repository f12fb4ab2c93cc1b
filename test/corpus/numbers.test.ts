/**
 * Number facts: what the report states, with the clean sentence; years and
 * dates are not counts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractNumbers, sentences } from '../../src/core/corpus/numbers.js';
import { find, report } from './support.js';

test('percentages, counts and fractions in a sentence', () => {
  const facts = extractNumbers('I 2020 omdisponerte 75 prosent av kommunene personell. Nær 60 % opplyser dette, mens nær halvparten av 1963 respondenter i 245 kommuner svarte.');
  const pick = (u: string) => facts.filter((f) => f.unit === u).map((f) => f.value);
  assert.deepEqual(pick('percent'), [75, 60]);
  assert.deepEqual(pick('count'), [1963, 245]);
  assert.deepEqual(pick('fraction'), [0.5]);
  assert.equal(facts[0].sentence, 'I 2020 omdisponerte 75 prosent av kommunene personell.');
  assert.ok(!facts.some((f) => f.value === 2020), 'a year is not a count');
});

test('ranges, word numerals, shared units and fractions in words', () => {
  const v = (s: string) => extractNumbers(s).map((f) => `${f.unit}:${+f.value.toFixed(3)}`);
  assert.deepEqual(v('Svar fra 163-167 kommuner.'), ['count:163', 'count:167']);
  assert.deepEqual(v('Ledere fra 180 og 173 kommuner har svart.'), ['count:180', 'count:173']);
  assert.deepEqual(v('Gruppeintervju med fem fylkeskommuner.'), ['count:5']);
  assert.deepEqual(v('Henholdsvis 25 og 24 % svarte det samme.'), ['percent:25', 'percent:24']);
  assert.deepEqual(v('To av tre ledere og en av fem ordførere.'), ['fraction:0.667', 'fraction:0.2']);
  assert.deepEqual(v('Svar fra kommunedirektører (N= 143).'), ['count:143']);
  assert.deepEqual(v('For more than a year and a half, Norway …'), [], '"a year and a half" is a duration');
  assert.deepEqual(v('Per 1. februar 2021 og 12. mars 2020.'), [], 'dates are not counts');
});

test('sentences split at full stops, not at dates or abbreviations', () => {
  assert.deepEqual(
    sentences('Dette skjedde per 1. mars 2021. Kommunene, f.eks. Stavanger, svarte. Ferdig!').map((s) => s.text),
    ['Dette skjedde per 1. mars 2021.', 'Kommunene, f.eks. Stavanger, svarte.', 'Ferdig!'],
  );
});

test('the report\'s own numbers are facts of the findings that state them', () => {
  report();
  const fn45 = find('fn. 45').numbers;
  assert.ok(fn45.some((n) => n.unit === 'percent' && n.value === 75 && n.raw === '75 prosent'));
  assert.ok(fn45.some((n) => n.unit === 'percent' && n.value === 38));
  const intro = report().findings.find((f) => f.section === 'sammendrag' && f.text.startsWith('Datagrunnlaget for undersøkelsen'))!;
  const counts = intro.numbers.filter((n) => n.unit === 'count').map((n) => n.value);
  assert.deepEqual(counts.slice(0, 3), [1963, 245, 19]);
  assert.match(intro.numbers[0].sentence, /^Totalt har undersøkelsen svar fra 1963 respondenter som representerer 245 kommuner\.$/);
  const fig2 = find('fig. 2');
  assert.deepEqual(fig2.numbers.map((n) => n.value), [163, 167], 'respondent counts of a figure caption');
  // A figure whose count is in its footnote gets that count too.
  assert.deepEqual(find('fig. 4').footnotes, [31]);
  assert.deepEqual(find('fig. 4').numbers.map((n) => n.value), [80, 163]);
  for (const f of report().findings) for (const n of f.numbers) assert.ok(!(n.unit === 'count' && n.value >= 1990 && n.value <= 2030 && !/respond/.test(n.raw)), `${f.locator}: year as count ${n.raw}`);
});

test('"om lag én av fire" (accented, as the report writes it) is a fraction, in the text and in the index', () => {
  const v = (s: string) => extractNumbers(s).map((f) => `${f.unit}:${+f.value.toFixed(3)}`);
  assert.deepEqual(v('Også i Viken mener fortsatt om lag én av fire ledere at kvaliteten var redusert.'), ['fraction:0.25']);
  assert.deepEqual(v('Én av fem ordførere svarte.'), ['fraction:0.2']);
  assert.deepEqual(v('I skolene rapporterer en av fire lederne det samme.'), ['fraction:0.25']);
  const f = report().findings.find((x) => x.text.includes('om lag én av fire ledere at kvaliteten til de hjemmebaserte'));
  assert.ok(f, 'the passage is indexed');
  assert.ok(f.numbers.some((n) => n.unit === 'fraction' && n.value === 0.25 && /én av fire/.test(n.raw)), JSON.stringify(f.numbers));
});
