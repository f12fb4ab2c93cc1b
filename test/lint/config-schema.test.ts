/**
 * resources/schema/evidensplan.schema.json is generated from the zod definition the parser
 * validates with: the committed file is what the generator writes, it keeps what editors
 * show (descriptions, rule ids, levels, defaults, examples), and it accepts exactly the
 * configs the parser accepts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { configJsonSchemaText } from '../../src/core/lint/config-json-schema.js';
import { parseConfig } from '../../src/core/lint/config.js';
import { allRules, ruleIds } from '../../src/core/lint/rules/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA = path.join(root, 'resources/schema/evidensplan.schema.json');
type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

test('the committed schema is the generated one (run `npm run build` after changing the config or a rule)', () => {
  assert.equal(readFileSync(SCHEMA, 'utf8'), configJsonSchemaText(), 'resources/schema/evidensplan.schema.json is stale');
  const check = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-config-schema.ts'), '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test('the build\'s check fails on a stale schema, and the build rewrites it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-schema-'));
  const stale = path.join(dir, 'evidensplan.schema.json');
  const edited = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Schema;
  delete edited.properties.rules.properties['stale-review'];
  writeFileSync(stale, JSON.stringify(edited, null, 2) + '\n');
  const script = path.join(root, 'scripts/build-config-schema.ts');
  const check = spawnSync(process.execPath, ['--import', 'tsx', script, '--check', '--file', stale], { cwd: root, encoding: 'utf8' });
  assert.equal(check.status, 1);
  assert.match(check.stderr, /out of date/);
  const write = spawnSync(process.execPath, ['--import', 'tsx', script, '--file', stale], { cwd: root, encoding: 'utf8' });
  assert.equal(write.status, 0, write.stderr);
  assert.equal(readFileSync(stale, 'utf8'), readFileSync(SCHEMA, 'utf8'));
});

test('editors get what they showed before: descriptions in Bokmål, every rule id with its default, levels, examples', () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Schema;
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(schema.$id, 'https://evidensplan.github.io/schema/evidensplan.schema.json');
  assert.equal(schema.additionalProperties, false);
  assert.equal(schema.allowTrailingCommas, true, 'the parser takes trailing commas, so VS Code must not flag them');
  assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'bibliography', 'export', 'language', 'plans', 'rules']);
  for (const [key, p] of Object.entries(schema.properties as Record<string, Schema>)) {
    assert.ok(p.description, `${key}: an English description`);
    assert.ok(p.markdownDescription, `${key}: a Bokmål description for the editor`);
  }
  assert.match(schema.properties.plans.markdownDescription, /Filmønstre/);
  assert.deepEqual(schema.properties.language.enum, ['nb', 'nn', 'en']);
  assert.equal(schema.properties.language.default, 'nb');
  assert.deepEqual(schema.definitions.level.enum, ['off', 'info', 'warning', 'error']);
  const rules = schema.properties.rules;
  assert.equal(rules.additionalProperties, false);
  assert.deepEqual(Object.keys(rules.properties), allRules.map((r) => r.meta.id));
  for (const r of allRules) {
    const p = rules.properties[r.meta.id];
    assert.equal(p.default, r.meta.defaultSeverity, `${r.meta.id}: its default level`);
    assert.ok(p.markdownDescription.startsWith(r.meta.description.nb), `${r.meta.id}: its Bokmål description`);
    assert.ok(p.markdownDescription.includes(r.meta.docs), `${r.meta.id}: a link to its page`);
  }
  assert.ok(rules.examples?.length);
  assert.deepEqual(schema.properties.export.properties.referenceDocx.examples, ['maler/kommunemal.docx']);
  assert.match(schema.properties.export.properties.referenceDocx.markdownDescription, /Kommunens Word-mal/);
});

test('the schema and the parser accept the same configs', () => {
  const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
  const ids = [...ruleIds];
  const text = fc.constantFrom('a.bib', '  a.bib ', '', '   ', 'planer/**/*.md');
  const level = fc.constantFrom('off', 'info', 'warning', 'error', 'loud', 3, null);
  const setting = fc.oneof(level, fc.tuple(level), fc.tuple(level, fc.constantFrom({}, { minWords: 4 }, 5, 'x', [])), fc.constant([]), fc.constant(['warning', {}, 1]));
  const config = fc.record(
    {
      $schema: fc.constantFrom('./schema.json', 3),
      language: fc.constantFrom('nb', 'nn', 'en', 'sv', 1, null),
      bibliography: fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.constantFrom(5, {}, null)),
      plans: fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.constantFrom(3, {}, [3])),
      rules: fc.oneof(fc.dictionary(fc.constantFrom(...ids, 'no-such-rule'), setting, { maxKeys: 4 }), fc.constantFrom('x', [], null)),
      export: fc.oneof(fc.record({ referenceDocx: text }, { requiredKeys: [] }), fc.constantFrom({ referenceDoc: 'x.docx' }, 'x.docx', null)),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(config, (c) => {
      const schemaSays = validate(c) as boolean;
      const parsed = parseConfig(JSON.stringify(c, null, 2), 'c.jsonc', ruleIds, 'en');
      assert.equal(parsed.errors.length === 0, schemaSays, `${JSON.stringify(c)}\nschema: ${JSON.stringify(validate.errors)}\nparser: ${JSON.stringify(parsed.errors)}`);
    }),
    { numRuns: 1500 },
  );
});

test('VS Code is given the generated schema for the config\'s name and for named variants (ci.evidensplan.jsonc)', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string | string[]; url: string }[] } };
  const entries = pkg.contributes.jsonValidation.filter((j) => path.resolve(root, j.url) === SCHEMA);
  assert.equal(entries.length, 1);
  const matches = ([] as string[]).concat(entries[0].fileMatch);
  assert.ok(matches.includes('.evidensplan.jsonc') && matches.includes('*.evidensplan.jsonc'), JSON.stringify(matches));
});
