/**
 * The full-text evidence index: MiniSearch (BM25+) over the report's findings,
 * fed with the terms of the Norwegian analyser (./analyzer.ts).
 *
 * Each finding is one document with three fields: its text (stems), the stems
 * of the compound parts in its text (lower weight) and its section title
 * (weighed as the text: above it, a word of the title lifted every paragraph
 * of the section over the one passage that names a rarer word). A list item's
 * lower-weight field also holds the stems of the paragraph that leads into its
 * list («… tiltak for å bøte på bemanningsutfordringene som å» before «Benyttet
 * sykepleiestudenter som ressurs»): the item's meaning is in the lead. A query
 * word naming a kind ("læringspunkt", "eksempel", "figure") also prefers
 * findings of that kind.
 *
 * A query is analysed into one group per word (its stem, English stem,
 * compound parts and synonyms, ./analyzer.ts `query`). MiniSearch scores each
 * group; a finding's score is the sum over the groups it matches times the
 * square root of the number of groups it matches (a softer form of
 * MiniSearch's own coordination rule, applied to words rather than to expanded
 * terms, so synonyms do not count twice), times a
 * boost for its kind: learning points and key experiences rank above ordinary
 * paragraphs when equally relevant. A finding whose neighbouring passages in
 * its section match the query words it lacks gains a little (a question is
 * often answered across consecutive paragraphs), and so does one that names
 * the query's words in its first words (it is about them).
 *
 * A finding must match query words carrying a share of the query's
 * information (MIN_COVERAGE; what its neighbours match counts half), else the
 * look-up says it found nothing. Typos are read only for words the index
 * lacks: a letter left out, doubled or swapped, on the stem, on the word as
 * typed, and for English on the words of the glossary.
 */
import type { SearchResult } from 'minisearch';
import type { Finding, FindingKind, Report } from '../model.js';
import { Analyzer, detectLanguage, QUERY_WEIGHTS, type Lang, type QueryGroup, type QueryTerm } from './analyzer.js';
import { CompactMiniSearch, type CompactIndex } from './compact.js';
import { ConceptTable, type ConceptTableJson } from './concepts.js';
import { DEFINITION, KIND_WORDS, METHOD, QUANTITY, STOP_EN, STOP_NB, SUMMARY_PAIRS } from './data.js';
import { excerpt, matchRanges, type Excerpt } from './highlight.js';
import { tokenize, tokenWords } from './tokenize.js';
import { TypoIndex } from './typos.js';
import { Vocabulary, type VocabularyJson } from './vocabulary.js';
import { BoundedCache } from '../util/cache.js';

export { excerpt, markText, matchRanges, type Excerpt } from './highlight.js';
export { Analyzer, analyze, detectLanguage, tokenize, type Lang, type QueryGroup, type QueryTerm } from './analyzer.js';

export interface SearchOptions {
  /** Most hits to return (default 10). */
  limit?: number;
  /** Only findings of these kinds. */
  kinds?: readonly FindingKind[];
  /**
   * Surrounding plan text (the paragraph and heading around the cursor). Ranks
   * the hits of a short query (one or two words), and stands in for an empty one
   * (completion after `[@` before a word is typed).
   */
  context?: string;
  /** Treat the last query word as a prefix (as-you-type completion). */
  prefix?: boolean;
}

export interface SearchHit {
  finding: Finding;
  score: number;
  /** The index terms that matched (stems), for highlighting. */
  terms: string[];
}

/** Boost by kind: evidence a writer cites first ranks first when equally relevant. */
export const KIND_BOOST: Readonly<Record<FindingKind, number>> = {
  'learning-point': 1.55,
  'key-experience': 1.3,
  example: 1.1,
  paragraph: 1,
  figure: 0.6,
  section: 0.6,
  footnote: 0.6,
};

const FIELDS = ['text', 'parts', 'title'] as const;
const FIELD_BOOST = { text: 1, parts: 0.5, title: 1 };
/**
 * Score factor, when a query asks for a quantity («hvor stor andel», "how many"),
 * for the findings that state one (resources/search/quantity.json): chosen on the
 * tuning splits (sixth round: 1.5 to 2 the same, 1.3 half the gain; seventh round,
 * 2,986 queries: 2 one more at 3 and ten more at 1 than 1.5, 2.5 no better).
 */
const QUANTITY_BOOST = 2;
/** The English stem of "lesson(s)": a learning point, or with "main" or "key" a key experience. */
const LESSON = 'lesson';
/** Words that make "lessons" the main ones: the key experiences. */
const MAIN: ReadonlySet<string> = new Set(['main', 'central', 'major', 'biggest', 'top', 'principal', 'overall']);
/** Score factor for findings of a kind the query names ("læringspunkt smittevern"). */
const NAMED_KIND_BOOST = 1.7;
/**
 * Score factor for the findings of the English summary: a translation of the
 * Norwegian summary, so the Norwegian passage it renders is the better evidence
 * to cite; it still ranks when nothing Norwegian matches.
 */
const ENGLISH_FINDING_WEIGHT = 0.5;
/** How many other passages stand between a passage and its word-for-word repeat among the best hits. */
const DUPLICATE_GAP = 2;
/** A Norwegian passage the matched English summary passage translates ranks this much above it. */
const TRANSLATED_LIFT = 1.01;
/** Weight of an index term a typo-tolerant look-up found for a word the index does not have. */
const TYPO_WEIGHT = 0.7;
/**
 * The score floor: a finding must match query words that carry at least this
 * share of the query's information (idf-weighted); below it, it is noise (one
 * common word of a longer question) and the look-up says it found nothing.
 */
export const MIN_COVERAGE = 0.34;
/**
 * The query words a finding's neighbours match (NEIGHBOUR_WINDOW, same section)
 * and it does not count this much toward its share: «ansvarsprinsippet
 * nærhetsprinsippet samvirke» names three principles the report defines in three
 * consecutive paragraphs, each a third of the query, and is not noise.
 */
