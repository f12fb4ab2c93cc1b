/**
 * Look-ups a user would do, against the real built index (`npm run build`
 * runs before the suite), through the library and through the CLI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { loadSearchSync } from '../../src/node/search.js';
import { EvidenceSearch } from '../../src/core/search/index.js';
import { loadReportSync } from '../../src/node/resources.js';

const search = loadSearchSync();
const top = (q: string, n = 5, opts = {}) => search.search(q, { limit: n, ...opts }).map((h) => h.finding);

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/evidensplan.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the search index belongs to the built report', () => {
  assert.equal(search.report, loadReportSync());
  assert.equal(search.report.findings.filter((f) => f.kind === 'learning-point').length, 37);
});

test('"kriseleiing" (Nynorsk) finds the kriseledelse passages', () => {
  const hits = top('kriseleiing', 5);
  assert.equal(hits.length, 5);
  for (const f of hits) assert.match(f.text + f.sectionTitle, /kriseledelse/i, f.locator);
});

test('"innbyggjarar" finds innbyggere, "born og unge" finds barn og unge', () => {
  for (const f of top('innbyggjarar', 3)) assert.match(f.text, /innbygger/i, f.locator);
  for (const f of top('born og unge', 5)) assert.match(f.text, /barn og unge/i, f.locator);
});

test('"smittevernutstyret" finds lp. 3.5.1; "beredskapsplanen" finds the beredskapsplan passages', () => {
  assert.ok(top('smittevernutstyret', 3).some((f) => f.locator === 'lp. 3.5.1'));
  const plans = top('beredskapsplanen', 5);
  for (const f of plans) assert.match(f.text, /beredskapsplan/i, f.locator);
  assert.ok(plans.some((f) => f.locator === 'lp. 2.6.1'));
});

test('a paraphrase: "vi manglet munnbind da pandemien kom" → lp. 3.5.1 in the top 3', () => {
  assert.ok(top('vi manglet munnbind da pandemien kom', 3).some((f) => f.locator === 'lp. 3.5.1'));
});

test('a Nynorsk sentence finds its Bokmål evidence', () => {
  const hits = top('korleis kommunane handterte kriseleiinga og beredskapsplanane', 5);
  assert.ok(hits.some((f) => f.kind === 'learning-point' && f.section === '2.6'), hits.map((f) => f.locator).join());
});

test('English queries reach the Norwegian chapters, not only the English summary', () => {
  for (const [q, chapter] of [['crisis management', '2'], ['infection control equipment', '3'], ['vulnerable children and youth', '7'], ['child welfare services', '7'], ['county governor', '4']]) {
    const hits = top(q, 3);
    assert.ok(hits.length > 0, q);
    assert.ok(hits.some((f) => f.section.split('.')[0] === chapter), `${q}: ${hits.map((f) => f.locator)}`);
  }
});

test('a word the report does not contain finds nothing, not a near neighbour it does contain', () => {
  // "evakuering" is one letter from "evaluering", which the report has.
  assert.deepEqual(top('evakuering', 10), []);
  assert.deepEqual(top('evakuering av sykehjem ved flom', 10), [], 'one common word of a longer question is not an answer');
  // A typo of a word the report has still finds it: a letter left out, doubled, or two swapped.
  for (const typo of ['smitevern', 'smittevernn', 'smittevren']) {
    const hits = search.search(typo, { limit: 3 });
    assert.ok(hits.length > 0 && hits.every((h) => /smittevern/i.test(h.finding.text)), typo);
  }
  // A typo in the ending changes the Snowball stem; the word as typed is one swap from the report's.
  const led = search.search('fungerte kriseledlesen godt', { limit: 3 });
  assert.ok(led.some((h) => /kriseledelse/i.test(h.finding.text)), led.map((h) => h.finding.locator).join(', '));
  assert.deepEqual(top('kriseledlesen', 3).filter((f) => !/kriseledelse/i.test(f.text + f.sectionTitle)), []);
});

test('learning points rank first for a topic they state', () => {
  const hits = search.search('sårbare barn og unge', { limit: 5 });
  assert.equal(hits[0].finding.kind, 'learning-point');
  assert.equal(hits[0].finding.section, '7.4');
});

test('a passage that names the subject in its first words ranks above those that only mention it', () => {
  // Every learning point of 7.4 mentions «sårbare barn og unge»; 7.4.6 opens with it
  // («Sårbare barn og unge er ikke en entydig gruppe …») and says who they are.
  for (const q of ['hvem regnes som sårbare barn og unge', 'kven er dei sårbare barna', 'who are the vulnerable children']) {
    assert.equal(top(q, 1)[0]?.locator, 'lp. 7.4.6', q);
  }
});

test('a query that names a kind prefers it: takeaways and «hovudfunn» are the key experiences', () => {
  for (const q of ['main takeaways on crisis management', 'hovudfunn om kriseleiing']) {
    const first = top(q, 1)[0];
    assert.equal(first?.kind, 'key-experience', q);
    assert.equal(first?.section, '10.2.1', q);
  }
});

test('the built index (concept phrases stored compactly) answers exactly as a search built from the report now', () => {
  const fresh = EvidenceSearch.build(search.report);
  const queries = ['ekstra penger fra staten', 'jobbe hjemmefra', 'protective equipment shortage', 'gold command', 'key workers children', 'kven er dei sårbare barna', 'strenge tiltak i mars', 'support packages for local businesses'];
  for (const q of queries) {
    assert.deepEqual(
      search.search(q).map((h) => [h.finding.locator, h.score]),
      fresh.search(q).map((h) => [h.finding.locator, h.score]),
      q,
    );
    assert.ok(search.search(q).length > 0, q);
  }
});

test('a typo in a writer’s word the report lacks is read as that word, in a Norwegian query only', () => {
  // «besøksforbud» is not in the report; the writer vocabulary takes it to «begrensninger for besøk».
  const typed = top('besøksfobud sykehjem', 3).map((f) => f.locator);
  assert.deepEqual(typed, top('besøksforbud sykehjem', 3).map((f) => f.locator));
  assert.ok(typed.includes('kap. 10.2.8 avsn. 14'), typed.join());
  // An English word is not read as a Norwegian typo: «planner» is not «plan».
  const groups = search.queryGroups('municipality with a full-time emergency planner');
  assert.ok(groups.some((g) => g.terms.some((t) => t.term === 'planner')), JSON.stringify(groups.map((g) => g.word)));
  assert.ok(!groups.some((g) => g.word === 'plan'), JSON.stringify(groups.map((g) => g.word)));
});

test('as-you-type completion: a prefix and the plan text around the cursor', () => {
  assert.ok(top('beredskapsla', 5, { prefix: true }).some((f) => f.locator === 'lp. 3.5.1'));
  const context = '## Smittevernutstyr og lager\n\nKommunen skal ha et beredskapslager for munnbind og annet smittevernutstyr.';
  assert.ok(top('', 3, { context }).some((f) => f.locator === 'lp. 3.5.1'));
});

test('empty or hostile queries give no hits and no throw', () => {
  for (const q of ['', ' ', '!?', 'og i det']) assert.deepEqual(search.search(q), []);
  assert.ok(Array.isArray(search.search('x'.repeat(10 * 1024 * 1024))));
});

test('CLI: lookup --json prints contract finding objects with score, best first', () => {
  const r = runCli(['lookup', '--json', '--limit', '5', 'vi manglet munnbind da pandemien kom']);
  assert.equal(r.code, 0, r.stderr);
  const arr = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.equal(arr.length, 5);
  for (const o of arr) {
    assert.deepEqual(Object.keys(o).sort(), ['citation', 'kind', 'locator', 'score', 'section', 'sectionTitle', 'source', 'text']);
    assert.equal(o.source, 'ks2021');
    assert.equal(o.citation, `[@ks2021, ${o.locator}]`);
    assert.equal(typeof o.score, 'number');
  }
  for (let i = 1; i < arr.length; i++) assert.ok((arr[i - 1].score as number) >= (arr[i].score as number));
  assert.ok(arr.slice(0, 3).some((o) => o.locator === 'lp. 3.5.1'));
  const lp = arr.find((o) => o.locator === 'lp. 3.5.1')!;
  assert.equal(lp.kind, 'learning-point');
  assert.match(lp.text as string, /^Kommunenes utstyrsberedskap var ikke dimensjonert/);
});

test('CLI: lookup text output shows rank, citation, kind, section and marked words', () => {
  const r = runCli(['lookup', '--limit', '2', '--kind', 'lp', 'smittevernutstyret']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^ 1\. \[@ks2021, lp\. 3\.5\.1\]  læringspunkt · 3\.5 /m);
  assert.match(r.stdout, /\*smittevernutstyr\*/);
  assert.match(r.stdout, /^ 2\. \[@ks2021, lp\./m);
});

