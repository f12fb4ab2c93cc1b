/** New plans and section templates pass the project's own lint rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/core/lint/index.js';
import { loadReportIndexSync } from '../../src/node/resources.js';
import { PLANTYPES, renderNewPlan, renderSectionTemplate } from '../../src/core/snippets/templates.js';
import { topicsForPlantype, allTopics } from '../../src/core/snippets/taxonomy.js';
import { requiredElementsMissing } from '../../src/core/topics/legal.js';
import { missingTopics } from '../../src/core/topics/coverage.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';

const report = loadReportIndexSync();
const now = new Date('2026-11-26T12:00:00Z');

for (const lang of ['nb', 'nn'] as const) {
  for (const plantype of PLANTYPES) {
    test(`a new ${plantype} (${lang}) lints clean: required sections, topics, citations, review date`, () => {
      const { text } = renderNewPlan(plantype, lang, { today: '2026-11-26', topics: topicsForPlantype(plantype) });
      const plan = analyzePlan(text);
      assert.deepEqual(requiredElementsMissing(plan, plantype, lang).map((e) => e.element.letter), []);
      assert.deepEqual(missingTopics(plan, plantype, lang).map((t) => t.id), []);
      const messages = lintText(text, { report, now });
      assert.deepEqual(messages.map((m) => `${m.ruleId}:${m.line}`), []);
    });
  }
}

test('without its topic sections an overall plan still has § 4 a–e (the law), but misses topics', () => {
  for (const lang of ['nb', 'nn'] as const) {
    const { text } = renderNewPlan('overordnet-beredskapsplan', lang, { today: '2026-11-26' });
    const plan = analyzePlan(text);
    assert.deepEqual(requiredElementsMissing(plan, 'overordnet-beredskapsplan', lang), []);
    assert.ok(missingTopics(plan, 'overordnet-beredskapsplan', lang).length > 0);
  }
});

test('every section template resolves its citations and addresses its own topic', () => {
  for (const topic of allTopics()) {
    for (const lang of ['nb', 'nn'] as const) {
      const { text } = renderSectionTemplate(topic.id, lang);
      const messages = lintText(`---\nrevidert: 2026-11-01\nspråk: ${lang}\n---\n\n${text}`, { report, now });
      const bad = messages.filter((m) => m.ruleId !== 'missing-topic');
      assert.deepEqual(bad.map((m) => `${m.ruleId}: ${m.message}`), [], `${topic.id} (${lang})`);
      const plan = analyzePlan(text);
      assert.ok(!missingTopics(plan, undefined, lang).some((t) => t.id === topic.id), `${topic.id} (${lang}) addresses itself`);
    }
  }
});
