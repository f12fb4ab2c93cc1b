import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  listSectionTemplates,
  renderNewPlan,
  renderSectionTemplate,
  renderSectionTemplateFull,
  planTemplateData,
  PLANTYPES,
} from '../../src/core/snippets/templates.js';
import { allTopics, topicsForPlantype } from '../../src/core/snippets/taxonomy.js';
import { parseLocator, isLocatorError } from '../../src/core/corpus/locator.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { expandSnippet } from './expand-snippet.js';

const taxonomy = JSON.parse(readFileSync(new URL('../../resources/topics/topics.json', import.meta.url), 'utf8')) as {
  topics: { id: string; title: { nb: string; nn: string }; learningPoints: string[] }[];
};
const CITATION = /\[@ks2021, (lp\. \d+\.\d+\.\d+)\]/g;

/** The snippet expanded with its defaults equals the text with [hint] shown as hint. */
function textFromSnippet(text: string): string {
  return text.replace(/\[([^\]@]*)\]/g, (m, hint: string) => (/^@/.test(hint) ? m : hint));
}

test('the templates use the shared taxonomy, every topic of it', () => {
  assert.ok(taxonomy.topics.length >= 10);
  assert.deepEqual(
    allTopics().map((t) => t.id),
    taxonomy.topics.map((t) => t.id),
  );
  for (const lang of ['nb', 'nn'] as const) {
    assert.equal(listSectionTemplates(lang).length, taxonomy.topics.length);
  }
});

for (const lang of ['nb', 'nn'] as const) {
  test(`every topic renders in ${lang}: heading, ansvar, tiltak, table, canonical citations`, () => {
    const data = JSON.parse(readFileSync(new URL(`../../resources/templates/sections/${lang}.json`, import.meta.url), 'utf8'));
    for (const topic of taxonomy.topics) {
      assert.ok(data.topics[topic.id], `${lang}: topic ${topic.id} has its own text`);
      const r = renderSectionTemplate(topic.id, lang);
      assert.equal(r.title, topic.title[lang]);
      assert.ok(r.text.startsWith(`## ${topic.title[lang]}\n`), r.text.slice(0, 80));
      assert.match(r.text, new RegExp(`^### ${data.labels.responsible}$`, 'm'));
      assert.match(r.text, new RegExp(`^### ${data.labels.measures}$`, 'm'));
      assert.match(r.text, /^\| .* \|\n\| --- \| --- \| --- \| --- \|\n\| /m);
      const cited = [...r.text.matchAll(CITATION)].map((m) => m[1]);
      const expected = [...new Set(topic.learningPoints.map((lp) => (parseLocator(lp) as { canonical: string }).canonical))];
      assert.deepEqual(cited, expected, `${topic.id} cites its learning points`);
      for (const c of cited) assert.ok(!isLocatorError(parseLocator(c)));
      // The plan model reads the citations back as the canonical locators.
      const plan = analyzePlan(r.text);
      const parsed = plan.citations.flatMap((g) => g.items.map((i) => i.locator?.canonical));
      assert.deepEqual(parsed, expected);
      assert.equal(plan.headings[0].text, topic.title[lang]);
      // Snippet: valid syntax, tabstops numbered from 1, same text once expanded.
      const ex = expandSnippet(r.snippet);
      assert.equal(ex.text, textFromSnippet(r.text));
      const numbers = [...new Set(ex.tabstops)].filter((n) => n > 0).sort((a, b) => a - b);
      assert.deepEqual(numbers, numbers.map((_, i) => i + 1));
      assert.ok(ex.tabstops.includes(0), 'ends with $0');
      assert.ok(numbers.length >= 3, 'has placeholders to fill in');
    }
  });
}

