/**
 * The writer's bibliography as pandoc reads it, driven through the CLI:
 * `bibliography:` (CSL-JSON, CSL-YAML, BibTeX; one path or a list), inline
 * `references:`, and `bibliography` in `.evidensplan.jsonc`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITATION_RULES, NOU_2021_6, cli, lintJson, plan, workspace } from './helpers.js';
import { formatEntry, parseBibliography } from '../../src/core/sources/index.js';

const BIBTEX = `@report{dsb-veileder,
  author = {{Direktoratet for samfunnssikkerhet og beredskap}},
  title = {Veileder til helhetlig risiko- og sårbarhetsanalyse i kommunen},
  date = {2014},
  location = {Tønsberg},
}
`;
const YAML = `references:
  - id: hdir-pandemiplan
    type: report
    title: Nasjonal beredskapsplan for pandemisk influensa
    author:
      - literal: Helse- og omsorgsdepartementet
    issued: 2014
`;

test('keys from a CSL-JSON bibliography in the front matter are known: no unknown-source, any locator', () => {
  const dir = workspace({
    'refs.json': JSON.stringify([NOU_2021_6]),
    'plan.md': plan('bibliography: refs.json', 'Kommisjonen peker på svakheter [@nou2021-6, s. 45] og [@nou2021-6, kap. 10]. Rapporten [@ks2021, lp. 3.5.1].'),
  });
  const r = lintJson(['plan.md'], dir);
  assert.deepEqual(r.files.get('plan.md'), [], r.err);
  assert.equal(r.code, 0);
});

test('a list of bibliography files in CSL-YAML and BibTeX, relative to the plan', () => {
  const dir = workspace({
    'planer/kilder/refs.yaml': YAML,
    'planer/kilder/refs.bib': BIBTEX,
    'planer/plan.md': plan('bibliography:\n  - kilder/refs.yaml\n  - kilder/refs.bib', 'Se [@hdir-pandemiplan, s. 12] og [@dsb-veileder]. Men [@ukjent2020] er ikke oppgitt.'),
  });
  const r = lintJson(['planer/plan.md'], dir);
  const msgs = r.files.get('planer/plan.md')!;
  assert.deepEqual(msgs.map((m) => m.ruleId), ['unknown-source'], JSON.stringify(msgs));
  // The message says how to declare a source.
  assert.match(msgs[0].message, /«@ukjent2020».*bibliography:.*references:.*\.evidensplan\/sources\/ukjent2020\//);
});

test('inline references: in the front matter are known', () => {
  const dir = workspace({
    'plan.md': plan('references:\n  - id: egen-evaluering\n    type: report\n    title: Evaluering av øvelse Storm\n    issued: 2023', 'Øvelsen viste behov for bedre varsling [@egen-evaluering].'),
  });
  const r = lintJson(['plan.md'], dir);
  assert.deepEqual(r.files.get('plan.md'), []);
});

test('bibliography in .evidensplan.jsonc is read relative to the config, for every plan under it', () => {
  const dir = workspace(
    {
      'felles/kilder.json': JSON.stringify([NOU_2021_6]),
      'planer/a.md': plan('kommune: Eksempel', 'Se [@nou2021-6, kap. 3].'),
      'planer/sektor/b.md': plan('kommune: Eksempel', 'Se [@nou2021-6].'),
    },
    { bibliography: 'felles/kilder.json', rules: CITATION_RULES },
  );
  const r = lintJson(['planer'], dir);
  assert.deepEqual(r.files.get('planer/a.md'), []);
  assert.deepEqual(r.files.get('planer/sektor/b.md'), []);
  // Without the config entry the key is unknown again.
  const bare = workspace({ 'felles/kilder.json': JSON.stringify([NOU_2021_6]), 'planer/a.md': plan('kommune: Eksempel', 'Se [@nou2021-6, kap. 3].') });
  assert.deepEqual(lintJson(['planer/a.md'], bare).files.get('planer/a.md')!.map((m) => m.ruleId), ['unknown-source']);
});

test('bib --plan merges the writer\'s entries with the report\'s, keys as written (CSL-JSON and BibTeX)', () => {
  const dir = workspace({
    'refs.json': JSON.stringify([NOU_2021_6]),
    'refs.bib': BIBTEX,
    'plan.md': plan('bibliography: [refs.json, refs.bib]\nreferences:\n  - id: egen-evaluering\n    title: Evaluering av øvelse Storm\n    issued: 2023', 'Tekst.'),
  });
  const json = cli(['bib', '--plan', 'plan.md'], dir);
  assert.equal(json.code, 0, json.err);
  const items = JSON.parse(json.out) as { id: string; issued?: unknown }[];
  assert.deepEqual(items.map((i) => i.id).sort(), ['dsb-veileder', 'egen-evaluering', 'ks2021', 'nou2021-6']);
  // A YAML year becomes a CSL date pandoc reads.
  assert.deepEqual(items.find((i) => i.id === 'egen-evaluering')!.issued, { 'date-parts': [[2023]] });
  const bib = cli(['bib', '--plan', 'plan.md', '--format', 'bibtex'], dir);
  assert.equal(bib.code, 0, bib.err);
  for (const key of ['ks2021', 'nou2021-6', 'dsb-veileder', 'egen-evaluering']) assert.match(bib.out, new RegExp(`^@\\w+\\{${key},$`, 'm'), bib.out);
  assert.match(bib.out, /number = \{NOU 2021:6\}/);
});

test('bib without --plan takes the config\'s bibliography from the working folder', () => {
  const dir = workspace({ 'kilder.json': JSON.stringify([NOU_2021_6]) }, { bibliography: ['kilder.json'] });
  const r = cli(['bib'], dir);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual((JSON.parse(r.out) as { id: string }[]).map((i) => i.id), ['ks2021', 'nou2021-6']);
});

test('parseBibliography: entries with their lines; a broken file says where', () => {
  const ok = parseBibliography(`\n${BIBTEX}\n@book{b, title={B}, year=2020}\n`, 'x.bib');
  assert.deepEqual(ok.entries.map((e) => [e.entry.id, e.line]), [['dsb-veileder', 2], ['b', 9]]);
  const bad = parseBibliography('@book{a, title={A}\n@book{b, title = {unclosed\n', 'y.bib');
  assert.equal(bad.problems[0].code, 'bib-syntax');
  assert.ok(bad.problems[0].line >= 2, JSON.stringify(bad.problems));
  const json = parseBibliography('[{"id": "a"},\n {"id": }]', 'z.json');
  assert.deepEqual([json.problems[0].code, json.problems[0].line], ['bib-syntax', 2]);
  const yaml = parseBibliography('references:\n  - id: a\n   title: [x\n', 'w.yaml');
  assert.equal(yaml.problems[0].code, 'bib-syntax');
});

test('formatEntry: authors (year). Title (number). Place: publisher.', () => {
  assert.equal(
    formatEntry(NOU_2021_6 as never),
    'Koronakommisjonen (2021). Myndighetenes håndtering av koronapandemien (NOU 2021:6). Oslo: Departementenes sikkerhets- og serviceorganisasjon.',
  );
  assert.equal(formatEntry({ id: 'x', title: 'T', author: [{ given: 'Kari', family: 'Nordmann' }, { given: 'Ola', family: 'Hansen' }] }, 'en'), 'Kari Nordmann and Ola Hansen (n.d.). T.');
});
