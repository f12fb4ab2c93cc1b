/**
 * Outdated terms: renamed institutions, titles and counties in Bokmål and
 * Nynorsk plans, with the replacement in the same inflection and case.
 *
 * The table is data (resources/terms/outdated-terms.json, each entry with its
 * date and source). This module compiles it once into lookup maps and scans a
 * text in one pass over its words: exact inflected forms, compounds
 * (rådmannskontoret, fylkesrådmannen, helsesøstertjenesten) and multi-word
 * names across line breaks (Direktoratet for e-helse, Troms og Finnmark).
 * Linear in the text's length: per word, a constant number of lookups.
 */
import table from '../../../resources/terms/outdated-terms.json' with { type: 'json' };
import { insideRanges, normaliseRanges, normaliseSeparator, quoteRanges, splitPhrase, tokenize, type Token } from './tokenize.js';
import { matchCase } from './case.js';

export type PlanLanguage = 'nb' | 'nn';

/** Inflection slots of a noun. `compound` is the first part of a compound word. */
export type Slot = 'sg' | 'sgDef' | 'pl' | 'plDef' | 'sgGen' | 'sgDefGen' | 'plGen' | 'plDefGen' | 'compound';

export interface LocalText {
  nb: string;
  en: string;
  nn?: string;
}

export interface OutdatedTerm {
  id: string;
  kind: 'title' | 'institution' | 'county';
  label: { old: string; new: string };
  /** ISO date the change took effect. */
  changed: string;
  /** How to say the date where the day is not exact ("høsten 2019"). */
  changedLabel?: LocalText;
  change: LocalText;
  /** `short`: the name used in diagnostics; `name`: the full reference. */
  source: { name: string; short?: string; url?: string };
  uncertain?: string;
  /** The old term is still lawful but discouraged (e.g. rådmann). */
  advisory?: boolean;
  /** Single-word terms: surface forms (lower case) per slot. */
  forms?: Partial<Record<Exclude<Slot, 'compound'>, string[]>>;
  /** Forms used as the first part of a compound, longest first or in any order. */
  compound?: string[];
  /** The term may be the last part of a compound (fylkes|rådmannen). */
  allowPrefix?: boolean;
  /** Multi-word or proper-name terms, matched word by word. */
  phrase?: boolean;
  phrases?: string[];
  properNoun?: boolean;
  caseSensitive?: boolean;
  /** Regular expression (flags iu) tested against the text just before a match; a fit means "not outdated here". */
  exceptAfter?: string;
  /** Regular expression (flags iu) tested against the text just after a match; a fit means "not outdated here". */
  exceptBefore?: string;
  /** Replacement per plan language and slot; an array offers alternatives (the first is not preferred over the others). */
  replacement: Record<PlanLanguage, Partial<Record<Slot, string | string[]>>>;
}

export interface OutdatedTable {
  entries: OutdatedTerm[];
  /** Words that, just before a term, mark it as a deliberate historical reference ("tidligere Fylkesmannen"). */
  historicalMarkers?: string[];
}

export interface OutdatedMatch {
  termId: string;
  term: OutdatedTerm;
  /** UTF-16 offsets into the scanned text, half-open. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  slot: Slot;
  /** Replacements in the plan's language, same inflection and case. More than one: a choice (counties). */
  replacements: string[];
}

export interface FindOutdatedOptions {
  /** The plan's language: decides the replacement (statsforvalteren / statsforvaltaren). Default nb. */
  lang?: PlanLanguage;
  /** Only report matches lying wholly inside one of these ranges (e.g. prose, not code). Sorted or not. */
  ranges?: ReadonlyArray<{ start: number; end: number }>;
  /** Skip terms inside quotation marks (a quote must stay faithful to its source). Default true. */
  skipQuotes?: boolean;
  /** The quotations of the text, when the caller has them (sorted, outermost only: `quoteRanges`); default: found here. */
  quotes?: ReadonlyArray<{ start: number; end: number }>;
  /** Terms to ignore, by id. */
  ignore?: ReadonlyArray<string>;
  /** Another table (tests); default: the built-in one. */
  table?: OutdatedTable;
  /** Leave historical mentions alone (a past-tense naming verb, or a year before the change, in the sentence). Default true. */
  historical?: boolean;
}