test('CLI: lookup without a query prints usage and exits 2; no hits is a friendly line, exit 0', () => {
  const empty = runCli(['lookup']);
  assert.equal(empty.code, 2);
  assert.equal(empty.stdout, '');
  assert.match(empty.stderr, /evidensplan lookup/);
  assert.doesNotMatch(empty.stderr, /\n\s+at /);
  const blank = runCli(['lookup', '  ']);
  assert.equal(blank.code, 2);
  const none = runCli(['lookup', 'xyzzyqq']);
  assert.equal(none.code, 0);
  assert.match(none.stdout, /xyzzyqq/);
  const noneJson = runCli(['lookup', '--json', 'xyzzyqq']);
  assert.equal(noneJson.code, 0);
  assert.deepEqual(JSON.parse(noneJson.stdout), []);
  const bad = runCli(['lookup', '--limit', '0', 'barn']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--limit/);
});

test('lookup on the command line says «Ingen treff» when the report has nothing, and exits 0', () => {
  const r = runCli(['lookup', 'evakuering']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Ingen treff i rapporten for «evakuering»/);
  const j = runCli(['lookup', '--json', 'evakuering av sykehjem ved flom']);
  assert.equal(j.code, 0, j.stderr);
  assert.deepEqual(JSON.parse(j.stdout), []);
  const en = runCli(['lookup', '--json', '--limit', '3', 'county governor role during the pandemic']);
  const top3 = JSON.parse(en.stdout) as { section: string }[];
  assert.ok(top3.some((f) => f.section.startsWith('4')), 'English reaches chapter 4');
});

