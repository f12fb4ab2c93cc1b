/** Domain terms: outdated names with their replacements, and the glossary behind the evidence hover. */
export * from './outdated.js';
export * from './describe.js';
export * from './glossary.js';
export { VocabularyMatcher, INFLECTION_ENDINGS, type VocabularyHit, type VocabularyPattern } from './vocabulary.js';
export { tokenize, quoteRanges, insideRanges, overlapsRanges, normaliseRanges, type Token } from './tokenize.js';
export { matchCase } from './case.js';
