/**
 * Number facts: the percentages, fractions and counts a passage states, each
 * with the clean sentence that states it. The `number-mismatch` lint rule
 * checks a plan's numbers against these.
 *
 * Years and dates are not counts: a count needs a counted noun after it
 * ("1963 respondenter", "245 kommuner", "19 gruppeintervju").
 */
import type { NumberFact } from '../model.js';

/** Nouns that make a preceding number a count (Bokmål and the English summary). */
const COUNT_NOUNS = [
  'respondenter', 'respondentene', 'respondents', 'kommuner', 'kommunene', 'municipalities', 'fylkeskommuner',
  'fylkeskommunene', 'county councils', 'kommunedirektører', 'kommunedirektørene', 'ledere', 'lederne', 'gruppeintervju',
  'gruppeintervjuer', 'intervju', 'group interviews', 'tillitsvalgte', 'verneombud', 'ordførere', 'gruppeledere',
  'politiske gruppeledere', 'svar', 'representanter', 'representanter fra frivillig sektor', 'årsverk', 'bydeler',
  'personer', 'elever', 'ansatte', 'sykehjem', 'skoler', 'fylker',
];
const NOUN_RE = COUNT_NOUNS.map((n) => n.replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|');

const WORD_NUMBERS: Record<string, number> = {
  to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, sju: 7, åtte: 8, ni: 9, ti: 10, tolv: 12,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** "163-167 kommuner", "80 - 157 kommuner", "180 og 173 kommuner", "1963 respondenter", "9 409". */
const COUNT_RE = new RegExp(
  `(?<![\\d.,:/-])(\\d{1,3}(?:[ \\u00a0]\\d{3})*|\\d+)(?:\\s*(?:-|–|og|til)\\s*(\\d{1,3}(?:[ \\u00a0]\\d{3})*|\\d+))?\\s+(?:(?:ulike|utvalgte|andre|different|selected|kommunale|nye)\\s+)?(?:${NOUN_RE})(?![\\p{L}])`,
  'giu',
);
/** "fem fylkeskommuner", "seks kommuner", "tre ulike bydeler". */
const WORD_COUNT_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(WORD_NUMBERS).join('|')})\\s+(?:(?:ulike|utvalgte|andre|different|selected)\\s+)?(?:${NOUN_RE})(?![\\p{L}])`,
  'giu',
);

const PERCENT_RE = /(\d+(?:[.,]\d+)?)\s*(?:%|prosent(?![\p{L}])|per cent\b|percent\b)/giu;
const SHARED_PERCENT_RE = /(?<![\d.,])(\d{1,3})\s+og\s+(\d{1,3})\s*(?:%|prosent(?![\p{L}]))/giu;

/** A cheap pre-check (on lower-cased text) for counts in words ("fem fylkeskommuner"). */
const WORD_NUMBER_PRESENT = new RegExp(`(?:^|[\\s(«])(?:${Object.keys(WORD_NUMBERS).join('|')})\\s`);

/** Fractions stated in words, longest first. */
const FRACTIONS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:(?:nær|nesten|i overkant av|over|under|om lag|omtrent|drøyt)\s+)?halvparten(?![\p{L}])/giu, 0.5],
  [/(?<!\band a )\bhalf\b(?! a year)/giu, 0.5],
  [/\bto av tre\b/giu, 2 / 3],
  [/\bto tredjedeler\b|\bto tredeler\b/giu, 2 / 3],
  [/(?<![\p{L}\p{N}])(?:en|én) tredjedel\b/giu, 1 / 3],
  [/(?<![\p{L}\p{N}])(?:en|én) av (?:fem)\b/giu, 1 / 5],
  [/(?<![\p{L}\p{N}])(?:en|én) av (?:fire)\b/giu, 1 / 4],
  [/(?<![\p{L}\p{N}])(?:en|én) av (?:tre)\b/giu, 1 / 3],
  [/(?<![\p{L}\p{N}])(?:en|én) fjerdedel\b/giu, 1 / 4],
  [/\btre av fire\b/giu, 3 / 4],
];

const ABBREVIATIONS = /(?:^|[\s(])(?:f\.eks|bl\.a|mht|nr|ca|jf|kap|s|v|dvs|evt|osv|pst|ref)\.$/iu;

/** Splits clean text into sentences: at . ! ? followed by a space and a capital, a digit or a quote, except after abbreviations and day numbers ("1. mars"). */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s+[A-ZÆØÅ«"“(0-9])/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    const head = text.slice(start, end);
    if (ABBREVIATIONS.test(head)) continue;
    if (/(?:^|\s)\d{1,2}\.$/.test(head) && /^\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)/iu.test(text.slice(end))) continue;
    const t = head.trim();
    if (t) out.push({ text: t, start: start + (head.length - head.trimStart().length) });
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push({ text: rest, start: text.length - text.slice(start).trimStart().length });
  return out;
}

function toNumber(raw: string): number {
  return Number(raw.replace(/\s/g, '').replace(',', '.'));
}

/** All number facts stated in `text`, in order of position. Each regex runs once over the whole text. */
export function extractNumbers(text: string): NumberFact[] {
  const hasDigit = /\d/.test(text);
  const lower = text.toLowerCase();
  const hasFraction = /halv|half|tredje|tredel|fjerdedel| av (?:tre|fire|fem)/.test(lower);
  const hasWordNumber = WORD_NUMBER_PRESENT.test(lower);
  if (!hasDigit && !hasFraction && !hasWordNumber) return [];
  const sents = sentences(text);
  const sentenceAt = (pos: number): string => {
    let lo = 0;
    let hi = sents.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sents[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return sents[lo]?.text ?? text;
  };
  const found: { at: number; end: number; fact: NumberFact }[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && e > f.at);
  const add = (s: number, e: number, fact: NumberFact) => found.push({ at: s, end: e, fact });
  // Percentages: "75 prosent", "60 %", "33 % (helsestasjon) og 39 %", "1%".
  if (hasDigit) for (const m of text.matchAll(PERCENT_RE)) {
    const s = m.index ?? 0;
    add(s, s + m[0].length, { value: toNumber(m[1]), raw: m[0].trim(), unit: 'percent', sentence: sentenceAt(s) });
  }
  // "henholdsvis 25 og 24 %": the first number shares the unit.
  if (hasDigit) for (const m of text.matchAll(SHARED_PERCENT_RE)) {
    const s = m.index ?? 0;
    if (free(s, s + m[1].length)) add(s, s + m[1].length, { value: toNumber(m[1]), raw: m[1], unit: 'percent', sentence: sentenceAt(s) });
  }
  if (hasFraction) for (const [re, value] of FRACTIONS) {
    for (const m of text.matchAll(re)) {
      const s = m.index ?? 0;
      if (free(s, s + m[0].length)) add(s, s + m[0].length, { value, raw: m[0].trim(), unit: 'fraction', sentence: sentenceAt(s) });
    }
  }
  if (hasDigit) for (const m of text.matchAll(COUNT_RE)) {
    const s = m.index ?? 0;
    if (!free(s, s + m[0].length)) continue;
    const raw = m[0].trim();
    const sentence = sentenceAt(s);
    add(s, s + m[0].length, { value: toNumber(m[1]), raw, unit: 'count', sentence });
    if (m[2]) add(s + m[0].length, s + m[0].length, { value: toNumber(m[2]), raw, unit: 'count', sentence });
  }
  // Respondent counts in chart notes: "(N= 143)", "n = 275".
  if (hasDigit) for (const m of text.matchAll(/\b[Nn]\s*=\s*(\d+)/g)) {
    const s = m.index ?? 0;
    if (free(s, s + m[0].length)) add(s, s + m[0].length, { value: Number(m[1]), raw: m[0], unit: 'count', sentence: sentenceAt(s) });
  }
  if (hasWordNumber) for (const m of text.matchAll(WORD_COUNT_RE)) {
    const s = m.index ?? 0;
    if (free(s, s + m[0].length)) {
      add(s, s + m[0].length, { value: WORD_NUMBERS[m[1].toLowerCase()], raw: m[0].trim(), unit: 'count', sentence: sentenceAt(s) });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.fact);
}
