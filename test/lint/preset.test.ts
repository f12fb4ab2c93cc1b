/** The rules as a remark preset: the same messages through a plain unified/remark pipeline. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { createPreset } from '../../src/core/lint/preset.js';
import { parseConfig } from '../../src/core/lint/config.js';
import { report, lint } from '../fixtures/lint/helpers.js';

const TEXT = '# Plan\n\nLager [@ks2012, lp. 3.5.1] og [@ks2021, lp. 3.5.9].\n';

async function run(text: string, config = parseConfig('{}')) {
  const preset = createPreset({ report: report(), config, now: new Date('2025-01-01') });
  // A no-op compiler so that process() can finish.
  const file = await unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(preset)
    .use(function () {
      this.compiler = () => '';
    })
    .process(text);
  return file.messages;
}

test('remark preset: rule messages carry ruleId, source, place and docs url like remark-lint', async () => {
  const msgs = (await run(TEXT)).filter((m) => m.source === 'evidensplan' && ['unknown-source', 'unknown-locator'].includes(m.ruleId ?? ''));
  assert.deepEqual(msgs.map((m) => [m.ruleId, m.line, m.column]), [
    ['unknown-source', 3, 8],
    ['unknown-locator', 3, 41],
  ]);
  assert.match(String(msgs[0].url), /docs\/rules\/unknown-source\.md$/);
  assert.equal(msgs[0].fatal, true, 'an error-level rule is fatal in remark terms');
  // The same findings as lintText gives.
  assert.deepEqual(msgs.map((m) => m.reason), lint(TEXT).map((m) => m.message));
});

test('remark preset: the config turns rules off and sets levels', async () => {
  const msgs = await run(TEXT, parseConfig('{ "rules": { "unknown-source": "off", "unknown-locator": "warning" } }'));
  const ids = msgs.map((m) => m.ruleId);
  assert.ok(!ids.includes('unknown-source'));
  const loc = msgs.find((m) => m.ruleId === 'unknown-locator')!;
  assert.equal(loc.fatal, false);
});