test('common English words of crisis management reach the report\'s Norwegian words through the glossary', () => {
  for (const [q, word] of [['lockdown', /nedsteng/i], ['guidance', /veiled|retningslinjer|anbefaling/i], ['online course', /e-læring/i], ['working from home', /hjemmekontor|hjemmefra/i], ['too strict', /strenge|restriktivt/i], ['layoffs', /permitter/i], ['isolation', /isolasjon|isolering/i], ['hand sanitizer', /håndsprit/i]] as const) {
    const hits = search.search(q, { limit: 5 });
    assert.ok(hits.length > 0, `${q}: no hits («Ingen treff»)`);
    assert.ok(hits.some((h) => word.test(h.finding.text)), `${q}: ${hits.map((h) => h.finding.locator)}`);
  }
});

test('English names of the chapters\' own topics reach the Norwegian sections they head', () => {
  // From the section titles (third round of the glossary): a writer's English word → the section it titles.
  for (const [q, section] of [
    ['information to service users', '5.4.2'],
    ['the role of the municipal doctor', '2.4.1'],
    ['foreword', 'forord'],
    ['increased demand for health services', '7.3.3'],
    ['assessment and exams in upper secondary', '8.4.6'],
  ] as const) {
    const hits = search.search(q, { limit: 3 });
    assert.ok(hits.some((h) => h.finding.section === section && search.languageOf(h.finding) === 'nb'), `${q}: ${hits.map((h) => h.finding.locator)}`);
  }
});

test('Nynorsk forms the table reaches only with an ending or a compound: politikarane, fritidstilbod, gjenopninga, avlastingstilbod, rettleiinga', () => {
  // Each finds what its Bokmål form finds.
  for (const [nn, nb] of [
    ['politikarane', 'politikerne'],
    ['fritidstilbod', 'fritidstilbud'],
    ['gjenopninga', 'gjenåpningen'],
    ['avlastingstilbod', 'avlastningstilbud'],
    ['rettleiinga', 'veiledningen'],
    ['utandørs', 'utendørs'],
    ['hjartetelefonar', 'hjertetelefoner'],
  ] as const) {
    const hits = top(nn, 3).map((f) => f.locator);
    assert.ok(hits.length > 0, `${nn}: no hits`);
    assert.deepEqual(hits, top(nb, 3).map((f) => f.locator), nn);
  }
});

test('an English query that matches the English summary ranks the Norwegian passage it translates just above it', () => {
  const hits = search.search('tablets for residents in care homes', { limit: 5 });
  const en = hits.findIndex((h) => h.finding.locator === 'kap. summary avsn. 12');
  const nb = hits.findIndex((h) => h.finding.locator === 'kap. sammendrag avsn. 79');
  assert.ok(nb >= 0, hits.map((h) => h.finding.locator).join(', '));
  assert.ok(en < 0 || nb < en, hits.map((h) => h.finding.locator).join(', '));
  // A kinds filter still holds: only learning points, so no summary paragraph comes in through the alignment.
  for (const h of search.search('tablets for residents in care homes', { limit: 5, kinds: ['learning-point'] })) assert.equal(h.finding.kind, 'learning-point');
});

