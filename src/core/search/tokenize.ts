/**
 * Search tokens (from the one core tokenizer, ../text/tokenize.ts) and the
 * small normalisations every later step relies on (case, Unicode compatibility
 * forms, typographic quotes and hyphens, soft hyphens).
 */

import { SEARCH_WORDS, wordTokenizer, type Token } from '../text/tokenize.js';

export type { Token };

/**
 * The word tokens of a text, in order, with their ranges: the core tokenizer
 * with the search options (a number with inner dots/commas "3.5.1", words with
 * inner hyphens and apostrophes, a trailing hyphen for a truncated compound
 * "smittevern- og pandemiområdet").
 */
export const tokenize: (text: string) => Token[] = wordTokenizer(SEARCH_WORDS);

/** Lower case, compatibility forms (ligatures, full-width letters), plain hyphens and apostrophes, no soft hyphens. */
const PLAIN = /^[a-zA-Z0-9æøåÆØÅ.,-]*$/;

export function normalizeToken(raw: string): string {
  if (PLAIN.test(raw)) return raw.toLowerCase();
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u00AD/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\u2019\u02BC]/g, "'");
}

/**
 * The words a token stands for. Hyphenated words are split into their parts
 * ("tisk-arbeid" → tisk, arbeid); a one-letter part is glued to the next
 * ("e-læring" → elæring, læring); a trailing hyphen is dropped ("smittevern-");
 * an English possessive is dropped ("norway's" → norway).
 */
const wordsCache = new Map<string, string[]>();

export function tokenWords(raw: string): string[] {
  const hit = wordsCache.get(raw);
  if (hit) return hit;
  const out = tokenWordsUncached(raw);
  if (wordsCache.size >= 100_000) wordsCache.clear();
  wordsCache.set(raw, out);
  return out;
}

function tokenWordsUncached(raw: string): string[] {
  let t = normalizeToken(raw);
  t = t.replace(/-+$/, '');
  t = t.replace(/'s$|'$/, '');
  if (!t) return [];
  if (!t.includes('-') && !t.includes("'")) return [t];
  const parts = t.split(/[-']/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.length === 1 && i + 1 < parts.length && /\p{L}/u.test(p)) {
      out.push(p + parts[i + 1]);
      continue;
    }
    out.push(p);
  }
  return out;
}
