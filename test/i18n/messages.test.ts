/**
 * resources/lang/{nb,nn,en}.json: every message in Bokmål has an English text
 * with the same placeholders; Nynorsk, where given, too; no language holds a
 * message Bokmål lacks; and every namespace is used by the code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, translate } from '../../src/core/i18n.js';
import { kindLabel } from '../../src/core/kinds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
type Texts = Record<string, Record<string, string>>;
const load = (l: string) => JSON.parse(readFileSync(path.join(root, 'resources/lang', `${l}.json`), 'utf8')) as Texts;
const nb = load('nb');
const nn = load('nn');
const en = load('en');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

test('every Bokmål message has an English one with the same placeholders', () => {
  const problems: string[] = [];
  for (const [ns, msgs] of Object.entries(nb)) {
    for (const [key, text] of Object.entries(msgs)) {
      const e = en[ns]?.[key];
      if (e === undefined) problems.push(`${ns}.${key}: no English text`);
      else if (placeholders(e) !== placeholders(text)) problems.push(`${ns}.${key}: en has {${placeholders(e)}}, nb {${placeholders(text)}}`);
      const n = nn[ns]?.[key];
      if (n !== undefined && placeholders(n) !== placeholders(text)) problems.push(`${ns}.${key}: nn has {${placeholders(n)}}, nb {${placeholders(text)}}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('English and Nynorsk hold no message that Bokmål lacks', () => {
  for (const [name, other] of [['en', en], ['nn', nn]] as const) {
    for (const [ns, msgs] of Object.entries(other)) {
      for (const key of Object.keys(msgs)) assert.ok(nb[ns]?.[key] !== undefined, `${name}: ${ns}.${key} is not in nb.json`);
    }
  }
});

test('every namespace is taken by some module under src/', () => {
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/(?:catalogue|entry)\('([^']+)'/g)) used.add(m[1]);
    }
  };
  walk(path.join(root, 'src'));
  assert.deepEqual(Object.keys(nb).filter((ns) => !used.has(ns)), []);
});

test('Nynorsk falls back to Bokmål, and placeholders are filled', () => {
  const onlyNb = Object.entries(nb).flatMap(([ns, msgs]) => Object.keys(msgs).filter((k) => nn[ns]?.[k] === undefined).map((k) => [ns, k] as const));
  if (onlyNb.length) {
    const [ns, key] = onlyNb[0];
    assert.equal(translate(catalogue(ns as 'kind'), key, 'nn'), nb[ns][key].replace(/\{(\w+)\}/g, '{$1}'));
  }
  const m = catalogue('cli.lookup');
  assert.match(translate(m, 'none', 'en', { query: 'evakuering' }), /evakuering/);
  assert.doesNotMatch(translate(m, 'none', 'nb', { query: 'x' }), /\{query\}/);
});

test('one label per finding kind, in every language', () => {
  assert.equal(kindLabel('learning-point', 'nb'), 'læringspunkt');
  assert.equal(kindLabel('learning-point', 'nb', { capital: true }), 'Læringspunkt');
  assert.equal(kindLabel('example', 'en'), 'municipal example');
  assert.equal(kindLabel('key-experience', 'nn', { capital: true }), 'Sentral erfaring');
});