const NEIGHBOUR_COVERAGE = 0.5;
/** How many of the best hits phrase proximity re-ranks, the window in index terms, and the most it adds. */
const PROXIMITY_CANDIDATES = 30;
const PROXIMITY_WINDOW = 3;
const PROXIMITY_BOOST = 0.5;
/** Two query words within the window but not side by side count this much of a pair side by side. */
const PROXIMITY_APART = 0.6;
/** Shortest English word read as a typo of a glossary word ("apply" is a word, not "application" misspelt). */
const MIN_ENGLISH_TYPO = 6;
/** How far (in findings, within one section) a neighbour counts, and the most a finding gains from its neighbours. */
const NEIGHBOUR_WINDOW = 3;
const NEIGHBOUR_LIFT = 0.5;
/**
 * A passage that names a query word among its first LEAD_WINDOW index terms is
 * about it ("Sårbare barn og unge er ikke en entydig gruppe …"), not only
 * mentioning it: it gains up to LEAD_BOOST, by the share of query words there
 * (a synonym or concept term counting for its weight). Chosen on the tuning
 * splits with learning points at 1.55 (they state their topic in a sentence,
 * not in the first words, and still rank first when equally relevant).
 */
const LEAD_WINDOW = 6;
const LEAD_BOOST = 0.3;
/** A query of at most this many words is "short": surrounding context re-ranks it. */
const SHORT_QUERY = 2;
/** Weight of the context score against the query score for a short query. */
const CONTEXT_WEIGHT = 0.3;
const MAX_QUERY_CHARS = 2000;
/** Findings whose analysed terms proximity keeps (the report has under a thousand). */
const DOC_TERMS_CACHE = 2000;
const MAX_CONTEXT_CHARS = 3000;
const MAX_CONTEXT_TERMS = 40;
const FORMAT_VERSION = 8;

interface Doc {
  id: number;
  text: string;
  parts: string;
  title: string;
}

interface SerializedSearch {
  format: 'evidensplan-search';
  version: number;
  /** sha256 of the report text the index was built from. */
  reportSha256: string;
  findings: number;
  /** One letter per finding: its analyser language ('n' Norwegian, 'e' English). */
  langs: string;
  vocabulary: VocabularyJson;
  /** The analysed synonym groups (Analyzer.synonymTable). */
  synonyms: Record<string, string[]>;
  /** The analysed concept phrases (ConceptTable.toJSON). */
  concepts: ConceptTableJson;
  index: CompactIndex;
}

/**
 * BM25 with a little stronger length normalisation than MiniSearch's default (b 0.7):
 * findings run from one-line bullets ("Benyttet sykepleiestudenter som
 * ressurs") to long paragraphs, and a short finding that names the thing is
 * the better evidence to cite than a long one that mentions it among others.
 * Not further: at b 0.9 a long learning point that is the answer
 * ("smittevernutstyret" → lp. 3.5.1) drops out of the top three.
 */
const BM25 = { k: 1.2, b: 0.8, d: 0.5 };

const MS_OPTIONS = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [] as string[],
  tokenize: (s: string) => s.split(' '),
  processTerm: (t: string) => t || null,
  searchOptions: { boost: FIELD_BOOST, weights: { fuzzy: 0.3, prefix: 0.6 }, bm25: BM25 },
};

/** A paragraph that introduces a list: it ends in a colon, or mid-sentence («tiltak … som å»). */
const LIST_LEAD = /(?::|\bsom å)\s*$/u;
/** A list item is short (the report's run to about 300 characters; longer is a paragraph again). */
const LIST_ITEM_CHARS = 400;
const LIST_ITEMS = 12;

/**
 * The items of the report's lists, each with the paragraph that leads into it
 * (finding index → its lead's index): the paragraphs after a lead, in its
 * section, while they are short.
 */
function listLeads(report: Report): Map<number, number> {
  const out = new Map<number, number>();
  const fs = report.findings;
  fs.forEach((f, i) => {
    if (f.kind !== 'paragraph' || !LIST_LEAD.test(f.text)) return;
    for (let j = i + 1; j < fs.length && j <= i + LIST_ITEMS; j++) {
      const item = fs[j];
      if (item.kind !== 'paragraph' || item.section !== f.section || item.text.length > LIST_ITEM_CHARS) break;
      out.set(j, i);
    }
  });
  return out;
}

export class EvidenceSearch {
  private constructor(
    readonly report: Report,
    readonly analyzer: Analyzer,
    private readonly ms: CompactMiniSearch<Doc>,
    private readonly langs: Lang[],
  ) {}

  /** Indexes every finding of the report (build time). */
  static build(report: Report): EvidenceSearch {
    const sectionLang = sectionLanguages(report);
    const langs: Lang[] = report.findings.map(
      (f) => sectionLang.get(f.section) ?? (f.kind === 'section' ? 'nb' : detectLanguage(f.text)),
    );
    // The vocabulary: every word of the Norwegian findings. An English function word
    // that is only a part of a hyphenated word («drop-in») is not a Norwegian word:
    // else "in" of an English query counts as a rare word of the report.
    const words = new Set<string>();
    report.findings.forEach((f, i) => {
      if (langs[i] !== 'nb') return;
      for (const tok of tokenize(f.text)) {
        const ws = tokenWords(tok.text);
        for (const w of ws) if (/^\p{L}{2,}$/u.test(w) && !(ws.length > 1 && STOP_EN.has(w) && !STOP_NB.has(w))) words.add(w);
      }
    });
    const analyzer = new Analyzer(new Vocabulary(words));
    const ms = new CompactMiniSearch<Doc>(MS_OPTIONS);
    const titles = new Map<string, string>();
    const abbreviations = reportAbbreviations(report, langs);
    const leads = listLeads(report);
    const docs = report.findings.map((f, i): Doc => {
      const lang = langs[i];
      const { terms, parts } = analyzer.analyzeDocument(f.text, lang);
      const lead = leads.get(i);
      if (lead !== undefined) parts.push(...analyzer.analyze(report.findings[lead].text, lang));
      // A footnote that spells out an abbreviation («Testing, isolering, smittesporing og
      // karantene») names it: "what does TISK stand for" finds it.
      const spelled = f.kind === 'footnote' ? spelledOut(f.text, abbreviations) : undefined;
      if (spelled) parts.push(...analyzer.analyze(spelled, lang));
      let title = titles.get(`${lang}:${f.section}`);
      if (title === undefined) {
        title = analyzer.analyze(f.sectionTitle, lang).join(' ');
        titles.set(`${lang}:${f.section}`, title);
      }
      return { id: i, text: terms.join(' '), parts: parts.join(' '), title };
    });
    ms.addAll(docs);
    return new EvidenceSearch(report, analyzer, ms, langs);
  }

