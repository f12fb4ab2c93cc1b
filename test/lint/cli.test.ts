/** `evidensplan lint` as a user runs it: the built CLI (run `npm run build` first). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { CITATION_ONLY_CONFIG } from '../fixtures/lint/helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/evidensplan.mjs');
const fixtures = path.join(root, 'test/fixtures/lint');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, 'lint', ...args], { cwd, encoding: 'utf8', env: { ...process.env, EVIDENSPLAN_LANG: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-lint-'));
  mkdirSync(path.join(dir, 'planer/nn'), { recursive: true });
  copyFileSync(path.join(fixtures, 'dirty-nb.md'), path.join(dir, 'planer/dirty-nb.md'));
  copyFileSync(path.join(fixtures, 'clean-nb.md'), path.join(dir, 'planer/clean-nb.md'));
  copyFileSync(path.join(fixtures, 'clean-nn.md'), path.join(dir, 'planer/nn/clean-nn.md'));
  // These tests are about the citation rules; the domain rules are tested on their own.
  writeFileSync(path.join(dir, '.evidensplan.jsonc'), CITATION_ONLY_CONFIG);
  return dir;
}

test('text format: file:line:col  severity  rule-id  message, a summary, exit 1 on errors', () => {
  const dir = workspace();
  const r = run(['planer/dirty-nb.md'], dir);
  assert.equal(r.code, 1, r.err);
  const lines = r.out.trim().split('\n');
  assert.match(lines[0], /^planer\/dirty-nb\.md:3:1 {2}warning {2}front-matter {2}/);
  assert.ok(lines.some((l) => /^planer\/dirty-nb\.md:7:35 {2}error {2}unknown-source {2}Ukjent kilde/.test(l)), r.out);
  assert.match(lines.at(-1)!, /6 problemer \(2 feil, 4 advarsler, 0 info\) i 1 fil$/);
});

test('folders are searched for *.md recursively, globs expand, clean plans exit 0', () => {
  const dir = workspace();
  const clean = run(['planer/nn', 'planer/clean-*.md'], dir);
  assert.equal(clean.code, 0, clean.out + clean.err);
  assert.match(clean.out, /Ingen problemer i 2 filer/);
  const all = run(['--format', 'json', 'planer'], dir);
  assert.deepEqual((JSON.parse(all.out) as { file: string }[]).map((f) => f.file), ['planer/clean-nb.md', 'planer/dirty-nb.md', 'planer/nn/clean-nn.md']);
});

test('json format: exactly the contract keys', () => {
  const dir = workspace();
  const r = run(['--format', 'json', 'planer/dirty-nb.md'], dir);
  const data = JSON.parse(r.out) as { file: string; messages: Record<string, unknown>[] }[];
  assert.equal(data.length, 1);
  assert.deepEqual(Object.keys(data[0]), ['file', 'messages']);
  const allowed = ['ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'evidence', 'fix'];
  for (const m of data[0].messages) {
    for (const k of Object.keys(m)) assert.ok(allowed.includes(k), `unexpected key ${k}`);
    for (const k of allowed.slice(0, 8)) assert.ok(k in m, `missing ${k}`);
  }
  const us = data[0].messages.find((m) => m.ruleId === 'unknown-source')!;
  assert.deepEqual([us.line, us.column, us.endLine, us.endColumn], [7, 35, 7, 42]);
  assert.deepEqual((us.fix as { edits: unknown[] }).edits.length, 1);
  const nb = data[0].messages.find((m) => m.ruleId === 'number-mismatch')!;
  assert.deepEqual(nb.evidence, ['[@ks2021, fn. 45]']);
});

test('sarif format validates against the SARIF 2.1.0 schema (subset) and links rule docs', () => {
  const dir = workspace();
  const r = run(['--format', 'sarif', 'planer'], dir);
  assert.equal(r.code, 1);
  const data: unknown = JSON.parse(r.out);
  type Sarif = {
    runs: {
      tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } };
      results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; invented?: boolean }[];
    }[];
  };
  const sarif = data as Sarif;
  const schema = JSON.parse(readFileSync(path.join(root, 'test/fixtures/sarif-2.1.0.subset.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
  const run0 = sarif.runs[0];
  assert.equal(run0.tool.driver.name, 'evidensplan');
  for (const rule of run0.tool.driver.rules) {
    assert.ok(new URL(rule.helpUri).href.endsWith(`docs/rules/${rule.id}.md`) || rule.helpUri.endsWith('README.md'), rule.helpUri);
  }
  assert.ok(run0.results.length >= 6);
  for (const res of run0.results) {
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
    const loc = res.locations[0].physicalLocation;
    assert.ok(!path.isAbsolute(loc.artifactLocation.uri) && !loc.artifactLocation.uri.includes('\\'));
  }
  // An invented property fails the schema: the test can fail.
  run0.results[0].invented = true;
  assert.equal(validate(data), false);
});

test('--max-warnings: warnings alone pass until they exceed the limit', () => {
  const dir = workspace();
  writeFileSync(path.join(dir, 'w.md'), '---\nplantype: smittevernplan\n---\nUndersøkelsen viser at kommunene manglet smittevernutstyr.\n');
  assert.equal(run(['w.md'], dir).code, 0);
  assert.equal(run(['--max-warnings', '1', 'w.md'], dir).code, 0);
  assert.equal(run(['--max-warnings', '0', 'w.md'], dir).code, 1);
  const bad = run(['--max-warnings', 'mange', 'w.md'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /max-warnings/);
});

test('config discovery: the nearest .evidensplan.jsonc applies; --config overrides; a broken config is named with its line', () => {
  const dir = workspace();
  writeFileSync(path.join(dir, 'planer/.evidensplan.jsonc'), '// prosjektets regler\n{ "language": "en", "rules": { "unknown-source": "off", "uncited-claim": ["info", { "suggestions": 1 }] } }\n');
  const r = run(['--format', 'json', 'planer/dirty-nb.md'], dir);
  const ms = JSON.parse(r.out)[0].messages as { ruleId: string; severity: string; message: string; evidence: string[] }[];
  assert.ok(!ms.some((m) => m.ruleId === 'unknown-source'));
  const claim = ms.find((m) => m.ruleId === 'uncited-claim')!;
  assert.equal(claim.severity, 'info');
  assert.equal(claim.evidence.length, 1);
  assert.match(claim.message, /has no citation/);

  writeFileSync(path.join(dir, 'strict.jsonc'), '{ "rules": { "uncited-claim": "error" } }');
  const strict = run(['--config', 'strict.jsonc', '--format', 'json', 'planer/dirty-nb.md'], dir);
  const sm = JSON.parse(strict.out)[0].messages as { ruleId: string; severity: string }[];
  assert.equal(sm.find((m) => m.ruleId === 'uncited-claim')!.severity, 'error');
  assert.ok(sm.some((m) => m.ruleId === 'unknown-source'), 'the nearer config is not used with --config');

  writeFileSync(path.join(dir, 'planer/.evidensplan.jsonc'), '{\n  "rules": {\n    "misquote": "warning",,\n  }\n}\n');
  const broken = run(['planer/dirty-nb.md'], dir);
  assert.equal(broken.code, 2);
  assert.match(broken.err, /planer\/\.evidensplan\.jsonc:3:\d+: ugyldig JSONC/);
  assert.match(broken.out, /unknown-source/, 'linting went on with the defaults');
});

test('bad input: missing path → exit 2 with a message; binary and non-UTF-8 files → one clear message each, the rest still linted', () => {
  const dir = workspace();
  const missing = run(['finnes-ikke.md', 'planer/clean-nb.md'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /finnes-ikke\.md: finnes ikke/);
  writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(path.join(dir, 'latin1.md'), Buffer.from('Beredskap for kommunen i Bø og Ås\n', 'latin1'));
  const r = run(['--format', 'json', 'bin.md', 'latin1.md', 'planer/clean-nb.md'], dir);
  assert.equal(r.code, 1);
  const data = JSON.parse(r.out) as { file: string; messages: { ruleId: string; message: string }[] }[];
  assert.deepEqual(data.map((d) => [d.file, d.messages.map((m) => m.ruleId)]), [
    ['bin.md', ['encoding']],
    ['latin1.md', ['encoding']],
    ['planer/clean-nb.md', []],
  ]);
  assert.match(data[0].messages[0].message, /binær/);
  assert.match(data[1].messages[0].message, /UTF-8/);
  assert.equal(run(['--format', 'xml', 'bin.md'], dir).code, 2);
});

test('without a config every rule runs on a plan, the domain rules included', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-lint-'));
  writeFileSync(path.join(dir, 'p.md'), '---\nplantype: pandemiplan\n---\n# Plan\n\nFylkesmannen og rådmannen leder arbeidet [@ks2012, lp. 3.5.1].\n');
  const r = run(['--format', 'json', 'p.md'], dir);
  const ids = (JSON.parse(r.out)[0].messages as { ruleId: string }[]).map((m) => m.ruleId);
  assert.ok(ids.includes('outdated-term') && ids.includes('unknown-source'), ids.join());
});

test('--fix writes the safe fixes, leaves the rest, and a second run changes nothing', () => {
  const dir = workspace();
  const file = path.join(dir, 'planer/dirty-nb.md');
  const before = readFileSync(file, 'utf8');
  const r = run(['--fix', 'planer/dirty-nb.md'], dir);
  const after = readFileSync(file, 'utf8');
  assert.notEqual(after, before);
  assert.ok(after.includes('[@ks2021, lp. 3.5.1]') && !after.includes('@ks2012'));
  // The quote began in lower case mid-sentence: the fix keeps it (no capital letter mid-sentence).
  assert.ok(after.includes('«kommunenes utstyrsberedskap var ikke dimensjonert til å håndtere pandemien»'));
  assert.match(r.out, /rettelse/);
  run(['--fix', 'planer/dirty-nb.md'], dir);
  assert.equal(readFileSync(file, 'utf8'), after);
});

test('lint --fix on any example adds no template, no heading and no placeholder; only flagged words change', () => {
  const examples = path.join(root, 'examples');
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-examples-'));
  const names = readdirSync(examples).filter((f) => f.endsWith('.md'));
  assert.ok(names.length >= 4);
  for (const name of names) copyFileSync(path.join(examples, name), path.join(dir, name));
  run(['--fix', '.'], dir);
  for (const name of names) {
    const before = readFileSync(path.join(examples, name), 'utf8');
    const after = readFileSync(path.join(dir, name), 'utf8');
    const headings = (t: string) => t.split('\n').filter((l) => /^#{1,6} /.test(l));
    assert.deepEqual(headings(after).length, headings(before).length, `${name}: no heading added`);
    assert.doesNotMatch(after, /\[(?:Fyll inn|Rolle|frist|Fill in)/, `${name}: no placeholder`);
    assert.ok(after.split('\n').length <= before.split('\n').length + 1, `${name}: no lines appended`);
  }
});

test('messages in the plan\'s written standard when no language is set; correct plurals in the summary', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-lang-'));
  writeFileSync(path.join(dir, 'nn.md'), '---\nplantype: smittevernplan\nspråk: nn\nrevidert: 2026-10-01\n---\n# Smittevernplan\n\nHelsesøstera koordinerer vaksinasjonen.\n');
  const cfg = path.join(dir, 'only-terms.jsonc');
  writeFileSync(cfg, '{ "rules": { "missing-topic": "off" } }');
  const r = run(['--config', cfg, 'nn.md'], dir);
  assert.match(r.out, /«Helsesøstera» er utdatert: tittelen helsesøster vart erstatta/, r.out);
  assert.match(r.out, /Skriv «Helsesjukepleiaren»/);
  assert.match(r.out, /1 problem \(0 feil, 1 advarsel, 0 info\) i 1 fil$/m);
  const nn = run(['--config', cfg, '--lang', 'nn', 'nn.md'], dir);
  assert.match(nn.out, /1 problem \(0 feil, 1 åtvaring, 0 info\) i 1 fil$/m);
  const en = run(['--config', cfg, '--lang', 'en', 'nn.md'], dir);
  assert.match(en.out, /1 problem \(0 errors, 1 warning, 0 info\) in 1 file$/m);
});
