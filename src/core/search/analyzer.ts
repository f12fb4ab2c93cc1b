/**
 * The Norwegian analyser: text → search terms.
 *
 *   tokenise (./tokenize.ts) → lower case, Unicode and quote normalisation,
 *   hyphen splitting → stop words (Snowball Norwegian list) → Nynorsk → Bokmål
 *   (./nynorsk.ts) → Snowball Norwegian stem, plus the stems of the parts of a
 *   compound (./compounds.ts).
 *
 * English text (the report's English summary) goes through the Snowball English
 * stop list and stemmer instead; a query goes through both, so English words
 * reach the English summary and Norwegian words the rest.
 *
 * Without a vocabulary (the plain `analyze` export) only the exact Nynorsk table
 * applies and compounds are not split; the search index builds an analyser with
 * the report's vocabulary, which enables both.
 */
import { Decompounder } from './compounds.js';
import { COGNATE_RULES, COMPOUNDS, IRREGULAR_DEGREES, NYNORSK_QUESTION, STOP_EN, STOP_NB, SYNONYM_GROUPS } from './data.js';
import { NynorskNormalizer } from './nynorsk.js';
import { stemEn, stemNb } from './stem.js';
import { normalizeToken, tokenize, tokenWords, type Token } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';

export { tokenize, type Token } from './tokenize.js';

export type Lang = 'nb' | 'en';

/** The terms of one Norwegian word: its stem, and the stems of its compound parts. */
export interface WordTerms {
  main: string;
  /** First-level parts first ("smittevern", "utstyr"), then their own parts ("smitte", "vern"). */
  parts: string[];
  /** How many of `parts` come from the outermost split. */
  firstLevel: number;
}

/** One term of a query word, with the weight it searches with. */
export interface QueryTerm {
  term: string;
  weight: number;
  role: 'word' | 'part' | 'synonym' | 'concept' | 'compound';
}

/** A query word and every term it searches for. */
export interface QueryGroup {
  word: string;
  start: number;
  end: number;
  terms: QueryTerm[];
  /** Set by the search for the last word of an as-you-type query: its stems match as prefixes. */
  prefix?: boolean;
  /** A word of the query that is not searched (a stop word) stands between this word and the one before. */
  gap?: boolean;
}

/** The English auxiliary verbs a phrase may hold between its words («schools were closed»). */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** Longest text the analyser reads; the rest of a longer text is ignored. */
export const MAX_ANALYZED_CHARS = 200_000;

const NUMBER = /^\p{N}/u;
const HAS_LETTER = /\p{L}/u;
/**
 * Longer than any word of the language (the report's longest has 29 letters):
 * pasted junk, searched as it is, without stemming, compound splitting or
 * cognates, each of which costs time in the word's length squared.
 */
const MAX_WORD = 64;

/** Weights of the terms a query word expands to (the word's own stem weighs 1). */
export const QUERY_WEIGHTS = {
  part: 0.4,
  synonym: 0.45,
  derived: 0.8,
  compound: 0.7,
  reversed: 0.6,
  cognate: 0.8,
} as const;

/**
 * A verb and its noun of action: "revidert", "revidere" (stem "revider") and
 * "revidering" name the same act, but Snowball leaves "-ering" alone. Each form
 * also searches the other, when the report has it (Norsk referansegrammatikk:
 * -ing nominalises any verb; -asjon is the Latin-loan variant, "informasjon" ↔
 * "informere"). Only stems the report has are added, so no new noise words.
 */

let stopOnly: { en: Set<string>; nb: Set<string> } | undefined;

/** 'en' when a text reads as English (more English-only function words than Norwegian-only ones), else 'nb'. */
export function detectLanguage(text: string): Lang {
  stopOnly ??= {
    en: new Set([...STOP_EN].filter((w) => !STOP_NB.has(w))),
    nb: new Set([...STOP_NB].filter((w) => !STOP_EN.has(w))),
  };
  let en = 0;
  let nb = 0;
  const tokens = tokenize(text.slice(0, 4000));
  for (let i = 0; i < tokens.length && i < 400; i++) {
    const w = normalizeToken(tokens[i].text);
    if (stopOnly.en.has(w)) en++;
    else if (stopOnly.nb.has(w)) nb++;
  }
  return en >= 2 && en > nb * 1.5 ? 'en' : 'nb';
}