  /** Loads an index written by `toJSON` for the same report; throws if it was built from another report. */
  static fromJSON(json: string, report: Report): EvidenceSearch {
    let data: SerializedSearch;
    try {
      data = JSON.parse(json) as SerializedSearch;
    } catch {
      throw new Error('the search index is not valid JSON; run `npm run build`');
    }
    if (data?.format !== 'evidensplan-search' || data.version !== FORMAT_VERSION) {
      throw new Error('the search index has an unknown format; run `npm run build`');
    }
    if (data.reportSha256 !== report.source.sha256 || data.findings !== report.findings.length) {
      throw new Error('the search index was built from another version of the report; run `npm run build`');
    }
    let ms: CompactMiniSearch<Doc>;
    try {
      ms = CompactMiniSearch.fromCompact<Doc>(data.index, MS_OPTIONS);
    } catch {
      throw new Error('the search index is damaged; run `npm run build`');
    }
    const langs = [...data.langs].map((c) => (c === 'e' ? 'en' : 'nb') as Lang);
    const analyzer = new Analyzer(Vocabulary.fromJSON(data.vocabulary), data.synonyms);
    const search = new EvidenceSearch(report, analyzer, ms, langs);
    if (data.concepts && typeof data.concepts === 'object') search.concepts = new ConceptTable(analyzer, data.concepts);
    return search;
  }

  toJSON(): string {
    const data: SerializedSearch = {
      format: 'evidensplan-search',
      version: FORMAT_VERSION,
      reportSha256: this.report.source.sha256,
      findings: this.report.findings.length,
      langs: this.langs.map((l) => (l === 'en' ? 'e' : 'n')).join(''),
      vocabulary: this.analyzer.vocabulary!.toJSON(),
      synonyms: this.analyzer.synonymTable(),
      concepts: this.conceptTable().toJSON(),
      index: this.ms.toCompact(),
    };
    return JSON.stringify(data);
  }

  /** The language the analyser read a finding in. */
  languageOf(finding: Finding): Lang {
    const i = this.report.findings.indexOf(finding);
    return i >= 0 ? this.langs[i] : 'nb';
  }

  private concepts?: ConceptTable;

  private conceptTable(): ConceptTable {
    this.concepts ??= new ConceptTable(this.analyzer);
    return this.concepts;
  }

  /** The last query analysed: the editor search highlights each hit it lists with the same query. */
  private lastGroups?: { key: string; groups: QueryGroup[] };

  /**
   * The analysed words of a query (what `search` looks for), for highlighting.
   * Callers read the groups and never change them (the last query's are kept).
   */
  queryGroups(query: string, prefix = false, lang?: Lang): QueryGroup[] {
    const q = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '';
    // The query's language, read once (the analyser, the typo step and the score floor use it).
    const l = lang ?? detectLanguage(q);
    const key = `${prefix ? 'p' : 'w'}${l}:${q}`;
    if (this.lastGroups?.key === key) return this.lastGroups.groups;
    const table = this.conceptTable();
    const typing = prefix && /[\p{L}\p{N}]$/u.test(q);
    const groups = table.apply(this.tableTypos(this.analyzer.query(q, 32, l), table, typing, l));
    if (typing && groups.length) {
      const last = groups[groups.length - 1];
      last.prefix = true;
    }
    this.lastGroups = { key, groups };
    return groups;
  }

  /**
   * A query word that reaches nothing in the index (no stem of it is there) and
   * is a report word typed without æ, ø and å («Tromso», «Baerum») searches that
   * word; else, if it is one typo from a word of the concept tables, it is read as that word: an
   * English glossary word ("goverment" → "government"), or in a Norwegian query
   * a writer's word of the vocabulary table ("besøksfobud" → "besøksforbud"), so
   * the table carries it to the report's own words.
   */
  private tableTypos(groups: QueryGroup[], table: ConceptTable, typing: boolean, lang: Lang): QueryGroup[] {
    return groups.map((g, i) => {
      // A word still being typed (as-you-type completion) is a prefix, not a typo.
      if (typing && i === groups.length - 1) return g;
      if (g.terms.some((t) => this.ms.hasTerm(t.term))) return this.collidingTypo(g, table) ?? g;
      // A report word typed without æ, ø, å ("Tromso"), unless it is an English word of the glossary ("trade").
      const unfolded = this.analyzer.unfold(g.word);
      const enStem = this.analyzer.en(g.word);
      if (unfolded !== g.word && !(enStem && table.knowsEnglish(enStem))) {
        const nb = this.analyzer.nb(unfolded);
        if (nb) return { ...g, terms: [...g.terms, { term: nb.main, weight: 1, role: 'word' as const }, ...nb.parts.slice(0, nb.firstLevel).map((p) => ({ term: p, weight: QUERY_WEIGHTS.part, role: 'part' as const }))] };
      }
      if (g.word.length < MIN_ENGLISH_TYPO) return g;
      const nb = this.analyzer.nb(g.word)?.main;
      // A writer's Norwegian word of the vocabulary table ("takle") is not an English typo ("tackle").
      if (nb && table.knowsNorwegian(nb)) return g;
      const stem = this.analyzer.en(g.word);
      // A typo of the stem; read on the word as typed where that finds one too («compeeting» is «competing», not «competence»).
      let fixed = stem ? table.typo('en', stem) : undefined;
      if (fixed) fixed = englishWordTypo(g.word, (w) => this.analyzer.en(w), table) ?? fixed;
      if (fixed && this.analyzer.en(fixed) !== fixed) fixed = undefined;
      // A typo of a writer's Norwegian word of the table (which the report may lack):
      // «besøksfobud» is «besøksforbud», which the table takes to «besøksrestriksjoner».
      // A one-word query reads as Norwegian; an English glossary word in it («pedagogy») is not a typo.
      let fixedNb = nb && lang === 'nb' && !(stem && table.knowsEnglish(stem)) ? table.typo('nb', nb) : undefined;
      if (fixedNb && this.analyzer.nb(fixedNb)?.main !== fixedNb) fixedNb = undefined;
      if (fixedNb) return { ...g, word: fixedNb, terms: [...g.terms, { term: fixedNb, weight: TYPO_WEIGHT, role: 'word' }] };
      if (!fixed) return g;
      return { ...g, word: fixed, terms: [...g.terms, { term: fixed, weight: TYPO_WEIGHT, role: 'word' }] };
    });
  }

