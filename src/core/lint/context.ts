/**
 * The context every rule reads, and the one way rules report. A rule is a
 * unified-lint-rule plugin; inside it:
 *
 *   const ctx = getContext(file);          // text, plan model, report index, search, options…
 *   report(file, { ruleId: meta.id, start, end, message, evidence, fix, suggestions });
 *
 * The engine (./engine.ts) sets the context up before running the rules. Under
 * remark-cli (./preset.ts) the preset's first plugin sets it up the same way.
 */
import type { VFile } from 'vfile';
import type { UiLanguage } from '../i18n.js';
import type { PlanModel } from '../plan/analyze.js';
import { analyzePlan } from '../plan/analyze.js';
import type { SourceIndex } from '../cite/source.js';
import type { ReportIndex } from '../corpus/report-index.js';
import type { Finding, FindingKind } from '../model.js';
import type { Fix } from './types.js';

/** What rules need from the full-text search (core/search's EvidenceSearch satisfies it). */
export interface SearchLike {
  search(
    query: string,
    opts?: { limit?: number; kinds?: FindingKind[]; context?: string },
  ): { finding: Finding; score: number }[];
}

export interface LintContext {
  text: string;
  plan: PlanModel;
  /** The built-in report (key "ks2021"). */
  report: ReportIndex;
  /** Every loaded source by key (the report included). */
  sources: ReadonlyMap<string, SourceIndex>;
  search?: SearchLike;
  now: Date;
  /** Language of messages and fix titles. */
  uiLanguage: UiLanguage;
  /** This rule's options from the config (empty object when none). */
  options: Record<string, unknown>;
}

/** What a rule reports: offsets into the plan (half-open). */
export interface ReportInput {
  ruleId: string;
  start: number;
  end: number;
  message: string;
  evidence?: string[];
  fix?: Fix;
  suggestions?: Fix[];
  /** A lower severity for this message only ('info': a note, whatever the rule's level). */
  severity?: 'info';
}

/** Payload attached to each vfile message so the engine can rebuild a LintMessage. */
export interface ReportPayload {
  start: number;
  end: number;
  evidence: string[];
  fix?: Fix;
  suggestions?: Fix[];
  severity?: 'info';
}

interface ContextData {
  base: Omit<LintContext, 'options'>;
  /** Options per rule id, from the config. */
  options: Record<string, Record<string, unknown>>;
  /** The rule currently running (set by the engine before each rule). */
  current?: string;
}

const KEY = 'evidensplan';

export function setContext(file: VFile, base: Omit<LintContext, 'options'>, options: Record<string, Record<string, unknown>> = {}): void {
  (file.data as Record<string, unknown>)[KEY] = { base, options } satisfies ContextData;
}

/** Marks which rule runs next, so getContext returns its options. */
export function setCurrentRule(file: VFile, ruleId: string, options?: Record<string, unknown>): void {
  const d = (file.data as Record<string, unknown>)[KEY] as ContextData | undefined;
  if (!d) return;
  d.current = ruleId;
  if (options) d.options[ruleId] = options;
}

/**
 * The lint context for `file`. Throws a clear error when the file was not
 * prepared by the engine or the preset (a programming error, caught by the
 * engine as an internal-error message).
 */
export function getContext(file: VFile): LintContext {
  const d = (file.data as Record<string, unknown>)[KEY] as ContextData | undefined;
  if (!d) throw new Error('evidensplan: lint context missing (run rules through lintText or the evidensplan remark preset)');
  return { ...d.base, options: (d.current && d.options[d.current]) || {} };
}

/** Builds a context base for `text` (used by the preset; the engine builds its own). */
export function makeContextBase(
  text: string,
  report: ReportIndex,
  opts: { search?: SearchLike; now?: Date; uiLanguage?: UiLanguage; plan?: PlanModel; sources?: ReadonlyMap<string, SourceIndex> } = {},
): Omit<LintContext, 'options'> {
  return {
    text,
    plan: opts.plan ?? analyzePlan(text),
    report,
    sources: opts.sources ?? new Map([[report.source.key, report]]),
    search: opts.search,
    now: opts.now ?? new Date(),
    uiLanguage: opts.uiLanguage ?? 'nb',
  };
}

/** Reports one message. Positions are plan offsets; line/column are derived from them. */
export function report(file: VFile, m: ReportInput): void {
  let plan: PlanModel | undefined;
  try {
    plan = getContext(file).plan;
  } catch {
    plan = undefined;
  }
  const len = plan?.text.length ?? String(file.value ?? '').length;
  const start = Math.max(0, Math.min(len, Math.floor(m.start)));
  const end = Math.max(start, Math.min(len, Math.floor(m.end)));
  const point = (o: number) => {
    const lc = plan ? plan.lineCol(o) : { line: 1, column: o + 1 };
    return { line: lc.line, column: lc.column, offset: o };
  };
  const msg = file.message(m.message, {
    place: { start: point(start), end: point(end) },
    ruleId: m.ruleId,
    source: 'evidensplan',
  });
  const payload: ReportPayload = { start, end, evidence: m.evidence ?? [] };
  if (m.fix) payload.fix = m.fix;
  if (m.suggestions?.length) payload.suggestions = m.suggestions;
  if (m.severity) payload.severity = m.severity;
  (msg as unknown as Record<string, unknown>)[KEY] = payload;
}

export function payloadOf(msg: unknown): ReportPayload | undefined {
  return (msg as Record<string, unknown> | null)?.[KEY] as ReportPayload | undefined;
}