/** The word a per cent sign stands for; its Norwegian stem is "prosent", its English one "percent". */
export const PERCENT = '%';

/**
 * A per cent sign between `after` (a token, or the start) and `end` (the next
 * token's start): right after a number ("97 %", "35%"), or anywhere when `any`.
 */
function* percentSign(text: string, after: Token | undefined, end: number, any: boolean): Generator<[string, Token]> {
  const from = after?.end ?? 0;
  if (!any) {
    if (!after || !NUMBER.test(after.text)) return;
    const m = /^\s?%/.exec(text.slice(from, Math.min(end, from + 3)));
    if (m) yield [PERCENT, { text: PERCENT, start: from + m[0].length - 1, end: from + m[0].length }];
    return;
  }
  const at = text.indexOf('%', from);
  if (at >= 0 && at < end) yield [PERCENT, { text: PERCENT, start: at, end: at + 1 }];
}

export class Analyzer {
  private readonly nynorsk: NynorskNormalizer;
  private readonly compounds?: Decompounder;
  private readonly nbCache = new Map<string, WordTerms | null>();
  private readonly enCache = new Map<string, string | null>();
  private readonly compoundCache = new Map<string, string>();
  private readonly cognateCache = new Map<string, string>();
  private synonymMap?: Map<string, string[]>;

  /**
   * `synonymTable`: the table `synonymTable()` returned for the same data (the
   * search index stores it, so loading skips analysing the synonym groups).
   */
  constructor(
    readonly vocabulary?: Vocabulary,
    synonymTable?: Record<string, string[]>,
  ) {
    this.compounds = vocabulary ? new Decompounder(vocabulary) : undefined;
    this.nynorsk = new NynorskNormalizer(vocabulary, this.compounds);
    if (synonymTable) this.synonymMap = new Map(Object.entries(synonymTable));
  }

  /** The analysed synonym groups: "lang:stem" → the stems of the other members. */
  synonymTable(): Record<string, string[]> {
    this.synonyms('', 'nb');
    return Object.fromEntries(this.synonymMap!);
  }

  /** The terms of one normalised Norwegian word, or null for a stop word. */
  nb(word: string): WordTerms | null {
    const hit = this.nbCache.get(word);
    if (hit !== undefined) return hit;
    const out = this.nbUncached(word);
    if (this.nbCache.size > 50_000) this.nbCache.clear();
    this.nbCache.set(word, out);
    return out;
  }

  private nbUncached(word: string): WordTerms | null {
    if (word === PERCENT) return { main: 'prosent', parts: [], firstLevel: 0 };
    if (NUMBER.test(word) || word.length > MAX_WORD) return { main: word, parts: [], firstLevel: 0 };
    if (!HAS_LETTER.test(word) || word.length < 2 || STOP_NB.has(word)) return null;
    let w = this.nynorsk.normalize(word);
    if (STOP_NB.has(w)) return null;
    // Snowball leaves the definite plural "-erne" ("innbyggerne" → "innbyggern", but
    // "innbyggere" → "innbygger"): search it as the indefinite plural when the report knows that.
    if (w.endsWith('erne') && w.length > 6) {
      const plural = `${w.slice(0, -4)}ere`;
      if (this.vocabulary?.stems.has(stemNb(plural))) w = plural;
    }
    w = this.neuterAdjective(w);
    // A compound the report writes with another linking letter: its spelling.
    w = this.compounds?.respelling(w) ?? w;
    const main = this.stem(w);
    const split = this.compounds ? this.compounds.split(w) : [];
    const parts: string[] = [];
    let firstLevel = 0;
    split.forEach((p, i) => {
      const s = this.stem(p);
      if (s !== main && !parts.includes(s)) {
        parts.push(s);
        if (i < 2) firstLevel++;
      }
    });
    return { main, parts, firstLevel };
  }