test('a passage the report repeats word for word shows once among the first results, its copies further down', () => {
  const hits = search.search('sykepleiestudenter som ressurs', { limit: 10 });
  const texts = hits.slice(0, 3).map((h) => h.finding.text.replace(/\s+/g, ' ').trim());
  assert.equal(new Set(texts).size, texts.length, hits.map((h) => h.finding.locator).join(', '));
  // Nothing dropped: every copy of the best passage is still in the ten.
  const copies = hits.filter((h) => h.finding.text === hits[0].finding.text);
  assert.ok(copies.length >= 2, hits.map((h) => h.finding.locator).join(', '));
});

test('an English loanword the glossary lacks reaches its Norwegian spelling, only when the report has it', () => {
  const hits = search.search('evaluation', { limit: 5 });
  assert.ok(hits.some((h) => /evaluering/i.test(h.finding.text) && search.languageOf(h.finding) === 'nb'), hits.map((h) => h.finding.locator).join(', '));
  // "evacuation" would be "evakuering": the report has no such word, so nothing is found.
  assert.deepEqual(search.search('evacuation', { limit: 5 }), []);
});

test('an English query: a typo of a glossary word reads as the word, a glossary word is never «corrected», function words are nothing', () => {
  const terms = (q: string) => search.queryGroups(q).flatMap((g) => g.terms.map((t) => t.term));
  // "goverment" (a letter left out) reaches what "government" reaches: the report's «regjeringen».
  assert.ok(terms('support from the goverment').includes('regjering'), terms('support from the goverment').join(' '));
  const hits = search.search('support from the goverment', { limit: 5 });
  assert.ok(hits.length > 0 && hits.some((h) => search.languageOf(h.finding) === 'nb'));
  // "scope" and "coping" are both glossary words, one letter apart: each stays itself.
  assert.ok(!terms('scope of the crisis').includes('cope'), terms('scope of the crisis').join(' '));
  assert.ok(!terms('coping with the crisis').includes('scope'));
  // "in" is a word of the report's Norwegian (a loan), but in an English query it is a function word.
  assert.deepEqual(search.queryGroups('staff shortages in the nursing homes').map((g) => g.word).filter((w) => w === 'in'), []);
  // A keyword query reads as Norwegian (one English function word is not enough to tell), but
  // the report's Norwegian has "in" only inside «drop-in»: it is no Norwegian word either.
  assert.deepEqual(search.queryGroups('visitor bans in nursing homes').map((g) => g.word), ['visitor bans', 'nursing homes']);
  assert.ok(search.report.findings.some((f) => /drop-in/i.test(f.text)));
  assert.ok(top('drop-in', 3).some((f) => /drop-in/i.test(f.text)));
});

test('an English description the report writes in words as well as in one rare compound finds the words', () => {
  // «sykepleiermangel» is in one passage; «mangel på sykepleiere» and the like in more.
  const hits = search.search('nurse shortage', { limit: 3 });
  assert.ok(hits.some((h) => /sykepleier/i.test(h.finding.text) && /mangel/i.test(h.finding.text)), hits.map((h) => h.finding.locator).join(', '));
  // A writer's Norwegian word of the vocabulary table is never read as an English typo.
  const terms = search.queryGroups('takle').flatMap((g) => g.terms.map((t) => t.term));
  assert.ok(terms.some((t) => t.startsWith('håndter')), terms.join(' '));
});

