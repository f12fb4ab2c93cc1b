/** The registry: every rule, in the contract's order. */
import type { RuleModule } from '../rule.js';
import unknownSource, { meta as unknownSourceMeta } from './unknown-source.js';

export const allRules: readonly RuleModule[] = [
  { meta: unknownSourceMeta, plugin: unknownSource },
];

export function ruleById(id: string): RuleModule | undefined {
  return allRules.find((r) => r.meta.id === id);
}

export const ruleIds: ReadonlySet<string> = new Set(allRules.map((r) => r.meta.id));
