/** The five citation rules, each over Bokmål and Nynorsk text, with their fixes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, only, report, search } from '../fixtures/lint/helpers.js';
import { applyFix } from '../../src/core/lint/fix.js';

test('unknown-source: a typo of ks2021 is fixed; an unrelated key gets no fix', () => {
  const text = 'Lager [@ks2012, lp. 3.5.1] og [@smith99, s. 3].';
  const ms = only(lint(text), 'unknown-source');
  assert.equal(ms.length, 2);
  assert.equal(applyFix(text, ms[0].fix!), 'Lager [@ks2021, lp. 3.5.1] og [@smith99, s. 3].');
  assert.equal(ms[1].fix, undefined);
  assert.match(ms[1].message, /@smith99/);
  assert.equal(only(lint(text), 'unknown-locator').length, 0, 'a locator of an unknown source is not judged');
});

test('unknown-locator: nearest valid locators by number and by text, each a suggestion', () => {
  const text = 'Kommunen bør ha en plan for å oppskalere, omdisponere og nedskalere personell [@ks2021, lp. 3.5.9].';
  const [m] = only(lint(text, { search: search() }), 'unknown-locator');
  assert.equal(text.slice(m.start, m.end), 'lp. 3.5.9');
  assert.equal(m.fix, undefined, 'a guess is never applied by fix-all');
  const titles = m.suggestions!.map((s) => s.title);
  const locs = m.suggestions!.map((s) => applyFix(text, s).match(/\[@ks2021, ([^\]]+)\]/)![1]);
  for (const l of locs) assert.ok(report().get(l), `${l} resolves`);
  assert.ok(locs.slice(0, 3).every((l) => l.startsWith('lp. 3.5.')), `by number first: ${locs}`);
  assert.ok(titles.some((t) => /teksten/.test(t)), 'and by text');
  assert.ok(locs.includes('lp. 3.5.2'), 'the learning point on personnel is among them');
  assert.deepEqual(m.evidence.slice(0, 1), ['[@ks2021, lp. 3.5.4]']);
});

test('unknown-locator: malformed citations get a clear reason; a missing comma is fixed', () => {
  const text = 'A [@ks2021, lp. ]. B [@]. C [@ks2021]. D [@ks2021 lp 3.5.2]. E [@ks2021, x. 33]. F [@ks2021, lp. 3.5.1; kap. 2.2].';
  const ms = only(lint(text), 'unknown-locator');
  const by = (s: string) => ms.find((m) => text.slice(m.start, m.end).includes(s) || text.slice(m.start - 3, m.end).includes(s));
  assert.equal(ms.length, 5, 'a bare [@ks2021] is the whole report, valid as in pandoc');
  assert.match(ms[0].message, /mangler et gyldig nummer/);
  assert.match(ms[1].message, /mangler kildenøkkel/);
  assert.match(ms[2].message, /Mangler komma/);
  assert.equal(applyFix(text, ms[2].fix!).includes('D [@ks2021, lp. 3.5.2].'), true);
  assert.match(ms[3].message, /ingen kjent henvisningstype/);
  assert.match(ms[4].message, /«kap\. 2\.2» i henvisningen mangler kildenøkkel/);
  assert.ok(applyFix(text, ms[4].fix!).includes('[@ks2021, lp. 3.5.1; @ks2021, kap. 2.2]'));
  assert.ok(by('lp.'));
  // A bare author-in-text key names the report as a whole: fine.
  assert.equal(only(lint('Som @ks2021 viser, må kommunene planlegge.'), 'unknown-locator').length, 0);
});

test('misquote: altered quotes are flagged with the closest passage; the fix restores it', () => {
  const text = 'Rapporten slår fast at «kommunenes utstyrsberedskap var dimensjonert til å håndtere pandemien» [@ks2021, lp. 3.5.1].';
  const [m] = only(lint(text), 'misquote');
  assert.ok(m);
  assert.match(m.message, /Kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien/);
  assert.deepEqual(m.evidence, ['[@ks2021, lp. 3.5.1]']);
  const fixed = applyFix(text, m.fix!);
  // The quote began in lower case mid-sentence; the fix keeps it so (no capital letter mid-sentence).
  assert.equal(fixed, 'Rapporten slår fast at «kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien» [@ks2021, lp. 3.5.1].');
  assert.equal(only(lint(fixed), 'misquote').length, 0);
});

test('misquote: faithful quotes pass, whatever the quote marks, case, line breaks, hyphenation and ellipses', () => {
  const ok = [
    'Rapporten sier «kommunenes utstyrsberedskap var ikke dimensjonert» [@ks2021, lp. 3.5.1].',
    'Rapporten sier "Kommunenes utstyrsberedskap var ikke\ndimensjonert til å håndtere pandemien" [@ks2021, lp. 3.5.1].',
    'Rapporten sier “kommunenes utstyrs-\nberedskap var ikke dimensjonert” [@ks2021, lp. 3.5.1].',
    'Rapporten sier «Kommunenes utstyrsberedskap […] da den kom i mars 2020» [@ks2021, lp. 3.5.1].',
    'Rapporten sier «Kommunenes utstyrsberedskap ... i mars 2020» [@ks2021, lp. 3.5.1].',
    'Kort: «ikke dimensjonert» [@ks2021, lp. 3.5.1].',
    'Med fotnote: «Kommunenes utstyrsberedskap[^3] var ikke dimensjonert¹ til å håndtere pandemien» [@ks2021, lp. 3.5.1].',
    'Limt markør: ‘kommunenes utstyrsberedskap var ikke dimensjonert23 til å håndtere’ [@ks2021, lp. 3.5.1].',
    'Uten henvisning: «dette står ikke i rapporten i det hele tatt».',
    'Dei skriv at «kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien» [@ks2021, lp. 3.5.1].',
  ];
  for (const text of ok) assert.deepEqual(only(lint(text), 'misquote'), [], text);
  // Ellipsis fragments must still be in order and in the passage.
  const wrongOrder = 'Rapporten sier «da den kom i mars 2020 […] Kommunenes utstyrsberedskap var ikke» [@ks2021, lp. 3.5.1].';
  assert.equal(only(lint(wrongOrder), 'misquote').length, 1);
});

test('misquote: a quote from a footnote of the cited finding passes', () => {
  const cite = report().get('lp. 3.5.1')!;
  assert.ok(cite.footnotes.length > 0);
  const fn = report().get(`fn. ${cite.footnotes[0]}`)!;
  const words = fn.text.split(/\s+/).slice(0, 5).join(' ');
  assert.deepEqual(only(lint(`Rapporten sier «${words}» [@ks2021, lp. 3.5.1].`), 'misquote'), []);
});

test('number-mismatch: numbers the passage (with footnotes) does not state are flagged, in Bokmål and Nynorsk', () => {
  const nb = 'I 2020 omdisponerte 80 prosent av kommunene personell fra helsestasjonen [@ks2021, fn. 45].';
  const [m] = only(lint(nb), 'number-mismatch');
  assert.equal(nb.slice(m.start, m.end), '80 prosent');
  assert.match(m.message, /75 prosent/);
  assert.match(m.message, /38 prosent/);
  assert.equal(m.fix, undefined, 'two percentages stated: no single right answer');
  const nn = 'I 2020 omdisponerte 60 pst. av kommunane personell [@ks2021, fn. 45].';
  assert.equal(only(lint(nn), 'number-mismatch').length, 1);
  // Stated numbers pass; so does a footnote reached through the cited paragraph.
  for (const text of [
    'I 2020 omdisponerte 75 prosent av kommunene personell [@ks2021, fn. 45].',
    'Hele 38 % av kommunene omdisponerte fysioterapeuter [@ks2021, fn. 45].',
    'Tre av fire kommunar omdisponerte personell [@ks2021, fn. 45].',
    'Omdisponeringen gjaldt 75 % av kommunene [@ks2021, kap. 3.4.3 avsn. 2].',
    'I mars 2020 og 17.09.2021 skjedde mye [@ks2021, lp. 3.5.1].',
  ]) {
    assert.deepEqual(only(lint(text), 'number-mismatch'), [], text);
  }
});

test('number-mismatch: a single stated number of the kind is offered as the fix', () => {
  const f = report().findings.find((x) => x.numbers.filter((n) => n.unit === 'percent').length === 1 && x.kind !== 'footnote' && x.footnotes.length === 0)!;
  assert.ok(f, 'the report has a finding stating one percentage');
  const stated = f.numbers.find((n) => n.unit === 'percent')!;
  const wrong = stated.value === 99 ? 98 : 99;
  const text = `Det gjaldt ${wrong} % av kommunene ${f.citation}.`;
  const [m] = only(lint(text), 'number-mismatch');
  assert.ok(m, text);
  const fixed = applyFix(text, m.fix!);
  assert.equal(only(lint(fixed), 'number-mismatch').length, 0, fixed);
});

test('uncited-claim: evidence claims without a citation, Bokmål and Nynorsk; suggestions insert citations before the full stop', () => {
  const claims = [
    'Undersøkelsen viser at kommunene manglet smittevernutstyr da pandemien kom.',
    'Rapporten peker på at kommunene må ha en plan for personell.',
    'Hele 75 % av kommunene omdisponerte personell.',
    'Flertallet av kommunene etablerte kriseledelse tidlig.',
    'Undersøkinga viser at kommunane mangla smittevernutstyr.',
    'Fleirtalet av kommunane sette kriseleiinga tidleg.',
  ];
  for (const text of claims) {
    const ms = only(lint(text, { search: search() }), 'uncited-claim');
    assert.equal(ms.length, 1, text);
    const m = ms[0];
    assert.equal(m.suggestions!.length, 3);
    const fixed = applyFix(text, m.suggestions![0]);
    assert.match(fixed, / \[@ks2021, [^\]]+\]\.$/);
    assert.equal(fixed.slice(0, text.length - 1), text.slice(0, -1));
    assert.deepEqual(only(lint(fixed), 'uncited-claim'), []);
  }
  const first = only(lint(claims[0], { search: search() }), 'uncited-claim')[0];
  assert.ok(first.evidence.includes('[@ks2021, lp. 3.5.1]'), `equipment evidence suggested: ${first.evidence}`);
});

test('uncited-claim: cited claims, ordinary prose and headings stay clean', () => {
  for (const text of [
    'Undersøkelsen viser at kommunene manglet utstyr [@ks2021, lp. 3.5.1].',
    'Kommunen skal ha et lager for smittevernutstyr.',
    'Kommunane skal ha eit lager for smittevernutstyr.',
    '# Undersøkelsen viser behov for lager',
    'Vi viser til undersøkelser kommunen selv har gjort.',
  ]) {
    assert.deepEqual(only(lint(text), 'uncited-claim'), [], text);
  }
});

test('misquote: each quote is checked against its own citation, also many in one paragraph', () => {
  const good = '«Kommunenes utstyrsberedskap var ikke dimensjonert» [@ks2021, lp. 3.5.1]';
  const bad = '«Kommunene har i stor grad lyktes med alt» [@ks2021, lp. 3.5.1]';
  const other = '«Kommunene har i stor grad lykkes med smittevernrelaterte oppgaver» [@ks2021, lp. 3.5.2]';
  const para = Array.from({ length: 300 }, (_, i) => [good, bad, other][i % 3]).join(' og ') + '.';
  const ms = only(lint(para), 'misquote');
  assert.equal(ms.length, 100);
  for (const m of ms) assert.match(para.slice(m.start, m.end), /lyktes med alt/);
  // A citation before the quote counts when none follows it in the sentence.
  assert.equal(only(lint('Ifølge [@ks2021, lp. 3.5.1] var «utstyrsberedskapen godt dimensjonert for pandemien».'), 'misquote').length, 1);
  assert.equal(only(lint('Ifølge [@ks2021, lp. 3.5.1] var «kommunenes utstyrsberedskap ikke dimensjonert».'), 'misquote').length, 1);
  assert.equal(only(lint('Ifølge [@ks2021, lp. 3.5.1] står det «utstyrsberedskap var ikke dimensjonert».'), 'misquote').length, 0);
});

test('number-mismatch: only numbers of a kind the passage states, in the clause carrying the citation; «én av fire» is a share', () => {
  const nm = (text: string) => only(lint(text), 'number-mismatch').map((m) => text.slice(m.start, m.end));
  // Local figures next to a citation: the passage states no counts of inhabitants, schools or staff.
  assert.deepEqual(nm('Fjellvik har 12 000 innbyggere og 9 skoler, og pandemien traff alle tjenester [@ks2021, lp. 2.6.1].\n'), []);
  assert.deepEqual(nm('Straumsnes har 4 800 innbyggjarar og kan difor setje inn tiltak raskt [@ks2021, lp. 7.4.1].\n'), []);
  // A local count in another clause; the report's share in the citing clause is right.
  assert.deepEqual(nm('I Havbru ble 14 ansatte omdisponert, mens 75 prosent av kommunene omdisponerte personell [@ks2021, fn. 45].\n'), []);
  // …and wrong: flagged, and only that.
  assert.deepEqual(nm('I Havbru ble 14 ansatte omdisponert, mens 85 prosent av kommunene omdisponerte personell [@ks2021, fn. 45].\n'), ['85 prosent']);
  // Accented «én av fire» / «éin av fire» read as a fraction the passage states.
  assert.deepEqual(nm('I skolene rapporterte én av fire ledere at elever med enkeltvedtak i liten grad fikk tilbudet [@ks2021, kap. 7.3.2 avsn. 1].\n'), []);
  assert.deepEqual(nm('I skulane rapporterte éin av fire leiarane at elevar med enkeltvedtak i liten grad fekk tilbodet [@ks2021, kap. 7.3.2 avsn. 1].\n'), []);
  assert.deepEqual(nm('I barnehagene svarte to av tre ledere at hjelpen i liten grad ble gitt [@ks2021, kap. 7.3.2 avsn. 1].\n'), ['to av tre']);
});

test('misquote: editorial brackets are accepted; a quote in Nynorsk of the Bokmål report is an info note; a turned meaning stays a warning', () => {
  const mq = (text: string) => only(lint(text), 'misquote');
  assert.deepEqual(mq('Rapporten sier det slik: «[k]ommunene har vært nødt til å formidle hvordan nasjonale og lokale føringer får konsekvenser» [@ks2021, lp. 5.5.1].'), []);
  assert.deepEqual(mq('Rapporten understreker at «[k]ommunene må sikres tilstrekkelig smittevernutstyr i fremtidige pandemisituasjoner» [@ks2021, lp. 9.3.3].'), []);
  assert.deepEqual(mq('Rapporten sier at «[kommunenes] utstyrsberedskap var ikke dimensjonert [til å møte] pandemien» [@ks2021, lp. 3.5.1].'), []);
  const nn = mq('Som rapporten seier, var «kommunane si utstyrsberedskap ikkje dimensjonert til å handtere pandemien» [@ks2021, lp. 3.5.1].');
  assert.equal(nn.length, 1);
  assert.equal(nn[0].severity, 'info');
  assert.match(nn[0].message, /på nynorsk, men \[@ks2021, lp\. 3\.5\.1\] er på bokmål/);
  assert.equal(nn[0].fix, undefined, 'never rewritten by fix all');
  const turned = mq('Rapporten seier at «kommunane si utstyrsberedskap var godt dimensjonert til å handtere pandemien» [@ks2021, lp. 3.5.1].');
  assert.equal(turned.length, 1);
  assert.equal(turned[0].severity, 'warning');
});

test('uncited-claim: no suggested passage states a different figure; a plan\'s own evaluation is not a survey claim', () => {
  const text = 'Nær 60 % av kommunene hadde problemer med å skaffe nok helsefaglig personell til smittevernoppgaver.\n';
  const [m] = only(lint(text, { search: search() }), 'uncited-claim');
  assert.ok(m, 'the claim is flagged');
  for (const c of m.evidence) {
    const f = report().get(c.replace(/^\[@ks2021, /, '').replace(/\]$/, ''))!;
    assert.doesNotMatch(f.text, /nær halvparten/i, `${c} states another figure`);
  }
  assert.deepEqual(only(lint('Etter kvar øving skriv vi ei evaluering, og planen blir oppdatert når evalueringa viser at det trengst.\n'), 'uncited-claim'), []);
});
