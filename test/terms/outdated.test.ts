/**
 * The outdated-term matcher: every inflection and compound in Bokmål and
 * Nynorsk, never a look-alike or the new name, and the replacement in the same
 * inflection and case.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findOutdatedTerms, outdatedTerms, describeOutdated, matchCase, type OutdatedMatch } from '../../src/core/terms/index.js';

function only(text: string, lang: 'nb' | 'nn' = 'nb'): OutdatedMatch {
  const ms = findOutdatedTerms(text, { lang });
  assert.equal(ms.length, 1, `expected one match in ${JSON.stringify(text)}, got ${JSON.stringify(ms.map((m) => m.text))}`);
  return ms[0];
}

function replaced(text: string, lang: 'nb' | 'nn' = 'nb'): string {
  let out = text;
  for (const m of [...findOutdatedTerms(text, { lang })].reverse()) out = out.slice(0, m.start) + m.replacements[0] + out.slice(m.end);
  return out;
}

describe('finds every inflection and compound (Bokmål)', () => {
  const cases: Array<[string, string, string]> = [
    ['rådmann', 'Vi har en rådmann.', 'kommunedirektør'],
    ['rådmannen', 'Spør rådmannen.', 'kommunedirektøren'],
    ['rådmannens', 'Det er rådmannens ansvar.', 'kommunedirektørens'],
    ['rådmenn', 'Tre rådmenn møttes.', 'kommunedirektører'],
    ['rådmennene', 'Rådmennene i regionen.', 'Kommunedirektørene'],
    ['rådmannskontoret', 'Send det til rådmannskontoret.', 'kommunedirektørkontoret'],
    ['fylkesrådmannen', 'Fylkesrådmannen svarte.', 'Fylkeskommunedirektøren'],
    ['fylkesmannens', 'Etter fylkesmannens vedtak.', 'statsforvalterens'],
    ['Fylkesmannen i Vestland', 'Fylkesmannen i Vestland skriver.', 'Statsforvalteren'],
    ['fylkesmenn', 'Alle fylkesmenn.', 'statsforvaltere'],
    ['fylkesmannsembetet', 'Fylkesmannsembetet ble omorganisert.', 'Statsforvalterembetet'],
    ['helsesøster', 'Snakk med en helsesøster.', 'helsesykepleier'],
    ['helsesøsteren', 'Helsesøsteren er her.', 'Helsesykepleieren'],
    ['helsesøstrene', 'Helsesøstrene på skolen.', 'Helsesykepleierne'],
    ['helsesøstera', 'Ring helsesøstera.', 'helsesykepleieren'],
    ['helsesøstertjenesten', 'Helsesøstertjenesten utvides.', 'Helsesykepleiertjenesten'],
    ['skolehelsesøster', 'Vi ansetter en skolehelsesøster.', 'skolehelsesykepleier'],
    // A committee of chief executives is named after the title, so the new title applies to it too.
    ['rådmannsutvalget', 'Rådmannsutvalget i regionen møtes.', 'Kommunedirektørutvalget'],
  ];
  for (const [form, text, want] of cases) {
    test(form, () => {
      const m = only(text);
      assert.equal(m.replacements[0], want);
      assert.equal(text.slice(m.start, m.end).toLowerCase().startsWith(form.split(' ')[0].toLowerCase()), true);
    });
  }
});

describe('Nynorsk forms and Nynorsk replacements', () => {
  const cases: Array<[string, string]> = [
    ['fylkesmannen', 'statsforvaltaren'],
    ['Fylkesmannen', 'Statsforvaltaren'],
    ['fylkesmennene', 'statsforvaltarane'],
    ['rådmannen', 'kommunedirektøren'],
    ['rådmenn', 'kommunedirektørar'],
    ['helsesystera', 'helsesjukepleiaren'],
    ['helsesyster', 'helsesjukepleiar'],
    ['helsesystrene', 'helsesjukepleiarane'],
    ['helsesøstera', 'helsesjukepleiaren'],
  ];
  for (const [old, want] of cases) {
    test(`${old} → ${want}`, () => assert.equal(only(`Vi ringjer ${old} i dag.`, 'nn').replacements[0], want));
  }
  test('the same text gets Bokmål replacements in a Bokmål plan', () => {
    assert.equal(only('Vi ringer fylkesmannen.', 'nb').replacements[0], 'statsforvalteren');
  });
});

describe('the replacement keeps inflection and case', () => {
  const cases: Array<[string, string]> = [
    ['Fylkesmannens vedtak', 'Statsforvalterens vedtak'],
    ['rådmannen sa', 'kommunedirektøren sa'],
    ['rådmenn møttes', 'kommunedirektører møttes'],
    ['helsesøstrene kom', 'helsesykepleierne kom'],
    ['FYLKESMANNEN I VESTLAND', 'STATSFORVALTEREN I VESTLAND'],
    ['Rådmannskontoret', 'Kommunedirektørkontoret'],
  ];
  for (const [text, want] of cases) test(`${text} → ${want}`, () => assert.equal(replaced(text), want));
  test('Nynorsk: fylkesmannen → statsforvaltaren', () => assert.equal(replaced('Spør fylkesmannen.', 'nn'), 'Spør statsforvaltaren.'));
  test('matchCase: all capitals, capitalised, lower case, proper noun', () => {
    assert.equal(matchCase('RÅDMANN', 'kommunedirektør'), 'KOMMUNEDIREKTØR');
    assert.equal(matchCase('Rådmann', 'kommunedirektør'), 'Kommunedirektør');
    assert.equal(matchCase('rådmann', 'kommunedirektør'), 'kommunedirektør');
    assert.equal(matchCase('direktoratet for e-helse', 'Helsedirektoratet', true), 'Helsedirektoratet');
  });
});

describe('look-alikes and current names are never flagged', () => {
  const clean = [
    'Kommuneoverlegen og kommunelegen leder smittevernet.',
    'Statsforvalteren, statsforvalterens og Statsforvalterne er nye navn.',
    'Statsforvaltaren i Vestland og statsforvaltarane.',
    'Kommunedirektøren og kommunedirektørens stab.',
    'Helsesykepleieren og helsesjukepleiarane.',
    'Søster, mann, menn, rådgiver, rådhus, fylkeskommunen og fylkesmenyen.',
    'Båten lå i viken, og vikene var islagt.',
    'Statsforvalteren i Vestfold og Telemark og Statsforvaltaren i Troms og Finnmark.',
    'Helsedirektoratet og Direktoratet for samfunnssikkerhet og beredskap.',
  ];
  for (const text of clean) test(text, () => assert.deepEqual(findOutdatedTerms(text).map((m) => m.text), []));

  test('no replacement of any entry is itself flagged (fixing never creates a new warning)', () => {
    for (const e of outdatedTerms.entries) {
      for (const lang of ['nb', 'nn'] as const) {
        for (const r of Object.values(e.replacement[lang]).flat()) {
          if (typeof r !== 'string') continue;
          assert.deepEqual(findOutdatedTerms(`Vi skriver ${r} her.`, { lang }).map((m) => m.text), [], `${e.id}: ${r}`);
        }
      }
    }
  });

  test('Unicode word boundaries: æ, ø and å are letters, not boundaries', () => {
    assert.deepEqual(findOutdatedTerms('æfylkesmannen og fylkesmannenø').map((m) => m.text), []);
    assert.equal(only('(Fylkesmannen)').text, 'Fylkesmannen');
    assert.equal(only('[rådmann]', 'nb').text, 'rådmann');
    assert.equal(only('helsesøstera.', 'nb').text, 'helsesøstera');
  });
});

describe('names of more than one word', () => {
  test('Direktoratet for e-helse across a line break, with a genitive', () => {
    const ms = findOutdatedTerms('Direktoratet for\ne-helse og Direktoratet for e-helses rolle');
    assert.deepEqual(ms.map((m) => m.replacements[0]), ['Helsedirektoratet', 'Helsedirektoratets']);
  });
  test('a split county offers each successor as a choice', () => {
    assert.deepEqual(only('Viken fylkeskommune').replacements, ['Akershus', 'Buskerud', 'Østfold']);
    assert.deepEqual(only('Vestfold og Telemark fylkeskommune').replacements, ['Vestfold', 'Telemark']);
    assert.deepEqual(only('Troms og Finnmarks grenser').replacements, ["Troms'", 'Finnmarks']);
  });
  test('counties merged in 2018 and 2020, with genitive; names living on in courts are left alone', () => {
    assert.deepEqual(
      findOutdatedTerms('Hordaland fylkeskommune, Vest-Agders grenser, Sogn og Fjordane, Sør-Trøndelag og Oppland.').map((m) => [m.text, m.replacements[0]]),
      [['Hordaland', 'Vestland'], ['Vest-Agders', 'Agders'], ['Sogn og Fjordane', 'Vestland'], ['Sør-Trøndelag', 'Trøndelag'], ['Oppland', 'Innlandet']],
    );
    assert.deepEqual(findOutdatedTerms('Hordaland tingrett og Hedmarken brannvesen.'), []);
  });
  test('Viken is a proper name: the common noun "viken" is not the county', () => {
    assert.deepEqual(findOutdatedTerms('i viken').length, 0);
  });
  test('Statsforvalteren i Oslo og Viken has a new name of its own', () => {
    assert.equal(only('Statsforvalteren i Oslo og Viken').replacements[0], 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus');
    assert.equal(only('Fylkesmannen i Oslo og Viken', 'nn').replacements[0], 'Statsforvaltaren i Østfold, Buskerud, Oslo og Akershus');
  });
});

describe('deliberate old names', () => {
  test('inside quotation marks (a quote must stay faithful)', () => {
    assert.equal(findOutdatedTerms('Rapporten sier «økt etterspørsel hos helsesøster og psykolog».').length, 0);
    assert.equal(findOutdatedTerms('Han sa “spør rådmannen”.').length, 0);
    assert.equal(findOutdatedTerms('Han sa «spør rådmannen».', { skipQuotes: false }).length, 1);
  });
  test('right after "tidligere" or "het", and lists that follow them (historical references)', () => {
    assert.equal(findOutdatedTerms('Statsforvalteren (tidligere Fylkesmannen) og embetet som het fylkesmann.').length, 0);
    assert.equal(findOutdatedTerms('Innlandet (tidligere Hedmark og Oppland) og Vestland (tidlegare Hordaland og Sogn og Fjordane).').length, 0);
  });
  test('"tidligere" further back does not excuse a current use', () => {
    assert.deepEqual(findOutdatedTerms('Vi har tidligere bedt rådmannen om svar, og Oppland svarte.').map((m) => m.text), ['rådmannen', 'Oppland']);
  });
  test('outside the given ranges (e.g. code)', () => {
    const text = 'rådmannen `rådmannen`';
    assert.deepEqual(findOutdatedTerms(text, { ranges: [{ start: 0, end: 9 }] }).map((m) => m.start), [0]);
  });
  test('ignored term ids', () => {
    assert.equal(findOutdatedTerms('rådmannen og fylkesmannen', { ignore: ['radmann'] }).length, 1);
  });
});

describe('the table', () => {
  test('every entry has a source, an ISO date of the change and replacements in both languages', () => {
    for (const e of outdatedTerms.entries) {
      assert.ok(e.source?.name && e.source.short, `${e.id}: source`);
      assert.match(e.changed, /^\d{4}-\d{2}-\d{2}$/, `${e.id}: changed`);
      assert.ok(e.change.nb && e.change.en, `${e.id}: change text`);
      for (const lang of ['nb', 'nn'] as const) {
        const r = e.replacement[lang];
        assert.ok(r?.sg, `${e.id}: ${lang} sg`);
        for (const slot of Object.keys(e.forms ?? {})) assert.ok(r[slot as 'sg'], `${e.id}: ${lang} ${slot}`);
        if (e.compound?.length) assert.ok(r.compound, `${e.id}: ${lang} compound`);
      }
    }
  });
  test('no word form belongs to two entries', () => {
    const seen = new Map<string, string>();
    for (const e of outdatedTerms.entries) {
      for (const f of Object.values(e.forms ?? {}).flat()) {
        assert.ok(!seen.has(f) || seen.get(f) === e.id, `${f} in ${seen.get(f)} and ${e.id}`);
        seen.set(f, e.id);
      }
    }
  });
  test('the message names the change, its date and its source (nb, en, nn)', () => {
    const m = only('Fylkesmannen svarte.');
    assert.match(describeOutdated(m, 'nb'), /«Fylkesmannen» er utdatert: .*Statsforvalteren.*1\. januar 2021.*Kilde: kongelig resolusjon/);
    assert.match(describeOutdated(m, 'en'), /"Fylkesmannen" is outdated: .*1 January 2021.*Source:/);
    assert.match(describeOutdated(m, 'nn'), /frå 1\. januar 2021.*Kjelde:/);
    assert.match(describeOutdated(only('Viken fylke'), 'nb'), /Velg «Akershus», «Buskerud» eller «Østfold»/);
    assert.match(describeOutdated(only('rådmannen'), 'nb'), /kommuneloven.*§ 13-1.*høsten 2019/);
  });
});

describe('robustness', () => {
  test('empty, non-string and binary input', () => {
    assert.deepEqual(findOutdatedTerms(''), []);
    assert.deepEqual(findOutdatedTerms(undefined as unknown as string), []);
    assert.doesNotThrow(() => findOutdatedTerms('\u0000\uFFFD\uD800rådmann\u0000'));
  });
  test('matches are inside the text, sorted, non-overlapping, and say what they replace (property)', () => {
    const words = ['rådmannen', 'Fylkesmannens', 'helsesøstrene', 'Viken', 'Direktoratet for e-helse', 'viken', 'kommuneoverlege', 'og', '«', '»', '\n', 'tidligere', ' '];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const ms = findOutdatedTerms(text);
        let last = 0;
        for (const m of ms) {
          assert.ok(m.start >= last && m.end > m.start && m.end <= text.length);
          assert.equal(text.slice(m.start, m.end), m.text);
          assert.ok(m.replacements.length >= 1);
          last = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
