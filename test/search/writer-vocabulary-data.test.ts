/**
 * The writer-vocabulary table (resources/search/writer-vocabulary.json) as
 * data: the report words of its "Report vocabulary:" part are the report's own
 * words, no writer phrase belongs to two groups, and a query made of a
 * writer's everyday word reaches passages worded the report's way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadReportSync, resourcesRoot } from '../../src/node/resources.js';
import { EvidenceSearch } from '../../src/core/search/index.js';

interface Group {
  note: string;
  uncertain?: boolean;
  say: string[];
  report: string[];
}

const root = resourcesRoot();
const report = loadReportSync(root);
const table = JSON.parse(readFileSync(path.join(root, 'resources', 'search', 'writer-vocabulary.json'), 'utf8')) as {
  source: string;
  groups: Group[];
};
const PART = 'Report vocabulary:';
const part = table.groups.filter((g) => g.note.startsWith(PART));

/** The report's Norwegian findings (the English summary left out), lower-cased. */
const norwegian = report.findings
  .filter((f) => !(f.section === 'summary' || f.section.startsWith('summary')))
  .map((f) => f.text.toLowerCase());

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Whole word, case-insensitive: no letter or digit on either side. */
function wordPattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u');
}
const occursInReport = (word: string) => {
  const re = wordPattern(word);
  return norwegian.some((t) => re.test(t));
};

test('the report-vocabulary part is there and says what it was built from', () => {
  assert.ok(part.length >= 80, `only ${part.length} groups start with "${PART}"`);
  assert.match(table.source, /Report vocabulary:/);
  for (const g of part) {
    assert.ok(g.say.length > 0, g.note);
    assert.ok(g.report.length > 0, g.note);
  }
});

test('every report word of the report-vocabulary part occurs as a whole word in the Norwegian findings', () => {
  const missing = part.flatMap((g) => g.report.filter((w) => !occursInReport(w)).map((w) => `${w} (${g.note.slice(0, 60)})`));
  assert.deepEqual(missing, []);
});

test('no writer phrase belongs to two groups', () => {
  const owner = new Map<string, number>();
  const twice: string[] = [];
  table.groups.forEach((g, i) => {
    for (const s of g.say) {
      const key = s.toLowerCase().trim().replace(/\s+/g, ' ');
      const first = owner.get(key);
      if (first !== undefined && first !== i) twice.push(`"${s}" in groups ${first} and ${i}`);
      owner.set(key, i);
    }
  });
  assert.deepEqual(twice, []);
});

/**
 * Each sample is a say word or phrase of exactly one group of `groups`, not itself
 * in the report (so a hit can only come through the group), and a search for it
 * finds a finding with one of the group's report words among the top 3.
 */
function samplesFindTheirReportWords(groups: Group[], sample: string[]): string[] {
  const search = EvidenceSearch.build(report);
  const failures: string[] = [];
  for (const phrase of sample) {
    const owners = groups.filter((g) => g.say.includes(phrase));
    assert.equal(owners.length, 1, `"${phrase}" should be a say phrase of exactly one group of the part`);
    assert.equal(occursInReport(phrase), false, `"${phrase}" occurs in the report; pick one it does not use`);
    const patterns = owners[0].report.map(wordPattern);
    const top = search.search(phrase, { limit: 3 });
    if (!top.some((h) => patterns.some((re) => re.test(h.finding.text.toLowerCase())))) {
      failures.push(`"${phrase}": none of ${top.map((h) => h.finding.locator).join(', ') || 'no hits'} contains ${owners[0].report.join('/')}`);
    }
  }
  return failures;
}

test('a query of one everyday word finds the report wording among the top 3', () => {
  // Everyday words the report never uses, one from each of several groups.
  const sample = [
    'mestret',
    'takle',
    'lockdown',
    'vaksinasjon',
    'tenåringer',
    'pedagoger',
    'publikum',
    'sjefer',
    'restriksjoner',
    'slektninger',
    'fokusgrupper',
    'implementert',
    'knapphet',
    'epidemi',
  ];
  assert.deepEqual(samplesFindTheirReportWords(part, sample), []);
});

// The third part: how plan writers phrase what each section of the report
// discusses, built from the report chapter by chapter (not from any query).
const PLAN = 'Plan-writer phrasing:';
const planPart = table.groups.filter((g) => g.note.startsWith(PLAN));

test('the plan-writer part is there, says what it was built from, and names a section for each group', () => {
  assert.ok(planPart.length >= 100, `only ${planPart.length} groups start with "${PLAN}"`);
  assert.match(table.source, /Plan-writer phrasing:/);
  for (const g of planPart) {
    assert.ok(g.say.length > 0, g.note);
    assert.ok(g.report.length > 0, g.note);
    // A single generic word would pull unrelated passages.
    for (const s of g.say) assert.ok(!['jobb', 'folk', 'tid', 'hjelp', 'arbeid', 'kommune'].includes(s.toLowerCase()), `"${s}" is too generic (${g.note.slice(0, 60)})`);
  }
  const withSection = planPart.filter((g) => /kap\. \d/.test(g.note));
  assert.ok(withSection.length >= planPart.length * 0.9, `only ${withSection.length} of ${planPart.length} notes name a chapter`);
});

test('every report word of the plan-writer part occurs as a whole word in the Norwegian findings', () => {
  const missing = planPart.flatMap((g) => g.report.filter((w) => !occursInReport(w)).map((w) => `${w} (${g.note.slice(0, 60)})`));
  assert.deepEqual(missing, []);
});

test('a plan writer\'s Bokmål or Nynorsk phrase finds the report wording among the top 3', () => {
  const sample = [
    // Bokmål
    'tilkallingsvikarer',
    'rammeavtale',
    'koronaklinikk',
    'kjøre tester',
    'stengte skoler',
    'skjenkestopp',
    'delegasjonsreglement',
    'bemanningsoversikt',
    'koronapakke',
    'reserveliste',
    'fikk det til',
    'kommunesammenslåing',
    'avbøtende tiltak',
    // Nynorsk
    'straumbrot',
    'smittevernrettleiaren',
    'føresette',
    'stengde skular',
    'opplæringslova',
    'gjenopning',
    'sleit med',
    'elevundersøking',
  ];
  assert.deepEqual(samplesFindTheirReportWords(planPart, sample), []);
});
