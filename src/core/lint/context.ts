/**
 * What every rule reads: the shared analysis of one plan version (the plan
 * model with its derived facts), the sources, the search, the rule's options,
 * the UI language and the clock. The engine builds one per lint run
 * (./engine.ts); the remark preset builds one per file (./preset.ts).
 */
import type { UiLanguage } from '../i18n.js';
import type { PlanModel } from '../plan/analyze.js';
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
  /** The reporting rule's id (optional: the engine knows which rule it called). */
  ruleId?: string;
  start: number;
  end: number;
  message: string;
  evidence?: string[];
  fix?: Fix;
  suggestions?: Fix[];
  /** A lower severity for this message only ('info': a note, whatever the rule's level). */
  severity?: 'info';
}
