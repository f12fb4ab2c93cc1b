/**
 * The Nynorsk → Bokmål word table (resources/search/nynorsk-bokmal.json)
 * against the real built report (`npm run build` runs before the suite):
 * its Bokmål forms are the report's, it never says two things about one
 * Nynorsk form, and a Nynorsk query word finds the report's passages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import table from '../../resources/search/nynorsk-bokmal.json' with { type: 'json' };
import { EvidenceSearch } from '../../src/core/search/index.js';
import { STOP_NB } from '../../src/core/search/data.js';
import { loadReportSync } from '../../src/node/resources.js';

const report = loadReportSync();
const search = EvidenceSearch.build(report);

/** The lower-case words of the report's Norwegian findings (the English summary left out). */
const reportWords = new Set<string>();
for (const f of report.findings) {
  if (search.languageOf(f) !== 'nb') continue;
  for (const w of f.text.toLowerCase().match(/\p{L}+/gu) ?? []) reportWords.add(w);
}

const containsWord = (text: string, word: string) =>
  new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text);

test('every Bokmål form of the word table is the report’s', () => {
  const vocab = search.analyzer.vocabulary!;
  const tails = [...reportWords].filter((w) => w.length >= 8);
  const strays: string[] = [];
  for (const { nn, nb } of table.words) {
    // A word of the report's text, or a function word that is dropped like its Bokmål form.
    if (reportWords.has(nb) || STOP_NB.has(nb)) continue;
    // An older entry whose Bokmål form the report lacks: kept only where the report still
    // has it as the last part of a compound ("sikkerheit" → samfunns|sikkerhet) or the
    // search reaches the report through it (a stem, compound part or concept of the index).
    if (nb.length >= 4 && tails.some((w) => w.endsWith(nb) && w !== nb)) continue;
    const terms = search.queryGroups(nb).flatMap((g) => g.terms.map((t) => t.term));
    if (terms.some((t) => vocab.stems.has(t))) continue;
    strays.push(`${nn} → ${nb}`);
  }
  assert.deepEqual(strays, []);
});

test('no Nynorsk form is listed twice with different Bokmål forms', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const { nn, nb } of table.words) {
    const prev = seen.get(nn);
    if (prev !== undefined && prev !== nb) clashes.push(`${nn}: ${prev} / ${nb}`);
    seen.set(nn, nb);
  }
  assert.deepEqual(clashes, []);
});

test('a new table entry does not rewrite a word of the report itself', () => {
  // The table applies to every token, the report's too: a Nynorsk form that is also a word
  // of the report would change how the report is indexed. The batch from the report's
  // frequent vocabulary starts after "utandørs".
  const start = table.words.findIndex((e) => e.nn === 'utandørs') + 1;
  assert.ok(start > 0);
  const own = table.words.slice(start).filter((e) => reportWords.has(e.nn)).map((e) => e.nn);
  assert.deepEqual(own, []);
});

// Nynorsk forms of the report's frequent words, of every kind the batch covers: a different
// stem (omsyn, utgreie, merksemd), -jande/-je (krevjande, oppsøkjande), -ast passives,
// -ing nouns (førebuingar, oppretthalding), au/øy and ei/e (høgare, allereie), compounds.
const SAMPLE: [string, string][] = [
  ['krevjande', 'krevende'],
  ['samstundes', 'samtidig'],
  ['omsyn', 'hensyn'],
  ['allereie', 'allerede'],
  ['utgreie', 'utrede'],
  ['verneombod', 'verneombud'],
  ['fleirtalet', 'flertallet'],
  ['smitteutbrot', 'smitteutbrudd'],
  ['stadfortredarar', 'stedfortredere'],
  ['førebuingar', 'forberedelser'],
  ['merksemda', 'oppmerksomheten'],
  ['oppretthalding', 'opprettholdelse'],
  ['oppsøkjande', 'oppsøkende'],
  ['grunnleggjande', 'grunnleggende'],
  ['høgare', 'høyere'],
  ['kommunelegane', 'kommunelegene'],
  ['trass', 'tross'],
  ['utanfor', 'utenfor'],
  ['påverka', 'påvirket'],
  ['forventingar', 'forventninger'],
  ['lågterskel', 'lavterskel'],
  ['smittespreiing', 'smittespredning'],
  ['etterspurnad', 'etterspørsel'],
  ['spurde', 'spurte'],
  ['underhaldning', 'underholdning'],
  ['koronautbrotet', 'koronautbruddet'],
  ['mellombelse', 'midlertidige'],
  ['innhald', 'innhold'],
];

