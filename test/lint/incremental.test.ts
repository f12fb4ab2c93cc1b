/**
 * Re-lint after an edit, as the editor does it (the previous version's model
 * passed to analyzePlan, so unchanged blocks keep their parse and their rule
 * findings), gives exactly what a fresh lint of the new text gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { analyzePlan, type PlanModel } from '../../src/core/plan/analyze.js';
import { blockCacheSizes } from '../../src/core/lint/units.js';
import { lintText, type LintOptions } from '../../src/core/lint/engine.js';
import { parseConfig } from '../../src/core/lint/config.js';
import { report, search, NOW } from '../fixtures/lint/helpers.js';
import { generatePlan } from '../../bench/gen.js';

const plans: Array<[string, string]> = [
  ...readdirSync('examples')
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f): [string, string] => [f, readFileSync(`examples/${f}`, 'utf8')]),
  ['generated', generatePlan({ bytes: 6_000, seed: 5 })],
];

const base: LintOptions = { report: report(), search: search(), now: NOW };
const fresh = (text: string, opts: Partial<LintOptions> = {}) => lintText(text, { ...base, ...opts });
const again = (text: string, prev: PlanModel, opts: Partial<LintOptions> = {}) => {
  const plan = analyzePlan(text, prev);
  return { plan, messages: lintText(text, { ...base, ...opts, plan }) };
};

// Pieces that change what the rules see: citations (good, bad, malformed), quotes, numbers, claims, outdated terms, blank lines, headings, disables.
const pieces = [
  '[@ks2021, lp. 3.5.1]', '[@ks2021, lp. 3.5.9]', '[@ks2012, kap. 2]', '[@ks2021 lp 3.5.2]', '«', '»', '"', '«kommunene manglet smittevernutstyr»',
  ' 75 % ', ' halvparten ', 'Undersøkelsen viser at ', 'Fylkesmannen', 'rådmannen', '\n\n', '\n', '# ', '## Kriseledelse\n\n', '. ', 'x',
  '<!-- evidensplan-disable-next-line -->\n', '`kode`', '- ', '|a|b|\n|-|-|\n', '[lenke](https://example.org)',
  'tidligere Hedmark', ' og Oppland', ' (nå Statsforvalteren)', 'I 2019 ', 'helsesøster', 'Troms og\n\nFinnmark',
];

test('incremental re-lint equals a fresh lint over random edit sequences on the example plans', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...plans),
      fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 30 }), ins: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }) }), { minLength: 1, maxLength: 5 }),
      ([, start], edits) => {
        let text = start;
        let prev = analyzePlan(text);
        fresh(text, { plan: prev });
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins.join('') + text.slice(at + e.del);
          const { plan, messages } = again(text, prev);
          assert.deepStrictEqual(messages, fresh(text), JSON.stringify(e));
          prev = plan;
        }
      },
    ),
    { seed: 1313, numRuns: 60 },
  );
});

test('findings follow the context: a changed option, UI language or source set is not served from the previous version', () => {
  const text = plans.find(([n]) => n === 'pandemiplan.md')![1];
  const v1 = analyzePlan(text);
  fresh(text, { plan: v1 });
  const edited = text + '\nUndersøkelsen viser at kommunene manglet utstyr.\n';
  const v2 = analyzePlan(edited, v1);
  const en = lintText(edited, { ...base, plan: v2, uiLanguage: 'en' });
  assert.deepStrictEqual(en, fresh(edited, { uiLanguage: 'en' }));
  const one = parseConfig('{ "rules": { "uncited-claim": ["warning", { "suggestions": 1 }] } }');
  assert.deepStrictEqual(lintText(edited, { ...base, plan: v2, config: one }), fresh(edited, { config: one }));
  const noSearch = lintText(edited, { report: report(), now: NOW, plan: v2 });
  assert.deepStrictEqual(noSearch, lintText(edited, { report: report(), now: NOW }));
});

test('an unchanged block is not checked again: only the edited block reaches the rules', () => {
  const text = generatePlan({ bytes: 40_000, seed: 8 });
  const v1 = analyzePlan(text);
  fresh(text, { plan: v1 });
  // Count the passages the citation checks read: a block served from the previous version reads none.
  let reads = 0;
  const counting = new Map([...new Map([[report().source.key, report()]])].map(([k, src]) => [k, new Proxy(src, {
    get(target, prop, receiver) {
      if (prop === 'get') reads++;
      return Reflect.get(target, prop, receiver);
    },
  })]));
  const at = text.indexOf('. ', text.length >> 1) + 1;
  const edited = text.slice(0, at) + ' x' + text.slice(at);
  const first = analyzePlan(edited, v1);
  // Same sources object across the two runs (the context key holds their identity).
  lintText(edited, { ...base, plan: first, sources: counting as never });
  const cold = reads;
  reads = 0;
  const second = analyzePlan(edited + ' ', first);
  lintText(edited + ' ', { ...base, plan: second, sources: counting as never });
  assert.ok(cold > 50, `a first lint with these sources reads every cited passage (${cold})`);
  assert.ok(reads * 10 < cold, `after a one-character edit only the touched block is read again (${reads} of ${cold})`);
});

test('rule caches hold only the current version\'s blocks, however long the edit history', () => {
  let text = generatePlan({ bytes: 20_000, seed: 6 });
  let prev = analyzePlan(text);
  fresh(text, { plan: prev });
  for (let i = 0; i < 40; i++) {
    const at = Math.floor((((i * 7919) % 97) / 97) * text.length);
    text = text.slice(0, at) + 'y' + text.slice(at);
    prev = analyzePlan(text, prev);
    fresh(text, { plan: prev });
  }
  const sizes = blockCacheSizes(prev);
  assert.ok(sizes.length >= 4, `the block rules keep caches (${sizes.length})`);
  for (const n of sizes) assert.ok(n <= prev.blocks.length, `${n} entries for ${prev.blocks.length} blocks`);
});