test('Nynorsk templates are Nynorsk, Bokmål ones Bokmål', () => {
  const nn = renderSectionTemplate('utstyrsberedskap', 'nn').text;
  const nb = renderSectionTemplate('utstyrsberedskap', 'nb').text;
  assert.match(nn, /Læringspunkt bak dette avsnittet/);
  assert.match(nn, /\bikkje\b|\bkva\b|\bkorleis\b/);
  assert.doesNotMatch(nn, /\bikke\b|\bhvordan\b|\bhva\b/);
  assert.match(nb, /Læringspunkter bak dette avsnittet/);
  assert.doesNotMatch(nb, /\bikkje\b|\bkorleis\b|\bkva\b/);
  assert.equal(analyzePlan(nn).language, 'nn');
  assert.equal(analyzePlan(nb).language, 'nb');
});

test('text from a topic title that looks like snippet syntax is escaped', () => {
  const r = renderSectionTemplateFull({ id: 'x', title: 'Kostnad $1 ${2:x} }', learningPoints: ['lp. 3.5.1'] }, 'nb');
  const ex = expandSnippet(r.snippet);
  assert.ok(ex.text.startsWith('## Kostnad $1 ${2:x} }\n'));
  assert.deepEqual(r.citations, ['[@ks2021, lp. 3.5.1]']);
});

test('an unknown topic id gives a generic section, not a throw', () => {
  const r = renderSectionTemplate('finnes-ikke', 'nb');
  assert.equal(r.title, 'finnes-ikke');
  assert.match(r.text, /^## finnes-ikke/);
  assert.doesNotMatch(r.text, /\[@ks2021/);
});

test('another citation key is used when asked', () => {
  const r = renderSectionTemplate('utstyrsberedskap', 'nb', { key: 'ks' });
  assert.match(r.text, /\[@ks, lp\. 3\.5\.1\]/);
});

for (const lang of ['nb', 'nn'] as const) {
  for (const plantype of PLANTYPES) {
    test(`new ${plantype} in ${lang}: front matter, sections, topics, valid snippet`, () => {
      const topics = topicsForPlantype(plantype);
      const p = renderNewPlan(plantype, lang, { today: '2026-11-26', topics });
      const plan = analyzePlan(p.text);
      assert.equal(plan.frontmatter.plantype, plantype);
      assert.equal(plan.frontmatter.sprak, lang);
      assert.equal(plan.language, lang);
      assert.match(p.text, /^revidert: 2026-11-26$/m);
      assert.match(p.text, /^kommune: "\[[^\]]+\]"$/m);
      assert.deepEqual(plan.frontmatter.issues ?? [], []);
      const h2 = plan.headings.filter((h) => h.depth === 2).map((h) => h.text);
      for (const s of planTemplateData(lang).plantypes[plantype].sections) assert.ok(h2.includes(s.heading), s.heading);
      const h3 = plan.headings.filter((h) => h.depth === 3).map((h) => h.text);
      assert.deepEqual(h3, topics.map((t) => t.title[lang]));
      const ex = expandSnippet(p.snippet);
      assert.equal(ex.text, textFromSnippet(p.text).replace(/"\[([^\]]+)\]"/, '"$1"'));
      // The municipality is typed once and mirrored.
      assert.ok(ex.tabstops.filter((n) => n === 1).length >= 2);
    });
  }
}

test('a given municipality is written as a YAML string', () => {
  const p = renderNewPlan('pandemiplan', 'nb', { today: '2026-01-02', kommune: 'Ås: "sør"' });
  const plan = analyzePlan(p.text);
  assert.equal(plan.frontmatter.kommune, 'Ås: "sør"');
  assert.match(p.text, /^# Pandemiplan for Ås: "sør"$/m);
});

test('the overall plan has a section for each letter of beredskapsplikt § 4 a–e', () => {
  for (const lang of ['nb', 'nn'] as const) {
    const letters = planTemplateData(lang).plantypes['overordnet-beredskapsplan'].sections.map((s) => s.legal).filter(Boolean);
    assert.deepEqual(letters, ['a', 'b', 'c', 'd', 'e']);
  }
});
