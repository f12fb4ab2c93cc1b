/**
 * The rules' ids and metadata, without their implementations: the config
 * reader, code actions and SARIF output list rules through this module and do
 * not load the engine. Each rule module re-exports its entry as `meta`.
 */
import { entry } from '../../i18n.js';
import type { RuleMeta } from '../rule.js';

function meta(id: string, description: RuleMeta['description'], defaultSeverity: RuleMeta['defaultSeverity']): RuleMeta {
  return { id, description, defaultSeverity, docs: `docs/rules/${id}.md` };
}

/** Every rule, in the contract's order. */
export const ruleMetas: readonly RuleMeta[] = [
  meta('unknown-source', entry('rule.unknown-source', 'description'), 'error'),
  meta('unknown-locator', entry('rule.unknown-locator', 'description'), 'error'),
  meta('misquote', entry('rule.misquote', 'description'), 'warning'),
  meta('number-mismatch', entry('rule.number-mismatch', 'description'), 'warning'),
  meta('outdated-term', entry('rule.outdated-term', 'description'), 'warning'),
  meta('uncited-claim', entry('rule.uncited-claim', 'description'), 'warning'),
  meta('missing-topic', entry('rule.missing-topic', 'description'), 'warning'),
  meta('missing-required-section', entry('rule.missing-required-section', 'description'), 'warning'),
  meta('stale-review', entry('rule.stale-review', 'description'), 'warning'),
];

export const ruleIds: ReadonlySet<string> = new Set(ruleMetas.map((m) => m.id));

export function ruleMeta(id: string): RuleMeta | undefined {
  return ruleMetas.find((m) => m.id === id);
}