const DEFAULT_HISTORICAL = [
  'tidligere', 'tidlegare', 'tidl', 'daværende', 'dåverande', 'dåværande', 'gamle', 'het', 'hette', 'heitte', 'kalt', 'kalla', 'kaltes',
];

interface PhrasePattern {
  words: string[];
  /** Lower-cased unless the term is case-sensitive. */
  keys: string[];
  seps: string[];
  term: OutdatedTerm;
}

interface Compiled {
  /** Exact word form → term and slot. */
  words: Map<string, { term: OutdatedTerm; slot: Slot }>;
  /** Tail forms of terms that may end a compound, longest first. */
  tails: Array<{ form: string; term: OutdatedTerm; slot: Slot }>;
  /** Compound first parts, longest first. */
  stems: Array<{ stem: string; term: OutdatedTerm }>;
  /** First word (key) → phrases starting with it, longest first. */
  phrases: Map<string, PhrasePattern[]>;
  historical: Set<string>;
  exceptAfter: Map<string, RegExp>;
  exceptBefore: Map<string, RegExp>;
  /** Per compound stem: the term's word forms that extend it and are not stems themselves. */
  longerForms: Map<string, string[]>;
  /** Tails by their last three letters (one lookup per word). */
  tailsByEnd: Map<string, Array<{ form: string; term: OutdatedTerm; slot: Slot }>>;
  /** Stems by their first four letters, for stems at the start of a word. */
  stemsByStart: Map<string, Array<{ stem: string; term: OutdatedTerm }>>;
  /** Stems that may also sit inside a word (after a prefix), as one test. */
  innerStem?: RegExp;
  innerStems: Array<{ stem: string; term: OutdatedTerm }>;
}

const cache = new WeakMap<OutdatedTable, Compiled>();

/** The built-in table. */
export const outdatedTerms: OutdatedTable = table as unknown as OutdatedTable;