test('English word families Snowball merges keep apart: responsible is not response, competing is not competence, authors are not authorities', () => {
  const terms = (q: string) => search.queryGroups(q).flatMap((g) => g.terms.map((t) => t.term));
  // "responsible" reaches ansvar, never the survey's «svar» and «respondenter» (Snowball's 'respons' for both).
  const responsible = terms('responsible');
  assert.ok(responsible.includes('ansvar'), responsible.join(' '));
  assert.ok(!responsible.some((t) => t === 'svar' || t.startsWith('respondent')), responsible.join(' '));
  assert.ok(terms('survey responses').includes('svar'), terms('survey responses').join(' '));
  const hits = top('who is responsible for infection control in the municipality', 10);
  assert.ok(!hits.some((f) => /^Respondentene/.test(f.text)), hits.map((f) => f.locator).join(', '));
  // "competing" reaches «kamp» (councils competing for equipment), not «kompetanse».
  assert.ok(terms('competing').includes('kamp') && !terms('competing').includes('kompetans'), terms('competing').join(' '));
  assert.ok(terms('competence').includes('kompetans') && !terms('competence').includes('kamp'));
  // "authors" is not "authorities" (myndigheter); "commissioned" is not the Corona Commission.
  assert.ok(!terms('authors of the report').includes('mynd'), terms('authors of the report').join(' '));
  assert.ok(terms('authorities').includes('mynd'));
  assert.ok(!terms('who commissioned the study').includes('koronakommisjon'), terms('who commissioned the study').join(' '));
  assert.ok(top('who wrote the report and who commissioned it', 3).some((f) => /Deloitte ved prosjektleder/.test(f.text)));
  // A typo is read on the word as typed where its stem would be one typo from another family:
  // «compeeting» is «competing» (a letter too many), not «competence».
  assert.ok(terms('compeeting').includes('kamp') && !terms('compeeting').includes('kompetans'), terms('compeeting').join(' '));
  const typed = top('councils compeeting for equipment', 8).map((f) => f.locator);
  assert.deepEqual(typed, top('councils competing for equipment', 8).map((f) => f.locator));
  assert.ok(top('councils compeeting for equipment', 8).some((f) => /kamp mellom kommunene/.test(f.text)), typed.join(', '));
});

test('an English phrase of the glossary is read across an English function word the query keeps as Norwegian', () => {
  // A keyword query reads as Norwegian, where «to» is a word (two): "hard to reach" is still the phrase.
  const words = (q: string) => search.queryGroups(q).map((g) => g.word);
  assert.deepEqual(words('hard to reach groups information').slice(0, 1), ['hard to reach groups']);
  // (An English query drops its function words before: the phrase is read from «hard» and «reach».)
  assert.deepEqual(words('groups hard to reach with covid information').slice(0, 2), ['groups', 'hard reach']);
  const hits = top('hard to reach groups information', 3);
  assert.ok(hits.some((f) => /nå ut til en del grupperinger/.test(f.text)), hits.map((f) => f.locator).join(', '));
  // A Norwegian word between the phrase's words breaks it.
  assert.ok(!words('hard arbeid reach').some((w) => w.includes(' ')));
});

test('an English phrase does not form across a word the query leaves out, unless the phrase has one there or it is a form of be or have', () => {
  const words = (q: string) => search.queryGroups(q).map((g) => g.word);
  // "visits to nursing homes" is not "visiting nursing" (home nursing) followed by "homes".
  assert.deepEqual(words('When were visits to nursing homes restricted the most?').slice(0, 2), ['visits', 'nursing homes']);
  assert.ok(words('visiting nursing').includes('visiting nursing'));
  // "counties did councils" is not "county councils".
  assert.ok(!words('in which counties did councils think the governor mattered most').includes('counties councils'));
  // "schools were closed" is "schools closed".
  assert.ok(words('Did pupils get their hours while schools were closed?').includes('schools closed'));
  // Norwegian puts «var» inside a phrase: «hvor strenge var tiltakene» still holds «strenge tiltak».
  const terms = search.queryGroups('hvor strenge var tiltakene i mars 2020').map((g) => g.word);
  assert.ok(terms.some((w) => w.includes(' ')), terms.join(' | '));
});

test('a misspelt English word whose stem meets a Norwegian word is read as the word meant; a real English word is not', () => {
  const groups = (q: string) => search.queryGroups(q).map((g) => [g.word, g.terms.map((t) => t.term)] as const);
  // «visting» stems to «vist» (Norwegian: shown), a word of the report; it is «visiting» with a letter left out.
  const visting = groups('nursing home visting restrictions');
  assert.ok(visting.some(([, t]) => t.includes('visit') && !t.includes('vist')), JSON.stringify(visting));
  assert.ok(top('nursing home visting restrictions', 3).some((f) => /besøk/i.test(f.text)));
  // «bringing» is one letter from «ring» by its stem, but no letter left out of it makes a glossary word.
  const bringing = groups('bringing retired nurses back to help with testing');
  assert.ok(!bringing.some(([, t]) => t.includes('ring')), JSON.stringify(bringing));
});

