/** `evidensplan coverage` as a user runs it: the built CLI (`npm run build` first). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'evidensplan.mjs');
const fixture = path.join(root, 'test', 'coverage', 'fixtures', 'nn-plan.md');
const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-coverage-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'coverage', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('json is the contract object for one file', () => {
  const r = run('--format', 'json', fixture);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['file', 'total', 'covered', 'uncovered']);
  assert.equal(out.file, fixture);
  assert.equal(out.total, 37);
  assert.equal(out.covered.length + out.uncovered.length, 37);
  const text = readFileSync(fixture, 'utf8').split('\n');
  const line = (s: string) => text.findIndex((l) => l.includes(s)) + 1;
  const byCitation = new Map(out.covered.map((c: { citation: string }) => [c.citation, c]));
  assert.deepEqual(byCitation.get('[@ks2021, lp. 2.6.3]'), { citation: '[@ks2021, lp. 2.6.3]', how: 'cited', line: line('lp. 2.6.3') });
  assert.deepEqual(byCitation.get('[@ks2021, lp. 5.5.1]'), { citation: '[@ks2021, lp. 5.5.1]', how: 'cited', line: line('lp. 5.5.1') });
  // A topic treated without a citation: its learning point with the line and words that made it count.
  const plan = path.join(dir, 'besok.md');
  writeFileSync(plan, '---\nplantype: smittevernplan\n---\n# Smittevernplan\n\n## Besøk på sykehjemmet\n\nVed utbrudd kan kommuneoverlegen innføre besøksrestriksjoner, men et generelt besøksforbud skal ikke brukes. Vi legger til rette for videosamtaler.\n');
  const topic = JSON.parse(run('--format', 'json', plan).stdout).covered.find((c: { citation: string }) => c.citation === '[@ks2021, lp. 9.3.2]');
  assert.deepEqual(topic, { citation: '[@ks2021, lp. 9.3.2]', how: 'topic', line: 6, evidence: { line: 6, text: 'Besøk på sykehjemmet' } });
});

test('several files give an array, one object per file', () => {
  const empty = path.join(dir, 'empty.md');
  writeFileSync(empty, '');
  const r = run('--format', 'json', fixture, empty);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(Array.isArray(out));
  assert.deepEqual(out.map((o: { file: string }) => o.file), [fixture, empty]);
  assert.deepEqual(out[1].covered, []);
  assert.equal(out[1].uncovered.length, 37);
});

test('text is the default and fits 80 columns', () => {
  const r = run(fixture);
  assert.equal(r.code, 0, r.stderr);
  for (const l of r.stdout.trimEnd().split('\n')) assert.ok([...l].length <= 80, l);
  assert.match(r.stdout, /Læringspunkter dekket: \d+ av 37/);
  assert.match(r.stdout, /Ikke dekket \(\d+\)/);
});

test('html goes to a file with -o and is self-contained', () => {
  const out = path.join(dir, 'report.html');
  const r = run('--format', 'html', '-o', out, fixture);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const html = readFileSync(out, 'utf8');
  assert.match(html, /^<!DOCTYPE html>/);
  assert.doesNotMatch(html, /https?:|<script/i);
  assert.ok(html.includes(`${fixture} dekker`), 'names the plan');
  assert.match(html, /<strong>4\/37<\/strong>/);
});

test('a missing file exits 2 with a message, no stack trace', () => {
  const r = run(path.join(dir, 'finnes-ikke.md'));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no such file: .*finnes-ikke\.md/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('a folder, a bad format and a bad language exit 2', () => {
  assert.equal(run(dir).code, 2);
  const f = run('--format', 'pdf', fixture);
  assert.equal(f.code, 2);
  assert.match(f.stderr, /unknown format "pdf"/);
  assert.equal(run('--lang', 'sv', fixture).code, 2);
});

test('empty, front matter only, no headings and 10 MB files give sensible output', () => {
  const cases: Record<string, string> = {
    'empty.md': '',
    'frontmatter.md': '---\nplantype: pandemiplan\nspråk: nn\n---\n',
    'noheadings.md': 'Bare tekst, ingen overskrifter. Se [@ks2021, lp. 6.5.1].\n',
  };
  let big = '# Stor\n\n';
  const para = `${'Kommunen planlegg for kriseleiing og beredskap. '.repeat(20)}\n\n`;
  while (big.length < 10 * 1024 * 1024) big += para;
  cases['big.md'] = `${big}Se [@ks2021, lp. 9.3.8].\n`;
  for (const [name, text] of Object.entries(cases)) {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const r = run('--format', 'json', file);
    assert.equal(r.code, 0, `${name}: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    assert.equal(out.total, 37, name);
    if (name === 'noheadings.md') assert.deepEqual(out.covered, [{ citation: '[@ks2021, lp. 6.5.1]', how: 'cited', line: 1 }]);
    if (name === 'big.md') assert.equal(out.covered.find((c: { citation: string }) => c.citation === '[@ks2021, lp. 9.3.8]')?.how, 'cited');
    if (name === 'empty.md' || name === 'frontmatter.md') assert.deepEqual(out.covered, []);
    if (name === 'big.md') continue;
    const t = run(file);
    assert.equal(t.code, 0, name);
    assert.match(t.stdout, /av 37/);
  }
});
