/** Snowball stemmers (Norwegian for the report and Bokmål/Nynorsk queries, English for the English summary). */
import * as snowballNs from 'snowball-stemmers';
import { STEM_EN_OWN, STEM_KEEP } from './data.js';

type Factory = { newStemmer(language: string): { stem(w: string): string } };
// A CommonJS (UMD) module: its functions sit on the namespace or on its default, depending on the loader.
const snowball: Factory = (snowballNs as unknown as { default?: Factory }).default ?? (snowballNs as unknown as Factory);

let nb: { stem(w: string): string } | undefined;
let en: { stem(w: string): string } | undefined;

// The Snowball port takes microseconds per word; words repeat, so remember them.
const nbCache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

export function stemNb(word: string): string {
  const hit = nbCache.get(word);
  if (hit !== undefined) return hit;
  let out: string | undefined;
  for (const k of STEM_KEEP) {
    if (word.endsWith(k.ending) && !k.except.some((x) => word.includes(x))) {
      out = word.slice(0, word.length - k.ending.length) + k.stem;
      break;
    }
  }
  if (out === undefined) {
    nb ??= snowball.newStemmer('norwegian');
    out = nb.stem(word);
  }
  if (nbCache.size >= CACHE_LIMIT) nbCache.clear();
  nbCache.set(word, out);
  return out;
}

export function stemEn(word: string): string {
  const own = STEM_EN_OWN.get(word);
  if (own !== undefined) return own;
  en ??= snowball.newStemmer('english');
  return en.stem(word);
}
