/** Resolves a parsed citation item against the loaded sources. */
import { distance } from 'fastest-levenshtein';
import type { Finding } from '../model.js';
import type { SourceIndex } from './source.js';
import type { CitationItem } from './types.js';

export type ResolveReason =
  /** no source has this key */
  | 'unknown-key'
  /** `[@]`: no key at all */
  | 'empty-key'
  /** `[@ks2021]`: a key but no locator */
  | 'no-locator'
  /** `[@ks2021, lp. ]`: a label without a number */
  | 'bad-number'
  /** `[@ks2021, s. 3]`: a label the grammar does not know */
  | 'unknown-label'
  /** `[@ks2021, ]` */
  | 'empty'
  /** a well-formed locator that addresses nothing in the source */
  | 'not-found'
  /** a known source whose locators cannot be checked (a bibliography entry without text) */
  | 'unchecked';

export type Resolution =
  | { status: 'ok'; finding: Finding; source: SourceIndex }
  /** A known source that has no text to check the locator against (a bibliography entry). */
  | { status: 'unchecked'; reason: 'unchecked'; source: SourceIndex; nearest: string[] }
  | {
      status: 'unknown-source' | 'unknown-locator' | 'malformed';
      reason: ResolveReason;
      /** Nearest valid alternatives: keys for unknown-source, canonical locators otherwise. */
      nearest: string[];
    };

/** Source keys close to `key` (edit distance ≤ 2 or same letters), best first. */
export function nearestKeys(key: string, keys: Iterable<string>): string[] {
  const k = key.toLowerCase();
  return [...keys]
    .map((x) => ({ x, d: distance(k, x.toLowerCase()) }))
    .filter(({ x, d }) => d <= Math.max(2, Math.floor(x.length / 3)))
    .sort((a, b) => a.d - b.d)
    .map(({ x }) => x);
}

function nearestLocators(src: SourceIndex, raw: string, n = 5): string[] {
  try {
    return src.nearest(raw, n) ?? [];
  } catch {
    return [];
  }
}

export function resolveCitation(item: CitationItem, sources: ReadonlyMap<string, SourceIndex>): Resolution {
  if (!item.key) return { status: 'malformed', reason: 'empty-key', nearest: [] };
  const src = sources.get(item.key);
  if (!src) return { status: 'unknown-source', reason: 'unknown-key', nearest: nearestKeys(item.key, sources.keys()) };
  if (src.opaque) return { status: 'unchecked', reason: 'unchecked', source: src, nearest: [] };
  if (item.locator) {
    let finding: Finding | undefined;
    try {
      finding = src.get(item.locator.canonical);
    } catch {
      finding = undefined;
    }
    if (finding) return { status: 'ok', finding, source: src };
    return { status: 'unknown-locator', reason: 'not-found', nearest: nearestLocators(src, item.locator.canonical) };
  }
  if (!item.locatorRaw) return { status: 'malformed', reason: 'no-locator', nearest: [] };
  // A source may read locators the common grammar does not (an indexed source's page marks, `s. 4`).
  try {
    const own = src.get(item.locatorRaw);
    if (own) return { status: 'ok', finding: own, source: src };
  } catch {
    /* not one of its own */
  }
  const reason: ResolveReason = item.locatorError?.error ?? 'bad-number';
  return { status: 'malformed', reason, nearest: nearestLocators(src, item.locatorRaw) };
}
