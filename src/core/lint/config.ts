/**
 * Lint configuration (`.evidensplan.jsonc`): parsing and resolution, pure.
 * Which file applies to a document is config-lookup.ts (one look-up for the
 * CLI and the editor, with the file system handed in).
 *
 *   { "$schema": "…", "language": "nb" | "nn" | "en",
 *      "plans": ["planer/**\/*.md", …],
 *     "rules": { "<id>": "off" | "info" | "warning" | "error" | ["warning", { …options }] },
 *     "export": { "referenceDocx": "…" } }
 *
 * The shape is defined once, with zod, in config-schema.ts; the JSON schema editors
 * use is generated from the same definition. Problems are located with jsonc-parser's
 * tree (the node the problem is about), never by searching the text.
 */
import { createScanner, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { catalogue, isUiLanguage, translate, type UiLanguage } from '../i18n.js';
import { lineIndex } from '../plan/lines.js';
import { decodeUtf8 } from '../sources/decode.js';
import { LEVELS, ruleSettingSchema, topLevelSchemas } from './config-schema.js';
import type { Severity } from './types.js';

export type RuleLevel = Severity | 'off';

export interface RuleSetting {
  level: RuleLevel;
  options: Record<string, unknown>;
}

export interface ConfigError {
  /** The config file ('' for a config given inline). */
  file: string;
  /** 1-based start of what the message is about. */
  line: number;
  column: number;
  /** 1-based end (exclusive), when the problem is a stretch of text (a key, a value). */
  endLine?: number;
  endColumn?: number;
  message: string;
}

export interface ResolvedConfig {
  /** Path of the file the config came from, if any. */
  file?: string;
  /** Message language, if the config sets one. */
  language?: UiLanguage;
  /**
   * Globs (relative to the config's folder) of the Markdown files that are plans, besides
   * those with `plantype` in their front matter. Other Markdown gets the citation checks only.
   */
  plans?: string[];
  /** Per rule id: only the rules the config mentions (others use their defaults). */
  rules: Record<string, RuleSetting>;
  /** Bibliography files (CSL-JSON, CSL-YAML, BibTeX) whose keys are known sources, relative to the config file. */
  bibliography?: string[];
  /** `export.referenceDocx`: the municipality's Word template, relative to the config file. */
  referenceDocx?: string;
  /** Problems found while reading the config; the valid parts still apply. */
  errors: ConfigError[];
}

/** A config is a few hundred bytes; anything this large is not one (and is not read whole). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deeper nesting than this is refused before parsing (the parser recurses). */
export const MAX_CONFIG_DEPTH = 64;

const LEVEL_SET = new Set<string>(LEVELS);
/** Accepted for convenience (remark-lint and ESLint habits); the schema shows only the four levels. */
const LEVEL_ALIASES: Record<string, RuleLevel> = { warn: 'warning', on: 'warning', information: 'info', hint: 'info' };

const messages = catalogue('lint.config');
const syntaxMessages = catalogue('lint.config-syntax');
const kindNames = catalogue('node.file-kind');
type MessageKey = keyof typeof messages;

/** What is wrong with each top-level key, as the writer reads it. */
const TOP_LEVEL_MESSAGE: Record<keyof typeof topLevelSchemas, MessageKey> = {
  $schema: 'badSchema',
  language: 'badLanguage',
  bibliography: 'badBibliography',
  plans: 'badPlans',
  export: 'badExport',
};

export function emptyConfig(): ResolvedConfig {
  return { rules: {}, errors: [] };
}

/** A level as written ("Warning", "warn") → the level, or undefined. */
function level(x: unknown): RuleLevel | undefined {
  if (typeof x !== 'string') return undefined;
  const v = x.toLowerCase();
  if (LEVEL_SET.has(v)) return v as RuleLevel;
  return LEVEL_ALIASES[v];
}

/** A rule's setting with the level's spelling made canonical, so the schema sees what the rule gets. */
function canonicalSetting(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? [level(v[0]) ?? v[0], ...v.slice(1)] : v;
  return level(v) ?? v;
}

type Segment = string | number;

/**
 * The node a problem at `path` is about: the value there (or, with `key`, the property
 * name), else the deepest node on the way. With a key written twice, the last one
 * counts, as it does for the parser's value.
 */
function nodeAt(root: Node, path: readonly PropertyKey[], key = false): Node {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: Node | undefined;
    if (node.type === 'object' && typeof seg === 'string') {
      const prop = node.children?.filter((p) => p.children?.[0]?.value === seg).at(-1);
      if (prop?.children) next = key && i === path.length - 1 ? prop.children[0] : (prop.children[1] ?? prop.children[0]);
    } else if (node.type === 'array' && typeof seg === 'number') {
      next = node.children?.[seg];
    }
    if (!next) break;
    node = next;
  }
  return node;
}

