import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer, analyze, detectLanguage, tokenize } from '../../src/core/search/analyzer.js';
import { Vocabulary } from '../../src/core/search/vocabulary.js';
import { stemNb } from '../../src/core/search/stem.js';

/** An analyser that knows the given report words (as the index builds it from the report). */
function withVocabulary(words: string[]): Analyzer {
  return new Analyzer(new Vocabulary(words));
}

test('inflections of a word share its search term (Snowball Norwegian)', () => {
  const t = analyze('beredskapsplan');
  assert.equal(t.length, 1);
  for (const form of ['beredskapsplanen', 'beredskapsplaner', 'beredskapsplanene']) assert.deepEqual(analyze(form), t, form);
  assert.deepEqual(analyze('kommunene'), analyze('kommuner'));
});

test('stop words give no terms, in Bokmål and Nynorsk', () => {
  assert.deepEqual(analyze('og i det som er på ikke'), []);
  assert.deepEqual(analyze('ikkje korleis medan eg dei'), []);
  assert.deepEqual(analyze('barn og unge'), [...analyze('barn'), ...analyze('unge')]);
});

test('Nynorsk word forms are searched as their Bokmål forms', () => {
  const pairs: [string, string][] = [
    ['kriseleiing', 'kriseledelse'],
    ['innbyggjarar', 'innbyggere'],
    ['born', 'barn'],
    ['tilsette', 'ansatte'],
    ['tenestene', 'tjenestene'],
    ['sjukeheim', 'sykehjem'],
    ['løysingar', 'løsninger'],
    ['vanskeleg', 'vanskelig'],
  ];
  for (const [nn, nb] of pairs) assert.deepEqual(analyze(nn), analyze(nb), `${nn} → ${nb}`);
});

test('Nynorsk inflections outside the table are rewritten when the report knows the result', () => {
  const a = withVocabulary(['kriseledelse', 'kriseledelsen', 'avdelingsledere', 'innbyggere', 'vane', 'vene']);
  assert.deepEqual(a.analyze('kriseleiinga'), a.analyze('kriseledelsen'));
  assert.deepEqual(a.analyze('avdelingsleiarar'), a.analyze('avdelingsledere'));
  // A word of the report is never rewritten, even if a rule would match it ("-ane" → "-ene").
  assert.deepEqual(a.analyze('vane'), [stemNb('vane')]);
  // Without the report's vocabulary the rules stay off: the word is only stemmed.
  assert.deepEqual(analyze('avdelingsleiarar'), [stemNb('avdelingsleiarar')]);
});

test('compounds are split into parts the report uses, with linking -s-/-e-', () => {
  const a = withVocabulary(['smittevern', 'smitte', 'vern', 'utstyr', 'beredskap', 'plan', 'barn', 'hage', 'gjennom', 'føring']);
  const equipment = a.analyze('smittevernutstyret');
  for (const w of ['smittevernutstyr', 'smittevern', 'utstyr', 'smitte', 'vern']) assert.ok(equipment.includes(stemNb(w)), `${w} in ${equipment}`);
  const plan = a.analyze('beredskapsplanen');
  for (const w of ['beredskapsplan', 'beredskap', 'plan']) assert.ok(plan.includes(stemNb(w)), `${w} in ${plan}`);
  assert.ok(a.analyze('barnehagen').includes(stemNb('barn')));
  // A preposition is a prefix, not a part; and unknown parts are not invented.
  assert.deepEqual(a.analyze('gjennomføring'), [stemNb('gjennomføring')]);
  assert.deepEqual(a.analyze('kommunestyret'), [stemNb('kommunestyret')]);
});

test('hyphens: joined words split, truncated compounds kept, one-letter prefixes glued', () => {
  assert.deepEqual(analyze('TISK-arbeid'), [...analyze('tisk'), ...analyze('arbeid')]);
  const t = analyze('smittevern- og pandemiområdet');
  assert.deepEqual(t, [...analyze('smittevern'), ...analyze('pandemiområdet')]);
  const e = analyze('e-læring');
  assert.ok(e.includes(stemNb('læring')) && e.includes(stemNb('elæring')), String(e));
});

test('digits and numbers are kept as terms', () => {
  const t = analyze('75 prosent i 2020, lp. 3.5.1');
  for (const x of ['75', '2020', '3.5.1']) assert.ok(t.includes(x), `${x} in ${t}`);
});

test('case, Unicode forms, soft hyphens and typographic apostrophes do not matter', () => {
  assert.deepEqual(analyze('KOMMUNENE'), analyze('kommunene'));
  assert.deepEqual(analyze('smitte\u00ADvern'), analyze('smittevern'));
  assert.deepEqual(analyze('ﬁnansiering'), analyze('finansiering'));
  assert.deepEqual(analyze('Norway’s municipalities', 'en'), analyze("Norway's municipalities", 'en'));
});

