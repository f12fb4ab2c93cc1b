/** The registry: every rule, in the contract's order. Ids and metadata alone: ./meta.ts. */
import type { RuleModule } from '../rule.js';
import unknownSource from './unknown-source.js';
import unknownLocator from './unknown-locator.js';
import misquote from './misquote.js';
import numberMismatch from './number-mismatch.js';
import outdatedTerm from './outdated-term.js';
import uncitedClaim from './uncited-claim.js';
import missingTopic from './missing-topic.js';
import missingRequiredSection from './missing-required-section.js';
import staleReview from './stale-review.js';

export { ruleIds, ruleMetas, ruleMeta } from './meta.js';

export const allRules: readonly RuleModule[] = [
  unknownSource,
  unknownLocator,
  misquote,
  numberMismatch,
  outdatedTerm,
  uncitedClaim,
  missingTopic,
  missingRequiredSection,
  staleReview,
];

export function ruleById(id: string): RuleModule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
