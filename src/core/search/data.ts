/**
 * The language data tables of the analyser (resources/search/*.json), bundled
 * with the code. Each table states its source inside the file.
 */
import stopNbJson from '../../../resources/search/stopwords-nb.json' with { type: 'json' };
import stopEnJson from '../../../resources/search/stopwords-en.json' with { type: 'json' };
import nynorskJson from '../../../resources/search/nynorsk-bokmal.json' with { type: 'json' };
import degreesJson from '../../../resources/search/degrees.json' with { type: 'json' };
import compoundsJson from '../../../resources/search/compounds.json' with { type: 'json' };
import synonymsJson from '../../../resources/search/synonyms.json' with { type: 'json' };
import kindsJson from '../../../resources/search/kinds.json' with { type: 'json' };
import stemmingJson from '../../../resources/search/stemming.json' with { type: 'json' };
import writerJson from '../../../resources/search/writer-vocabulary.json' with { type: 'json' };
import glossaryJson from '../../../resources/search/glossary-en-nb.json' with { type: 'json' };
import cognatesJson from '../../../resources/search/cognates.json' with { type: 'json' };
import summaryAlignmentJson from '../../../resources/search/summary-alignment.json' with { type: 'json' };
import quantityJson from '../../../resources/search/quantity.json' with { type: 'json' };
import methodJson from '../../../resources/search/method.json' with { type: 'json' };
import definitionJson from '../../../resources/search/definition.json' with { type: 'json' };
import type { FindingKind } from '../model.js';

export interface RewriteRule {
  nn: string;
  nb: string;
}

export interface SynonymGroup {
  terms: string[];
  lang?: 'nb' | 'en';
}

export const STOP_NB: ReadonlySet<string> = new Set(stopNbJson.words);
export const STOP_EN: ReadonlySet<string> = new Set([...stopEnJson.words, ...stopEnJson.contractions]);

/** Each form of an irregularly compared adjective (resources/search/degrees.json) → all forms of it. */
export const IRREGULAR_DEGREES: ReadonlyMap<string, readonly string[]> = new Map(degreesJson.adjectives.flatMap((forms) => forms.map((f) => [f, forms] as const)));

/** The Nynorsk question word «kor» (how, where), which is also the noun choir, and the words after which it asks. */
export const NYNORSK_QUESTION = { word: nynorskJson.questionWord.word, before: new Set(nynorskJson.questionWord.before) };

/** Exact Nynorsk word form → Bokmål form. */
export const NYNORSK_WORDS: ReadonlyMap<string, string> = new Map(nynorskJson.words.map((e) => [e.nn, e.nb]));
/** Suffix rewrites, longest Nynorsk suffix first (ties keep file order). */
export const NYNORSK_SUFFIXES: readonly RewriteRule[] = [...nynorskJson.suffixes]
  .map((r, i) => ({ nn: r.nn, nb: r.nb, i }))
  .sort((a, b) => b.nn.length - a.nn.length || a.i - b.i)
  .map(({ nn, nb }) => ({ nn, nb }));
export const NYNORSK_INFIXES: readonly RewriteRule[] = nynorskJson.infixes.map((r) => ({ nn: r.nn, nb: r.nb }));

export const COMPOUNDS = {
  minWord: compoundsJson.minWord,
  minPart: compoundsJson.minPart,
  linking: compoundsJson.linking,
  nonHeads: new Set(compoundsJson.nonHeads) as ReadonlySet<string>,
  nonTails: new Set(compoundsJson.nonTails) as ReadonlySet<string>,
};

export const SYNONYM_GROUPS: readonly SynonymGroup[] = synonymsJson.groups.map((g) => ({
  terms: g.terms,
  lang: (g as { lang?: string }).lang === 'en' ? 'en' : 'nb',
}));

export const KIND_WORDS: Readonly<Record<FindingKind, string[]>> = kindsJson.kinds as Record<FindingKind, string[]>;

/** Endings whose stem Snowball must not touch (resources/search/stemming.json), longest first. */
export const STEM_KEEP: readonly { ending: string; stem: string; except: string[] }[] = stemmingJson.keep
  .flatMap((r) => r.endings.map((ending) => ({ ending, stem: r.stem, except: r.except })))
  .sort((a, b) => b.ending.length - a.ending.length);

/**
 * English word forms whose Snowball stem they would share with a word family of
 * another meaning (resources/search/stemming.json, `english`): form → own stem.
 */
export const STEM_EN_OWN: ReadonlyMap<string, string> = new Map(
  stemmingJson.english.words.flatMap((w) => w.forms.map((f) => [f, w.stem] as [string, string])),
);

/** A concept group: what writers say (in `lang`) and the report's own words for it. */
export interface ConceptGroup {
  lang: 'nb' | 'en';
  say: string[];
  report: string[];
}

/** The writer-vocabulary table (Bokmål/Nynorsk) and the English–Norwegian glossary, as one list of concept groups. */
export const CONCEPT_GROUPS: readonly ConceptGroup[] = [
  ...writerJson.groups.map((g) => ({ lang: 'nb' as const, say: g.say, report: g.report })),
  ...glossaryJson.groups.map((g) => ({ lang: 'en' as const, say: g.en, report: g.nb })),
];

/** English summary findings → the Norwegian findings they translate (resources/search/summary-alignment.json), by locator. */
export const SUMMARY_PAIRS: readonly { en: string; nb: readonly string[] }[] = summaryAlignmentJson.pairs;

/** English → Norwegian spelling correspondences of loanwords, in order (resources/search/cognates.json). */
export const COGNATE_RULES: readonly { en: string; nb: string; end: boolean }[] = cognatesJson.rules.map((r) => ({
  en: r.en,
  nb: r.nb,
  end: r.at === 'end',
}));

/** Words that ask for a quantity, and the report's words that state one besides digits (resources/search/quantity.json). */
export const QUANTITY = { ask: quantityJson.ask, answer: quantityJson.answer, frame: quantityJson.frame } as const;

/** Words that ask how the study was done, the sections that describe it and their boost (resources/search/method.json). */
export const METHOD = { ask: methodJson.ask, sections: new Set(methodJson.sections) as ReadonlySet<string>, boost: methodJson.boost } as const;

/** Words that ask what a term means, the words that define one and their boost (resources/search/definition.json). */
export const DEFINITION = { ask: definitionJson.ask, answer: definitionJson.answer, boost: definitionJson.boost } as const;
