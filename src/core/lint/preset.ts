/**
 * The rules as a remark preset, for remark-cli and remark-language-server
 * users. The preset's first plugin prepares the lint context (plan model,
 * report index) for each file; then each rule runs as a unified-lint-rule
 * plugin at the level the config gives it. Node users load it from
 * src/node/remark-preset.ts, which loads the index from disk.
 */
import type { Preset } from 'unified';
import type { VFile } from 'vfile';
import type { UiLanguage } from '../i18n.js';
import type { ReportIndex } from '../corpus/report-index.js';
import { makeContextBase, setContext, setCurrentRule, type SearchLike } from './context.js';
import type { ResolvedConfig } from './config.js';
import { ruleLevel } from './engine.js';
import { allRules } from './rules/index.js';

export interface PresetOptions {
  report: ReportIndex;
  search?: SearchLike;
  config?: ResolvedConfig;
  uiLanguage?: UiLanguage;
  now?: Date;
}

export function createPreset(opts: PresetOptions): Preset {
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  for (const [id, s] of Object.entries(opts.config?.rules ?? {})) ruleOptions[id] = s.options;
  const setup = () => (_tree: unknown, file: VFile) => {
    const text = String(file.value ?? '');
    setContext(
      file,
      makeContextBase(text, opts.report, { search: opts.search, now: opts.now, uiLanguage: opts.uiLanguage ?? opts.config?.language }),
      { ...ruleOptions },
    );
  };
  const select = (id: string) => (_tree: unknown, file: VFile) => {
    setCurrentRule(file, id);
  };
  const plugins: Preset['plugins'] = [setup as never];
  for (const rule of allRules) {
    const level = ruleLevel(rule, opts.config);
    if (level === 'off') continue;
    plugins.push([select as never, rule.meta.id]);
    plugins.push([rule.plugin as never, [level === 'error' ? 2 : 1, ruleOptions[rule.meta.id] ?? {}]]);
  }
  return { plugins };
}