  /**
   * A word the report does not have as written whose stem only meets another
   * word's («visting» → «vist», Norwegian for shown) read as the glossary word
   * it is with a letter left out or two letters swapped (visiting), in place
   * of that stem; else undefined. A real English word whose stem alone is one
   * letter from a glossary stem («bringing»: ring; «timers»: tier) is left as
   * it is, since no letter added to the word as typed makes the glossary word.
   */
  private collidingTypo(g: QueryGroup, table: ConceptTable): QueryGroup | undefined {
    if (g.word.length < MIN_ENGLISH_TYPO || this.analyzer.vocabulary?.words.has(g.word)) return undefined;
    if (table.knowsNorwegian(this.analyzer.nb(g.word)?.main ?? '')) return undefined;
    const stem = this.analyzer.en(g.word);
    if (!stem || table.knowsEnglish(stem) || g.terms.some((t) => t.role !== 'word')) return undefined;
    const fixed = table.typo('en', stem);
    if (!fixed || this.analyzer.en(fixed) !== fixed || !typedFor(g.word, fixed, (w) => this.analyzer.en(w))) return undefined;
    return { ...g, word: fixed, terms: [{ term: fixed, weight: TYPO_WEIGHT, role: 'word' }] };
  }

  /** The words of a finding's text that a query matches, and an excerpt of one paragraph around them. */
  highlight(finding: Finding, query: string, opts: { prefix?: boolean; maxChars?: number } = {}): Excerpt {
    const marks = matchRanges(this.analyzer, finding.text, this.queryGroups(query, !!opts.prefix));
    return excerpt(finding.text, marks, opts.maxChars);
  }

  /** Ranked findings for a query. Never throws; an empty or stop-word-only query without context gives []. */
  search(query: string, options?: SearchOptions): SearchHit[] {
    const opts = options ?? {};
    const limit = Math.max(0, Math.floor(Number(opts.limit ?? 10)));
    if (!limit) return [];
    const filter = opts.kinds?.length ? kindFilter(this.report, opts.kinds) : undefined;
    const text = typeof query === 'string' ? query.slice(0, MAX_QUERY_CHARS) : '';
    const lang = detectLanguage(text);
    const groups = this.queryGroups(query ?? '', !!opts.prefix, lang);
    const context = typeof opts.context === 'string' ? opts.context.slice(0, MAX_CONTEXT_CHARS) : '';

    const coverage: Coverage = { total: 0, matched: new Map(), groups: [] };
    const english = lang === 'en';
    // The words that ask what a term means («meaning», «står for») frame the question: they do not count in the floor.
    const frame = groups.map((g) => ASKS_DEFINITION_WORD.test(g.word));
    // The last word of «hvor stor», "how many" only asks for a quantity: it is not searched at all.
    const asking = quantityFrame(text);
    const ignore = groups.map((g) => asking.some(([a, b]) => g.start >= a && g.end <= b));
    let scores = this.scoreGroups(groups, filter, coverage, english, frame, ignore);
    if (groups.length >= 2) this.liftByNeighbours(scores, groups.length);
    if (coverage.total > 0) {
      const around = this.neighbourCoverage(scores, coverage);
      for (const id of [...scores.keys()]) {
        const share = ((coverage.matched.get(id) ?? 0) + NEIGHBOUR_COVERAGE * (around.get(id) ?? 0)) / coverage.total;
        if (share < MIN_COVERAGE) scores.delete(id);
      }
    }
    if (context && groups.length <= SHORT_QUERY) {
      const ctx = this.scoreContext(context, filter);
      if (!groups.length) scores = ctx;
      else if (ctx.size) scores = blend(scores, ctx);
    }
    const named = this.namedKinds(groups);
    const quantity = asksQuantity(text) ? this.quantityFindings() : undefined;
    const method = ASKS_METHOD.test(text);
    // A question for a share of a group («hvor stor andel … regnes som sårbare») asks for the number, not the definition.
    const defining = !quantity && ASKS_DEFINITION.test(text) ? this.definingFindings() : undefined;
    const hits: SearchHit[] = [];
    for (const [id, s] of scores) {
      const finding = this.report.findings[id];
      const boost = (quantity?.has(id) ? QUANTITY_BOOST : 1) * (method && METHOD.sections.has(finding.section) ? METHOD.boost : 1) * (defining?.has(id) ? DEFINITION.boost : 1) * KIND_BOOST[finding.kind] * (named.has(finding.kind) ? NAMED_KIND_BOOST : 1) * (this.langs[id] === 'en' ? ENGLISH_FINDING_WEIGHT : 1);
      hits.push({ finding, score: s.score * boost, terms: [...s.terms] });
    }
    this.addTranslated(hits, opts.kinds);
    hits.sort((a, b) => b.score - a.score || a.finding.line - b.finding.line);
    if (groups.length >= 2) this.rerankByProximity(hits, groups);
    if (groups.length) this.rerankByLead(hits, groups);
    spreadDuplicates(hits, DUPLICATE_GAP);
    return hits.slice(0, limit);
  }

