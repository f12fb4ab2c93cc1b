/**
 * remark preset entry for Node (remark-cli, remark-language-server):
 *
 *   // .remarkrc.mjs
 *   import evidensplan from 'evidensplan/remark-preset';
 *   export default { plugins: [evidensplan] };
 *
 * Loads the report index and the nearest `.evidensplan.jsonc` (from the
 * working folder) once, at import.
 */
import type { Preset } from 'unified';
import { createPreset } from '../core/lint/preset.js';
import { loadReportIndexSync } from './resources.js';
import { ConfigResolver } from './config.js';

export function loadPreset(cwd: string = process.cwd()): Preset {
  const config = new ConfigResolver().forFile(cwd);
  for (const e of config.errors) process.stderr.write(`evidensplan: ${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  return createPreset({ report: loadReportIndexSync(), config });
}

const preset: Preset = loadPreset();
export default preset;
