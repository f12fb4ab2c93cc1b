import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReportIndexSync } from '../../src/node/resources.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { computeCoverage, coverageJson, coverageOfText } from '../../src/core/coverage/index.js';

const report = loadReportIndexSync();

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `fixture holds ${needle}`);
  return text.slice(0, i).split('\n').length;
}

test('37 learning points in 8 groups, in report order', () => {
  const c = coverageOfText('', report);
  assert.equal(c.total, 37);
  assert.deepEqual(
    c.groups.map((g) => [g.section, g.total]),
    [['2.6', 5], ['3.5', 4], ['4.2', 3], ['5.5', 2], ['6.5', 1], ['7.4', 10], ['8.5', 4], ['9.3', 8]],
  );
  assert.equal(c.uncovered.length, 37);
  assert.equal(c.uncovered[0], '[@ks2021, lp. 2.6.1]');
  assert.equal(c.groups[1].chapter, '3');
  assert.match(c.groups[1].chapterTitle, /^Smittevern, TISK og vaksinering/);
});

test('a citation that resolves to a learning point covers it, on the line of the first citation', () => {
  const text = [
    '# Plan', // 1
    '', // 2
    'Vi har lager for utstyr [@ks2021, lp 3.5.1].', // 3 (sloppy locator still resolves)
    '', // 4
    'Mer om dette [@ks2021, lp. 3.5.1; @ks2021, kap. 2.2].', // 5
    '', // 6
    'Ikke vår kilde [@annen2020, lp. 4.2.1]. Feil nummer [@ks2021, lp. 2.6.6].', // 7
    '', // 8
    '```', // 9
    '[@ks2021, lp. 6.5.1]', // 10 (code: not a citation)
    '```', // 11
    '', // 12
    'Se @ks2021 [lp. 8.5.3].', // 13 (author in text)
  ].join('\n');
  const c = computeCoverage(analyzePlan(text), report);
  assert.deepEqual(c.covered, [
    { citation: '[@ks2021, lp. 3.5.1]', how: 'cited', line: 3 },
    { citation: '[@ks2021, lp. 8.5.3]', how: 'cited', line: 13 },
  ]);
  assert.equal(c.uncovered.length, 35);
  assert.ok(c.uncovered.includes('[@ks2021, lp. 4.2.1]'));
  assert.ok(c.uncovered.includes('[@ks2021, lp. 6.5.1]'));
  const g = c.groups.find((x) => x.section === '3.5')!;
  assert.equal(g.covered, 1);
  assert.equal(g.items[0].how, 'cited');
});

test('addressing a topic covers its learning points (how: topic, line of the heading, evidence)', () => {
  const body = 'Lageret av smittevernutstyr skal holde i åtte uker med høyt forbruk, og munnbind og hansker rulleres hvert år slik at utstyret ikke går ut på dato.';
  const text = ['---', 'plantype: pandemiplan', '---', '', '# Pandemiplan', '', '## Smittevernutstyr', '', body, ''].join('\n');
  const c = coverageOfText(text, report);
  const line = lineOf(text, '## Smittevernutstyr');
  const byCitation = new Map(c.covered.map((x) => [x.citation, x]));
  assert.deepEqual(byCitation.get('[@ks2021, lp. 3.5.1]'), { citation: '[@ks2021, lp. 3.5.1]', how: 'topic', line, evidence: { line, text: 'Smittevernutstyr' } });
  // lp. 9.3.3 (equipment for staff and service users, rationing) is the topic's second learning point:
  // it counts only where the plan uses its own words.
  assert.equal(byCitation.get('[@ks2021, lp. 9.3.3]'), undefined);
  const item = c.groups.flatMap((g) => g.items).find((i) => i.locator === 'lp. 3.5.1')!;
  assert.equal(item.topic, 'utstyrsberedskap');
});

test('one word in a list item, a label, a table of contents or a table row does not count a topic', () => {
  const text = [
    '---', 'plantype: pandemiplan', '---', '', '# Pandemiplan', '',
    '## Innhold', '', '1. Smittevernutstyr', '2. Besøk på sykehjem', '',
    'Utstyr:', '',
    '| Lov | Gjelder |', '| --- | --- |', '| Smittevernloven | Smittevernutstyr, besøksforbud |', '',
    '- munnbind', '- kriseledelse', '',
  ].join('\n');
  const c = coverageOfText(text, report);
  assert.deepEqual(c.covered.filter((x) => x.how === 'topic'), []);
});

test('a paragraph in its own words, in Nynorsk, counts: two of the topic\'s words, inflected', () => {
  const text = ['---', 'plantype: smittevernplan', 'språk: nn', '---', '', '# Smittevernplan', '', '## Sjukeheimen', '',
    'Ved utbrot kan kommuneoverlegen avgrense besøk, men eit totalt besøksforbod var tungt for bebuarane. Vi held oppe besøk med videosamtalar som supplement.', ''].join('\n');
  const c = coverageOfText(text, report);
  const e = c.covered.find((x) => x.citation === '[@ks2021, lp. 9.3.2]');
  assert.equal(e?.how, 'topic');
  assert.equal(e?.evidence?.line, 10);
  assert.match(e!.evidence!.text, /besøksforbod/);
});

