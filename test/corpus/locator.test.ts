import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLocator, isLocatorError, formatCitation } from '../../src/core/corpus/locator.js';

function canon(s: string): string | undefined {
  const r = parseLocator(s);
  return isLocatorError(r) ? undefined : r.canonical;
}

test('canonical locators pass through unchanged', () => {
  for (const s of ['lp. 3.5.1', 'kap. 3.4.3', 'se. 10.2.2.1', 'fn. 45', 'fig. 16', 'kap. sammendrag', 'kap. 3.4.3 avsn. 2']) {
    assert.equal(canon(s), s);
  }
});

test('what writers type is normalised', () => {
  assert.equal(canon('lp 3.5.1'), 'lp. 3.5.1');
  assert.equal(canon('LP.3.5.1'), 'lp. 3.5.1');
  assert.equal(canon('læringspunkt 7.4.2'), 'lp. 7.4.2');
  assert.equal(canon('kapittel 2.2'), 'kap. 2.2');
  assert.equal(canon('fotnote 045'), 'fn. 45');
  assert.equal(canon('kap. 3.4.3, avsnitt 2'), 'kap. 3.4.3 avsn. 2');
  assert.equal(canon('kap. Vedlegg 1'), 'kap. vedlegg-1');
});

test('malformed locators are errors, not exceptions', () => {
  assert.deepEqual(parseLocator(''), { error: 'empty', input: '' });
  assert.equal((parseLocator('lp. ') as { error: string }).error, 'bad-number');
  assert.equal((parseLocator('xyz 3') as { error: string }).error, 'unknown-label');
  assert.equal((parseLocator('fn. 4.5') as { error: string }).error, 'bad-number');
  assert.equal((parseLocator('lp. 3') as { error: string }).error, 'bad-number');
});

test('formatCitation builds the canonical citation', () => {
  assert.equal(formatCitation('ks2021', 'lp. 3.5.1'), '[@ks2021, lp. 3.5.1]');
});