// jsonc-parser's SyntaxKind is a const enum (not importable under isolatedModules): its values.
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 } as const;

/**
 * Of a union's failed alternatives, the issue that got furthest into the value (for
 * `["warning", 5]`, the 5 the tuple stumbled on rather than the whole array).
 */
function deepest(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  let best: z.core.$ZodIssue = issue;
  let bestDepth = issue.path.length;
  for (const branch of issue.errors) {
    if (!branch.length) continue;
    const inner = deepest(branch[0]);
    const candidate = { ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue;
    if (candidate.path.length > bestDepth) {
      best = candidate;
      bestDepth = candidate.path.length;
    }
  }
  return best;
}

/** The offset where nesting first goes deeper than `max` (strings and comments skipped), or -1. */
function tooDeepAt(text: string, max: number): number {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== TOKEN.eof; kind = scanner.scan()) {
    if (kind === TOKEN.openBrace || kind === TOKEN.openBracket) {
      if (++depth > max) return scanner.getTokenOffset();
    } else if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}

/**
 * Parses a config file's text. Never throws: problems are listed in `errors`
 * (with line and column) and the rest of the config still applies.
 * `knownRules`, when given, flags rule ids that do not exist.
 */
export function parseConfig(text: string, file = '', knownRules?: ReadonlySet<string>, lang: UiLanguage = 'nb'): ResolvedConfig {
  const cfg: ResolvedConfig = { file: file || undefined, rules: {}, errors: [] };
  const t = (k: MessageKey, p: Record<string, string | number> = {}) => translate(messages, k, lang, p);
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = lineIndex(src);
  const at = (start: number, end: number, message: string) => {
    const s = lines.lineCol(start);
    const e = lines.lineCol(Math.max(start, end));
    cfg.errors.push({ file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, message });
  };
  const atNode = (n: Node, message: string) => at(n.offset, n.offset + n.length, message);

  const deep = tooDeepAt(src, MAX_CONFIG_DEPTH);
  if (deep >= 0) {
    at(deep, deep + 1, t('tooDeep', { max: MAX_CONFIG_DEPTH }));
    return cfg;
  }
  const errs: ParseError[] = [];
  const root = parseTree(src, errs, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errs.length) {
    const e = errs[0];
    const code = printParseErrorCode(e.error);
    const detail = code in syntaxMessages ? `${translate(syntaxMessages, code, lang)} (${code})` : code;
    at(e.offset, e.offset + e.length, t('syntax', { detail }));
    return cfg;
  }
  if (!root || root.type !== 'object') {
    if (root) atNode(root, t('notObject'));
    else at(0, 0, t('notObject'));
    return cfg;
  }
  const data = getNodeValue(root) as Record<string, unknown>;
  // Each part on its own: one message per part, at the node it is about; the valid parts apply.
  const check = <S extends z.ZodType>(schema: S, value: unknown, path: Segment[], message: string): z.output<S> | undefined => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    const issue = deepest(r.error.issues[0]);
    const unknownKey = issue.code === 'unrecognized_keys';
    const where = unknownKey ? [...path, ...issue.path, issue.keys[0]] : [...path, ...issue.path];
    atNode(nodeAt(root, where, unknownKey), message);
    return undefined;
  };

  for (const key of Object.keys(topLevelSchemas) as (keyof typeof topLevelSchemas)[]) {
    if (!Object.hasOwn(data, key) || data[key] === undefined) continue;
    const value = data[key];
    const message =
      key === 'language' ? t('badLanguage', { value: JSON.stringify(value) ?? String(value) }) : t(TOP_LEVEL_MESSAGE[key]);
    const parsed = check(topLevelSchemas[key], value, [key], message);
    if (parsed === undefined) continue;
    if (key === 'language' && isUiLanguage(parsed)) cfg.language = parsed;
    else if (key === 'bibliography') cfg.bibliography = typeof parsed === 'string' ? [parsed] : (parsed as string[]);
    else if (key === 'plans') cfg.plans = typeof parsed === 'string' ? [parsed] : (parsed as string[]);
    else if (key === 'export') cfg.referenceDocx = (parsed as { referenceDocx?: string }).referenceDocx;
  }

  const rules = Object.hasOwn(data, 'rules') ? data.rules : undefined;
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      atNode(nodeAt(root, ['rules']), t('badRules'));
    } else {
      for (const [id, v] of Object.entries(rules as Record<string, unknown>)) {
        if (knownRules && !knownRules.has(id)) {
          atNode(nodeAt(root, ['rules', id], true), t('unknownRule', { rule: id }));
          continue;
        }
        const raw = Array.isArray(v) ? v[0] : v;
        const lv = level(raw);
        const message = lv ? t('badOptions', { rule: id }) : t('badLevel', { rule: id, value: JSON.stringify(raw) ?? String(raw) });
        const parsed = check(ruleSettingSchema, canonicalSetting(v), ['rules', id], message);
        if (parsed === undefined) continue;
        cfg.rules[id] = typeof parsed === 'string' ? { level: parsed, options: {} } : { level: parsed[0], options: parsed[1] ?? {} };
      }
    }
  }
  return cfg;
}