  /**
   * Neighbouring passages: a writer's question is often answered by a few
   * consecutive paragraphs, each naming part of it (the equipment in one, the
   * shortage in the next). A finding gains NEIGHBOUR_LIFT × the share of query
   * words that findings within NEIGHBOUR_WINDOW of it, in its section, match
   * and it does not.
   */
  private liftByNeighbours(scores: Map<number, Score>, n: number): void {
    for (const [id, s] of scores) {
      const extra = popcount(this.neighbourMask(scores, id) & ~(s.mask ?? 0));
      if (extra) s.score *= 1 + (NEIGHBOUR_LIFT * extra) / Math.min(n, 31);
    }
  }

  /** The query groups (bits, as Score.mask) that the findings within NEIGHBOUR_WINDOW of `id`, in its section, match. */
  private neighbourMask(scores: Map<number, Score>, id: number): number {
    const findings = this.report.findings;
    const sec = findings[id].section;
    let around = 0;
    for (let j = id - NEIGHBOUR_WINDOW; j <= id + NEIGHBOUR_WINDOW; j++) {
      if (j === id || j < 0 || j >= findings.length || findings[j].section !== sec) continue;
      around |= scores.get(j)?.mask ?? 0;
    }
    return around;
  }

  /** Per finding, the floor weight of the query groups its neighbours (NEIGHBOUR_WINDOW, same section) match and it does not. */
  private neighbourCoverage(scores: Map<number, Score>, coverage: Coverage): Map<number, number> {
    const out = new Map<number, number>();
    for (const [id, s] of scores) {
      let extra = this.neighbourMask(scores, id) & ~(s.mask ?? 0);
      let w = 0;
      for (let g = 0; extra; g++, extra >>>= 1) if (extra & 1) w += coverage.groups[g] ?? 0;
      if (w) out.set(id, w);
    }
    return out;
  }

  /** A finding's index terms in order (for proximity), analysed again on demand and kept for the findings in use. */
  private termsOf(id: number): string[] {
    return this.docTerms.getOrCompute(id, () => this.analyzer.analyzeDocument(this.report.findings[id].text, this.langs[id]).terms);
  }

  private translations?: Map<number, number[]>;

  /**
   * The English summary translates parts of the Norwegian summary and of
   * chapter 10.3 (resources/search/summary-alignment.json): a hit on an English
   * passage lifts the Norwegian passage it mainly translates to its place
   * (TRANSLATED_LIFT), since that is what a plan cites, and the English passage
   * moves down by ENGLISH_FINDING_WEIGHT once more. A Norwegian passage that
   * scored higher on its own keeps its score.
   */
  private addTranslated(hits: SearchHit[], kinds?: readonly FindingKind[]): void {
    if (!this.translations) {
      const byLocator = new Map(this.report.findings.map((f, i) => [f.locator, i]));
      this.translations = new Map();
      for (const p of SUMMARY_PAIRS) {
        const en = byLocator.get(p.en);
        const nb = p.nb.map((l) => byLocator.get(l)).filter((i): i is number => i !== undefined);
        if (en !== undefined && nb.length) this.translations.set(en, nb);
      }
    }
    const byId = new Map<number, SearchHit>();
    for (const h of hits) byId.set(this.idOf(h.finding), h);
    const english = hits.filter((h) => this.translations!.has(this.idOf(h.finding)));
    for (const h of english) {
      // The first Norwegian passage listed is the main translation; it takes the English
      // passage's place, and the English one moves down (one slot, not several).
      const id = this.translations.get(this.idOf(h.finding))![0];
      const finding = this.report.findings[id];
      if (kinds?.length && !kinds.includes(finding.kind)) continue;
      const score = h.score * TRANSLATED_LIFT;
      const own = byId.get(id);
      if (!own) {
        const hit = { finding, score, terms: [] as string[] };
        hits.push(hit);
        byId.set(id, hit);
      } else if (own.score < score) own.score = score;
      h.score *= ENGLISH_FINDING_WEIGHT;
    }
  }

  private readonly docTerms = new BoundedCache<number, string[]>(DOC_TERMS_CACHE);

  /**
   * Phrase proximity: among the best hits, a finding where consecutive query
   * words stand close together (within PROXIMITY_WINDOW index terms, in order)
   * gains up to PROXIMITY_BOOST: "undervisning ute" is one thing, not two words
   * anywhere in a long paragraph. A pair side by side («nye sårbare», the term
   * itself) counts fully, a pair a word or two apart PROXIMITY_APART.
   */
  private rerankByProximity(hits: SearchHit[], groups: QueryGroup[]): void {
    const sets = groups.map((g) => new Set(g.terms.map((t) => t.term)));
    const n = Math.min(hits.length, PROXIMITY_CANDIDATES);
    for (let h = 0; h < n; h++) {
      const f = hits[h].finding;
      const id = this.idOf(f);
      const terms = this.termsOf(id);
      // Positions of each group's terms.
      const pos = sets.map(() => [] as number[]);
      terms.forEach((t, i) => sets.forEach((set, g) => set.has(t) && pos[g].push(i)));
      let near = 0;
      for (let g = 0; g + 1 < sets.length; g++) {
        const a = pos[g];
        const b = pos[g + 1];
        if (!a.length || !b.length) continue;
        let j = 0;
        let best = 0;
        for (const p of a) {
          while (j < b.length && b[j] <= p) j++;
          if (j < b.length && b[j] - p <= PROXIMITY_WINDOW) best = Math.max(best, b[j] - p === 1 ? 1 : PROXIMITY_APART);
          if (best === 1) break;
        }
        near += best;
      }
      hits[h].score *= 1 + (PROXIMITY_BOOST * near) / (sets.length - 1);
    }
    const head = hits.slice(0, n).sort((a, b) => b.score - a.score || a.finding.line - b.finding.line);
    hits.splice(0, n, ...head);
  }

