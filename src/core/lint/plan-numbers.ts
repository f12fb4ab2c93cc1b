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

const GROUP_OF = new Map<string, number>();
(data.countNounGroups as string[][]).forEach((g, i) => g.forEach((n) => GROUP_OF.set(n.toLowerCase(), i)));

/** What a count counts ("245 kommuner" → the group of kommune nouns), or -1. */
export function countKind(raw: string): number {
  const last = raw.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return GROUP_OF.get(last) ?? -1;
}

/**
 * The clauses of [from, to): split at ; : – — and before a coordinating
 * "mens"/"medan"/"men"/"og"/"samtidig som" that follows a comma, so "I Havbru ble 14 ansatte
 * omdisponert, mens 75 prosent av kommunene … [@ks2021, fn. 45]" gives two clauses.
 */
export function clauses(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /\s*(?:;|:(?=\s)|\s[–—]\s|,\s+(?=(?:mens|medan|men|og|samtidig\s+som|mens\s+det)\s))/giu;
  const s = text.slice(from, to);
  let last = 0;
  for (const m of s.matchAll(re)) {
    const at = m.index ?? 0;
    // Not inside a citation's brackets ("[@ks2021, lp. 3.5.1]").
    const open = s.lastIndexOf('[', at);
    if (open >= 0 && s.indexOf(']', open) > at) continue;
    out.push({ start: from + last, end: from + at });
    last = at + m[0].length;
  }
  out.push({ start: from + last, end: to });
  return out.filter((c) => c.end > c.start);
}

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
