/** The lint group (see ../lazy.ts): loaded on the first lint, never at activation. */
export { lintText, FRONT_MATTER_ID, INTERNAL_ERROR_ID } from '../../core/lint/engine.js';
export { ruleById } from '../../core/lint/rules/index.js';
export { fixAll } from '../../core/lint/fix.js';
export { disableFileEdit, disableNextLineEdit, disableRuleInConfig } from '../../core/editor/disable.js';
