import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';

// The built preset, as remark-cli users import it through the package export.
test('the bundled remark preset (evidensplan/remark-preset) reports the rules through unified', async () => {
  const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { exports: Record<string, string> };
  const entry = new URL(`../../${pkg.exports['./remark-preset']}`, import.meta.url);
  const preset = (await import(entry.href)).default;
  const file = new VFile({ path: 'plan.md', value: '# Plan\n\nFylkesmannen har ansvaret [@ks2021, lp. 9.9.9].\n' });
  const proc = unified().use(remarkParse).use(preset);
  await proc.run(proc.parse(file), file);
  const ids = file.messages.map((m) => m.ruleId);
  assert.ok(ids.includes('unknown-locator'), `got ${ids.join(', ')}`);
  assert.ok(ids.includes('outdated-term'), `got ${ids.join(', ')}`);
  const outdated = file.messages.find((m) => m.ruleId === 'outdated-term')!;
  assert.equal(outdated.line, 3);
  assert.equal(outdated.column, 1);
});
