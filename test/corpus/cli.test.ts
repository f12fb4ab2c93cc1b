/**
 * The CLI as a user runs it: `node bin/evidensplan.mjs show|sections` on the
 * built bundle and index (`npm test` builds first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { root } from './support.js';

function run(...args: string[]) {
  // From another folder, as a user would: the bundle finds its own resources.
  const r = spawnSync(process.execPath, [path.join(root, 'bin/evidensplan.mjs'), ...args], {
    encoding: 'utf8',
    cwd: os.tmpdir(),
    env: { ...process.env, EVIDENSPLAN_LANG: '', EVIDENSPLAN_LANGUAGE: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('show --json "lp. 3.5.1": the whole learning point, footnote 51 and its URLs gone', () => {
  const r = run('show', '--json', 'lp. 3.5.1');
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.deepEqual(Object.keys(j), ['citation', 'source', 'locator', 'kind', 'section', 'sectionTitle', 'text']);
  assert.equal(j.citation, '[@ks2021, lp. 3.5.1]');
  assert.equal(j.kind, 'learning-point');
  assert.equal(j.section, '3.5');
  assert.match(j.text, /^Kommunenes utstyrsberedskap var ikke dimensjonert/);
  assert.match(j.text, /tilstrekkelig tilgjengelig utstyr\.$/);
  assert.doesNotMatch(j.text, /https?:|Helse- og omsorgsdepartementet \(2021\)|utredning\.51|\b51\b/);
});

test('show "lp. 9.3.8" is the omsorgsbygg item, with citation and section path', () => {
  const r = run('show', 'lp. 9.3.8');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^\[@ks2021, lp\. 9\.3\.8\]/);
  assert.match(r.out, /9 Helse- og omsorgstjenester – et ansvarsområde under stort press › 9\.3 Læringspunkter – helse og omsorg/);
  assert.match(r.out, /Utformingen av omsorgsbygg og utearealer/);
});

test('show "lp. 8.5.1" includes its two continuation paragraphs', () => {
  const r = run('show', 'lp. 8.5.1');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Det er viktig å utrede begrensninger og muligheter ved digital/);
  assert.match(r.out, /Gjennom pandemien har en fått mye lærdom/);
  assert.match(r.out, /Undervisningen på skolen og digital undervisning må forstås/);
});

test('show of an unknown locator exits 2 naming the nearest valid ones, one line, no stack trace', () => {
  const r = run('show', 'lp. 2.6.6');
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.equal(r.err.trim().split('\n').length, 1);
  assert.match(r.err, /lp\. 2\.6\.6/);
  assert.match(r.err, /lp\. 2\.6\.5/);
  assert.doesNotMatch(r.err, /\bat \S+:\d+/);
  const bad = run('show', 'xyz###');
  assert.equal(bad.code, 2);
  assert.equal(bad.err.trim().split('\n').length, 1);
  const none = run('show');
  assert.equal(none.code, 2);
  assert.match(none.err, /lp\. 3\.5\.1/, 'usage names an example');
});

test('show --json "fn. 45" says 75 prosent; several locators give an array', () => {
  const r = run('show', '--json', 'fn. 45');
  assert.equal(r.code, 0, r.err);
  assert.match(JSON.parse(r.out).text, /75 prosent/);
  const two = run('show', '--json', 'fn 45', 'LP 3.5.1');
  assert.deepEqual(JSON.parse(two.out).map((x: { locator: string }) => x.locator), ['fn. 45', 'lp. 3.5.1']);
});

test('show prints the footnotes a finding references', () => {
  const r = run('show', 'lp. 3.5.1');
  assert.match(r.out, /Fotnoter:\n\s+51 Helse- og omsorgsdepartementet \(2021\)/);
});

test('sections prints the table of contents with learning point counts', () => {
  const r = run('sections');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Forord\nSammendrag\nEnglish summary\n1 Innledning\n {2}1\.1 Om oppdraget og rapporten/);
  assert.match(r.out, /\n {2}2\.6 Læringspunkter – kriseledelse og beredskap {2}\(5 læringspunkter\)\n/);
  assert.match(r.out, /\n {2}6\.5 Læringspunkt – lokalt samarbeid {2}\(1 læringspunkt\)\n/);
  assert.match(r.out, /\n {4}3\.4\.3 Viktigheten av å skjerme personell/);
  const j = run('sections', '--json');
  const rows = JSON.parse(j.out) as { id: string; learningPoints: number; locator: string }[];
  assert.equal(rows.reduce((a, x) => a + x.learningPoints, 0), 37);
  assert.equal(rows.find((x) => x.id === '7.4')?.learningPoints, 10);
  assert.equal(rows.find((x) => x.id === 'vedlegg-3')?.locator, 'kap. vedlegg-3');
});

test('English messages by setting', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/evidensplan.mjs'), 'show', 'lp. 2.6.6'], {
    encoding: 'utf8',
    env: { ...process.env, EVIDENSPLAN_LANG: 'en' },
  });
  assert.match(r.stderr, /unknown locator "lp\. 2\.6\.6"; nearest valid: lp\. 2\.6\.5/);
});

test('show of a section lists what it holds', () => {
  const r = run('show', 'kap. 3.4');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^\[@ks2021, kap\. 3\.4\] {2}\(kapittel\)/);
  assert.match(r.out, /Underkapitler:\n {2}kap\. 3\.4\.1 {2}Krevende å sikre/);
  const lp = run('show', 'kap. 3.5');
  assert.match(lp.out, /lp\. 3\.5\.1, lp\. 3\.5\.2, lp\. 3\.5\.3, lp\. 3\.5\.4/);
});

test('--lang en for the labels of sections and show', () => {
  assert.match(run('sections', '--lang', 'en').out, /\(5 learning points\)/);
  assert.match(run('show', '--lang', 'en', 'lp. 3.5.1').out, /\(learning point\)[\s\S]*Footnotes:/);
});