test('as-you-type: the English word still being typed is a prefix, not a typo of a glossary word', () => {
  // Typed in full, «goverment» reads as «government»; half typed, the same letters are only a prefix.
  const whole = search.queryGroups('support from the goverment').flatMap((g) => g.terms.map((t) => t.term));
  assert.ok(whole.includes('govern'), whole.join(' '));
  const typing = search.queryGroups('support from the goverment', true);
  assert.equal(typing[typing.length - 1].prefix, true);
  assert.ok(!typing.flatMap((g) => g.terms.map((t) => t.term)).includes('govern'), JSON.stringify(typing));
});

test('a question for a percentage reaches the shares the report writes as «97 %», in Bokmål and English', () => {
  // fn. 118: «97 % av kommunale ledere svarer at skolene har fått nye løsninger …»; the footnote never says «prosent».
  const footnote = search.report.findings.find((f) => f.locator === 'fn. 118')!;
  assert.doesNotMatch(footnote.text, /prosent/i);
  assert.ok(top('hvor mange prosent av skolene fikk nye digitale verktøy', 8).includes(footnote));
  // The sign is a word of the query as well, and its analysed word is marked on the «%».
  const groups = search.queryGroups('97%');
  assert.deepEqual(groups.map((g) => g.terms.map((t) => t.term).sort()), [['97'], ['percent', 'prosent']]);
  assert.equal(top('97%', 1)[0], footnote);
  assert.deepEqual(search.highlight(footnote, 'prosent').marks.map((m) => footnote.text.slice(m.start, m.end)), ['%']);
  // In a query every per cent sign asks for a percentage ("what % of schools …"); in the report's text only one after a number is a word.
  assert.deepEqual(search.queryGroups('what % of schools').map((g) => g.word), ['%', 'schools']);
});

test('three report terms defined in three consecutive paragraphs are found, not cut by the score floor', () => {
  // kap. 2.1 defines each principle in its own paragraph: each finding holds a third of the query.
  const hits = top('ansvarsprinsippet nærhetsprinsippet samvirke', 5);
  assert.ok(hits.length >= 2, hits.map((f) => f.locator).join(', '));
  for (const word of ['ANSVARSPRINSIPPET', 'NÆRHETSPRINSIPPET']) {
    assert.ok(hits.some((f) => f.text.includes(word)), word);
  }
  // The floor still holds where nothing around a passage matches the rest: a word the report lacks stays unfound.
  assert.deepEqual(top('evakuering av sykehjem ved flom', 5).map((f) => f.locator), []);
});

test('an English spelling of a Norwegian loanword with «k» for «qu» finds the report word: quarantene is karantene', () => {
  const terms = search.queryGroups('quarantene').flatMap((g) => g.terms.map((t) => t.term));
  assert.ok(terms.includes('karant'), terms.join(' '));
  assert.ok(top('border testing quarantene hotels', 3).some((f) => /karantenehotell/.test(f.text)));
});

test('a report word typed without æ, ø and å finds what the word finds; an English word of the glossary stays English', () => {
  for (const [ascii, norwegian] of [
    ['Tromso', 'Tromsø'],
    ['Baerum', 'Bærum'],
    ['Lorenskog', 'Lørenskog'],
  ] as const) {
    const hits = top(ascii, 3).map((f) => f.locator);
    assert.ok(hits.length > 0, ascii);
    assert.deepEqual(hits, top(norwegian, 3).map((f) => f.locator), ascii);
  }
  assert.ok(top('Tromso staff colour codes', 3).some((f) => /Tromsø/.test(f.text) && /fargekode/.test(f.text)));
  // "trade" folds to the report's «tråde», but it is an English word of the glossary ("trade unions").
  const terms = search.queryGroups('trade unions').flatMap((g) => g.terms.map((t) => t.term));
  assert.ok(!terms.some((t) => t.startsWith('tråd')), terms.join(' '));
});

