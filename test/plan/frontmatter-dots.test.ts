/**
 * Front matter closed by `...` (YAML's document end, which pandoc accepts) is
 * front matter everywhere (issue 14, defect 9): the plan model, the light
 * reading of huge plans, the block splitter, the linter and completion agree.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePlan } from '../../src/core/plan/index.js';
import { frontMatterFence } from '../../src/core/plan/frontmatter.js';
import { splitBlocks } from '../../src/core/plan/blocks.js';
import { insideCodeOrFrontMatter } from '../../src/core/editor/completion.js';
import { loadIndex, lint, type Index } from '../support/pipeline.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

const plan = '---\nplantype: sektorplan\nkommune: Testvik\n...\n\n# Plan\n\nFylkesmannen skal varsles.\n\n---\n\nMer tekst.\n';

test('`...` closes front matter: keys read, the text after it is prose', () => {
  for (const text of [plan, plan.replace(/\n/g, '\r\n'), `\uFEFF${plan}`]) {
    const m = analyzePlan(text);
    assert.equal(m.frontmatter.present, true, JSON.stringify(text.slice(0, 20)));
    assert.equal(m.frontmatter.plantype, 'sektorplan');
    assert.equal(m.frontmatter.kommune, 'Testvik');
    assert.deepEqual(m.headings.map((h) => h.text), ['Plan']);
    const outdated = lint(text, index).filter((x) => x.ruleId === 'outdated-term');
    assert.equal(outdated.length, 1, 'the term after the front matter is checked');
  }
});

test('whichever of `---` and `...` comes first closes it', () => {
  assert.equal(frontMatterFence('---\na: 1\n---\nb\n...\n')?.close, '---');
  assert.equal(frontMatterFence('---\na: 1\n...\nb\n---\n')?.close, '...');
  assert.equal(analyzePlan('---\na: 1\n---\n\nTekst.\n\n...\n').frontmatter.data.a, 1);
});

test('the block splitter, completion and a huge plan (light reading) see the same front matter', () => {
  const chunks = splitBlocks(plan)!;
  assert.ok(chunks.length > 1);
  assert.equal(plan.slice(chunks[0].start, chunks[0].end).startsWith('---\nplantype'), true);
  assert.ok(chunks.some((c) => c.start === plan.indexOf('Fylkesmannen')), 'a cut after the front matter (not only after the later `---`)');
  const after = plan.indexOf('Fylkesmannen');
  assert.equal(insideCodeOrFrontMatter(plan, after), false);
  assert.equal(insideCodeOrFrontMatter(plan, 10), true);
  const huge = plan + 'Tekst om beredskap. '.repeat(40_000);
  const m = analyzePlan(huge);
  assert.equal(m.degraded, true, 'the light reading is used');
  assert.equal(m.frontmatter.present, true);
  assert.equal(m.frontmatter.plantype, 'sektorplan');
});