test('English text is detected and gets English stems and stop words', () => {
  const en = 'The municipalities have had their emergency preparedness and infection prevention and control put to the test.';
  assert.equal(detectLanguage(en), 'en');
  assert.equal(detectLanguage('Kommunene har hatt en avgjørende rolle i håndtering av pandemien, både overfor befolkningen og næringslivet.'), 'nb');
  const t = analyze(en);
  assert.ok(t.includes('municip') && t.includes('prepared') && t.includes('infect'), String(t));
  assert.ok(!t.includes('the') && !t.includes('and'));
});

test('a query word searches its stem, English stem, compound parts and synonyms; stop words drop out', () => {
  const a = withVocabulary(['smittevern', 'utstyr', 'munnbind', 'pandemien']);
  const groups = a.query('vi manglet munnbind da pandemien kom');
  assert.deepEqual(groups.map((g) => g.word), ['manglet', 'munnbind', 'pandemien']);
  const mask = groups[1].terms.map((t) => t.term);
  assert.ok(mask.includes('smittevernutstyr') && mask.includes('utstyr'), String(mask));
  const english = a.query('crisis management')[0].terms.map((t) => t.term);
  assert.ok(english.includes('crisi'), String(english));
});

test('tokenize gives ranges into the text', () => {
  const text = '«Smittevernutstyr» – TISK-arbeid';
  const toks = tokenize(text);
  assert.deepEqual(toks.map((t) => text.slice(t.start, t.end)), ['Smittevernutstyr', 'TISK-arbeid']);
});

test('empty, binary and huge input give terms or nothing, never a throw or a hang', () => {
  assert.deepEqual(analyze(''), []);
  assert.deepEqual(analyze('   \n\t '), []);
  assert.deepEqual(analyze('!!! ... ---'), []);
  assert.ok(Array.isArray(analyze('\u0000\u0001\uFFFD\uD800 abc')));
  const huge = 'smittevern '.repeat(1_000_000); // 11 MB
  assert.ok(analyze(huge).length > 0);
  assert.ok(Array.isArray(analyze('a'.repeat(10_000_000))));
});

test('Snowball corrections: lege keeps its meaning; definite forms meet their base form', () => {
  // Snowball alone turns "kommunelege" into "kommun" (= kommune).
  assert.notDeepEqual(analyze('kommunelegene'), analyze('kommunene'));
  assert.deepEqual(analyze('kommunelegene'), analyze('kommunelege'));
  assert.deepEqual(analyze('fastlegen'), analyze('fastlege'));
  const a = withVocabulary(['sykehjem', 'sykehjemmet', 'innbyggere', 'innbyggerne']);
  assert.deepEqual(a.analyze('sykehjemmene'), a.analyze('sykehjem'));
  assert.deepEqual(a.analyze('innbyggerne'), a.analyze('innbyggere'));
  // A derivational ending is not a compound part ("vaksinering" is not vaksine + ring).
  assert.deepEqual(withVocabulary(['vaksine', 'ring']).analyze('vaksinering'), [stemNb('vaksinering')]);
});

test('a verb and its noun of action search each other, only where the report has the other form', () => {
  const a = withVocabulary(['revidering', 'revidert', 'informasjon', 'informert', 'leder']);
  const terms = (q: string) => a.query(q)[0].terms.map((t) => t.term);
  assert.ok(terms('revidert').includes(stemNb('revidering')), String(terms('revidert')));
  assert.ok(terms('revideringen').includes(stemNb('revidere')), String(terms('revideringen')));
  assert.ok(terms('informasjon').includes(stemNb('informere')), String(terms('informasjon')));
  assert.ok(terms('informere').includes(stemNb('informasjon')), String(terms('informere')));
  // The derived form weighs less than the word itself, and nothing the report lacks is invented.
  assert.ok(a.query('revidert')[0].terms.find((t) => t.term === stemNb('revidering'))!.weight < 1);
  assert.deepEqual(a.derived(stemNb('leder')), [], '"ledering", "ledasjon" are not in the report');
  assert.deepEqual(withVocabulary(['revidert']).derived(stemNb('revidert')), []);
});

