/** Each rule page's examples are real: the bad one triggers the rule, the good one does not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { lint, only, search } from '../fixtures/lint/helpers.js';
import { allRules } from '../../src/core/lint/rules/index.js';

const MINE = ['unknown-source', 'unknown-locator', 'misquote', 'number-mismatch', 'uncited-claim'];

function examples(md: string, kind: 'bad' | 'good'): string[] {
  const out: string[] = [];
  const re = new RegExp('^```md ' + kind + '\\n([\\s\\S]*?)^```', 'gm');
  for (const m of md.matchAll(re)) out.push(m[1]);
  return out;
}

for (const id of MINE) {
  test(`docs/rules/${id}.md: bad example flagged, good example clean, message as documented`, () => {
    const rule = allRules.find((r) => r.meta.id === id);
    assert.ok(rule, `${id} is registered`);
    assert.equal(rule.meta.docs, `docs/rules/${id}.md`);
    const md = readFileSync(rule.meta.docs, 'utf8');
    const bad = examples(md, 'bad');
    const good = examples(md, 'good');
    assert.ok(bad.length && good.length, 'has both examples');
    for (const b of bad) {
      const ms = only(lint(b, { search: search() }), id);
      assert.ok(ms.length > 0, `bad example flagged:\n${b}`);
      const documented = /^Message: `(.*)`$/m.exec(md)?.[1];
      if (documented) assert.equal(ms[0].message, documented);
    }
    for (const g of good) assert.deepEqual(only(lint(g, { search: search() }), id), [], `good example clean:\n${g}`);
  });
}

test('every registered rule has a page', () => {
  for (const r of allRules) assert.ok(existsSync(r.meta.docs), r.meta.docs);
});