test('a citation beats a topic for the same learning point', () => {
  const text = ['# Plan', '', '## Smittevernutstyr', '', 'Kommunen skal ha et beredskapslager med munnbind og hansker for åtte uker, og lageret rulleres hvert år. Se [@ks2021, lp. 9.3.3].', ''].join('\n');
  const c = coverageOfText(text, report);
  const byCitation = new Map(c.covered.map((x) => [x.citation, x]));
  assert.equal(byCitation.get('[@ks2021, lp. 9.3.3]')?.how, 'cited');
  assert.equal(byCitation.get('[@ks2021, lp. 9.3.3]')?.line, 5);
  assert.equal(byCitation.get('[@ks2021, lp. 3.5.1]')?.how, 'topic');
  assert.equal(byCitation.get('[@ks2021, lp. 3.5.1]')?.line, 3);
});

test('a Nynorsk plan covers topics through its Nynorsk words', () => {
  const text = [
    '---',
    'plantype: overordnet-beredskapsplan',
    'språk: nn',
    '---',
    '',
    '# Overordna beredskapsplan',
    '',
    '## Kriseleiing',
    '',
    'Kriseleiinga kan utvidast med fagfolk frå helse, oppvekst og teknisk etter kva hendinga krev, og ho møtest dagleg så lenge krisa varer.',
    '',
    '## Konsekvensar for sårbare born og unge i risikovurderingar',
    '',
    'Vi vurderer kva tiltaka gjer med tenestene til borna [@ks2021, lp. 7.4.2].',
    '',
  ].join('\n');
  const plan = analyzePlan(text);
  assert.equal(plan.language, 'nn');
  const c = coverageOfText(text, report);
  const byCitation = new Map(c.covered.map((x) => [x.citation, x]));
  assert.equal(byCitation.get('[@ks2021, lp. 2.6.3]')?.how, 'topic');
  assert.equal(byCitation.get('[@ks2021, lp. 2.6.3]')?.line, lineOf(text, '## Kriseleiing'));
  assert.deepEqual(byCitation.get('[@ks2021, lp. 7.4.2]'), { citation: '[@ks2021, lp. 7.4.2]', how: 'cited', line: 14 });
});

test('covered and uncovered partition the learning points; JSON has exactly the contract fields', () => {
  const text = '# Plan\n\n## Politisk forankring\n\nSe [@ks2021, lp. 5.5.1].\n';
  const c = coverageOfText(text, report);
  const all = [...c.covered.map((x) => x.citation), ...c.uncovered].sort();
  assert.deepEqual(all, report.learningPoints().map((f) => f.citation).sort());
  const json = coverageJson('plan.md', c);
  assert.deepEqual(Object.keys(json), ['file', 'total', 'covered', 'uncovered']);
  for (const x of json.covered) assert.deepEqual(Object.keys(x), ['citation', 'how', 'line']);
});

test('bad input gives a sensible coverage, never a throw', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['front matter only', '---\nplantype: pandemiplan\nspråk: nn\n---\n'],
    ['no headings', 'Bare litt tekst uten overskrifter.\nOg en linje til.\n'],
    ['broken front matter', '---\nplantype: [\n---\n# Tittel\n'],
    ['binary junk', '\u0000\u0001\uFFFD\uD800 ' + 'ÿ'.repeat(1000)],
    ['CRLF and BOM', '\uFEFF# Plan\r\n\r\nSe [@ks2021, lp. 2.6.1].\r\n'],
  ];
  for (const [name, text] of cases) {
    const c = coverageOfText(text, report);
    assert.equal(c.total, 37, name);
    assert.equal(c.covered.length + c.uncovered.length, 37, name);
  }
  assert.equal(coverageOfText('', report).covered.length, 0);
  assert.deepEqual(coverageOfText('\uFEFF# Plan\r\n\r\nSe [@ks2021, lp. 2.6.1].\r\n', report).covered, [
    { citation: '[@ks2021, lp. 2.6.1]', how: 'cited', line: 3 },
  ]);
});

test("a 10 MB plan is read to its end; topics come from its headings", () => {
  const para = 'Kommunen skal ha en plan for kriseledelse og beredskap i alle tjenester. ';
  const body = `${para.repeat(12)}\n\n`;
  let text = '# Stor plan\n\n';
  while (text.length < 10 * 1024 * 1024) text += body;
  text += '## Siste del\n\nSe [@ks2021, lp. 9.3.8].\n\n## Smittevernutstyr\n';
  const c = coverageOfText(text, report);
  assert.equal(c.headingsOnly, true);
  const topic = c.covered.find((x) => x.citation === '[@ks2021, lp. 3.5.1]');
  const headingLine = text.split('\n').length - 1;
  assert.deepEqual(topic, { citation: '[@ks2021, lp. 3.5.1]', how: 'topic', line: headingLine, evidence: { line: headingLine, text: 'Smittevernutstyr' } });
  const last = c.covered.find((x) => x.citation === '[@ks2021, lp. 9.3.8]');
  assert.ok(last, 'the citation at the very end counts');
  assert.equal(last.how, 'cited');
  assert.equal(last.line, text.split('\n').length - 3);
});

test('coverage by topic is scoped by plan type and sector: a technical plan\'s school buildings do not cover school learning points', () => {
  const body = 'Eiendomsavdelingen drifter skoler og barnehager. Ved smitte deles skolene i faste grupper og mindre grupper med egne innganger, slik at barnehagene kan holde åpent.';
  const teknisk = ['---', 'plantype: sektorplan', '---', '', '# Beredskapsplan for teknisk sektor', '', '## Bygg', '', body, ''].join('\n');
  assert.deepEqual(coverageOfText(teknisk, report).covered.filter((x) => x.how === 'topic' && /lp\. [78]\./.test(x.citation)), []);
  const oppvekst = teknisk.replace('teknisk sektor', 'oppvekst');
  assert.ok(coverageOfText(oppvekst, report).covered.some((x) => x.how === 'topic' && x.citation === '[@ks2021, lp. 7.4.7]'));
});
