/**
 * The topic taxonomy (resources/topics/topics.json): topics a plan should
 * address, each derived from the report's learning points, with Bokmål and
 * Nynorsk vocabulary and the plan types it applies to. Imported, never read
 * from disk at run time.
 */
import data from '../../../resources/topics/topics.json' with { type: 'json' };
import { setTopics } from '../snippets/taxonomy.js';

export type PlanLanguage = 'nb' | 'nn';

export interface Topic {
  id: string;
  title: { nb: string; nn: string };
  /** Canonical locators ("lp. 3.5.1"), the first the strongest. */
  learningPoints: string[];
  /** Phrases that show a plan addresses the topic; a trailing * is a stem. */
  vocabulary: { nb: string[]; nn: string[] };
  /** Plan types the topic applies to; empty: all. */
  plantypes: string[];
  rationale: { learningPoint: string; quote: string; en: string };
  /** How many vocabulary hits in body text count as addressing the topic (a heading needs one). */
  minTextHits: number;
  /** For a sector plan: the sectors the topic applies to ('*': every sector). Absent: every sector. */
  sectors?: string[];
  /** Vocabulary that counts only together with one of the topic's other words. */
  weak?: string[];
}

export interface Taxonomy {
  plantypes: string[];
  topics: Topic[];
}

/** The built-in taxonomy. */
export const taxonomy: Taxonomy = data as unknown as Taxonomy;

// The section templates read topics through their bridge; register once.
setTopics(taxonomy.topics);

/**
 * Topics that apply to a plan type; an absent or unknown plan type gets every topic.
 * A sector plan gets the topics of its sector (`sector`: "helse-omsorg", "oppvekst", …);
 * with no sector (`null`), only the topics every sector shares. `undefined` sector: no scoping.
 */
export function topicsFor(plantype?: string, t: Taxonomy = taxonomy, sector?: string | null): Topic[] {
  if (!plantype || !t.plantypes.includes(plantype)) return [...t.topics];
  const byType = t.topics.filter((x) => !x.plantypes?.length || x.plantypes.includes(plantype));
  if (plantype !== 'sektorplan' || sector === undefined) return byType;
  return byType.filter((x) => !x.sectors?.length || x.sectors.includes('*') || (sector !== null && x.sectors.includes(sector)));
}

export function topicById(id: string, t: Taxonomy = taxonomy): Topic | undefined {
  return t.topics.find((x) => x.id === id);
}

export function topicTitle(topic: Topic, lang: PlanLanguage | 'en' = 'nb'): string {
  return lang === 'nn' ? topic.title.nn : topic.title.nb;
}

/** "[@ks2021, lp. 3.5.1]" for each of the topic's learning points. */
export function topicCitations(topic: Topic, key = 'ks2021'): string[] {
  return topic.learningPoints.map((lp) => `[@${key}, ${lp}]`);
}
