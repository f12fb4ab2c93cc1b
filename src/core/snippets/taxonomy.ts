/**
 * The bridge to the shared topic taxonomy (resources/topics/topics.json, owned
 * by the lint rules' topic module). Templates never keep a taxonomy of their own.
 */
import taxonomy from '../../../resources/topics/topics.json' with { type: 'json' };
import type { TopicLike } from './section-template.js';

export interface TaxonomyTopic extends TopicLike {
  title: { nb: string; nn: string };
  plantypes?: readonly string[];
}

let topics: readonly TaxonomyTopic[] = (taxonomy as unknown as { topics: TaxonomyTopic[] }).topics ?? [];

/** The topics of the taxonomy (all plantypes), in taxonomy order. */
export function allTopics(): readonly TaxonomyTopic[] {
  return topics;
}

/** Replaces the topic list (tests). */
export function setTopics(list: readonly TaxonomyTopic[]): void {
  topics = list;
}

/** The topics that apply to a plantype (absent or empty `plantypes`: all). */
export function topicsForPlantype(plantype: string): readonly TaxonomyTopic[] {
  return topics.filter((t) => !t.plantypes || !t.plantypes.length || t.plantypes.includes(plantype));
}
