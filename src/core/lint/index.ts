/** Public API of the lint engine. */
export { lintText, ruleLevel, FRONT_MATTER_ID, INTERNAL_ERROR_ID, type LintOptions } from './engine.js';
export { applyFix, applyEdits, fixAll } from './fix.js';
export { parseConfig, emptyConfig, type ResolvedConfig, type RuleSetting, type RuleLevel, type ConfigError } from './config.js';
export type { LintContext, SearchLike, ReportInput } from './context.js';
export { docsUrl, DOCS_BASE, type RuleMeta, type RuleModule, type RuleCheck, type Report } from './rule.js';
export { allRules, ruleById } from './rules/index.js';
export { ruleIds, ruleMetas, ruleMeta } from './rules/meta.js';
export type { LintMessage, LintResult, Fix, TextEdit, Severity } from './types.js';
export { detectEol, withEol, fixWithEol, type Eol } from './eol.js';
export { planTreatment, matchesPlanGlobs, globToRegExp, CITATION_RULES, type PlanTreatment, type PlanReason } from './scope.js';
