/** Finding `.evidensplan.jsonc` by walking up, and reading it without ever throwing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseJsonc } from 'jsonc-parser';
import { findConfig, loadConfig, ConfigResolver, CONFIG_NAME } from '../../src/node/config.js';
import { allRules } from '../../src/core/lint/rules/index.js';

test('findConfig walks up from the file to the nearest config', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'evidensplan-cfg-'));
  mkdirSync(path.join(root, 'a/b/c'), { recursive: true });
  writeFileSync(path.join(root, CONFIG_NAME), '{}');
  writeFileSync(path.join(root, 'a', CONFIG_NAME), '{ "language": "nn" }');
  assert.equal(findConfig(path.join(root, 'a/b/c/plan.md')), path.join(root, 'a', CONFIG_NAME));
  assert.equal(findConfig(path.join(root, 'plan.md')), path.join(root, CONFIG_NAME));
  assert.equal(findConfig(path.join(root, 'a/b')), path.join(root, 'a', CONFIG_NAME));
  const resolver = new ConfigResolver();
  assert.equal(resolver.forFile(path.join(root, 'a/b/c/plan.md')).language, 'nn');
  assert.equal(resolver.forFile(path.join(root, 'x.md')).language, undefined);
});

test('loadConfig: a missing or broken file is an error with file and line, never a throw', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'evidensplan-cfg-'));
  const missing = loadConfig(path.join(root, 'nope.jsonc'));
  assert.equal(missing.errors.length, 1);
  const f = path.join(root, CONFIG_NAME);
  writeFileSync(f, '{\n  // kommentar\n  "rules": { "misquote": "error" }\n  "language": "en"\n}');
  const broken = loadConfig(f);
  assert.equal(broken.errors[0].file, f);
  assert.equal(broken.errors[0].line, 4);
  writeFileSync(f, '\ufeff{ "rules": { "misquote": ["error", { "minWords": 4 }], }, }');
  assert.deepEqual(loadConfig(f).rules, { misquote: { level: 'error', options: { minWords: 4 } } });
});

test('the JSON schema accepts what the parser accepts and names every rule', () => {
  const schema = JSON.parse(readFileSync('resources/schema/evidensplan.schema.json', 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), allRules.map((r) => r.meta.id).sort());
  const validate = new Ajv({ strict: false }).compile(schema);
  const good = parseJsonc('{ "$schema": "x", "language": "nn", "rules": { "misquote": "off", "uncited-claim": ["info", { "suggestions": 2 }] } }');
  assert.ok(validate(good), JSON.stringify(validate.errors));
  for (const bad of ['{ "language": "sv" }', '{ "rules": { "misquote": "loud" } }', '{ "rules": { "no-such-rule": "off" } }', '{ "extra": 1 }']) {
    assert.equal(validate(parseJsonc(bad)), false, bad);
  }
});