  private folded?: Map<string, string | null>;

  /**
   * A word typed without æ, ø and å (a foreign keyboard, an English writer:
   * "Tromso", "Baerum", "helsesoster") is the report's word that folds to it
   * (æ → ae, ø → o or oe, å → a or aa), when the report has exactly one such
   * word and not the word as typed; else the word itself.
   */
  unfold(word: string): string {
    const vocab = this.vocabulary;
    if (!vocab || word.length < 3 || !/^[a-z]+$/.test(word) || vocab.words.has(word)) return word;
    if (!this.folded) {
      this.folded = new Map();
      for (const w of vocab.words) {
        if (!/[æøå]/.test(w)) continue;
        const forms = new Set([
          w.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a'),
          w.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'),
        ]);
        for (const f of forms) {
          if (vocab.words.has(f)) continue;
          const prev = this.folded.get(f);
          this.folded.set(f, prev === undefined || prev === w ? w : null);
        }
      }
    }
    return this.folded.get(word) ?? word;
  }

  /**
   * The neuter "-t" of an adjective, which Snowball keeps ("lokalt" ≠ "lokal",
   * "generelt" ≠ "generell"): searched as the base form when the report has
   * that, so "lokalt tilpassede tiltak" meets "lokale tiltak". Only the regular
   * adjective endings -al, -iv, -ær and -ell (Norsk referansegrammatikk), and
   * only words of six letters or more ("delt", "helt" stay as they are).
   */
  private neuterAdjective(w: string): string {
    if (w.length < 6 || !w.endsWith('t') || !this.vocabulary) return w;
    const base = /(?:al|iv|ær)t$/.test(w) ? w.slice(0, -1) : w.endsWith('elt') ? `${w.slice(0, -2)}ll` : '';
    return base && this.vocabulary.stems.has(stemNb(base)) ? base : w;
  }

  /**
   * Snowball's stem, with a doubled final consonant undone when the report has
   * the single form: definite forms double it ("sykehjemmet" → "sykehjemm",
   * "sykehjem" → "sykehjem").
   */
  private stem(word: string): string {
    const s = stemNb(word);
    const n = s.length;
    if (n >= 6 && s[n - 1] === s[n - 2] && /[bdfgklmnprstv]/.test(s[n - 1]) && this.vocabulary?.stems.has(s.slice(0, -1))) {
      return s.slice(0, -1);
    }
    return s;
  }

  /** The English stem of a normalised word, or null for an English stop word. */
  en(word: string): string | null {
    const hit = this.enCache.get(word);
    if (hit !== undefined) return hit;
    let out: string | null;
    if (word === PERCENT) out = 'percent';
    else if (NUMBER.test(word) || word.length > MAX_WORD) out = word;
    else if (!HAS_LETTER.test(word) || word.length < 2 || STOP_EN.has(word)) out = null;
    else out = stemEn(word);
    if (this.enCache.size > 50_000) this.enCache.clear();
    this.enCache.set(word, out);
    return out;
  }

  /**
   * The words of each token, with the token (stop-word check on the whole token
   * first, for "i'm"). A per cent sign after a number is a word too, PERCENT:
   * the report gives its shares as "97 %" and says "prosent" five times, so a
   * question for a percentage reaches its figures and footnotes. In a query
   * (`anyPercent`) every per cent sign is that word ("what % of schools").
   */
  *words(text: string, anyPercent = false): Generator<[string, Token]> {
    const head = text.length > MAX_ANALYZED_CHARS ? text.slice(0, MAX_ANALYZED_CHARS) : text;
    let last: Token | undefined;
    for (const tok of tokenize(head)) {
      yield* percentSign(head, last, tok.start, anyPercent);
      last = tok;
      const whole = normalizeToken(tok.text);
      if (STOP_NB.has(whole) && STOP_EN.has(whole)) continue;
      for (const w of tokenWords(tok.text)) yield [w, tok];
    }
    yield* percentSign(head, last, head.length, anyPercent);
  }

