/**
 * The glossary of domain terms behind the editor's evidence hover
 * (resources/glossary/glossary.json): Bokmål and Nynorsk forms, synonyms, a
 * plain-language definition, and the query/locators of the strongest evidence.
 */
import data from '../../../resources/glossary/glossary.json' with { type: 'json' };
import { VocabularyMatcher } from './vocabulary.js';

export interface GlossaryTerm {
  id: string;
  nb: { term: string; forms: string[] };
  nn: { term: string; forms: string[] };
  synonyms: string[];
  definition: { nb: string; en: string; nn?: string };
  /** A full-text query that finds the strongest evidence. */
  query: string;
  /** Canonical locators of the strongest findings ("lp. 3.5.1"), best first. */
  locators: string[];
  source: string;
  uncertain?: string;
}

export interface Glossary {
  terms: GlossaryTerm[];
}

export interface TermHit {
  /** UTF-16 offsets, half-open. */
  start: number;
  end: number;
  text: string;
  termId: string;
}

/** The built-in glossary. */
export const glossary: Glossary = data as unknown as Glossary;

const matchers = new WeakMap<Glossary, VocabularyMatcher<string>>();

function matcherFor(g: Glossary): VocabularyMatcher<string> {
  let m = matchers.get(g);
  if (!m) {
    const patterns = g.terms.flatMap((t) =>
      [...t.nb.forms, ...t.nn.forms, ...t.synonyms].map((phrase) => ({ phrase, value: t.id })),
    );
    m = new VocabularyMatcher(patterns);
    matchers.set(g, m);
  }
  return m;
}

/**
 * Every glossary term in `text`, in any inflection, Bokmål or Nynorsk, with the
 * longest form winning where forms overlap ("sårbare barn og unge" over "sårbare barn").
 */
export function findTerms(text: string, g: Glossary = glossary): TermHit[] {
  return matcherFor(g)
    .find(text)
    .map((h) => ({ start: h.start, end: h.end, text: h.text, termId: h.value }));
}

/** The term at an offset (for a hover), if any. */
export function termAt(text: string, offset: number, g: Glossary = glossary): TermHit | undefined {
  return findTerms(text, g).find((h) => h.start <= offset && offset < h.end);
}

export function glossaryTerm(id: string, g: Glossary = glossary): GlossaryTerm | undefined {
  return g.terms.find((t) => t.id === id);
}
