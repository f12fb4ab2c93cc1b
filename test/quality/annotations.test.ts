/**
 * The quality plans and their annotations are well-formed: every annotated
 * diagnostic's words stand on its line, the coverage lists split the 37 learning
 * points, the plans are the size and mix the measurement promises.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { planFiles, readAnnotation, type Part } from './evaluate.js';
import { analyzePlan } from '../../src/core/plan/analyze.js';
import { topicById } from '../../src/core/topics/index.js';
import { loadIndex } from '../support/pipeline.js';

const parts: Part[] = ['dev', 'held', 'independent'];

describe('quality plans', () => {
  test('at least six plans, at least two held back, at least two in Nynorsk', () => {
    const all = parts.flatMap((p) => planFiles(p));
    assert.ok(all.length >= 6);
    assert.ok(planFiles('held').length >= 2);
    const nn = all.filter((f) => analyzePlan(readFileSync(f, 'utf8')).frontmatter.sprak === 'nn');
    assert.ok(nn.length >= 2, 'two Nynorsk plans');
    for (const p of parts) assert.ok(planFiles(p).some((f) => /nn\.md$/.test(f)), `a Nynorsk plan in ${p}`);
  });

  for (const part of parts) {
    for (const file of planFiles(part)) {
      test(`${part}/${file.split('/').pop()}: 1,500–3,000 words, annotations on their lines`, async () => {
        const text = readFileSync(file, 'utf8');
        const body = text.replace(/^---[\s\S]*?\n---\n/, '');
        const words = body.match(/[\p{L}]+(?:[-–][\p{L}]+)*/gu) ?? [];
        assert.ok(words.length >= 1500 && words.length <= 3000, `${words.length} words`);
        const lines = text.split('\n');
        const a = readAnnotation(file);
        assert.ok(a.must.length >= 4, 'planted defects');
        for (const e of [...a.must, ...a.mustNot, ...a.optional]) {
          assert.ok(e.line >= 1 && e.line <= lines.length, JSON.stringify(e));
          if (e.topic) assert.ok(topicById(e.topic), `topic ${e.topic}`);
          else if (e.words && !['missing-required-section'].includes(e.rule)) {
            const here = `${lines[e.line - 1]} ${lines[e.line] ?? ''}`.replace(/\s+/g, ' ');
            assert.ok(here.includes(e.words.replace(/\s+/g, ' ')), `"${e.words}" on line ${e.line}`);
          }
        }
        const { report } = await loadIndex();
        const all = report.learningPoints().map((f) => f.locator).sort();
        const c = a.coverage;
        assert.deepEqual([...c.treated, ...c.either, ...c.notTreated].sort(), all);
      });
    }
  }
});
