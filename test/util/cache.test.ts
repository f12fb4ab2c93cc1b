/**
 * The one bounded cache (src/core/util/cache.ts): least recently used out first, never more than
 * `max` entries, a computed entry computed once, and it bundles for the web worker with no Node module.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BoundedCache } from '../../src/core/util/cache.js';
// @ts-ignore -- plain .mjs build helper
import { noNodeModules } from '../../scripts/build-checks.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the least recently used entry goes first; reading an entry makes it recent', () => {
  const c = new BoundedCache<string, number>(3);
  c.set('a', 1).set('b', 2).set('c', 3);
  assert.equal(c.get('a'), 1); // a is now the most recent: b is the oldest
  c.set('d', 4);
  assert.deepEqual([c.has('a'), c.has('b'), c.has('c'), c.has('d')], [true, false, true, true]);
  assert.deepEqual(c.keys(), ['d', 'a', 'c']);
  c.set('c', 30); // overwriting refreshes too
  c.set('e', 5);
  assert.deepEqual(c.keys(), ['e', 'c', 'd']);
  assert.equal(c.get('c'), 30);
});

test('never more than max entries, however many are added', () => {
  const c = new BoundedCache<number, number>(50);
  let most = 0;
  for (let i = 0; i < 10_000; i++) {
    c.set(i, i * 2);
    most = Math.max(most, c.size);
  }
  assert.equal(most, 50);
  assert.deepEqual(c.values().slice(0, 3), [19_998, 19_996, 19_994]);
  assert.equal(c.get(0), undefined);
});

test('getOrCompute computes each key once while it is kept, null included, and again once evicted', () => {
  const c = new BoundedCache<string, string | null>(2);
  let calls = 0;
  const compute = (k: string) => {
    calls++;
    return k === 'none' ? null : k.toUpperCase();
  };
  assert.equal(c.getOrCompute('x', compute), 'X');
  assert.equal(c.getOrCompute('x', compute), 'X');
  assert.equal(c.getOrCompute('none', compute), null);
  assert.equal(c.getOrCompute('none', compute), null);
  assert.equal(calls, 2);
  c.getOrCompute('y', compute); // evicts x (none was used after it)
  assert.equal(calls, 3);
  c.getOrCompute('x', compute);
  assert.equal(calls, 4);
});

test('delete and clear', () => {
  const c = new BoundedCache<string, number>(4);
  c.set('a', 1).set('b', 2);
  assert.equal(c.delete('a'), true);
  assert.equal(c.delete('a'), false);
  assert.equal(c.size, 1);
  c.clear();
  assert.equal(c.size, 0);
});

test('a size that is not a whole number ≥ 1 is refused with a clear message', () => {
  for (const bad of [0, -1, 1.5, Number.NaN, Infinity]) assert.throws(() => new BoundedCache(bad), /max must be a whole number ≥ 1/);
});

test('the cache bundles for the web worker (platform browser, worker condition) without any Node module', async () => {
  const result = await build({
    stdin: { contents: "export { BoundedCache } from './src/core/util/cache.ts';\n", resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    conditions: ['worker'],
    mainFields: ['browser', 'module', 'main'],
    format: 'cjs',
    logLevel: 'silent',
    plugins: [noNodeModules('the cache test bundle')],
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.some((p) => /lru-cache\/dist\/.*browser\//.test(p)), `lru-cache's browser build is used: ${inputs.join(', ')}`);
  assert.doesNotMatch(result.outputFiles[0].text, /diagnostics_channel/);
});