test('the sample is taken from the word table as it stands', () => {
  const words = new Map(table.words.map((e) => [e.nn, e.nb]));
  for (const [nn, nb] of SAMPLE) assert.equal(words.get(nn), nb, nn);
});

/** The text has the word, or another inflection of it (the same stem: «forberedt» for «forberedelser»). */
function hasInflection(text: string, word: string): boolean {
  if (containsWord(text, word)) return true;
  const stem = search.analyzer.nb(word)?.main;
  return !!stem && (text.match(/\p{L}+/gu) ?? []).some((w) => search.analyzer.nb(w.toLowerCase())?.main === stem);
}

test('a Nynorsk word as a query finds a passage with the report’s Bokmål word in the top three', () => {
  const misses: string[] = [];
  for (const [nn, nb] of SAMPLE) {
    const hits = search.search(nn, { limit: 3 });
    if (!hits.some((h) => hasInflection(h.finding.text, nb))) misses.push(`${nn} (${nb})`);
  }
  assert.deepEqual(misses, []);
});

test('a Nynorsk function word whose Bokmål form is a stop word is searched neither as Norwegian nor as English', () => {
  // «frå» is «fra», «kva» is «hva»: before, the English path kept «frå» as a rare word of the query.
  const words = search.queryGroups('korleis fann skulane sårbare elevar som ikkje var kjende frå før').map((g) => g.word);
  assert.ok(!words.includes('frå') && !words.includes('kva'), words.join(' '));
  assert.ok(words.includes('skulane') && words.includes('kjende'));
  // «kjende» (plural) is the report's «kjente».
  const kjende = search.queryGroups('kjende').flatMap((g) => g.terms.map((t) => t.term));
  assert.ok(kjende.includes('kjent'), kjende.join(' '));
});

test('«nærleik» in a Nynorsk compound is «nærhet»: the three principles are found in Nynorsk too', () => {
  const hits = search.search('nærleiksprinsippet likskapsprinsippet samvirke', { limit: 5 });
  assert.ok(hits.some((h) => /NÆRHETSPRINSIPPET/.test(h.finding.text)), hits.map((h) => h.finding.locator).join(', '));
  assert.ok(hits.some((h) => /LIKHETSPRINSIPPET/.test(h.finding.text)));
});

test('a Nynorsk superlative finds the passage with the report\'s comparative: «viktigast» meets «viktigere»', () => {
  const hits = search.search('I kva fylke har kommunane opplevd statsforvaltaren som viktigast?', { limit: 3 });
  assert.ok(hits.some((h) => /oppleves statsforvalterens rolle som viktigere/.test(h.finding.text)), hits.map((h) => h.finding.locator).join(', '));
});

test('«kor» that asks (first word, or before «mange», «ofte», «viktig» …) is the question word; «kor» in a list of clubs is the choir', () => {
  const words = (q: string) => search.queryGroups(q).map((g) => g.word);
  for (const q of ['kor mange kommunar hadde pandemiplan', 'Kor ofte må beredskapsplanen øvast?', 'forstod staten kor stor belastning pandemien var']) {
    assert.ok(!words(q).includes('kor'), `${q}: ${words(q).join(' ')}`);
    const terms = search.queryGroups(q).flatMap((g) => g.terms.map((t) => t.term));
    assert.ok(!terms.includes('idrettsliv'), `${q}: ${terms.join(' ')}`);
  }
  // The noun stays a query word: a query about choirs and bands still searches the report's «kor».
  const choir = search.queryGroups('tilskot til lokale kor og korps').find((g) => g.word === 'kor');
  assert.ok(choir?.terms.some((t) => t.term === 'kor'), JSON.stringify(choir));
});
