/**
 * Concept groups: how writers say a thing → how the report says it.
 *
 * Two tables share one mechanism (resources/search/writer-vocabulary.json for
 * Bokmål and Nynorsk writers, resources/search/glossary-en-nb.json for English
 * queries): each group lists what a writer types (`say`: words or phrases, in
 * the group's language) and the report's own words for it (`report`, Bokmål).
 * When the words of a query contain a `say` phrase (consecutive query words,
 * stop words skipped, compared by stem), those query words become one query
 * word that also searches the report's terms. So "ekstra penger fra staten"
 * searches "kompensasjon", and "protective equipment" searches
 * "smittevernutstyr", while counting as one concept, not two words.
 */
import { CONCEPT_GROUPS, STOP_EN, type ConceptGroup } from './data.js';
import type { Analyzer, QueryGroup, QueryTerm } from './analyzer.js';
import { tokenize, tokenWords } from './tokenize.js';
import { TypoIndex } from './typos.js';

function* wordsOf(text: string): Generator<string> {
  for (const tok of tokenize(text)) yield* tokenWords(tok.text);
}

/** Weight of a report term a concept adds (a query word's own stem weighs 1). */
export const CONCEPT_WEIGHT = 0.9;

interface Phrase {
  lang: 'nb' | 'en';
  stems: string[];
  /** gaps[k]: a stop word stands before stems[k] in the phrase as written («hard to reach»). */
  gaps: boolean[];
  report: string[];
}

/**
 * The analysed table as the search index stores it: each group's report stems
 * once (`reports`), and per key (language and first stem, "en:crisi") the
 * phrases as [the stems after the first, space-separated, each marked with a
 * leading '~' where a stop word stands before it; index into `reports`] (a
 * group's several phrases share one list).
 */
export interface ConceptTableJson {
  reports: string[][];
  phrases: Record<string, [string, number][]>;
}

export class ConceptTable {
  /** Phrases by their first stem, longest first. */
  private readonly byFirst = new Map<string, Phrase[]>();

  /**
   * Analyses the groups (about a thousand: a tenth of a second cold, so the
   * build does it and the index stores the result), or takes a table `toJSON`
   * wrote with the same analyser.
   */
  constructor(private readonly analyzer: Analyzer, groups: readonly ConceptGroup[] | ConceptTableJson = CONCEPT_GROUPS) {
    if (!Array.isArray(groups)) {
      const { reports, phrases } = groups as ConceptTableJson;
      for (const [key, list] of Object.entries(phrases ?? {})) {
        const colon = key.indexOf(':');
        const lang = key.slice(0, colon) === 'en' ? 'en' : 'nb';
        const first = key.slice(colon + 1);
        this.byFirst.set(
          key,
          list.map(([rest, r]) => {
            const tail = rest ? rest.split(' ') : [];
            return { lang, stems: [first, ...tail.map((t) => t.replace(/^~/, ''))], gaps: [false, ...tail.map((t) => t.startsWith('~'))], report: reports?.[r] ?? [] };
          }),
        );
      }
      return;
    }
    for (const g of groups as readonly ConceptGroup[]) {
      const report = new Set<string>();
      for (const r of g.report) {
        for (const w of wordsOf(r)) {
          const t = analyzer.nb(w);
          if (t) report.add(t.main);
        }
      }
      if (!report.size) continue;
      const reportStems = [...report];
      for (const s of g.say) {
        const { stems, gaps } = this.stems(s, g.lang);
        if (!stems.length) continue;
        const key = `${g.lang}:${stems[0]}`;
        const list = this.byFirst.get(key) ?? [];
        // Two spellings of one phrase ("støttepakke", "støttepakker") are one phrase.
        if (list.some((p) => p.report === reportStems && p.stems.join(' ') === stems.join(' ') && p.gaps.join() === gaps.join())) continue;
        list.push({ lang: g.lang, stems, gaps, report: reportStems });
        list.sort((a, b) => b.stems.length - a.stems.length);
        this.byFirst.set(key, list);
      }
    }
  }

  private readonly phraseWords = new Map<'nb' | 'en', Set<string>>();

  /** The stems of every word of the table's phrases in one language. */
  private phraseStems(lang: 'nb' | 'en'): Set<string> {
    let set = this.phraseWords.get(lang);
    if (!set) {
      set = new Set();
      for (const list of this.byFirst.values()) for (const p of list) if (p.lang === lang) for (const st of p.stems) set.add(st);
      this.phraseWords.set(lang, set);
    }
    return set;
  }

  /** Whether a Norwegian stem is a word of a Norwegian phrase of the table (a writer's word, never an English typo). */
  knowsNorwegian(stem: string): boolean {
    return this.phraseStems('nb').has(stem);
  }

  /** Whether an English stem is a word of an English phrase of the table (a glossary word, never a Norwegian typo). */
  knowsEnglish(stem: string): boolean {
    return this.phraseStems('en').has(stem);
  }

  private readonly typos = new Map<'nb' | 'en', TypoIndex>();

