/**
 * The glossary terms of a plan version, for the evidence hover (and anything else that asks):
 * matched once per version through `plan.derived`, so every feature reading them shares one
 * computation and nothing keeps a cache of its own. Matching reads the whole text, as the hover
 * always has (a term in a heading, a list, a table or a code span alike).
 */
import type { UiLanguage } from '../i18n.js';
import type { PlanModel } from '../plan/analyze.js';
import { findTerms, glossaryTerm, type Glossary, glossary } from './glossary.js';
import { rangeAt } from '../plan/ranges.js';

/** A glossary term found in a plan: UTF-16 offsets, half-open, and the term's id. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
}

/** What a hover needs to know about a glossary term. */
export interface TermInfo {
  id: string;
  /** The term as the glossary writes it, in the plan's language where known. */
  label: string;
  definition?: string;
  /** Search queries that find its evidence. */
  queries: string[];
  /** Locators of findings the glossary names as its evidence. */
  locators: string[];
}

/** The key of the term matches among a plan version's derived facts. */
export const TERM_MATCHES = 'terms.glossary-matches';

/** The glossary terms in this version of the plan, in document order (computed once per version). */
export function termMatches(plan: Pick<PlanModel, 'derived'>): readonly TermMatch[] {
  return plan.derived(TERM_MATCHES, (p) => matchTerms(p.text));
}

/** The terms in a text (what `termMatches` keeps per plan version). Never throws. */
export function matchTerms(text: string, g: Glossary = glossary): TermMatch[] {
  try {
    return findTerms(text, g).map((h) => ({ start: h.start, end: h.end, id: h.termId }));
  } catch {
    return [];
  }
}

/** The term match holding `offset` (start inclusive, end exclusive), by binary search: matches do not overlap. */
export function termMatchAt(matches: readonly TermMatch[], offset: number): TermMatch | undefined {
  return rangeAt(matches, offset, 'exclusive');
}

/**
 * A term as the hover shows it: its label in the plan's language, its definition in the UI
 * language (Nynorsk falls back to Bokmål where the glossary has none), its queries and locators.
 */
export function termInfo(id: string, planLanguage: string, lang: UiLanguage, g: Glossary = glossary): TermInfo | undefined {
  const term = glossaryTerm(id, g);
  if (!term) return undefined;
  const label = planLanguage === 'nn' ? term.nn.term : term.nb.term;
  const definition = lang === 'en' ? term.definition.en : lang === 'nn' ? (term.definition.nn ?? term.definition.nb) : term.definition.nb;
  return { id, label, definition, queries: term.query ? [term.query] : [label], locators: term.locators };
}
