/** Percentages, fractions and counts as a plan states them (Bokmål and Nynorsk). */
import data from '../../../resources/lint/numbers.json' with { type: 'json' };

export interface PlanNumber {
  value: number;
  unit: 'percent' | 'fraction' | 'count';
  raw: string;
  start: number;
  end: number;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const NOUNS = [...data.countNouns].sort((a, b) => b.length - a.length).map(esc).join('|');
const WORDS = Object.keys(data.wordNumbers).join('|');
const FRACTIONS = [...data.fractions].sort((a, b) => b.phrase.length - a.phrase.length);
const FRACTION_RE = new RegExp(`(?<![\\p{L}])(?:${FRACTIONS.map((f) => esc(f.phrase)).join('|')})(?![\\p{L}])`, 'giu');
const FRACTION_VALUE = new Map(FRACTIONS.map((f) => [f.phrase.replace(/\s+/g, ' '), f.value]));
const PERCENT_RE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d+)?)(?:\s|\u00a0)*(?:%|prosent(?![\p{L}])|pst\.?(?![\p{L}]))/giu;
const COUNT_RE = new RegExp(`(?<![\\p{L}\\p{N}.,:/-])(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+)\\s+(?:(?:ulike|utvalde|utvalgte|andre|nye)\\s+)?(?:${NOUNS})(?![\\p{L}])`, 'giu');
const WORD_COUNT_RE = new RegExp(`(?<![\\p{L}])(${WORDS})\\s+(?:(?:ulike|utvalde|utvalgte|andre|nye)\\s+)?(?:${NOUNS})(?![\\p{L}])`, 'giu');

export const TOLERANCE = data.tolerance;

/** Numbers stated in [from, to) of `text`, skipping `skip` ranges (citations). */
export function planNumbers(text: string, from: number, to: number, skip: readonly { start: number; end: number }[] = []): PlanNumber[] {
  const s = text.slice(from, to);
  const out: PlanNumber[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x) && !skip.some((r) => from + a < r.end && from + b > r.start);
  const add = (n: PlanNumber, a: number, b: number) => {
    taken.push([a, b]);
    out.push({ ...n, start: from + a, end: from + b });
  };
  for (const m of s.matchAll(PERCENT_RE)) {
    const a = m.index ?? 0;
    if (free(a, a + m[0].length)) add({ value: Number(m[1].replace(',', '.')), unit: 'percent', raw: m[0], start: 0, end: 0 }, a, a + m[0].length);
  }
  for (const m of s.matchAll(FRACTION_RE)) {
    const a = m.index ?? 0;
    const v = FRACTION_VALUE.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (v !== undefined && free(a, a + m[0].length)) add({ value: v, unit: 'fraction', raw: m[0], start: 0, end: 0 }, a, a + m[0].length);
  }
  for (const m of s.matchAll(COUNT_RE)) {
    const a = m.index ?? 0;
    const v = Number(m[1].replace(/[ \u00a0]/g, ''));
    const len = m[1].length;
    if (free(a, a + len)) add({ value: v, unit: 'count', raw: m[0], start: 0, end: 0 }, a, a + len);
  }
  for (const m of s.matchAll(WORD_COUNT_RE)) {
    const a = m.index ?? 0;
    const v = (data.wordNumbers as Record<string, number>)[m[1].toLowerCase()];
    if (v !== undefined && free(a, a + m[1].length)) add({ value: v, unit: 'count', raw: m[0], start: 0, end: 0 }, a, a + m[1].length);
  }
  return out.sort((x, y) => x.start - y.start);
}
