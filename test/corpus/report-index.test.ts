/**
 * ReportIndex: look-ups by any locator form, nearest valid locators, section
 * paths; and the JSON shape of the contract.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportIndex } from '../../src/core/corpus/report-index.js';
import { toFindingJson } from '../../src/core/corpus/json.js';
import { report } from './support.js';

const idx = new ReportIndex(report());

test('get accepts every form parseLocator accepts', () => {
  for (const form of ['lp. 3.5.1', 'lp 3.5.1', 'LP.3.5.1', 'læringspunkt 3.5.1', ' lp. 3.5.1. ']) {
    assert.equal(idx.get(form)?.locator, 'lp. 3.5.1', form);
  }
  assert.equal(idx.get('fotnote 045')?.locator, 'fn. 45');
  assert.equal(idx.get('kapittel 3.4.3')?.kind, 'section');
  assert.equal(idx.get('kap. 3.4.3, avsnitt 2')?.locator, 'kap. 3.4.3 avsn. 2');
  assert.equal(idx.get('kap. Vedlegg 1')?.locator, 'kap. vedlegg-1');
  assert.equal(idx.get('se. 10.2.2.1')?.kind, 'key-experience');
  assert.equal(idx.get('figur 16')?.locator, 'fig. 16');
  assert.equal(idx.get('fig. vedlegg-3.41b')?.kind, 'figure');
  assert.equal(idx.get('lp. 2.6.6'), undefined);
  assert.equal(idx.get(''), undefined);
  assert.equal(idx.get('\u0000\u0001 binary'), undefined);
});

test('nearest names valid locators of the same kind by number', () => {
  assert.deepEqual(idx.nearest('lp. 2.6.6'), ['lp. 2.6.5', 'lp. 2.6.4', 'lp. 2.6.3']);
  assert.deepEqual(idx.nearest('lp. 3.6.1', 2), ['lp. 3.5.1', 'lp. 3.5.2']);
  assert.equal(idx.nearest('fn. 141')[0], 'fn. 140');
  assert.equal(idx.nearest('kap. 3.4.9')[0], 'kap. 3.4.3');
  for (const l of idx.nearest('lp. 99.1', 5)) assert.ok(idx.get(l), l);
  // Unparseable input: best guesses by string similarity, still valid locators.
  const guesses = idx.nearest('lpp 3.5.1');
  assert.equal(guesses.length, 3);
  for (const g of guesses) assert.ok(idx.get(g), g);
  assert.deepEqual(idx.nearest('lp. 3.5.1', 0), []);
});

test('sections, section paths and section findings', () => {
  assert.deepEqual(idx.sectionPath('3.4.3').map((s) => s.id), ['3', '3.4', '3.4.3']);
  assert.deepEqual(idx.sectionPath('sammendrag').map((s) => s.id), ['sammendrag']);
  assert.deepEqual(idx.sectionPath('nope'), []);
  assert.equal(idx.section('3.5')?.title, 'Læringspunkt - smittevern, TISK og vaksinering');
  assert.equal(idx.sectionFinding('3.5')?.locator, 'kap. 3.5');
  assert.equal(idx.learningPoints().length, 37);
  assert.ok(idx.keyExperiences().length >= 28);
  assert.equal(new Set(idx.locators()).size, idx.locators().length, 'locators are unique');
  assert.equal(idx.locators().length, idx.findings.length);
});

test('the contract JSON of a finding', () => {
  const f = idx.get('lp. 3.5.1')!;
  assert.deepEqual(Object.keys(toFindingJson(f, idx.source)), ['citation', 'source', 'locator', 'kind', 'section', 'sectionTitle', 'text']);
  const j = toFindingJson(f, idx.source, 12.34567);
  assert.equal(j.citation, '[@ks2021, lp. 3.5.1]');
  assert.equal(j.source, 'ks2021');
  assert.equal(j.score, 12.346);
  assert.equal(j.sectionTitle, 'Læringspunkt - smittevern, TISK og vaksinering');
});

test('municipal examples are tagged with the municipality', () => {
  const ex = report().findings.filter((f) => f.kind === 'example');
  assert.ok(ex.length >= 30);
  for (const f of ex) assert.ok(f.municipalities.length, f.locator);
  const names = new Set(ex.flatMap((f) => f.municipalities));
  for (const m of ['Fredrikstad', 'Stavanger', 'Tromsø', 'Trysil', 'Tønsberg', 'Oslo/Bydel Stovner']) assert.ok(names.has(m), m);
  const fred = ex.find((f) => f.text.startsWith('Fra Fredrikstad kommune blir det vist til'))!;
  assert.deepEqual(fred.municipalities, ['Fredrikstad']);
  assert.equal(fred.section, '2.2.1');
  // The method chapter lists the municipalities but is not about one of them.
  assert.ok(!report().findings.some((f) => f.kind === 'example' && (f.section.startsWith('1') && !f.section.startsWith('10'))));
});
