/**
 * The shape of a rule, as markdownlint's `(params, onError)`: a rule module
 * (`src/core/lint/rules/<id>.ts`) exports `meta` (in ./rules/meta.ts, so faces
 * can list rules without loading them) and `check(ctx, report)`, a plain
 * function over the shared analysis (./context.ts) that calls `report` once per
 * finding. The engine (./engine.ts) calls it directly; the remark preset
 * (./preset.ts) wraps it as a unified-lint-rule plugin.
 */
import type { Entry } from '../i18n.js';
import type { LintContext, ReportInput } from './context.js';
import type { Severity } from './types.js';

/** Where the rule pages live online (helpUri in SARIF, code links in the editor). */
export const DOCS_BASE = 'https://github.com/evidensplan/evidensplan/blob/main/';

export interface RuleMeta {
  id: string;
  description: Entry;
  defaultSeverity: Severity | 'off';
  /** Repository-relative path of the rule's page: "docs/rules/<id>.md". */
  docs: string;
}

/** How a rule reports one finding (offsets into the plan; the engine adds line and column). */
export type Report = (message: ReportInput) => void;

/** A rule: reads the context, reports findings; returns nothing. */
export type RuleCheck = (ctx: LintContext, report: Report) => void;

export interface RuleModule {
  meta: RuleMeta;
  check: RuleCheck;
}

export function docsUrl(meta: RuleMeta): string {
  return DOCS_BASE + meta.docs;
}