  /**
   * Lead position: among the best hits, a finding whose first LEAD_WINDOW index
   * terms hold query words gains LEAD_BOOST × their share of the query words (a
   * topic sentence names its subject first; a passage that only mentions the
   * words later is less about them).
   */
  private rerankByLead(hits: SearchHit[], groups: QueryGroup[]): void {
    // Each query word's terms with their weights: a synonym in the lead counts for its weight.
    const weights = groups.map((g) => new Map(g.terms.map((t) => [t.term, t.weight])));
    const n = Math.min(hits.length, PROXIMITY_CANDIDATES);
    for (let h = 0; h < n; h++) {
      const terms = this.termsOf(this.idOf(hits[h].finding)).slice(0, LEAD_WINDOW);
      let lead = 0;
      for (const w of weights) lead += Math.min(1, Math.max(0, ...terms.map((t) => w.get(t) ?? 0)));
      hits[h].score *= 1 + (LEAD_BOOST * lead) / weights.length;
    }
    const head = hits.slice(0, n).sort((a, b) => b.score - a.score || a.finding.line - b.finding.line);
    hits.splice(0, n, ...head);
  }

  private quantities?: Set<number>;

  private defining?: Set<number>;

  /** The findings that define a term (resources/search/definition.json): a defining word, or a footnote that spells out an abbreviation. */
  private definingFindings(): Set<number> {
    if (!this.defining) {
      const abbreviations = reportAbbreviations(this.report, this.langs);
      this.defining = new Set(
        this.report.findings.flatMap((f, i) => (DEFINES.test(f.text) || (f.kind === 'footnote' && spelledOut(f.text, abbreviations)) ? [i] : [])),
      );
    }
    return this.defining;
  }

  /** The findings that state a quantity (STATES_QUANTITY). */
  private quantityFindings(): Set<number> {
    this.quantities ??= new Set(this.report.findings.flatMap((f, i) => (STATES_QUANTITY.test(f.text) ? [i] : [])));
    return this.quantities;
  }

  private ids?: Map<Finding, number>;

  private idOf(f: Finding): number {
    this.ids ??= new Map(this.report.findings.map((x, i) => [x, i]));
    return this.ids.get(f) ?? -1;
  }

  /** Findings that speak to the same thing as `finding` (itself excluded). */
  related(finding: Finding, limit = 5): SearchHit[] {
    const self = this.report.findings.indexOf(finding);
    const scores = this.scoreContext(`${finding.sectionTitle}\n${finding.text}`, (r) => r.id !== self);
    const hits = [...scores].map(([id, s]) => {
      const f = this.report.findings[id];
      return { finding: f, score: s.score * KIND_BOOST[f.kind], terms: [...s.terms] };
    });
    hits.sort((a, b) => b.score - a.score || a.finding.line - b.finding.line);
    return hits.slice(0, Math.max(0, limit));
  }

  private kindWords?: Map<string, FindingKind>;

  /** The kinds the query names by a word of resources/search/kinds.json. */
  private namedKinds(groups: QueryGroup[]): Set<FindingKind> {
    if (!this.kindWords) {
      this.kindWords = new Map();
      for (const [kind, words] of Object.entries(KIND_WORDS) as [FindingKind, string[]][]) {
        for (const w of words) {
          const nb = this.analyzer.nb(w)?.main;
          if (nb) this.kindWords.set(nb, kind);
          const en = this.analyzer.en(w);
          if (en) this.kindWords.set(en, kind);
        }
      }
    }
    const out = new Set<FindingKind>();
    // Whether a learning point is named by its own word («læringspunkt»), not only by "lesson".
    let ownWord = false;
    for (const g of groups) {
      for (const t of g.terms) {
        const kind = t.role === 'word' ? this.kindWords.get(t.term) : undefined;
        if (!kind) continue;
        out.add(kind);
        if (kind === 'learning-point' && t.term !== LESSON) ownWord = true;
      }
    }
    // "main lessons", "key lessons" are the key experiences («sentrale erfaringer»); a
    // learning point named by its own word stays asked for.
    const main = out.has('key-experience') || groups.some((g) => g.word.toLowerCase().split(' ').some((w) => MAIN.has(w)));
    if (out.has('learning-point') && !ownWord && main) {
      out.delete('learning-point');
      out.add('key-experience');
    }
    return out;
  }

  /**
   * Per group one MiniSearch query; the sum of group scores times the square
   * root of the number of groups matched (COORDINATION). `info` gets, per finding, the summed weight (idf) of the
   * groups it matched, and `info.total` that of all groups, for the score floor.
   */
  private scoreGroups(groups: QueryGroup[], filter?: (r: SearchResult) => boolean, info?: Coverage, english = false, frame?: readonly boolean[], ignore?: readonly boolean[]): Map<number, Score> {
    const out = new Map<number, Score>();
    // An English word nothing in the report has (neither the glossary nor a loanword
    // reaches it) is most likely a word the tables lack rather than a topic the report
    // lacks, when at least two other words of the query do reach the report: it then
    // does not count in the floor, which is kept among the words that reach the report.
    // One known word among unknown ones stays too thin («evacuation of nursing homes»
    // finds nothing, like «evakuering av sykehjem»).
    const skipUnknownEnglish = english && groups.filter((g) => g.terms.some((t) => t.role !== 'synonym' && this.ms.hasTerm(t.term))).length >= 2;
    for (const [gi, g] of groups.entries()) {
      if (ignore?.[gi]) {
        if (info) info.groups[gi] = 0;
        continue;
      }
      let terms = g.terms;
      // Typo tolerance only for a word nothing of which the index knows, and only
      // by edits that typos make (a letter left out, doubled or swapped), never
      // by replacing a letter: "evakuering" must not find "evaluering".
      if (!g.prefix && !terms.some((t) => this.ms.hasTerm(t.term))) {
        const fixes: QueryTerm[] = [];
        for (const t of terms) {
          if (t.role !== 'word') continue;
          for (const u of this.typoNeighbours(t.term)) fixes.push({ term: u, weight: TYPO_WEIGHT, role: 'word' });
        }
        // The same edits on the word as typed, onto a word of the report: a typo
        // inside the ending changes the stem ("kriseledlesen" → «kriseledelsen»).
        for (const w of this.wordTypoNeighbours(g.word.toLowerCase())) {
          const stem = this.analyzer.nb(w)?.main;
          if (stem && this.ms.hasTerm(stem) && !fixes.some((f) => f.term === stem)) fixes.push({ term: stem, weight: TYPO_WEIGHT, role: 'word' });
        }
        terms = [...terms, ...fixes];
      }
      const groupIdf = Math.max(...terms.map((t) => (t.role === 'synonym' ? 0 : this.idf(t.term))));
      const counts = !(skipUnknownEnglish && !terms.some((t) => this.ms.hasTerm(t.term))) && !frame?.[gi];
      if (info && counts) info.total += groupIdf;
      if (info) info.groups[gi] = counts ? groupIdf : 0;
      const weight = new Map(terms.map((t) => [t.term, t.weight]));
      const prefixTerms = new Set(g.prefix ? terms.filter((t) => t.role === 'word' && t.term.length >= 2).map((t) => t.term) : []);
      const results = this.ms.search(terms.map((t) => t.term).join(' '), {
        boostTerm: (t) => weight.get(t) ?? 1,
        prefix: (t) => prefixTerms.has(t),
        filter,
      });
      for (const r of results) {
        const raw = r.score / (r.queryTerms.length || 1);
        const s = out.get(r.id as number);
        if (info) info.matched.set(r.id as number, (info.matched.get(r.id as number) ?? 0) + groupIdf);
        const bit = gi < 31 ? 1 << gi : 0;
        if (s) {
          s.sum += raw;
          s.groups++;
          s.mask = (s.mask ?? 0) | bit;
          for (const t of r.terms) s.terms.add(t);
        } else out.set(r.id as number, { sum: raw, groups: 1, score: 0, terms: new Set(r.terms), mask: bit });
      }
    }
    // Square root: a finding that matches the one distinctive word of a query
    // should not sink below one that matches several common ones (dev hit@1
    // 0.72 → 0.74; the full count and powers above 1 scored lower).
    for (const s of out.values()) s.score = s.sum * Math.sqrt(s.groups);
    return out;
  }