  /**
   * The index terms of a text: stems in order (with repeats), and separately
   * the stems of compound parts. `lang` 'auto' detects English.
   */
  analyzeDocument(text: string, lang: Lang | 'auto' = 'auto'): { terms: string[]; parts: string[] } {
    const l = lang === 'auto' ? detectLanguage(text) : lang;
    const terms: string[] = [];
    const parts: string[] = [];
    for (const [w] of this.words(text)) {
      if (l === 'en') {
        const t = this.en(w);
        if (t) terms.push(t);
        continue;
      }
      const t = this.nb(w);
      if (!t) continue;
      terms.push(t.main);
      parts.push(...t.parts);
    }
    return { terms, parts };
  }

  /** All search terms of a text: stems, then compound parts. */
  analyze(text: string, lang: Lang | 'auto' = 'auto'): string[] {
    const { terms, parts } = this.analyzeDocument(text, lang);
    return [...terms, ...parts];
  }

  /**
   * A query: one group per word, with the word's Norwegian stem, its
   * first-level compound parts, its English stem, and its synonyms' stems.
   * Stop words (in both languages) give no group, and in an English query
   * (`lang`, detected when not given) English ones. At most `maxWords` groups.
   */
  query(text: string, maxWords = 32, lang?: Lang): QueryGroup[] {
    const groups: QueryGroup[] = [];
    const head = text.slice(0, 4000);
    // In an English query an English function word is nothing, even one the report's Norwegian happens to contain ("in").
    const english = (lang ?? detectLanguage(head)) === 'en';
    let gap = false;
    const words = [...this.words(head, true)];
    for (let i = 0; i < words.length; i++) {
      const [w, tok] = words[i];
      if (groups.length >= maxWords) break;
      // «kor mange», «kor ofte», «Kor viktig …»: the Nynorsk question word, not the noun choir.
      if (w === NYNORSK_QUESTION.word && (i === 0 || NYNORSK_QUESTION.before.has(words[i + 1]?.[0] ?? ''))) {
        gap = true;
        continue;
      }
      if (english && STOP_EN.has(w)) {
        // A form of "be" or "have" leaves no gap: "schools were closed" holds "schools closed".
        if (!AUXILIARIES.has(w)) gap = true;
        continue;
      }
      const terms = new Map<string, QueryTerm>();
      const add = (term: string, weight: number, role: QueryTerm['role']) => {
        const prev = terms.get(term);
        if (!prev || prev.weight < weight) terms.set(term, { term, weight, role });
      };
      // An English function word ("the", "during") is not searched as Norwegian unless the report has it.
      const nb = STOP_EN.has(w) && !this.vocabulary?.knows(w) ? null : this.nb(w);
      if (nb) {
        add(nb.main, 1, 'word');
        nb.parts.slice(0, nb.firstLevel).forEach((p) => add(p, QUERY_WEIGHTS.part, 'part'));
        for (const s of this.synonyms(nb.main, 'nb')) add(s, QUERY_WEIGHTS.synonym, 'synonym');
        for (const d of this.derived(nb.main)) add(d, QUERY_WEIGHTS.derived, 'synonym');
        for (const d of this.degrees(w)) if (d !== nb.main) add(d, QUERY_WEIGHTS.derived, 'synonym');
      }
      // A Norwegian stop word is not searched as English either ("vi", "da", "kom"), nor a
      // Nynorsk one («frå», «kva»: the Bokmål «fra», «hva»).
      const en = nb || NUMBER.test(w) || !(STOP_NB.has(w) || STOP_NB.has(this.nynorsk.normalize(w))) ? this.en(w) : null;
      if (en && !NUMBER.test(w)) {
        add(en, 1, 'word');
        for (const s of this.synonyms(en, 'en')) add(s, QUERY_WEIGHTS.synonym, 'synonym');
        const cognate = this.cognate(w);
        if (cognate) add(cognate, QUERY_WEIGHTS.cognate, 'concept');
      }
      if (!terms.size) {
        gap = true;
        continue;
      }
      groups.push({ word: w, start: tok.start, end: tok.end, terms: [...terms.values()], ...(gap && groups.length ? { gap: true } : {}) });
      gap = false;
    }
    this.synthesize(groups);
    return groups;
  }

