/** The config group (see ../lazy.ts): `.evidensplan.jsonc` found and parsed on the first look-up. */
export { LintConfigs, configDiagnostic } from '../config.js';
