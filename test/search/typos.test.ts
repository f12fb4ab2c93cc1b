import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TypoIndex } from '../../src/core/search/typos.js';

const words = new Set(['smittevern', 'evaluering', 'kriseledelsen', 'plan']);
const typos = new TypoIndex(() => words, (w) => words.has(w), 5);

test('one typo away: a letter left out, one too many, two neighbours swapped', () => {
  assert.deepEqual(typos.near('smitevern'), ['smittevern']);
  assert.deepEqual(typos.near('smittevernn'), ['smittevern']);
  assert.deepEqual(typos.near('smittevren'), ['smittevern']);
  assert.deepEqual(typos.near('kriseledlesen'), ['kriseledelsen']);
});

test('never a replaced letter, never the word itself, never a typed word under the minimum length', () => {
  assert.deepEqual(typos.near('evakuering'), []);
  assert.deepEqual(typos.near('smittevern'), []);
  assert.deepEqual(typos.near('plna'), []);
  // A typed word of five letters still finds a shorter word of the set by a doubled letter.
  assert.deepEqual(typos.near('plann'), ['plan']);
  assert.deepEqual(typos.near(''), []);
  assert.deepEqual(typos.near('smite vern'), []);
});
