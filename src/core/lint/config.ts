/**
 * Lint configuration (`.evidensplan.jsonc`): parsing and resolution, pure.
 * Finding the file on disk is src/node/config.ts.
 *
 *   { "$schema": "…", "language": "nb" | "nn" | "en",
 *      "plans": ["planer/**\/*.md", …],
 *     "rules": { "<id>": "off" | "info" | "warning" | "error" | ["warning", { …options }] } }
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { catalogue, isUiLanguage, translate, type UiLanguage } from '../i18n.js';
import type { Severity } from './types.js';

export type RuleLevel = Severity | 'off';

export interface RuleSetting {
  level: RuleLevel;
  options: Record<string, unknown>;
}

export interface ConfigError {
  /** The config file ('' for a config given inline). */
  file: string;
  line: number;
  column: number;
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
  /** Problems found while reading the config; the valid parts still apply. */
  errors: ConfigError[];
}

const LEVELS = new Set(['off', 'info', 'warning', 'error']);
/** Accepted for convenience (remark-lint and ESLint habits). */
const LEVEL_ALIASES: Record<string, RuleLevel> = { warn: 'warning', on: 'warning', information: 'info', hint: 'info' };

const messages = catalogue('lint.config');

export function emptyConfig(): ResolvedConfig {
  return { rules: {}, errors: [] };
}

function lineColAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

function level(x: unknown): RuleLevel | undefined {
  if (typeof x !== 'string') return undefined;
  const v = x.toLowerCase();
  if (LEVELS.has(v)) return v as RuleLevel;
  return LEVEL_ALIASES[v];
}

/**
 * Parses a config file's text. Never throws: problems are listed in `errors`
 * (with line and column) and the rest of the config still applies.
 * `knownRules`, when given, flags rule ids that do not exist.
 */
export function parseConfig(text: string, file = '', knownRules?: ReadonlySet<string>, lang: UiLanguage = 'nb'): ResolvedConfig {
  const cfg: ResolvedConfig = { file: file || undefined, rules: {}, errors: [] };
  const t = (k: keyof typeof messages, p: Record<string, string | number> = {}) => translate(messages, k, lang, p);
  const errs: ParseError[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const data = parseJsonc(src, errs, { allowTrailingComma: true, disallowComments: false });
  const at = (offset: number, message: string) => cfg.errors.push({ file, ...lineColAt(src, offset), message });
  if (errs.length) {
    const e = errs[0];
    at(e.offset, t('syntax', { detail: printParseErrorCode(e.error) }));
    return cfg;
  }
  if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
    at(0, t('notObject'));
    return cfg;
  }
  const find = (needle: string) => Math.max(0, src.indexOf(needle));
  const obj = data as Record<string, unknown>;
  if (obj.language !== undefined) {
    if (isUiLanguage(obj.language)) cfg.language = obj.language;
    else at(find('"language"'), t('badLanguage', { value: JSON.stringify(obj.language) }));
  }
  if (obj.bibliography !== undefined) {
    const b = obj.bibliography;
    if (typeof b === 'string' && b.trim()) cfg.bibliography = [b.trim()];
    else if (Array.isArray(b) && b.every((x) => typeof x === 'string' && x.trim())) cfg.bibliography = b.map((x: string) => x.trim());
    else at(find('"bibliography"'), t('badBibliography'));
  }
  if (obj.plans !== undefined) {
    if (Array.isArray(obj.plans) && obj.plans.every((g) => typeof g === 'string')) cfg.plans = (obj.plans as string[]).filter((g) => g.trim());
    else if (typeof obj.plans === 'string' && obj.plans.trim()) cfg.plans = [obj.plans];
    else at(find('"plans"'), t('badPlans'));
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      at(find('"rules"'), t('badRules'));
    } else {
      for (const [id, v] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (knownRules && !knownRules.has(id)) {
          at(find(`"${id}"`), t('unknownRule', { rule: id }));
          continue;
        }
        const raw = Array.isArray(v) ? v[0] : v;
        const lv = level(raw);
        if (!lv) {
          at(find(`"${id}"`), t('badLevel', { rule: id, value: JSON.stringify(raw) }));
          continue;
        }
        const opts = Array.isArray(v) && v[1] && typeof v[1] === 'object' && !Array.isArray(v[1]) ? (v[1] as Record<string, unknown>) : {};
        cfg.rules[id] = { level: lv, options: opts };
      }
    }
  }
  return cfg;
}