/**
 * A config file's bytes → the config. Too large, binary or not UTF-8: one message
 * saying so (at the first bad byte's line), and the defaults apply.
 */
export function decodeConfig(bytes: Uint8Array, file = '', knownRules?: ReadonlySet<string>, lang: UiLanguage = 'nb'): ResolvedConfig {
  const decoded = decodeUtf8(bytes, MAX_CONFIG_BYTES);
  if ('text' in decoded) return parseConfig(decoded.text, file, knownRules, lang);
  if (decoded.problem === 'too-large') return configProblem(file, translate(messages, 'tooLarge', lang, { size: formatBytes(decoded.bytes), max: formatBytes(MAX_CONFIG_BYTES) }));
  // Where the bad byte is: the line and column of the text before it.
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, decoded.byte));
  const pos = lineIndex(before).lineCol(before.length);
  const message = decoded.binary ? translate(messages, 'binary', lang) : translate(messages, 'notUtf8', lang, { byte: decoded.byte + 1 });
  return { file: file || undefined, rules: {}, errors: [{ file, line: pos.line, column: pos.column, message }] };
}

/** Why a config file could not be read at all. */
export type ConfigReadProblem = { notFound: true } | { notRegular: string } | { tooLarge: number } | { error: string };

/** A config that could not be read: the defaults, and one message at the top of the file. */
export function unreadableConfig(file: string, problem: ConfigReadProblem, lang: UiLanguage = 'nb'): ResolvedConfig {
  const t = (k: MessageKey, p: Record<string, string | number> = {}) => translate(messages, k, lang, p);
  const message =
    'notFound' in problem
      ? t('notFound')
      : 'notRegular' in problem
        ? t('notRegular', { kind: translate(kindNames, problem.notRegular in kindNames ? problem.notRegular : 'other', lang) })
        : 'tooLarge' in problem
          ? t('tooLarge', { size: formatBytes(problem.tooLarge), max: formatBytes(MAX_CONFIG_BYTES) })
          : t('unreadable', { detail: problem.error });
  return configProblem(file, message);
}

function configProblem(file: string, message: string): ResolvedConfig {
  return { file: file || undefined, rules: {}, errors: [{ file, line: 1, column: 1, message }] };
}

/** The CLI's closing words on a config problem: linting goes on. */
export function configGoesOn(lang: UiLanguage = 'nb'): string {
  return translate(messages, 'goesOn', lang);
}
