/** Which topics a plan addresses, how and where (Bokmål and Nynorsk). */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { topicsAddressed, missingTopics, addressedTopics, topicById } from '../../src/core/topics/index.js';
import { analyzePlan } from '../../src/core/plan/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/domain/${name}`, import.meta.url), 'utf8');
const status = (text: string, id: string, lang: 'nb' | 'nn' = 'nb') =>
  topicsAddressed(analyzePlan(text), lang, { topics: [topicById(id)!] })[0];

describe('topicsAddressed', () => {
  test('a heading with the topic\'s words covers it over a section that deals with it, at the heading\'s line', () => {
    const s = status('# Plan\n\nTekst.\n\n## Smittevernutstyr og lager\n\nKommunen har et lager av munnbind og hansker for åtte uker, og lageret rulleres hvert år slik at utstyret holder.\n', 'utstyrsberedskap');
    assert.equal(s.covered, true);
    assert.equal(s.how, 'heading');
    assert.equal(s.line, 5);
    assert.equal(s.places[0].text, 'Smittevernutstyr og lager');
    // A heading over an empty section is a placeholder, not a treatment.
    assert.equal(status('# Plan\n\n## Smittevernutstyr\n\nMer tekst.\n', 'utstyrsberedskap').covered, false);
  });

  test('Nynorsk heading: «Kriseleiing»', () => {
    const s = status('# Plan\n\n## Kriseleiinga\n\nKriseleiinga blir sett når hendinga krev samordning, og ho kan utvidast med fagfolk frå alle sektorane.\n', 'kriseledelse', 'nn');
    assert.equal(s.how, 'heading');
    assert.equal(s.line, 3);
  });

  test('body text covers a topic when a paragraph deals with it (two of its words), not by passing mentions', () => {
    const once = status('# Plan\n\nVi har noe smittevernutstyr.\n', 'utstyrsberedskap');
    assert.equal(once.covered, false);
    const apart = status('# Plan\n\nVi har smittevernutstyr.\n\nEt beredskapslager finnes.\n', 'utstyrsberedskap');
    assert.equal(apart.covered, false, 'two short mentions in a short stretch');
    const para = status('# Plan\n\nVi har smittevernutstyr i et beredskapslager.\n', 'utstyrsberedskap');
    assert.equal(para.covered, true);
    assert.equal(para.how, 'text');
    assert.equal(para.line, 3);
    assert.match(para.places[0].text, /smittevernutstyr, beredskapslager/);
    // Ordinary words that need company: "prioritere" and "skjerme" alone do not show the topic.
    assert.equal(status('# Plan\n\nVi prioriterer brøyting og skjermer vannverket.\n', 'prioritering-barn-og-unge').covered, false);
  });

  test('citing one of the topic\'s learning points covers it, and beats a heading', () => {
    const s = status('# Plan\n\n## Utstyr\n\nSe [@ks2021, lp. 9.3.3].\n', 'utstyrsberedskap');
    assert.equal(s.how, 'cited');
    assert.equal(s.line, 5);
    assert.ok(s.places.some((p) => p.how === 'cited' && p.text === 'lp. 9.3.3'));
  });

  test('a citation of another source does not count', () => {
    assert.equal(status('# Plan\n\nSe [@annen2020, lp. 9.3.3].\n', 'utstyrsberedskap').covered, false);
  });

  test('words in code blocks do not count', () => {
    assert.equal(status('# Plan\n\n```\n## Smittevernutstyr\nsmittevernutstyr beredskapslager\n```\n', 'utstyrsberedskap').covered, false);
  });

  test('the clean fixtures (nb, nn) address every topic of their plan type', () => {
    for (const [f, lang] of [['clean-overordnet-nb.md', 'nb'], ['clean-overordnet-nn.md', 'nn']] as const) {
      const plan = analyzePlan(fixture(f));
      assert.deepEqual(missingTopics(plan, 'overordnet-beredskapsplan', lang).map((t) => t.id), [], f);
    }
  });

  test('missingTopics honours ignore', () => {
    const plan = analyzePlan('# Plan\n');
    const all = missingTopics(plan, 'overordnet-beredskapsplan');
    const fewer = missingTopics(plan, 'overordnet-beredskapsplan', 'nb', ['politisk-forankring']);
    assert.equal(fewer.length, all.length - 1);
  });

  test('addressedTopics gives the coverage view topics addressed in words, with a line', () => {
    const plan = analyzePlan('# Plan\n\n## Politisk forankring\n\nFormannskapet har hastefullmakt, og ordføreren orienterer gruppelederne hver uke under en krise, slik at de folkevalgte vet hva som skjer.\n');
    const a = addressedTopics(plan, 'nb', 'overordnet-beredskapsplan');
    const pf = a.find((x) => x.id === 'politisk-forankring');
    assert.ok(pf);
    assert.equal(pf.line, 3);
    assert.deepEqual([...pf.learningPoints], ['lp. 2.6.5']);
    assert.deepEqual(pf.evidence, { line: 3, text: 'Politisk forankring' });
  });

  test('works on a plain object with headings and text (no plan model)', () => {
    const s = topicsAddressed({ text: 'Intro\nKommunelegens rolle\n', headings: [{ text: 'Kommunelegens rolle', line: 2 }] }, 'nb', {
      topics: [topicById('kommunelegens-rolle')!],
    })[0];
    assert.equal(s.how, 'heading');
    assert.equal(s.line, 2);
  });

  test('empty and odd input', () => {
    assert.doesNotThrow(() => topicsAddressed({ text: '', headings: [] }));
    assert.doesNotThrow(() => topicsAddressed({ text: undefined as unknown as string, headings: [] }));
  });
});
