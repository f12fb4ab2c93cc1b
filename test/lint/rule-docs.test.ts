/**
 * The rule pages are tests (docs/rules/README.md, "Examples"): every example of
 * every page is linted as `evidensplan lint` would lint it, and the rule must say
 * exactly what the page says it says — the same messages at the same places, and
 * nothing else — and `--fix` must write the page's fixed text (or change nothing
 * when the page gives none). Each example is run twice: through the public API
 * (lintText, fixAll) and through the CLI's own file path (lintFiles on a scratch
 * project), which must agree. Every registered rule has a page with at least one
 * ok and one not-ok example.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { allRules } from '../../src/core/lint/rules/index.js';
import { readRulePage, runExample, runExampleAsCli, type RuleExample } from '../fixtures/domain/docs.js';

/** A second date for examples that give no `today=`: their result must not depend on the day. */
const ANOTHER_DAY = '2031-01-15';

const block = (lines: readonly string[]) => (lines.length ? lines.map((l) => `    ${l}`).join('\n') : '    (nothing)');
const textBlock = (s: string) => block(s.replace(/\n$/, '').split('\n'));

function where(page: string, ex: RuleExample): string {
  return `${page}:${ex.pageLine}, example «${ex.name}»`;
}

test('every registered rule has a page in docs/rules with at least one ok and one not-ok example', () => {
  const missing: string[] = [];
  for (const rule of allRules) {
    if (rule.meta.docs !== `docs/rules/${rule.meta.id}.md`) missing.push(`${rule.meta.id}: meta.docs is ${rule.meta.docs}`);
    else if (!existsSync(rule.meta.docs)) missing.push(`${rule.meta.docs} does not exist`);
    else {
      const { examples } = readRulePage(rule.meta.id);
      const ok = examples.filter((e) => e.kind === 'ok').length;
      const notOk = examples.filter((e) => e.kind === 'not-ok').length;
      if (!ok || !notOk) missing.push(`${rule.meta.docs} has ${ok} ok and ${notOk} not-ok examples; it needs at least one of each`);
    }
  }
  assert.deepEqual(missing, [], `rule pages missing or without examples:\n${missing.join('\n')}`);
});

test('every page in docs/rules is a registered rule (or the README that explains the format)', () => {
  const ids = new Set(allRules.map((r) => r.meta.id));
  const orphans = readdirSync('docs/rules')
    .filter((f) => f.endsWith('.md') && f !== 'README.md' && !ids.has(f.replace(/\.md$/, '')))
    .map((f) => `docs/rules/${f}`);
  assert.deepEqual(orphans, [], `pages for rules that are not registered: ${orphans.join(', ')}`);
});

for (const rule of allRules) {
  if (!existsSync(rule.meta.docs)) continue; // reported above
  const page = readRulePage(rule.meta.id);
  describe(page.path, () => {
    test('the page follows the example format of docs/rules/README.md', () => {
      assert.deepEqual(page.problems, [], `${page.path} breaks the example format:\n${page.problems.join('\n')}`);
    });

    for (const ex of page.examples) {
      test(ex.name, () => {
        const run = runExample(rule, ex);
        assert.deepEqual(run.setup, [], `${where(page.path, ex)}: the example's setup is wrong:\n${run.setup.join('\n')}`);

        const expected = ex.output.map((o) => o.source);
        assert.ok(
          run.output.length === expected.length && run.output.every((l, i) => l === expected[i]),
          `${where(page.path, ex)}: ${rule.meta.id} does not say what the page says.\n  page:\n${block(expected)}\n  rule:\n${block(run.output)}`,
        );

        if (ex.fixed !== undefined) {
          assert.notEqual(ex.fixed, ex.text, `${where(page.path, ex)}: the fixed text is the example itself; leave the fixed fence out instead`);
          assert.ok(run.fixed === ex.fixed, `${where(page.path, ex)}: lint --fix writes another text.\n  page:\n${textBlock(ex.fixed)}\n  fix:\n${textBlock(run.fixed)}`);
        } else {
          assert.ok(
            run.fixed === ex.text,
            `${where(page.path, ex)}: the page gives no fixed text, but lint --fix changes the example to:\n${textBlock(run.fixed)}`,
          );
        }

        if (ex.today === undefined) {
          const later = runExample(rule, ex, ANOTHER_DAY);
          assert.deepEqual(later.output, run.output, `${where(page.path, ex)}: gives another result on ${ANOTHER_DAY}; say which day it is linted on with today=YYYY-MM-DD`);
        }
      });
    }

    test('the CLI\'s own path (files on disk, the nearest config, lint --fix) agrees with the page', async () => {
      const wrong: string[] = [];
      for (const ex of page.examples) {
        const run = await runExampleAsCli(rule, ex);
        const expected = ex.output.map((o) => o.source);
        if (run.setup.length) wrong.push(`${where(page.path, ex)}: ${run.setup.join('; ')}`);
        if (run.output.join('\n') !== expected.join('\n')) wrong.push(`${where(page.path, ex)}:\n  page:\n${block(expected)}\n  lint:\n${block(run.output)}`);
        if (run.fixed !== (ex.fixed ?? ex.text)) wrong.push(`${where(page.path, ex)}: lint --fix wrote:\n${textBlock(run.fixed)}`);
      }
      assert.deepEqual(wrong, [], wrong.join('\n'));
    });
  });
}
