/** The registry: every rule, in the contract's order. */
import type { RuleModule } from '../rule.js';
import unknownSource, { meta as unknownSourceMeta } from './unknown-source.js';
import unknownLocator, { meta as unknownLocatorMeta } from './unknown-locator.js';
import misquote, { meta as misquoteMeta } from './misquote.js';
import numberMismatch, { meta as numberMismatchMeta } from './number-mismatch.js';
import outdatedTerm, { meta as outdatedTermMeta } from './outdated-term.js';
import uncitedClaim, { meta as uncitedClaimMeta } from './uncited-claim.js';
import missingTopic, { meta as missingTopicMeta } from './missing-topic.js';
import missingRequiredSection, { meta as missingRequiredSectionMeta } from './missing-required-section.js';
import staleReview, { meta as staleReviewMeta } from './stale-review.js';

export const allRules: readonly RuleModule[] = [
  { meta: unknownSourceMeta, plugin: unknownSource },
  { meta: unknownLocatorMeta, plugin: unknownLocator },
  { meta: misquoteMeta, plugin: misquote },
  { meta: numberMismatchMeta, plugin: numberMismatch },
  { meta: outdatedTermMeta, plugin: outdatedTerm },
  { meta: uncitedClaimMeta, plugin: uncitedClaim },
  { meta: missingTopicMeta, plugin: missingTopic },
  { meta: missingRequiredSectionMeta, plugin: missingRequiredSection },
  { meta: staleReviewMeta, plugin: staleReview },
];

export function ruleById(id: string): RuleModule | undefined {
  return allRules.find((r) => r.meta.id === id);
}

export const ruleIds: ReadonlySet<string> = new Set(allRules.map((r) => r.meta.id));
