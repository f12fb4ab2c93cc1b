/**
 * The lint engine: one plan in, sorted LintMessages out. Each rule is a plain
 * function over the shared analysis (./rule.ts, ./context.ts), called directly
 * with a `report` callback; no per-rule processor, no hidden message fields.
 * A rule that throws becomes one `internal-error` message; nothing here throws
 * for bad input.
 */
import { catalogue, translate, type UiLanguage } from '../i18n.js';
import { analyzePlan, type PlanModel } from '../plan/analyze.js';
import type { SourceIndex } from '../cite/source.js';
import type { ReportIndex } from '../corpus/report-index.js';
import type { LintContext, ReportInput, SearchLike } from './context.js';
import type { ResolvedConfig, RuleLevel } from './config.js';
import { disabledAt, findDirectives } from './disable.js';
import { detectEol, fixWithEol } from './eol.js';
import type { RuleModule } from './rule.js';
import { allRules } from './rules/index.js';
import type { LintMessage, Severity } from './types.js';
import { CITATION_RULES, planTreatment } from './scope.js';

export interface LintOptions {
  filePath?: string;
  config?: ResolvedConfig;
  /** The built-in report index (key "ks2021"). */
  report: ReportIndex;
  /** Further sources by key (the report is added automatically). */
  sources?: ReadonlyMap<string, SourceIndex>;
  search?: SearchLike;
  now?: Date;
  uiLanguage?: UiLanguage;
  /** A plan model computed already for this text (the editor caches it). */
  plan?: PlanModel;
  /** Rules to run (default: all registered). */
  rules?: readonly RuleModule[];
  /** Asked between rules (the editor passes its request's cancellation): true stops, with the messages so far. */
  isCancelled?: () => boolean;
  /**
   * Treat the text as a plan (true) or as other Markdown (false), whatever its front
   * matter and the config's `plans` globs say. Default: a plan when the front matter
   * has `plantype` or `filePath` matches `config.plans` (see ./scope.ts).
   */
  treatAsPlan?: boolean;
}

/** Engine-level message ids (not rules; they cannot be configured off). */
export const FRONT_MATTER_ID = 'front-matter';
export const INTERNAL_ERROR_ID = 'internal-error';

const messages = catalogue('lint.engine');

/** The level a rule runs at under `config` (its default when the config is silent). */
export function ruleLevel(rule: Pick<RuleModule, 'meta'>, config?: ResolvedConfig): RuleLevel {
  return config?.rules[rule.meta.id]?.level ?? rule.meta.defaultSeverity;
}

function toMessage(plan: PlanModel, ruleId: string, severity: Severity, start: number, end: number, message: string, extra: Partial<LintMessage> = {}): LintMessage {
  const a = plan.lineCol(start);
  // The CR of a CRLF is part of the line break, not of the line: an end just after it is at the line's end.
  const text = plan.text;
  const b = plan.lineCol(end > start && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10 ? end - 1 : end);
  return {
    ruleId,
    severity,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    start,
    end,
    message,
    evidence: [],
    ...extra,
  };
}

export function lintText(text: string, opts: LintOptions): LintMessage[] {
  if (typeof text !== 'string') text = String(text ?? '');
  const plan = opts.plan && opts.plan.text === text ? opts.plan : analyzePlan(text);
  // No language chosen (setting, --lang, config): messages in the plan's own written standard.
  const lang: UiLanguage = opts.uiLanguage ?? opts.config?.language ?? plan.language ?? 'nb';
  const isPlan = planTreatment(plan.frontmatter, opts.filePath, opts.config, opts.treatAsPlan).plan;
  const t = (k: keyof typeof messages, p: Record<string, string | number> = {}) => translate(messages, k, lang, p);
  const out: LintMessage[] = [];

  // Front matter problems: one message each, at the key.
  for (const issue of plan.frontmatter.issues) {
    out.push(toMessage(plan, FRONT_MATTER_ID, 'warning', issue.start, issue.end, t(issue.code, { key: issue.key ?? '', value: issue.value ?? '', detail: issue.detail ?? '' })));
  }

  const sources = new Map<string, SourceIndex>(opts.sources ?? []);
  if (!sources.has(opts.report.source.key)) sources.set(opts.report.source.key, opts.report);
  const base: Omit<LintContext, 'options'> = { text, plan, report: opts.report, sources, search: opts.search, now: opts.now ?? new Date(), uiLanguage: lang };
  const eol = detectEol(text);
  const len = text.length;

  for (const rule of opts.rules ?? allRules) {
    if (opts.isCancelled?.()) break;
    const id = rule.meta.id;
    const level = ruleLevel(rule, opts.config);
    if (level === 'off') continue;
    // Other Markdown (a README, notes): the citation checks only.
    if (!isPlan && !CITATION_RULES.has(id)) continue;
    const report = (m: ReportInput) => {
      const start = clamp(m.start, 0, len);
      const end = clamp(m.end, start, len);
      out.push(toMessage(plan, m.ruleId ?? id, m.severity ?? level, start, end, m.message, {
        evidence: m.evidence ?? [],
        // Inserted line breaks follow the document's (CRLF stays CRLF), whatever the rule wrote.
        ...(m.fix ? { fix: fixWithEol(text, m.fix, eol) } : {}),
        ...(m.suggestions?.length ? { suggestions: m.suggestions.map((f) => fixWithEol(text, f, eol)) } : {}),
      }));
    };
    try {
      rule.check({ ...base, options: opts.config?.rules[id]?.options ?? {} }, report);
    } catch (err) {
      out.push(toMessage(plan, INTERNAL_ERROR_ID, 'error', 0, 0, t('internal', { rule: id, detail: String((err as Error)?.message ?? err) })));
    }
  }

  const directives = findDirectives(plan);
  const off = disabledAt(directives);
  const kept = out.filter((m) => m.ruleId === INTERNAL_ERROR_ID || !off(m.ruleId, m.start, m.line));
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return kept;
}

function clamp(x: number, lo: number, hi: number): number {
  const v = Math.floor(Number(x));
  return Number.isFinite(v) ? Math.max(lo, Math.min(hi, v)) : lo;
}
