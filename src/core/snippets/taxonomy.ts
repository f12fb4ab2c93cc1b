/**
 * The bridge to the shared topic taxonomy (resources/topics/topics.json,
 * src/core/topics/). Templates never keep a taxonomy of their own.
 */
import type { TopicLike } from './section-template.js';

let topics: readonly TopicLike[] = [];

/** The topics of the taxonomy (all plantypes). */
export function allTopics(): readonly TopicLike[] {
  return topics;
}

/** Replaces the topic list (the taxonomy module registers itself; tests may too). */
export function setTopics(list: readonly TopicLike[]): void {
  topics = list;
}