test('an adjective\'s neuter -t meets its base form when the report has it; short words are left alone', () => {
  const a = withVocabulary(['lokal', 'lokale', 'generell', 'positive', 'del', 'hel']);
  assert.deepEqual(a.analyze('lokalt'), a.analyze('lokale'));
  assert.deepEqual(a.analyze('generelt'), a.analyze('generell'));
  assert.deepEqual(a.analyze('positivt'), a.analyze('positive'));
  assert.deepEqual(a.analyze('delt'), [stemNb('delt')], '"delt" is not "del"');
  // Without the base form in the report, nothing changes.
  assert.deepEqual(withVocabulary(['nasjonalt']).analyze('nasjonalt'), [stemNb('nasjonalt')]);
});

test('more Nynorsk forms: røynsle, kvardag, meir, opne, smittetal', () => {
  const a = withVocabulary(['erfaringer', 'hverdagen', 'skolehverdagen', 'skole', 'merarbeid', 'åpne', 'smittetall']);
  assert.deepEqual(a.analyze('røynsler'), a.analyze('erfaringer'));
  assert.deepEqual(a.analyze('kvardagen'), a.analyze('hverdagen'));
  assert.ok(a.analyze('skulekvardagen').includes(stemNb('skolehverdagen')), String(a.analyze('skulekvardagen')));
  assert.deepEqual(a.analyze('meirarbeid'), a.analyze('merarbeid'));
  assert.deepEqual(a.analyze('opne'), a.analyze('åpne'));
  assert.deepEqual(a.analyze('smittetal'), a.analyze('smittetall'));
});

test('a compound written with another seam searches the report\'s spelling', () => {
  const a = withVocabulary(['sykepleiestudenter', 'studenter', 'beredskapsplan', 'plan', 'beredskap']);
  assert.equal(a.nb('sykepleierstudenter')?.main, stemNb('sykepleiestudenter'));
  assert.equal(a.nb('beredskapplanen')?.main, stemNb('beredskapsplan'));
  // Nothing to respell: the word is the report's own, or its tail is not a report word.
  assert.equal(a.nb('beredskapsplanen')?.main, stemNb('beredskapsplanen'));
  assert.equal(withVocabulary(['sykepleiestudenter']).nb('sykepleierstudenter')?.main, stemNb('sykepleierstudenter'));
});

test('a Nynorsk compound whose head is in the Nynorsk table is searched in Bokmål', () => {
  const a = withVocabulary(['brukerundersøkelse', 'bruker', 'undersøkelse', 'sykehjemsbeboerne', 'sykehjem', 'beboerne']);
  assert.equal(a.nb('brukarundersøking')?.main, stemNb('brukerundersøkelse'));
  assert.equal(a.nb('sjukeheimsbebuarane')?.main, stemNb('sykehjemsbeboerne'));
  // Only when the report knows the result: an unknown compound stays as it is.
  assert.equal(a.nb('brukarhandbok')?.main, stemNb('brukarhandbok'));
});

test('two query words the report writes as one compound also search the compound', () => {
  const a = withVocabulary(['pandemiplan', 'pandemi', 'plan', 'prosjektleder', 'prosjekt', 'leder', 'kriseteam']);
  const compounds = (q: string) => a.query(q).map((g) => g.terms.filter((t) => t.role === 'compound').map((t) => t.term));
  // Reversed ("plan for pandemi" is a pandemiplan), in both words' groups.
  assert.deepEqual(compounds('plan for pandemi'), [[stemNb('pandemiplan')], [stemNb('pandemiplan')]]);
  // In the order written, the first word as written or as its stem.
  assert.deepEqual(compounds('prosjektet leder'), [[stemNb('prosjektleder')], [stemNb('prosjektleder')]]);
  assert.deepEqual(compounds('team i krise'), [[stemNb('kriseteam')], [stemNb('kriseteam')]]);
  // Nothing the report lacks: no "lederteam", no "teamleder".
  assert.deepEqual(compounds('leder av team'), [[], []]);
});

test('a comparative or superlative of an adjective in -ig also searches its other degrees the report has; a word in -st that is none does not', () => {
  const a = withVocabulary(['viktig', 'viktigere', 'viktigste', 'fri', 'frist']);
  const terms = (q: string) => a.query(q)[0].terms.map((t) => t.term);
  // Nynorsk «viktigast» and Bokmål «viktigst» reach «viktig» and the report's «viktigere».
  for (const q of ['viktigast', 'viktigst']) {
    assert.ok(terms(q).includes(stemNb('viktig')) && terms(q).includes(stemNb('viktigere')), `${q}: ${terms(q).join(' ')}`);
  }
  // The positive form is a derivation's weight, not the word's own.
  assert.ok(a.query('viktigst')[0].terms.find((t) => t.term === stemNb('viktig'))!.weight < 1);
  // «frist» (deadline) is not the superlative of «fri».
  assert.ok(!terms('frist').includes(stemNb('fri')), terms('frist').join(' '));
});
