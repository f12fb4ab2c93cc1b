/**
 * A small phrase matcher for domain vocabulary (glossary terms, topic words,
 * the § 4 elements): each pattern is one or more words as written in the data;
 * the last word may carry a Norwegian inflection ending (Bokmål and Nynorsk),
 * and a pattern ending in `*` matches any word starting with it (a stem:
 * `smittevern*` finds smittevernutstyret, smittevernsplanen). Words match
 * case-insensitively on Unicode word boundaries. Linear in the text's length:
 * per word, a fixed number of map lookups.
 */
import { normaliseSeparator, splitPhrase, tokenize, type Token } from './tokenize.js';

/** Endings a noun or adjective may add in Bokmål or Nynorsk (indefinite/definite, singular/plural, genitive). */
export const INFLECTION_ENDINGS = [
  '', 'e', 'en', 'et', 'a', 'er', 'ar', 'ne', 'ene', 'ane', 'ene', 'n', 'r', 't', 's', 'ens', 'ets', 'as', 'es', 'ers', 'ars', 'enes', 'anes', 'erne', 'ernes', 'ing', 'inga', 'ingen', 'ingar', 'inger',
] as const;

export interface VocabularyPattern<T> {
  /** As written in the data: "kriseledelse", "sårbare barn og unge", "ROS-analyse", "smittevern*". */
  phrase: string;
  value: T;
}

export interface VocabularyHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
  /** The pattern that matched. */
  phrase: string;
}

interface Compiled<T> {
  words: string[];
  seps: string[];
  stem: boolean;
  value: T;
  phrase: string;
}

export class VocabularyMatcher<T> {
  /** Key: first word (lower case) for multi-word patterns and exact single words. */
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  /** Single-word stems (`smittevern*`), by their first three letters. */
  private readonly stems = new Map<string, Compiled<T>[]>();
  private readonly endings: readonly string[];
  private readonly endingSet: ReadonlySet<string>;
  /**
   * Single-word patterns by each inflected form (word + a non-empty ending),
   * shortest ending first: one lookup per word instead of one per ending length.
   */
  private readonly forms = new Map<string, Compiled<T>[]>();
  /** True when some stem has fewer than three letters. */
  private shortStems = false;

  constructor(patterns: ReadonlyArray<VocabularyPattern<T>>, endings: readonly string[] = INFLECTION_ENDINGS) {
    this.endings = [...new Set(endings)].sort((a, b) => b.length - a.length);
    this.endingSet = new Set(this.endings);
    for (const p of patterns) {
      const raw = p.phrase.trim();
      const stem = raw.endsWith('*');
      const { words, seps } = splitPhrase(stem ? raw.slice(0, -1) : raw);
      if (!words.length) continue;
      const c: Compiled<T> = { words: words.map((w) => w.toLowerCase()), seps, stem, value: p.value, phrase: p.phrase };
      if (stem && c.words.length === 1) {
        const k = c.words[0].slice(0, 3);
        if (k.length < 3) this.shortStems = true;
        const list = this.stems.get(k) ?? [];
        list.push(c);
        this.stems.set(k, list);
      } else {
        const list = this.byFirst.get(c.words[0]) ?? [];
        list.push(c);
        this.byFirst.set(c.words[0], list);
      }
    }
    for (const list of [...this.byFirst.values(), ...this.stems.values()]) {
      list.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
    }
    const byForm = new Map<string, Array<{ c: Compiled<T>; k: number }>>();
    for (const [word, list] of this.byFirst) {
      for (const c of list) {
        if (c.words.length !== 1) continue;
        for (const e of this.endingSet) {
          if (!e) continue;
          const l = byForm.get(word + e) ?? [];
          l.push({ c, k: e.length });
          byForm.set(word + e, l);
        }
      }
    }
    for (const [form, l] of byForm) this.forms.set(form, l.sort((a, b) => a.k - b.k).map((x) => x.c));
  }

  private lastWordMatches(c: Compiled<T>, tok: Token): boolean {
    const want = c.words[c.words.length - 1];
    if (c.stem) return tok.lower.startsWith(want);
    if (!tok.lower.startsWith(want)) return false;
    return this.endingSet.has(tok.lower.slice(want.length));
  }

  private tryAt(text: string, toks: Token[], i: number, c: Compiled<T>): number {
    const n = c.words.length;
    if (i + n > toks.length) return -1;
    for (let k = 0; k < n; k++) {
      const tok = toks[i + k];
      if (k > 0 && normaliseSeparator(text.slice(toks[i + k - 1].end, tok.start)) !== c.seps[k - 1]) return -1;
      if (k === n - 1) {
        if (!this.lastWordMatches(c, tok)) return -1;
      } else if (tok.lower !== c.words[k]) return -1;
    }
    return i + n - 1;
  }

  /** Candidate patterns that could start at this word (a few map lookups, no scan of the pattern list). */
  private candidates(tok: Token, out: Compiled<T>[]): Compiled<T>[] {
    out.length = 0;
    const exact = this.byFirst.get(tok.lower);
    if (exact) for (const c of exact) out.push(c);
    // A single word with an ending: its inflected forms were listed up front.
    const lower = tok.lower;
    const inflected = this.forms.get(lower);
    if (inflected) for (const c of inflected) out.push(c);
    const st = this.stems.get(lower.slice(0, 3));
    if (st) for (const c of st) out.push(c);
    // Stems shorter than three letters are keyed by all their letters.
    if (this.shortStems) {
      for (let n = 1; n < 3 && n < lower.length; n++) {
        const sh = this.stems.get(lower.slice(0, n));
        if (sh) for (const c of sh) out.push(c);
      }
    }
    if (out.length > 1) out.sort((a, b) => b.words.length - a.words.length);
    return out;
  }

  /** Every non-overlapping match, longest first at each position, in text order. */
  find(text: string): VocabularyHit<T>[] {
    if (typeof text !== 'string' || !text) return [];
    return this.findInTokens(text, tokenize(text));
  }

  /** As `find`, over the words of `text` already cut by `tokenize` (callers matching several vocabularies cut once). */
  findInTokens(text: string, toks: Token[]): VocabularyHit<T>[] {
    const out: VocabularyHit<T>[] = [];
    const buf: Compiled<T>[] = [];
    for (let i = 0; i < toks.length; i++) {
      for (const c of this.candidates(toks[i], buf)) {
        const last = this.tryAt(text, toks, i, c);
        if (last < 0) continue;
        const start = toks[i].start;
        const end = toks[last].end;
        out.push({ start, end, text: text.slice(start, end), value: c.value, phrase: c.phrase });
        i = last;
        break;
      }
    }
    return out;
  }
}