  /** Index terms one typo from a term of the query (stems of five letters or more). */
  private readonly termTypos = new TypoIndex(() => this.ms.allTerms(), (t) => this.ms.hasTerm(t), 5);

  private typoNeighbours(term: string): string[] {
    return this.termTypos.near(term);
  }

  /**
   * Words of the report one typo from a word as typed (six letters or more): a
   * typo in the ending changes the Snowball stem, so the stems alone miss it.
   */
  private readonly wordTypos = new TypoIndex(
    () => this.analyzer.vocabulary?.words ?? [],
    (w) => !!this.analyzer.vocabulary?.words.has(w),
    6,
  );

  private wordTypoNeighbours(word: string): string[] {
    return this.wordTypos.near(word);
  }

  /** Inverse document frequency of a term over the findings' text (BM25's, at least 0). */
  private idf(term: string): number {
    const n = this.report.findings.length;
    const df = this.ms.docFrequency(term, 0) || this.ms.docFrequency(term, 2);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** How well each finding matches the distinctive words of a piece of plan text. */
  private scoreContext(context: string, filter?: (r: SearchResult) => boolean): Map<number, Score> {
    const weights = new Map<string, number>();
    for (const g of this.analyzer.query(context, 400)) {
      for (const t of g.terms) {
        if (t.role === 'synonym' || /^\p{N}/u.test(t.term)) continue;
        const w = t.role === 'part' ? 0.5 : 1;
        weights.set(t.term, Math.max(weights.get(t.term) ?? 0, w));
      }
      if (weights.size >= MAX_CONTEXT_TERMS) break;
    }
    const out = new Map<number, Score>();
    if (!weights.size) return out;
    const results = this.ms.search([...weights.keys()].join(' '), { boostTerm: (t) => weights.get(t) ?? 1, filter });
    for (const r of results) out.set(r.id as number, { sum: r.score, groups: 1, score: r.score, terms: new Set(r.terms) });
    return out;
  }
}


/** A whole-word pattern of a list of words and phrases (the asks of resources/search/quantity.json, method.json, definition.json). */
const wordsPattern = (words: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const ASKS_QUANTITY = wordsPattern(QUANTITY.ask);
/** A question about the study's method (resources/search/method.json): its own sections rank higher. */
const ASKS_METHOD = wordsPattern(METHOD.ask);
/** A question for what a term means, and the words with which the report defines one (resources/search/definition.json). */
const ASKS_DEFINITION = wordsPattern(DEFINITION.ask);
const DEFINES = wordsPattern(DEFINITION.answer);
/** A query word (or phrase) that is itself one of the words asking what a term means. */
const ASKS_DEFINITION_WORD = new RegExp(`^${wordsPattern(DEFINITION.ask).source}$`, 'iu');
/**
 * A number that is not a year nor a reference (a section number, «§ 7-2»,
 * «delrapport 2», «figur 3», «tabell 1»), a per cent sign, or a word that
 * states a share.
 */
const STATES_QUANTITY = new RegExp(
  `\\d\\s?%|(?<![\\d.,§]|(?:delrapport|figur|figuren|tabell|tabellen|kapittel|kap\\.|vedlegg|side|s\\.|nr\\.?|punkt|fase|trinn)\\s)(?!(?:19|20)\\d\\d(?![\\d.,]))\\d+(?![\\d.])|${wordsPattern(QUANTITY.answer).source}`,
  'iu',
);

/** Words of connection an abbreviation leaves out («smittesporing og karantene» → SK). */
const ABBREVIATION_SKIP: ReadonlySet<string> = new Set(['og', 'i', 'for', 'av', 'med', 'til', 'på', 'and', 'of', 'the']);

/** The abbreviations (three to six capitals: TISK, BPA, PPT) the report's Norwegian findings use. */
function reportAbbreviations(report: Report, langs: readonly Lang[]): Set<string> {
  const out = new Set<string>();
  report.findings.forEach((f, i) => {
    if (langs[i] !== 'nb') return;
    for (const m of f.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{3,6}(?![\p{L}\p{N}])/gu)) out.add(m[0]);
  });
  return out;
}

/**
 * The abbreviation a text opens by spelling out: the initials of its first
 * words (connecting words left out) are one of `abbreviations` («Testing,
 * isolering, smittesporing og karantene» → TISK). Three letters at least: two
 * initials match by chance (fn. 3 «Datagrunnlaget er» is not «DE»).
 */
function spelledOut(text: string, abbreviations: ReadonlySet<string>): string | undefined {
  let initials = '';
  let words = 0;
  for (const m of text.slice(0, 200).matchAll(/\p{L}+/gu)) {
    if (++words > 8) break;
    const w = m[0];
    if (initials && ABBREVIATION_SKIP.has(w.toLowerCase())) continue;
    initials += w[0].toUpperCase();
    if (initials.length >= 3 && abbreviations.has(initials)) return initials;
  }
  return undefined;
}

/**
 * Whether `word` is a word whose English stem is `stem` with one letter left
 * out or two neighbours swapped (26 letters at each place: only called for a
 * word already one typo from a glossary stem).
 */
function typedFor(word: string, stem: string, en: (w: string) => string | null): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  for (let i = 0; i <= word.length; i++) {
    for (let c = 97; c <= 122; c++) if (en(word.slice(0, i) + String.fromCharCode(c) + word.slice(i)) === stem) return true;
    if (i + 1 < word.length && word[i] !== word[i + 1] && en(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)) === stem) return true;
  }
  return false;
}

