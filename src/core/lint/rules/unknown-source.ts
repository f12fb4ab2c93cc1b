/**
 * unknown-source: a citation key that no loaded source has ("[@ks2012, lp. 3.5.1]").
 * Fix: the nearest known key, when the key looks like a typo of it.
 */
import { catalogue, translate } from '../../i18n.js';
import { resolveCitation } from '../../cite/resolve.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';
import { perBlock } from '../units.js';

export const meta: RuleMeta = ruleMeta('unknown-source')!;

const messages = catalogue('rule.unknown-source');

export function check(ctx: LintContext, report: Report): void {
  const t = (k: keyof typeof messages, p: Record<string, string> = {}) => translate(messages, k, ctx.uiLanguage, p);
  perBlock(ctx, meta.id, report, (unit, report) => {
    for (const group of unit.groups) {
      for (const item of group.items) {
        if (!item.key) continue;
        const r = resolveCitation(item, ctx.sources);
        if (r.status !== 'unknown-source') continue;
        const suggestion = r.nearest[0];
        const fixes = r.nearest.slice(0, 3).map((k) => ({ title: t('fix', { suggestion: k }), edits: [{ start: item.keyStart, end: item.keyEnd, text: k }] }));
        report({
          ruleId: meta.id,
          start: item.keyStart - 1,
          end: item.keyEnd,
          message: suggestion ? t('unknownTypo', { key: item.key, suggestion }) : t('unknown', { key: item.key, known: ctx.report.source.key }),
          fix: fixes[0],
          suggestions: fixes.slice(1),
        });
      }
    }
  }, { skip: (u) => !u.groups.length });
}

export default { meta, check } satisfies RuleModule;
