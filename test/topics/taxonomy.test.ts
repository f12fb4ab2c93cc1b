/** The topic taxonomy: derived from all 37 learning points, quoting them faithfully. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { taxonomy, topicsFor, topicById, topicCitations } from '../../src/core/topics/index.js';
import { loadReportIndexSync } from '../../src/node/resources.js';
import { renderSectionTemplate } from '../../src/core/snippets/templates.js';

const index = loadReportIndexSync();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the taxonomy', () => {
  test('every one of the report\'s 37 learning points belongs to at least one topic', () => {
    const all = index.learningPoints().map((f) => f.locator);
    assert.equal(all.length, 37);
    const inTopics = new Set(taxonomy.topics.flatMap((t) => t.learningPoints));
    assert.deepEqual(all.filter((lp) => !inTopics.has(lp)), []);
  });

  test('learning points per section match the report: 2.6→5, 3.5→4, 4.2→3, 5.5→2, 6.5→1, 7.4→10, 8.5→4, 9.3→8', () => {
    const counts: Record<string, number> = {};
    for (const lp of new Set(taxonomy.topics.flatMap((t) => t.learningPoints))) {
      const s = lp.replace(/^lp\. /, '').split('.').slice(0, 2).join('.');
      counts[s] = (counts[s] ?? 0) + 1;
    }
    assert.deepEqual(counts, { '2.6': 5, '3.5': 4, '4.2': 3, '5.5': 2, '6.5': 1, '7.4': 10, '8.5': 4, '9.3': 8 });
  });

  test('every learning point of a topic resolves, and the rationale quotes its learning point word for word', () => {
    for (const t of taxonomy.topics) {
      for (const lp of t.learningPoints) assert.ok(index.get(lp), `${t.id}: ${lp}`);
      assert.ok(t.learningPoints.includes(t.rationale.learningPoint), `${t.id}: rationale cites one of its own learning points`);
      const f = index.get(t.rationale.learningPoint)!;
      assert.ok(norm(f.text).includes(norm(t.rationale.quote)), `${t.id}: quote not in ${t.rationale.learningPoint}`);
    }
  });

  test('the brief\'s mappings', () => {
    const has = (id: string, lps: string[]) => {
      const t = topicById(id);
      assert.ok(t, id);
      for (const lp of lps) assert.ok(t.learningPoints.includes(lp), `${id} ← ${lp}`);
    };
    has('utstyrsberedskap', ['lp. 3.5.1', 'lp. 9.3.3']);
    has('personellberedskap', ['lp. 3.5.2', 'lp. 9.3.5']);
    has('krisekommunikasjon-vanskelige-grupper', ['lp. 5.5.1']);
    has('politisk-forankring', ['lp. 2.6.5']);
    has('kommunelegens-rolle', ['lp. 2.6.4']);
    has('risikovurdering-barn-og-unge', ['lp. 7.4.2']);
    has('langvarig-pandemi', ['lp. 2.6.1']);
    has('naeringsliv-og-frivillighet', ['lp. 6.5.1']);
  });

  test('each topic has titles and vocabulary in Bokmål and Nynorsk, and known plan types', () => {
    for (const t of taxonomy.topics) {
      assert.ok(t.title.nb && t.title.nn, t.id);
      assert.ok(t.vocabulary.nb.length >= 3 && t.vocabulary.nn.length >= 3, t.id);
      for (const p of t.plantypes) assert.ok(taxonomy.plantypes.includes(p), `${t.id}: ${p}`);
      assert.ok(t.rationale.en, t.id);
    }
  });
});

describe('topicsFor', () => {
  test('a plan type gets its topics; no or an unknown plan type gets all', () => {
    const overall = topicsFor('overordnet-beredskapsplan').map((t) => t.id);
    assert.ok(overall.includes('politisk-forankring'));
    assert.ok(!overall.includes('laerlinger-og-fagprover'), 'trade tests are not an overall-plan topic');
    assert.ok(topicsFor('sektorplan').some((t) => t.id === 'laerlinger-og-fagprover'));
    assert.equal(topicsFor(undefined).length, taxonomy.topics.length);
    assert.equal(topicsFor('noe-annet').length, taxonomy.topics.length);
  });
  test('a pandemic plan gets the most topics', () => {
    assert.ok(topicsFor('pandemiplan').length > topicsFor('overordnet-beredskapsplan').length);
  });
});

describe('section templates see the taxonomy', () => {
  test('renderSectionTemplate titles a topic from the taxonomy and cites its learning points', () => {
    const t = topicById('utstyrsberedskap')!;
    const nb = renderSectionTemplate(t.id, 'nb');
    const nn = renderSectionTemplate('krisekommunikasjon-vanskelige-grupper', 'nn');
    assert.equal(nb.title, t.title.nb);
    for (const c of topicCitations(t)) assert.ok(nb.text.includes(c), c);
    assert.equal(nn.title, topicById('krisekommunikasjon-vanskelige-grupper')!.title.nn);
  });
});
