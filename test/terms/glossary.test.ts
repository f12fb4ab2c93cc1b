/** The glossary behind the evidence hover: at least 40 terms, both languages, inflections, evidence that resolves. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findTerms, glossary, glossaryTerm, termAt } from '../../src/core/terms/index.js';
import { parseLocator, isLocatorError } from '../../src/core/corpus/locator.js';
import { loadReportIndexSync } from '../../src/node/resources.js';

describe('the glossary data', () => {
  test('has at least 40 terms, each with Bokmål and Nynorsk forms, synonyms, a definition (nb, en) and a query', () => {
    assert.ok(glossary.terms.length >= 40, `${glossary.terms.length} terms`);
    const ids = new Set<string>();
    for (const t of glossary.terms) {
      assert.ok(!ids.has(t.id), `duplicate ${t.id}`);
      ids.add(t.id);
      assert.ok(t.nb.term && t.nb.forms.length, `${t.id}: nb`);
      assert.ok(t.nn.term && t.nn.forms.length, `${t.id}: nn`);
      assert.ok(Array.isArray(t.synonyms), `${t.id}: synonyms`);
      assert.ok(t.definition.nb.length > 20 && t.definition.en.length > 5, `${t.id}: definition`);
      assert.ok(t.query.trim(), `${t.id}: query`);
      assert.ok(t.source, `${t.id}: source`);
    }
  });

  test('the brief\'s terms are all there', () => {
    for (const id of ['smittevernutstyr', 'kriseledelse', 'tisk', 'kommunelege', 'statsforvalter', 'minoritetsspraklige', 'sarbare-barn-og-unge', 'omdisponering', 'beredskapslager', 'ros-analyse', 'e-laering']) {
      assert.ok(glossaryTerm(id), id);
    }
  });

  test('every evidence locator is canonical and resolves to a finding of the report', () => {
    const index = loadReportIndexSync();
    for (const t of glossary.terms) {
      for (const l of t.locators) {
        const p = parseLocator(l);
        assert.ok(!isLocatorError(p) && p.canonical === l, `${t.id}: ${l} is not canonical`);
        assert.ok(index.get(l), `${t.id}: ${l} does not resolve`);
      }
    }
  });
});

describe('findTerms', () => {
  const cases: Array<[string, string, string]> = [
    ['Vi mangler smittevernutstyret.', 'smittevernutstyret', 'smittevernutstyr'],
    ['Kriseledelsen møtes.', 'Kriseledelsen', 'kriseledelse'],
    ['Kriseleiinga møtest.', 'Kriseleiinga', 'kriseledelse'],
    ['TISK-arbeidet krevde folk.', 'TISK-arbeidet', 'tisk'],
    ['Kommuneoverlegen leder.', 'Kommuneoverlegen', 'kommunelege'],
    ['Statsforvaltaren svarte.', 'Statsforvaltaren', 'statsforvalter'],
    ['Minoritetsspråklege innbyggjarar.', 'Minoritetsspråklege', 'minoritetsspraklige'],
    ['Tiltak for sårbare barn og unge.', 'sårbare barn og unge', 'sarbare-barn-og-unge'],
    ['Tiltak for sårbare born og unge.', 'sårbare born og unge', 'sarbare-barn-og-unge'],
    ['Omdisponeringen tok tid.', 'Omdisponeringen', 'omdisponering'],
    ['Et nasjonalt beredskapslager.', 'nasjonalt beredskapslager', 'beredskapslager'],
    ['ROS-analysen viser risiko.', 'ROS-analysen', 'ros-analyse'],
    ['Vi bruker e-læring.', 'e-læring', 'e-laering'],
    ['Heildøgns omsorg i sjukeheimen.', 'Heildøgns omsorg', 'heldogns-omsorg'],
  ];
  for (const [text, hit, id] of cases) {
    test(`${hit} → ${id}`, () => {
      const hits = findTerms(text);
      const h = hits.find((x) => x.text === hit);
      assert.ok(h, `no hit ${hit} in ${JSON.stringify(hits)}`);
      assert.equal(h.termId, id);
      assert.equal(text.slice(h.start, h.end), hit);
    });
  }

  test('the longest form wins and words are whole words', () => {
    assert.deepEqual(findTerms('sårbare barn og unge').map((h) => h.text), ['sårbare barn og unge']);
    assert.deepEqual(findTerms('Smittesporingsteamet og karantenen').map((h) => h.termId), ['smittesporing', 'karantene']);
    assert.deepEqual(findTerms('datakrisekommunikasjon tiskeri'), []);
  });

  test('termAt finds the term under an offset (the hover)', () => {
    const text = 'Planen sikrer smittevernutstyr.';
    assert.equal(termAt(text, text.indexOf('vern'))?.termId, 'smittevernutstyr');
    assert.equal(termAt(text, 0), undefined);
  });

  test('bad input gives nothing, never a throw', () => {
    assert.deepEqual(findTerms(''), []);
    assert.deepEqual(findTerms(null as unknown as string), []);
    assert.doesNotThrow(() => findTerms('\uD800'.repeat(1000) + 'tisk'));
  });
});
