/**
 * resources/schema/evidensplan.schema.json, generated from the zod definition of the
 * config (config-schema.ts). scripts/build-config-schema.ts writes it at build time;
 * test/lint/config-schema.test.ts fails when the committed file differs.
 * (A module of its own so that the extension bundles do not carry zod's JSON-schema writer.)
 */
import { z } from 'zod';
import { configSchema, schemaTexts, type RuleSchemaInfo } from './config-schema.js';
import { docsUrl } from './rule.js';
import { allRules } from './rules/index.js';

export const SCHEMA_ID = 'https://evidensplan.github.io/schema/evidensplan.schema.json';

/** What the schema says about each rule: its id, description, default level and page. */
export function schemaRules(): RuleSchemaInfo[] {
  return allRules.map(({ meta }) => ({ id: meta.id, description: meta.description, defaultSeverity: meta.defaultSeverity, url: docsUrl(meta) }));
}

/** The JSON schema (draft-07, as VS Code's JSON language service reads it) for these rules. */
export function configJsonSchema(rules: readonly RuleSchemaInfo[] = schemaRules()): Record<string, unknown> {
  // io 'input': the schema describes what the writer may type, before the parser's trimming.
  const generated = z.toJSONSchema(configSchema(rules), { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  // The header first, as a reader of the file expects it.
  return {
    $schema,
    $id: SCHEMA_ID,
    title: schemaTexts.title.en,
    description: schemaTexts.config.en,
    markdownDescription: schemaTexts.config.nb,
    // VS Code's JSON language service: the parser takes comments and trailing commas, so the editor does not flag them.
    allowComments: true,
    allowTrailingCommas: true,
    ...rest,
  };
}

/** The file's text: two-space JSON with a final newline. */
export function configJsonSchemaText(rules: readonly RuleSchemaInfo[] = schemaRules()): string {
  return JSON.stringify(configJsonSchema(rules), null, 2) + '\n';
}
