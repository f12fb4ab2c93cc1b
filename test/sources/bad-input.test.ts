/**
 * Bad input among the writer's sources: one clear message each, never a crash,
 * and the rest of the plan still checked (the plan also cites a mistyped key,
 * `@ks2012`, that must still be reported).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NOU_2021_6, cli, lintJson, plan, workspace, type JsonMessage } from './helpers.js';

const BODY = 'Se [@nou2021-6, s. 4], [@egen2024, kap. 1] og [@ks2012, lp. 3.5.1].';

function rules(msgs: JsonMessage[] | undefined): string[] {
  return (msgs ?? []).map((m) => m.ruleId);
}

test('a bibliography that does not parse: one message at bibliography:, naming the file, line and column', () => {
  const dir = workspace({
    'refs.bib': '@report{nou2021-6,\n  title = {Myndighetenes håndtering,\n  year = 2021\n',
    'plan.md': plan('bibliography: refs.bib', BODY),
  });
  const r = lintJson(['plan.md'], dir);
  const msgs = r.files.get('plan.md')!;
  const src = msgs.filter((m) => m.ruleId === 'sources');
  assert.equal(src.length, 1, JSON.stringify(msgs));
  assert.equal(src[0].line, 3, 'at the bibliography: key');
  assert.match(src[0].message, /Bibliografien .*refs\.bib kan ikke leses \(linje \d+, kolonne \d+\)/);
  // The rest of the plan is still checked: the keys are unknown, and the typo is found.
  assert.ok(msgs.some((m) => m.ruleId === 'unknown-source' && /ks2012.*mente du @ks2021/.test(m.message)));
  assert.equal(r.code, 1);
});

test('a CSL-JSON and a CSL-YAML file that do not parse: one message each', () => {
  const dir = workspace({
    'a.json': '[{"id": "nou2021-6", }',
    'b.yaml': '- id: egen2024\n  title: [oops\n',
    'plan.md': plan('bibliography: [a.json, b.yaml]', BODY),
  });
  const src = lintJson(['plan.md'], dir).files.get('plan.md')!.filter((m) => m.ruleId === 'sources');
  assert.equal(src.length, 2);
  assert.match(src[0].message, /a\.json kan ikke leses \(linje 1/);
  assert.match(src[1].message, /b\.yaml kan ikke leses/);
});

test('a missing bibliography file (front matter and config): one message each, where it is named', () => {
  const dir = workspace(
    { 'plan.md': plan('bibliography: finnes-ikke.json', BODY) },
    { bibliography: 'felles/borte.bib', rules: { 'missing-topic': 'off', 'stale-review': 'off' } },
  );
  const r = lintJson(['plan.md'], dir);
  const inPlan = r.files.get('plan.md')!.filter((m) => m.ruleId === 'sources');
  assert.equal(inPlan.length, 1);
  assert.match(inPlan[0].message, /Finner ikke .*finnes-ikke\.json/);
  const inConfig = r.files.get('.evidensplan.jsonc')!;
  assert.equal(inConfig.length, 1);
  assert.match(inConfig[0].message, /Finner ikke .*felles\/borte\.bib/);
  assert.ok(rules(r.files.get('plan.md')).includes('unknown-source'));
});

test('a duplicate key (in one file, and across two): a warning each; the first entry is used', () => {
  const dir = workspace({
    'a.json': JSON.stringify([NOU_2021_6, { ...NOU_2021_6, title: 'Annen' }], null, 1),
    'b.bib': '@report{nou2021-6, title = {Tredje}, date = {2021}}\n@report{egen2024, title = {Egen}, date = {2024}}\n',
    'plan.md': plan('bibliography: [a.json, b.bib]', BODY),
  });
  const r = lintJson(['plan.md'], dir);
  const plan_ = r.files.get('plan.md')!;
  assert.deepEqual(rules(plan_), ['unknown-source'], 'only the typo: both keys are known');
  const a = r.files.get('a.json')!;
  const b = r.files.get('b.bib')!;
  assert.deepEqual([a.length, a[0].severity], [1, 'warning']);
  assert.match(a[0].message, /«nou2021-6» finnes to ganger/);
  assert.deepEqual([b.length, b[0].line], [1, 1]);
  assert.match(b[0].message, /også i .*a\.json:\d+/);
  const list = JSON.parse(cli(['sources', 'list', '--json', '--plan', 'plan.md'], dir).out) as { key: string; entry: string }[];
  assert.match(list.find((s) => s.key === 'nou2021-6')!.entry, /Myndighetenes håndtering/);
});

test('a source folder without metadata: one error on the folder; the key stays unknown with the hint', () => {
  const dir = workspace({
    '.evidensplan/sources/egen2024/source.md': '# Egen\n\n## 1 A\n\nTekst.\n',
    'plan.md': plan('kommune: X', BODY),
  });
  const r = lintJson(['plan.md'], dir);
  const folder = r.files.get('.evidensplan/sources/egen2024')!;
  assert.equal(folder.length, 1);
  assert.match(folder[0].message, /mangler gyldig source\.csl\.json.*"id": "egen2024"/);
  const unknown = r.files.get('plan.md')!.filter((m) => m.ruleId === 'unknown-source').map((m) => m.message);
  assert.equal(unknown.length, 3);
  assert.ok(unknown.some((m) => /egen2024.*\.evidensplan\/sources\/egen2024\//.test(m)));
  const check = cli(['sources', 'check'], dir);
  assert.equal(check.code, 1);
  assert.match(check.out, /egen2024:1:1 {2}error {2}no-metadata/);
});

test('a 20 MB source: one error (too large), quickly refused; the plan is still checked', () => {
  const big = `# Stor\n\n## 1 A\n\n${'Et langt avsnitt om varsling og kriseledelse. '.repeat(460_000)}\n`;
  assert.ok(big.length > 20_000_000);
  const dir = workspace({
    '.evidensplan/sources/egen2024/source.csl.json': JSON.stringify([{ id: 'egen2024', title: 'Stor' }]),
    '.evidensplan/sources/egen2024/source.md': big,
    'plan.md': plan('kommune: X', BODY),
  });
  const r = lintJson(['plan.md'], dir);
  const src = r.files.get('.evidensplan/sources/egen2024/source.md')!;
  assert.equal(src.length, 1);
  assert.match(src[0].message, /er 2\d\.\d MB; grensen er 4 MB/);
  // Known (from its metadata) though not indexed: cited without an unknown-source error.
  assert.deepEqual(rules(r.files.get('plan.md')).sort(), ['unknown-source', 'unknown-source']);
});

test('a source and a bibliography in another encoding (Latin-1): one error each naming the byte', () => {
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
  const dir = workspace({
    '.evidensplan/sources/egen2024/source.csl.json': JSON.stringify([{ id: 'egen2024', title: 'Egen' }]),
    '.evidensplan/sources/egen2024/source.md': latin1('# Egen\n\n## 1 Øvelse\n\nTekst på bokmål med æøå.\n'),
    'refs.bib': latin1('@report{nou2021-6, title = {Håndtering}, date = {2021}}\n'),
    'plan.md': plan('bibliography: refs.bib', BODY),
  });
  const r = lintJson(['plan.md'], dir);
  const src = r.files.get('.evidensplan/sources/egen2024/source.md')!;
  assert.equal(src.length, 1);
  assert.match(src[0].message, /ikke UTF-8-tekst \(første feil ved byte 13\)/);
  const inPlan = r.files.get('plan.md')!.filter((m) => m.ruleId === 'sources');
  assert.equal(inPlan.length, 1);
  assert.match(inPlan[0].message, /refs\.bib er ikke UTF-8-tekst/);
});

test('bibliography: with a value of the wrong type, and an unknown format: one message each', () => {
  const dir = workspace({ 'refs.txt': 'x', 'plan.md': plan('bibliography:\n  sti: refs.json', BODY), 'plan2.md': plan('bibliography: refs.txt', BODY) });
  const r = lintJson(['plan.md', 'plan2.md'], dir);
  assert.match(r.files.get('plan.md')!.find((m) => m.ruleId === 'sources')!.message, /«bibliography» må være en sti eller en liste med stier/);
  assert.match(r.files.get('plan2.md')!.find((m) => m.ruleId === 'sources')!.message, /ukjent bibliografiformat/);
});