test('a question for a quantity ranks the passages that state one first; the same words without the question do not', () => {
  const share = search.report.findings.find((f) => f.locator === 'kap. 7.2 avsn. 2')!;
  assert.match(share.text, /20 prosent/);
  for (const q of ['hvor mange prosent av barn og unge er sårbare', 'what percent of children and young people are vulnerable']) {
    assert.ok(top(q, 3).includes(share), `${q}: ${top(q, 3).map((f) => f.locator).join(', ')}`);
  }
  // «hvor stor andel … regnes som sårbare» asks for the share, not the definition of the group:
  // «andel» reaches the report's «prosent», and the passages that define «sårbare» are not lifted over it.
  assert.equal(top('hvor stor andel av barn og unge regnes som sårbare', 1)[0], share);
  // «stor» of «hvor stor andel» and "many" of "how many" only ask: no hit is found for them.
  for (const q of ['hvor stor andel av barn og unge regnes som sårbare', 'how many children are vulnerable']) {
    const terms = search.search(q, { limit: 20 }).flatMap((h) => h.terms);
    assert.ok(terms.length && !terms.some((t) => t === 'stor' || t === 'størr' || t === 'mani'), `${q}: ${[...new Set(terms)].join(' ')}`);
  }
  assert.ok(search.search('stor andel', { limit: 20 }).some((h) => h.terms.includes('stor')));
  // Asked without a quantity, the learning points about the group come first, and this passage not among the first three.
  assert.equal(top('sårbare barn og unge', 1)[0].kind, 'learning-point');
  assert.ok(!top('sårbare barn og unge', 3).includes(share));
});

test('every word the quantity table says states a share is a word of the report', async () => {
  const { default: data } = await import('../../resources/search/quantity.json', { with: { type: 'json' } });
  const text = search.report.findings.map((f) => f.text.toLowerCase()).join('\n');
  for (const w of data.answer) assert.ok(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text), w);
});

test('a question about how the study was done ranks the report\'s method sections first; the topic alone does not', async () => {
  const { default: data } = await import('../../resources/search/method.json', { with: { type: 'json' } });
  const sections = new Set(search.report.sections.map((s) => s.id));
  for (const id of data.sections) assert.ok(sections.has(id), `method section ${id} is not a section of the report`);
  // The foreword and chapter 1 list the municipalities interviewed on each theme.
  const lists = (f: { text: string }) => /Bodø/.test(f.text) && /Kristiansand/.test(f.text);
  for (const q of ['Which municipalities were interviewed about vulnerable children and young people?', 'hvilke kommuner ble intervjuet om sårbare barn og unge']) {
    assert.ok(top(q, 3).some(lists), `${q}: ${top(q, 3).map((f) => f.locator).join(', ')}`);
  }
  // Without the question about the interviews, the chapter on the topic comes first.
  assert.ok(!top('vulnerable children and young people', 5).some((f) => data.sections.includes(f.section)));
  assert.ok(!top('sårbare barn og unge', 5).some((f) => data.sections.includes(f.section)));
});

test('a question for what a term means ranks the passages that define it; the frame word does not cut the answer by the floor', async () => {
  const { default: data } = await import('../../resources/search/definition.json', { with: { type: 'json' } });
  const text = search.report.findings.map((f) => f.text.toLowerCase()).join('\n');
  for (const w of data.answer.filter((a: string) => a !== 'omgrepet')) assert.ok(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text), w);
  // fn. 29 spells out TISK without naming it; «meaning» is a rare word of the index, and used to drop every TISK passage.
  const tisk = search.report.findings.find((f) => f.locator === 'fn. 29')!;
  assert.match(tisk.text, /^Testing, isolering, smittesporing og karantene/);
  for (const q of ['TISK meaning', 'what does TISK stand for', 'hva står TISK for']) {
    assert.ok(top(q, 3).includes(tisk), `${q}: ${top(q, 3).map((f) => f.locator).join(', ')}`);
  }
  // Asked without the question, TISK finds the footnote that spells it out and, among the first three,
  // the learning points that use it (the editor's evidence for a term leaves footnotes out).
  assert.ok(top('TISK', 3).some((f) => f.kind === 'learning-point' && /TISK/.test(f.text)), top('TISK', 3).map((f) => f.locator).join(', '));
  // «nye sårbare» is a term the report discusses («Begrepet sårbare barn og unge …»).
  const q = "What do they mean by the 'new vulnerable' children?";
  assert.ok(top(q, 3).some((f) => /begrepet/i.test(f.text) && /nye sårbare/.test(f.text)), top(q, 3).map((f) => f.locator).join(', '));
});

test('"main lessons" asks for the key experiences, as the English summary calls them; a learning point asked by its word stays one', () => {
  for (const q of ['main lessons learned on digitalisation', 'digitalization as the main lesson']) {
    assert.equal(top(q, 1)[0]?.kind, 'key-experience', `${q}: ${top(q, 3).map((f) => f.locator).join(', ')}`);
  }
  assert.equal(top('læringspunkt digitalisering', 1)[0]?.kind, 'learning-point');
  assert.equal(top('lessons on digital tools', 1)[0]?.kind, 'learning-point');
});