  /**
   * Compound synthesis: two neighbouring query words that the report writes as
   * one compound ("plan for pandemi" → "pandemiplan", "ekstra hjelp" →
   * "ekstrahjelp") also search that compound, in both groups, so a finding
   * with it matches both words. The compound is built from the words (the
   * first as written or as its stem, with or without a linking s/e) in the
   * order written, or reversed at a lower weight (Norwegian puts the
   * modifier first: "plan for pandemi" is a "pandemiplan"); it is added only
   * when the report has it.
   */
  private synthesize(groups: QueryGroup[]): void {
    const vocab = this.vocabulary;
    if (!vocab || !this.compounds || groups.length < 2) return;
    for (let i = 0; i + 1 < groups.length; i++) {
      const a = this.compoundWord(groups[i].word);
      const b = this.compoundWord(groups[i + 1].word);
      if (!a || !b) continue;
      const found = this.compoundOf(a, b);
      const rev = found ? undefined : this.compoundOf(b, a);
      const term = found ?? rev;
      if (!term) continue;
      const weight = found ? QUERY_WEIGHTS.compound : QUERY_WEIGHTS.reversed;
      for (const g of [groups[i], groups[i + 1]]) {
        if (!g.terms.some((t) => t.term === term)) g.terms.push({ term, weight, role: 'compound' });
      }
    }
  }

  /**
   * The Norwegian cognate of an English word the report lacks, by the regular
   * spelling correspondences of loanwords (resources/search/cognates.json:
   * "information" → "informasjon", "capacity" → "kapasitet", "psychological"
   * → "psykologisk"); only a form the report has, as its stem.
   */
  cognate(word: string): string | undefined {
    const vocab = this.vocabulary;
    if (!vocab || word.length < 5 || word.length > MAX_WORD || !/^[a-z]+$/.test(word) || vocab.knows(word)) return undefined;
    const hit = this.cognateCache.get(word);
    if (hit !== undefined) return hit || undefined;
    let out = '';
    let forms = new Set([word]);
    for (const r of COGNATE_RULES) {
      const next = new Set(forms);
      for (const f of forms) {
        if (r.end) {
          if (f.endsWith(r.en)) next.add(f.slice(0, -r.en.length) + r.nb);
        } else if (f.includes(r.en)) next.add(f.split(r.en).join(r.nb));
      }
      forms = next;
      if (forms.size > 64) break;
    }
    for (const f of forms) {
      if (f !== word && f.length >= 5 && vocab.knows(f)) {
        out = this.stem(f);
        break;
      }
    }
    if (this.cognateCache.size > 50_000) this.cognateCache.clear();
    this.cognateCache.set(word, out);
    return out || undefined;
  }

  /** A query word as a compound member: Nynorsk normalised, letters only, three or more. */
  private compoundWord(word: string): string | undefined {
    if (!/^\p{L}{3,}$/u.test(word) || STOP_NB.has(word)) return undefined;
    return this.nynorsk.normalize(word);
  }

  /** The stem of the report's compound of head `a` and tail `b`, if the report has one. */
  private compoundOf(a: string, b: string): string | undefined {
    const key = `${a} ${b}`;
    const hit = this.compoundCache.get(key);
    if (hit !== undefined) return hit || undefined;
    const out = this.compoundOfUncached(a, b) ?? '';
    if (this.compoundCache.size > 50_000) this.compoundCache.clear();
    this.compoundCache.set(key, out);
    return out || undefined;
  }

