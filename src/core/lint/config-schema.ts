/**
 * The shape of `.evidensplan.jsonc`, defined once with zod. The parser
 * (config.ts) validates each part with it, and resources/schema/evidensplan.schema.json
 * (the JSON schema editors use to complete and check the file) is generated
 * from it (config-json-schema.ts, run by the build), so the two cannot drift.
 *
 * Descriptions come from resources/lang (`lint.config.schema`): English as the
 * schema's `description`, Bokmål as its `markdownDescription` (what VS Code shows).
 */
import { z } from 'zod';
import { catalogue, type Entry } from '../i18n.js';

const text = catalogue('lint.config.schema');

/** English `description` and Bokmål `markdownDescription`, as the editor shows them. */
function described(e: Entry, params: Record<string, string | Entry> = {}): { description: string; markdownDescription: string } {
  const fill = (s: string, lang: 'en' | 'nb') =>
    s.replace(/\{(\w+)\}/g, (m, k: string) => {
      const v = params[k];
      return v === undefined ? m : typeof v === 'string' ? v : v[lang];
    });
  return { description: fill(e.en, 'en'), markdownDescription: fill(e.nb, 'nb') };
}

export const LEVELS = ['off', 'info', 'warning', 'error'] as const;

/** A rule's level, as written in the config (aliases such as "warn" are turned into these first). */
export const levelSchema = z.enum(LEVELS).meta({ id: 'level', ...described(text.level) });

/** A rule's options: an object the rule reads (its page documents them). */
export const optionsSchema = z.record(z.string(), z.unknown()).meta(described(text.options));

/** `"warning"`, or `["warning"]`, or `["warning", { …options }]`. */
export const ruleSettingSchema = z.union([levelSchema, z.tuple([levelSchema, optionsSchema.optional()])]);

/** A path or glob: some text besides spaces (the parser trims it; the regex keeps the JSON schema saying the same). */
const nonEmpty = () =>
  z
    .string()
    .regex(/\S/)
    .trim()
    .meta({ patternErrorMessage: text.notBlank.nb });

/** Top-level keys, each validated on its own so that the valid parts of a config still apply. */
export const topLevelSchemas = {
  $schema: z.string().meta(described(text.schemaRef)),
  language: z.enum(['nb', 'nn', 'en']).meta({ ...described(text.language), default: 'nb', examples: ['nn'] }),
  bibliography: z
    .union([nonEmpty(), z.array(nonEmpty())])
    .meta({ ...described(text.bibliography), examples: ['kilder.bib', ['kilder.bib', 'lokale-kilder.yaml']] }),
  plans: z
    .union([z.array(nonEmpty()), nonEmpty()])
    .meta({ ...described(text.plans), examples: [['planer/**/*.md'], ['beredskap/*.md', 'sektorplaner/**/*.md']] }),
  export: z
    .strictObject({
      referenceDocx: nonEmpty()
        .optional()
        .meta({ ...described(text.referenceDocx), examples: ['maler/kommunemal.docx'] }),
    })
    .meta(described(text.export)),
} as const;

/** What the schema says about one rule (a rule's meta has all of it). */
export interface RuleSchemaInfo {
  id: string;
  description?: Entry;
  defaultSeverity?: string;
  /** The rule's page (URL), for the editor's link. */
  url?: string;
}

/** The `rules` object: the known rules by name (others are errors), or any name when none is given. */
export function rulesSchema(rules?: readonly RuleSchemaInfo[]) {
  const examples = [{ 'uncited-claim': 'off', misquote: ['error', { minWords: 4 }] }];
  if (!rules) return z.record(z.string(), ruleSettingSchema).meta({ ...described(text.rules), examples });
  const shape: Record<string, z.ZodOptional<typeof ruleSettingSchema>> = {};
  for (const r of rules) {
    const d = described(text.rule, { id: r.id, description: r.description ?? '', default: r.defaultSeverity ?? 'warning', url: r.url ?? '' });
    shape[r.id] = ruleSettingSchema.optional().meta({
      description: d.description.trim(),
      markdownDescription: d.markdownDescription.trim(),
      ...(r.defaultSeverity ? { default: r.defaultSeverity } : {}),
    });
  }
  return z.strictObject(shape).meta({ ...described(text.rules), examples });
}

/** The whole config, for the JSON schema (top-level keys not listed are flagged by editors). */
export function configSchema(rules?: readonly RuleSchemaInfo[]) {
  const { export: exportSchema, ...rest } = optionalAll(topLevelSchemas);
  return z.strictObject({ ...rest, rules: rulesSchema(rules).optional(), export: exportSchema });
}

function optionalAll<T extends Record<string, z.ZodType>>(shape: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as { [K in keyof T]: z.ZodOptional<T[K]> };
}

export const schemaTexts = { title: text.title, config: text.config };