  /**
   * The stem of a phrase word of the table in `lang` one typo away from `stem`
   * (a letter left out, one too many, two swapped: "goverment" → "govern",
   * «besøksfobud» → «besøksforbud», a writer's word the report itself lacks), or
   * undefined; never for a stem that is itself a word of the table. For a query
   * word that reaches nothing. Shortest stems read: four letters in English, five
   * in Norwegian.
   */
  typo(lang: 'nb' | 'en', stem: string): string | undefined {
    const known = this.phraseStems(lang);
    if (known.has(stem)) return undefined;
    let index = this.typos.get(lang);
    if (!index) {
      index = new TypoIndex(() => known, (s) => known.has(s), lang === 'en' ? 4 : 5);
      this.typos.set(lang, index);
    }
    return index.near(stem, 1)[0];
  }

  toJSON(): ConceptTableJson {
    const reports: string[][] = [];
    const indexOf = new Map<string, number>();
    const phrases: ConceptTableJson['phrases'] = {};
    for (const [key, list] of this.byFirst) {
      phrases[key] = list.map((p) => {
        const id = p.report.join(' ');
        let i = indexOf.get(id);
        if (i === undefined) {
          i = reports.push(p.report) - 1;
          indexOf.set(id, i);
        }
        return [p.stems.slice(1).map((st, k) => (p.gaps[k + 1] ? `~${st}` : st)).join(' '), i];
      });
    }
    return { reports, phrases };
  }

  /** A phrase's stems, and before which of them a stop word stands. */
  private stems(text: string, lang: 'nb' | 'en'): { stems: string[]; gaps: boolean[] } {
    const stems: string[] = [];
    const gaps: boolean[] = [];
    let gap = false;
    for (const w of wordsOf(text)) {
      const s = lang === 'en' ? this.analyzer.en(w) : this.analyzer.nb(w)?.main;
      if (!s) {
        gap = true;
        continue;
      }
      gaps.push(gap && stems.length > 0);
      stems.push(s);
      gap = false;
    }
    return { stems, gaps };
  }

  private stemOf(g: QueryGroup, lang: 'nb' | 'en'): string | undefined {
    return lang === 'en' ? this.analyzer.en(g.word) ?? undefined : this.analyzer.nb(g.word)?.main;
  }

  /** The query groups with every concept phrase they contain merged into one group carrying the report's terms. */
  apply(groups: QueryGroup[]): QueryGroup[] {
    const out: QueryGroup[] = [];
    for (let i = 0; i < groups.length; ) {
      const match = this.matchAt(groups, i);
      if (!match) {
        out.push(groups[i]);
        i++;
        continue;
      }
      const { len, report, lang } = match;
      const members = groups.slice(i, i + len);
      if (lang === 'nb' && len > 1) {
        // A Norwegian phrase: its words still count one by one (a finding with
        // both is better), and the concept is one more query word.
        out.push(...members, {
          word: members.map((m) => m.word).join(' '),
          start: members[0].start,
          end: members[members.length - 1].end,
          terms: report.map((r) => ({ term: r, weight: CONCEPT_WEIGHT, role: 'concept' as const })),
        });
        i += len;
        continue;
      }
      const terms = new Map<string, QueryTerm>();
      for (const m of members) for (const t of m.terms) if (!terms.has(t.term) || terms.get(t.term)!.weight < t.weight) terms.set(t.term, t);
      for (const r of report) if (!terms.has(r) || terms.get(r)!.weight < CONCEPT_WEIGHT) terms.set(r, { term: r, weight: CONCEPT_WEIGHT, role: 'concept' });
      out.push({
        word: members.map((m) => m.word).join(' '),
        start: members[0].start,
        end: members[members.length - 1].end,
        terms: [...terms.values()],
        prefix: members[members.length - 1].prefix,
      });
      i += len;
    }
    return out;
  }

  private matchAt(groups: QueryGroup[], i: number): { len: number; report: string[]; lang: 'nb' | 'en' } | undefined {
    let best: { len: number; words: number; report: Set<string>; lang: 'nb' | 'en' } | undefined;
    for (const lang of ['nb', 'en'] as const) {
      const first = this.stemOf(groups[i], lang);
      if (!first) continue;
      for (const p of this.byFirst.get(`${lang}:${first}`) ?? []) {
        if (i + p.stems.length > groups.length) continue;
        // The phrase's words in order. In English a word the query leaves out (a stop word)
        // may stand between two of them only where the phrase has one: "visits to nursing
        // homes" does not hold "visiting nursing" (Norwegian puts «var», «er» inside a phrase:
        // «hvor strenge var tiltakene» holds «strenge tiltak»). Where the phrase has one, an
        // English function word the query keeps (read as Norwegian, «to» is 'two') is passed
        // over: "hard to reach groups".
        let j = i + 1;
        let k = 1;
        while (k < p.stems.length && j < groups.length) {
          const g = groups[j];
          const stem = this.stemOf(g, lang);
          if (stem === p.stems[k] && (!g.gap || p.gaps[k] || lang === 'nb')) k++;
          else if (!(lang === 'en' && p.gaps[k] && !g.gap && STOP_EN.has(g.word.toLowerCase()))) break;
          j++;
        }
        if (k < p.stems.length) continue;
        const len = j - i;
        if (!best || p.stems.length > best.words) best = { len, words: p.stems.length, report: new Set(p.report), lang };
        else if (p.stems.length === best.words && len === best.len) for (const r of p.report) best.report.add(r);
      }
    }
    return best && { len: best.len, report: [...best.report], lang: best.lang };
  }
}