  private compoundOfUncached(a: string, b: string): string | undefined {
    const vocab = this.vocabulary!;
    const heads = new Set<string>();
    for (const h of [a, stemNb(a)]) {
      if (h.length < 3) continue;
      heads.add(h);
      for (const l of COMPOUNDS.linking) heads.add(h + l);
    }
    for (const h of heads) {
      const c = h + b;
      if (c.length >= COMPOUNDS.minWord && vocab.knows(c)) return this.stem(c);
    }
    return undefined;
  }

  /**
   * The other degrees of an adjective in -ig or -som that the report has: a
   * comparative or superlative («viktigere», «viktigst», Nynorsk «viktigast»,
   * «vanlegast») also searches the positive and the report's other degree
   * forms («viktig», «viktigere»), at the weight of a derivation. Only adjectives
   * in -ig and -som: a word in -st is often no superlative («frist» is not of «fri»).
   */
  degrees(word: string): string[] {
    const vocab = this.vocabulary;
    if (!vocab || word.length > MAX_WORD) return [];
    // An irregular comparison («små», «minste»; «store», «største») from the list.
    const irregular = IRREGULAR_DEGREES.get(word);
    if (irregular) {
      const own = this.stem(word);
      return [...new Set(irregular.filter((f) => vocab.words.has(f)).map((f) => this.stem(f)))].filter((s) => s !== own);
    }
    if (word.length < 6) return [];
    const w = this.nynorsk.normalize(word);
    const m = /^(.{2,}(?:ig|som))(?:ere|are|este|aste|est|ast|ste|st)$/.exec(w);
    if (!m || !vocab.words.has(m[1])) return [];
    const base = m[1];
    const out = new Set<string>();
    for (const f of [base, `${base}e`, `${base}ere`, `${base}st`, `${base}ste`]) if (f !== w && vocab.words.has(f)) out.add(this.stem(f));
    return [...out];
  }

  /** The stems of the same verb's other derivations (see QUERY_WEIGHTS.derived) that the report has. */
  derived(stem: string): string[] {
    const known = this.vocabulary?.stems;
    if (!known || stem.length < 6) return [];
    const out: string[] = [];
    const base = stem.endsWith('ering') ? stem.slice(0, -3) : stem.endsWith('asjon') ? `${stem.slice(0, -5)}er` : stem.endsWith('er') ? stem : '';
    if (!base) return out;
    for (const c of [base, `${base}ing`, `${base.slice(0, -2)}asjon`]) if (c !== stem && known.has(c)) out.push(c);
    return out;
  }

  /** The stems of the other members of the synonym groups a stem belongs to (resources/search/synonyms.json). */
  synonyms(stem: string, lang: Lang): string[] {
    if (!this.synonymMap) {
      const map = new Map<string, Set<string>>();
      for (const g of SYNONYM_GROUPS) {
        const l = g.lang ?? 'nb';
        const stems = new Set<string>();
        for (const t of g.terms) {
          for (const w of tokenWords(t)) {
            if (NUMBER.test(w)) continue;
            const s = l === 'en' ? this.en(w) : this.nb(w)?.main;
            if (s) stems.add(`${l}:${s}`);
          }
        }
        for (const s of stems) {
          const set = map.get(s) ?? new Set<string>();
          for (const o of stems) if (o !== s) set.add(o);
          map.set(s, set);
        }
      }
      this.synonymMap = new Map([...map].map(([k, v]) => [k, [...v].map((x) => x.slice(3))]));
    }
    return this.synonymMap.get(`${lang}:${stem}`) ?? [];
  }
}

let plain: Analyzer | undefined;

/** The search terms of a text with the plain analyser (no report vocabulary: exact Nynorsk table, no compound splitting). */
export function analyze(text: string, lang: Lang | 'auto' = 'auto'): string[] {
  plain ??= new Analyzer();
  return plain.analyze(text, lang);
}