test('pasted junk longer than any word is searched as it is: no stemming, compound parts, typos or cognates', () => {
  const junk = 'smittevern'.repeat(200);
  const groups = search.queryGroups(junk);
  assert.equal(groups.length, 1);
  assert.deepEqual(groups[0].terms.map((t) => t.term), [junk]);
  assert.deepEqual(top(junk, 5), []);
  // A real long compound of the report is still split and stemmed.
  assert.ok(search.queryGroups('barnevaksinasjonsprogrammet')[0].terms.length > 1);
});

test('the editor search analyses a query once for the hits and all their highlights, not once per hit', () => {
  const analyzer = search.analyzer;
  const original = analyzer.query.bind(analyzer);
  let calls = 0;
  analyzer.query = (...args: Parameters<typeof original>) => {
    calls++;
    return original(...args);
  };
  try {
    const q = 'smittevernutstyr til sykehjem ' + Date.now(); // a query no earlier test left analysed
    const hits = search.search(q, { limit: 10, prefix: true });
    assert.ok(hits.length >= 5);
    for (const h of hits) search.highlight(h.finding, q, { prefix: true, maxChars: 220 });
    assert.equal(calls, 1);
    // Another query is analysed afresh.
    search.search('kriseledelse', { limit: 3 });
    assert.equal(calls, 2);
  } finally {
    analyzer.query = original;
  }
});

test('«ledet» and "led" are not unemployment: the writer vocabulary no longer lists «ledighet», whose stem is that of «lede»', () => {
  for (const q of ['hvem ledet arbeidet i kriseledelsen', 'who led the Deloitte project team']) {
    const terms = search.queryGroups(q).flatMap((g) => g.terms.map((t) => t.term));
    assert.ok(!terms.some((t) => t.startsWith('permitter')), `${q}: ${terms.join(' ')}`);
  }
  // The writer's own words for unemployment still reach the report's.
  const unemployment = search.queryGroups('arbeidsledighet i kommunen').flatMap((g) => g.terms.map((t) => t.term));
  assert.ok(unemployment.some((t) => t.startsWith('permitter')), unemployment.join(' '));
});

test('an irregularly compared adjective searches its other degrees: «små og store kommuner» meets «de minste» and «de største»', () => {
  const terms = (q: string) => search.queryGroups(q).flatMap((g) => g.terms.map((t) => t.term));
  assert.ok(terms('små kommuner').includes('minst'), terms('små kommuner').join(' '));
  assert.ok(terms('dei største kommunane').includes('stor'), terms('dei største kommunane').join(' '));
  // The adverb «lite» (little) is not «minst».
  assert.ok(!terms('for lite uteareal').includes('minst'), terms('for lite uteareal').join(' '));
  const top = search.search('svarandel små og store kommuner', { limit: 3 }).map((h) => h.finding.text);
  assert.ok(top.some((t) => /de minste til \d+ % av de største/.test(t)), top.join('\n'));
});

test('a list item is also found by the words of the paragraph that leads into it: nursing students who covered staff shortages', () => {
  // «… tiltak for å bøte på bemanningsutfordringene som å» leads into the bullet «Benyttet sykepleiestudenter som ressurs».
  const bullet = /^Benyttet sykepleiestudenter som ressurs$/;
  for (const q of ['Did municipalities use nursing students to cover staff shortages in care?', 'brukte kommunene sykepleierstudenter for å dekke bemanningen?']) {
    const top = search.search(q, { limit: 3 }).map((h) => h.finding.text.trim());
    assert.ok(top.some((t) => bullet.test(t)), `${q}\n${top.join('\n')}`);
  }
  // The lead's words reach the item only as its weaker field: the bullet alone does not outrank a passage with the words.
  const lead = search.search('bøte på bemanningsutfordringene', { limit: 1 })[0];
  assert.match(lead?.finding.text ?? '', /bøte på bemanningsutfordringene/);
});

test('the verb «få» (to get) is not the adjective few: «få tak i utstyr» does not search «færre»', () => {
  const terms = search.queryGroups('hvordan få tak i smittevernutstyr').flatMap((g) => g.terms.map((t) => t.term));
  assert.ok(!terms.some((t) => t.startsWith('færr')), terms.join(' '));
});
