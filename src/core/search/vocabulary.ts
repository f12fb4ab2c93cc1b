/**
 * The report's own words: the surface forms of its Norwegian text and their
 * Snowball stems. Built once with the index and stored with it; the Nynorsk
 * rewrite rules and the compound splitter only accept results found here.
 */
import { stemNb } from './stem.js';

export interface VocabularyJson {
  words: string[];
  stems: string[];
}

export class Vocabulary {
  readonly words: ReadonlySet<string>;
  readonly stems: ReadonlySet<string>;

  constructor(words: Iterable<string>, stems?: Iterable<string>) {
    const w = new Set(words);
    this.words = w;
    if (stems) this.stems = new Set(stems);
    else {
      const s = new Set<string>();
      for (const x of w) s.add(stemNb(x));
      this.stems = s;
    }
  }

  /** A word of the report, or an inflection of one (same stem). */
  knows(word: string): boolean {
    return this.words.has(word) || this.stems.has(stemNb(word));
  }

  toJSON(): VocabularyJson {
    return { words: [...this.words].sort(), stems: [...this.stems].sort() };
  }

  static fromJSON(json: VocabularyJson): Vocabulary {
    return new Vocabulary(json.words, json.stems);
  }
}
