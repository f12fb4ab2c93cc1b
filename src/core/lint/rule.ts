/**
 * The shape of a rule module: `src/core/lint/rules/<id>.ts` exports
 * `meta` and, as `default`, a unified-lint-rule plugin made with `defineRule`.
 */
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Entry } from '../i18n.js';
import { getContext, type LintContext } from './context.js';
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

export type RulePlugin = ReturnType<typeof lintRule<Root, unknown>>;

export interface RuleModule {
  meta: RuleMeta;
  plugin: RulePlugin;
}

export function docsUrl(meta: RuleMeta): string {
  return DOCS_BASE + meta.docs;
}

/**
 * Makes a rule plugin. `check` gets the tree, the file and the lint context
 * (options: the config's, overridden by options given to the plugin directly).
 */
export function defineRule(meta: RuleMeta, check: (tree: Root, file: VFile, ctx: LintContext) => void): RulePlugin {
  return lintRule<Root, unknown>({ origin: `evidensplan:${meta.id}`, url: docsUrl(meta) }, (tree, file, options) => {
    const ctx = getContext(file);
    if (options && typeof options === 'object' && !Array.isArray(options)) ctx.options = { ...ctx.options, ...(options as Record<string, unknown>) };
    check(tree, file, ctx);
  });
}