function compile(t: OutdatedTable): Compiled {
  const hit = cache.get(t);
  if (hit) return hit;
  const c: Compiled = {
    words: new Map(),
    tails: [],
    stems: [],
    phrases: new Map(),
    historical: new Set((t.historicalMarkers ?? DEFAULT_HISTORICAL).map((w) => w.toLowerCase())),
    exceptAfter: new Map(),
    exceptBefore: new Map(),
    longerForms: new Map(),
    tailsByEnd: new Map(),
    stemsByStart: new Map(),
    innerStems: [],
  };
  for (const term of t.entries) {
    if (term.exceptAfter) c.exceptAfter.set(term.id, new RegExp(term.exceptAfter, 'iu'));
    if (term.exceptBefore) c.exceptBefore.set(term.id, new RegExp(term.exceptBefore, 'iu'));
    for (const [slot, forms] of Object.entries(term.forms ?? {}) as Array<[Slot, string[]]>) {
      for (const f of forms) {
        const form = f.toLowerCase();
        c.words.set(form, { term, slot });
        if (term.allowPrefix) c.tails.push({ form, term, slot });
      }
    }
    for (const s of term.compound ?? []) c.stems.push({ stem: s.toLowerCase(), term });
    for (const p of term.phrases ?? []) {
      const { words, seps } = splitPhrase(p);
      if (!words.length) continue;
      const keys = term.caseSensitive ? words : words.map((w) => w.toLowerCase());
      // Indexed by the lower-cased first word; case-sensitive phrases are checked word by word.
      const first = words[0].toLowerCase();
      const list = c.phrases.get(first) ?? [];
      list.push({ words, keys, seps, term });
      c.phrases.set(first, list);
    }
  }
  for (const { stem, term } of c.stems) {
    const stems = new Set((term.compound ?? []).map((x) => x.toLowerCase()));
    const forms = Object.values(term.forms ?? {}).flat().map((f) => f.toLowerCase());
    c.longerForms.set(stem, forms.filter((f) => f.length > stem.length && f.startsWith(stem) && !stems.has(f)));
  }
  c.tails.sort((a, b) => b.form.length - a.form.length);
  c.stems.sort((a, b) => b.stem.length - a.stem.length);
  for (const t of c.tails) {
    const k = t.form.slice(-3);
    c.tailsByEnd.set(k, [...(c.tailsByEnd.get(k) ?? []), t]);
  }
  for (const st of c.stems) {
    const k = st.stem.slice(0, 4);
    c.stemsByStart.set(k, [...(c.stemsByStart.get(k) ?? []), st]);
    if (st.term.allowPrefix) c.innerStems.push(st);
  }
  if (c.innerStems.length) c.innerStem = new RegExp(c.innerStems.map((x) => x.stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
  for (const list of c.phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache.set(t, c);
  return c;
}

function asList(x: string | string[] | undefined): string[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

/** Genitive of a name: "Telemarks", "Akershus'" (a name ending in s, x or z takes an apostrophe). */
function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

function replacementsFor(term: OutdatedTerm, slot: Slot, lang: PlanLanguage): string[] {
  const table = term.replacement[lang] ?? term.replacement.nb;
  const direct = asList(table[slot]);
  if (direct.length) return direct;
  if (slot === 'sgGen' || slot === 'sgDefGen') return asList(table.sg).map(genitive);
  return asList(table.sg);
}

function tokenKey(term: OutdatedTerm, tok: Token): string {
  return term.caseSensitive ? tok.text : tok.lower;
}

/** Tries the phrases starting at token i; returns the match and the index of its last token. */
function matchPhrase(
  c: Compiled,
  text: string,
  toks: Token[],
  i: number,
): { pattern: PhrasePattern; last: number; genitive: boolean } | undefined {
  const candidates = c.phrases.get(toks[i].lower);
  if (!candidates) return undefined;
  for (const p of candidates) {
    const n = p.words.length;
    if (i + n > toks.length) continue;
    let ok = true;
    let gen = false;
    for (let k = 0; k < n && ok; k++) {
      const tok = toks[i + k];
      const key = tokenKey(p.term, tok);
      if (k > 0 && normaliseSeparator(text.slice(toks[i + k - 1].end, tok.start)) !== p.seps[k - 1]) ok = false;
      else if (key !== p.keys[k]) {
        // The last word may carry a genitive s: "Troms og Finnmarks", "Vikens".
        if (k === n - 1 && key === `${p.keys[k]}s`) gen = true;
        else ok = false;
      }
    }
    if (ok) return { pattern: p, last: i + n - 1, genitive: gen };
  }
  return undefined;
}

const LIST_WORDS = new Set(['og', 'eller', 'samt']);

/** The sentence (or table cell row, or list item) around [start, end): bounded by . ! ? followed by a space, a blank line, a line start of a list/table, or 400 characters. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  const minFrom = Math.max(0, start - 400);
  while (from > minFrom) {
    const c = text[from - 1];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[from] ?? ' ') && !/\d/.test(text[from - 2] ?? '')) break;
    if (c === '\n' && (text[from - 2] === '\n' || /^[ \t]*(?:[-*+|]|\d+[.)]|#)/.test(text.slice(from, from + 6)))) break;
    if (c === '|') break;
    from--;
  }
  let to = end;
  const maxTo = Math.min(text.length, end + 400);
  while (to < maxTo) {
    const c = text[to];
    if ((c === '.' || c === '!' || c === '?') && /\s|$/.test(text[to + 1] ?? '') && !/\d/.test(text[to - 1] ?? '')) break;
    if (c === '\n' && (text[to + 1] === '\n' || /^[ \t]*(?:[-*+|]|\d+[.)]|#)/.test(text.slice(to + 1, to + 7)))) break;
    if (c === '|') break;
    to++;
  }
  return { from, to };
}

/** The old name glossed with the new one right after it: "Fylkesmannen (nå Statsforvalteren)", "rådmann, i dag kommunedirektør". */
const NOW_CALLED = /^\s*[,(–—-]?\s*(?:nå|no|i dag|nåværende|nåverande|noverande|dagens|seinare|senere|heretter)[\s:]/iu;

/** Past-tense naming verbs ("het", "hette", "heitte", "ble kalt", "vart kalla"): the sentence names something as it used to be called. */
const NAMING_PAST = /(?<![\p{L}])(?:het|hette|heitte|hiet|kaltes|ble\s+kalt|vart\s+kalla|var\s+kalla|het\s+tidligere|het\s+tidlegare|var\s+navnet|var\s+namnet)(?![\p{L}])/iu;
/** Words that, shortly before a term, date it to the past ("fram til 2020 het fylket", "før 2021"). */
const UNTIL = /(?<![\p{L}])(?:før|fram\s+til|frem\s+til|inntil|til\s+og\s+med|fra\s+og\s+med|frå\s+og\s+med)\s+$/iu;
const YEAR = /(?<![\p{L}\p{N}.,:/-])(1[89]\d\d|20\d\d)(?![\p{N}])/gu;

/**
 * A deliberate historical mention in its sentence: a past-tense naming verb
 * ("Tidligere het embetet Fylkesmannen", "I 2019 het lederen rådmann"), or a
 * year before the change ("I 2020 var det Fylkesmannen som …", "Før 2012 var
 * det kommunehelsetjenesteloven …"): the old name was right then.
 */
function historicalSentence(text: string, start: number, end: number, term: OutdatedTerm): boolean {
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  if (NAMING_PAST.test(sentence)) return true;
  const changed = Number(term.changed.slice(0, 4));
  if (!changed) return false;
  for (const m of sentence.matchAll(YEAR)) {
    const y = Number(m[1]);
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0);
    if (y < changed && !/(?<![\p{L}])(?:siden|sidan|etter|fra|frå)\s+$/iu.test(before)) return true;
    if (y === changed && UNTIL.test(before) && !/(?:fra|frå)\s+og\s+med\s+$/iu.test(before)) return true;
  }
  return false;
}

/**
 * A deliberate historical reference: the word right before is a marker
 * ("tidligere Fylkesmannen"), or the term continues a list that started with
 * one ("tidligere Hedmark og Oppland"). `lastHistorical` is the last token of
 * the previous such reference.
 */
function isHistorical(c: Compiled, toks: Token[], i: number, lastHistorical: number): boolean {
  if (i === 0) return false;
  if (c.historical.has(toks[i - 1].lower)) return true;
  return i >= 2 && lastHistorical === i - 2 && LIST_WORDS.has(toks[i - 1].lower);
}

/**
 * Finds every outdated term in `text`, each with its replacement(s) in the same
 * inflection and capitalisation, in the plan's language.
 */
export function findOutdatedTerms(text: string, options: FindOutdatedOptions = {}): OutdatedMatch[] {
  if (typeof text !== 'string' || !text) return [];
  const c = compile(options.table ?? outdatedTerms);
  const lang: PlanLanguage = options.lang === 'nn' ? 'nn' : 'nb';
  const ignore = new Set(options.ignore ?? []);
  const quotes = options.skipQuotes === false ? [] : options.quotes ?? quoteRanges(text);
  const ranges = options.ranges ? normaliseRanges(options.ranges) : undefined;
  const toks = tokenize(text);
  const out: OutdatedMatch[] = [];

  let lastHistorical = -10;
  const emit = (term: OutdatedTerm, start: number, end: number, slot: Slot, replacements: string[], firstTok: number, lastTok = firstTok) => {
    if (ignore.has(term.id) || !replacements.length) return;
    if (ranges && !insideRanges(ranges, start, end)) return;
    if (quotes.length && insideRanges(quotes, start, end)) return;
    if (isHistorical(c, toks, firstTok, lastHistorical)) {
      lastHistorical = lastTok;
      return;
    }
    if (options.historical !== false && (historicalSentence(text, start, end, term) || NOW_CALLED.test(text.slice(end, end + 40)))) return;
    const re = c.exceptAfter.get(term.id);
    if (re && re.test(text.slice(Math.max(0, start - 80), start))) return;
    const after = c.exceptBefore.get(term.id);
    if (after && after.test(text.slice(end, end + 80))) return;
    out.push({ termId: term.id, term, start, end, text: text.slice(start, end), slot, replacements });
  };

  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    // 1. Multi-word and proper names, longest first.
    const ph = matchPhrase(c, text, toks, i);
    if (ph) {
      const term = ph.pattern.term;
      const start = tok.start;
      const end = toks[ph.last].end;
      const written = text.slice(start, end);
      const slot: Slot = ph.genitive ? 'sgGen' : 'sg';
      const reps = replacementsFor(term, slot, lang).map((r) => matchCase(written, r, term.properNoun));
      emit(term, start, end, slot, reps, i, ph.last);
      i = ph.last;
      continue;
    }
    // 2. An inflected form of a single-word term.
    const exact = c.words.get(tok.lower);
    if (exact) {
      const reps = replacementsFor(exact.term, exact.slot, lang).map((r) => matchCase(tok.text, r, exact.term.properNoun));
      emit(exact.term, tok.start, tok.end, exact.slot, reps, i);
      continue;
    }
    // 3. The last part of a compound: fylkes|rådmannen, skole|helsesøster.
    const tail = c.tailsByEnd.get(tok.lower.slice(-3))?.find((t) => tok.lower.length > t.form.length && tok.lower.endsWith(t.form));
    if (tail) {
      const cut = tok.text.length - tail.form.length;
      const prefix = tok.text.slice(0, cut);
      const reps = replacementsFor(tail.term, tail.slot, lang).map((r) => matchCase(tok.text, prefix + r));
      emit(tail.term, tok.start, tok.end, tail.slot, reps, i);
      continue;
    }
    // 4. The first (or, where allowed, a middle) part of a compound: rådmanns|kontoret, fylkesmanns|embetet.
    const atStart = c.stemsByStart.get(tok.lower.slice(0, 4));
    const inner = c.innerStem && c.innerStem.test(tok.lower) ? c.innerStems : undefined;
    if (!atStart && !inner) continue;
    for (const s of atStart && inner ? [...atStart, ...inner] : atStart ?? inner ?? []) {
      const at = tok.lower.indexOf(s.stem);
      if (at < 0 || (at > 0 && !s.term.allowPrefix)) continue;
      const rest = tok.text.slice(at + s.stem.length);
      if (!rest) continue;
      // An inflected form with letters glued on ("fylkesmannenø") is another word, not a compound.
      if (c.longerForms.get(s.stem)?.some((f) => tok.lower.startsWith(f, at))) continue;
      const prefix = tok.text.slice(0, at);
      const reps = replacementsFor(s.term, 'compound', lang).map((r) => matchCase(tok.text, prefix + r + rest.toLowerCase()));
      emit(s.term, tok.start, tok.end, 'compound', reps, i);
      break;
    }
  }
  return out;
}

/** Looks a term up by id in the built-in table (or another). */
export function outdatedTerm(id: string, t: OutdatedTable = outdatedTerms): OutdatedTerm | undefined {
  return t.entries.find((e) => e.id === id);
}
