/**
 * The rules as a remark preset, for remark-cli and remark-language-server
 * users: the only place the rules meet unified. Each rule becomes a
 * unified-lint-rule plugin at the level the config gives it; the plugin builds
 * the lint context for its file once (the plan model of the file's text,
 * shared by every rule of the preset) and turns each `report` into a vfile
 * message. Node users load it from src/node/remark-preset.ts, which loads the
 * index from disk.
 */
import type { Preset } from 'unified';
import type { VFile } from 'vfile';
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import type { UiLanguage } from '../i18n.js';
import type { ReportIndex } from '../corpus/report-index.js';
import { analyzePlan } from '../plan/analyze.js';
import type { LintContext, ReportInput, SearchLike } from './context.js';
import type { ResolvedConfig } from './config.js';
import { ruleLevel } from './engine.js';
import { docsUrl, type RuleModule } from './rule.js';
import { allRules } from './rules/index.js';

export interface PresetOptions {
  report: ReportIndex;
  search?: SearchLike;
  config?: ResolvedConfig;
  uiLanguage?: UiLanguage;
  now?: Date;
}

type Base = Omit<LintContext, 'options'>;

/** A rule as a unified-lint-rule plugin; `baseOf` gives the file's shared context. */
export function rulePlugin(rule: RuleModule, baseOf: (file: VFile) => Base, configOptions: Record<string, unknown> = {}) {
  return lintRule<Root, unknown>({ origin: `evidensplan:${rule.meta.id}`, url: docsUrl(rule.meta) }, (_tree, file, options) => {
    const base = baseOf(file);
    const own = options && typeof options === 'object' && !Array.isArray(options) ? (options as Record<string, unknown>) : {};
    const len = base.text.length;
    const point = (o: number) => ({ ...base.plan.lineCol(o), offset: o });
    rule.check({ ...base, options: { ...configOptions, ...own } }, (m: ReportInput) => {
      const start = Math.max(0, Math.min(len, Math.floor(m.start)));
      const end = Math.max(start, Math.min(len, Math.floor(m.end)));
      file.message(m.message, { place: { start: point(start), end: point(end) } });
    });
  });
}

export function createPreset(opts: PresetOptions): Preset {
  // One analysis per file, shared by the preset's rules.
  const bases = new WeakMap<VFile, Base>();
  const baseOf = (file: VFile): Base => {
    let b = bases.get(file);
    if (!b) {
      const text = String(file.value ?? '');
      const report = opts.report;
      b = {
        text,
        plan: analyzePlan(text),
        report,
        sources: new Map([[report.source.key, report]]),
        search: opts.search,
        now: opts.now ?? new Date(),
        uiLanguage: opts.uiLanguage ?? opts.config?.language ?? 'nb',
      };
      bases.set(file, b);
    }
    return b;
  };
  const plugins: Preset['plugins'] = [];
  for (const rule of allRules) {
    const level = ruleLevel(rule, opts.config);
    if (level === 'off') continue;
    const options = opts.config?.rules[rule.meta.id]?.options ?? {};
    plugins.push([rulePlugin(rule, baseOf, options) as never, [level === 'error' ? 2 : 1, options]]);
  }
  return { plugins };
}