/**
 * The glossary stem of the word a typed English word is with one letter too
 * many or two neighbours swapped («compeeting» → competing → competit), or
 * undefined. Read on the word as typed: its Snowball stem may be one typo from
 * the stem of another word family («compeet» from competence's «compet»).
 */
function englishWordTypo(word: string, en: (w: string) => string | null, table: ConceptTable): string | undefined {
  for (let i = 0; i < word.length; i++) {
    const candidates = [word.slice(0, i) + word.slice(i + 1)];
    if (i + 1 < word.length && word[i] !== word[i + 1]) candidates.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of candidates) {
      const stem = en(c);
      if (stem && table.knowsEnglish(stem)) return stem;
    }
  }
  return undefined;
}

const QUANTITY_FRAME = new RegExp(wordsPattern(QUANTITY.frame).source, 'giu');

/** The spans of the last words of the query's quantity frames («stor» of «hvor stor andel»), as [start, end) offsets. */
function quantityFrame(query: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of query.matchAll(QUANTITY_FRAME)) {
    const end = m.index + m[0].length;
    out.push([end - m[0].split(/\s+/).pop()!.length, end]);
  }
  return out;
}

/** Whether a query asks for a quantity ("how many", «hvor stor andel», «kor mange», "%"). */
function asksQuantity(query: string): boolean {
  return query.includes('%') || ASKS_QUANTITY.test(query);
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x >>> 0; v; v &= v - 1) c++;
  return c;
}

interface Coverage {
  total: number;
  matched: Map<number, number>;
  /** Each query group's weight in the floor (its idf; 0 when it does not count). */
  groups: number[];
}

interface Score {
  sum: number;
  groups: number;
  /** Bit i: the finding matched query group i (the first 31). */
  mask?: number;
  score: number;
  terms: Set<string>;
}

/** Query hits re-ranked by context: each normalised to its best, the context counting `CONTEXT_WEIGHT`. */
function blend(query: Map<number, Score>, context: Map<number, Score>): Map<number, Score> {
  let maxQ = 0;
  let maxC = 0;
  for (const s of query.values()) maxQ = Math.max(maxQ, s.score);
  for (const s of context.values()) maxC = Math.max(maxC, s.score);
  if (!maxQ || !maxC) return query;
  const out = new Map<number, Score>();
  for (const [id, s] of query) {
    const c = context.get(id)?.score ?? 0;
    out.set(id, { ...s, score: maxQ * (s.score / maxQ + (CONTEXT_WEIGHT * c) / maxC) });
  }
  return out;
}

/**
 * The report repeats many passages word for word (the summary, chapter 10 and
 * the learning points quote the chapters): among the best hits, a passage whose
 * text a better hit already shows moves down until `gap` other passages stand
 * before it, so the first results show different evidence. Nothing is dropped.
 */
const textIds = new WeakMap<Finding, number>();
const idsOfTexts = new Map<string, number>();

/** A number per distinct finding text (compared without case and spacing): repeats share it. */
function textId(f: Finding): number {
  let id = textIds.get(f);
  if (id === undefined) {
    const key = f.text.replace(/\s+/g, ' ').trim().toLowerCase();
    id = idsOfTexts.get(key);
    if (id === undefined) {
      id = idsOfTexts.size;
      idsOfTexts.set(key, id);
    }
    textIds.set(f, id);
  }
  return id;
}

function spreadDuplicates(hits: SearchHit[], gap: number): void {
  const n = Math.min(hits.length, PROXIMITY_CANDIDATES);
  const seen = new Set<number>();
  const out: SearchHit[] = [];
  const later: { hit: SearchHit; at: number }[] = [];
  for (let i = 0; i < n; i++) {
    const key = textId(hits[i].finding);
    if (seen.has(key)) later.push({ hit: hits[i], at: out.length + gap });
    else {
      seen.add(key);
      out.push(hits[i]);
    }
    while (later.length && later[0].at <= out.length) out.push(later.shift()!.hit);
  }
  for (const l of later) out.push(l.hit);
  hits.splice(0, n, ...out);
}

function kindFilter(report: Report, kinds: readonly FindingKind[]): (r: SearchResult) => boolean {
  const set = new Set(kinds);
  return (r) => set.has(report.findings[r.id as number]?.kind);
}

/** Sections written in English (the English summary and everything under it), by id. */
function sectionLanguages(report: Report): Map<string, Lang> {
  const out = new Map<string, Lang>();
  const byId = new Map(report.sections.map((s) => [s.id, s]));
  for (const s of report.sections) {
    let cur: typeof s | undefined = s;
    while (cur && cur.id !== 'summary') cur = cur.parent ? byId.get(cur.parent) : undefined;
    if (cur) out.set(s.id, 'en');
  }
  return out;
}
