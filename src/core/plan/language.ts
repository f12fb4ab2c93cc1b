/** Bokmål or Nynorsk? A marker-word vote over the plan's prose (word lists in resources/lang/). */
import data from '../../../resources/lang/norwegian.json' with { type: 'json' };

export type PlanLanguage = 'nb' | 'nn';

const NN = new Set<string>(data.markers.nn);
const NB = new Set<string>(data.markers.nb);

export interface LanguageVote {
  language: PlanLanguage;
  nb: number;
  nn: number;
}

/** Counts marker words; ties and texts without markers are Bokmål (the report's language). */
/** How much of the text (after the front matter) the vote reads. */
export const LANGUAGE_SAMPLE = 200_000;

export function detectLanguage(text: string, limit = LANGUAGE_SAMPLE): LanguageVote {
  let nb = 0;
  let nn = 0;
  const sample = text.length > limit ? text.slice(0, limit) : text;
  for (const m of sample.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    const w = m[0];
    if (NN.has(w)) nn++;
    else if (NB.has(w)) nb++;
  }
  return { language: nn > nb ? 'nn' : 'nb', nb, nn };
}
