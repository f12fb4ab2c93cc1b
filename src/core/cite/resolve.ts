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
  /** `[@ks2021]`: no locator, the whole source (valid) */
  | 'whole-source'
  /** a well-formed locator that addresses nothing in the source */
  | 'not-found'
  /** a known source whose locators cannot be checked (a bibliography entry without text) */
  | 'unchecked'
  /** a range whose end comes before its start */
  | 'backwards-range'
  /** a page locator beyond the report's printed pages */
  | 'no-such-page';

export type Resolution =
  /**
   * `finding`: the finding addressed, or the first of several (a page or a
   * range); `findings`: all of them, when the locator addresses more than one.
   */
  | { status: 'ok'; finding: Finding; findings?: Finding[]; source: SourceIndex }
  /** `[@ks2021]`: the whole source, valid as in pandoc. */
  | { status: 'whole-source'; reason: 'whole-source'; nearest: []; source: SourceIndex }
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
  if (item.locator && (item.locator.kind === 'page' || item.locator.kind === 'range')) {
    let all: Finding[] | undefined;
    try {
      all = src.getAll?.(item.locator.canonical);
    } catch {
      all = undefined;
    }
    if (all?.length) return { status: 'ok', finding: all[0], findings: all, source: src };
    // A source that reads the locator itself (an indexed source's page marks) may still know it.
    {
      try {
        const one = src.get(item.locator.canonical) ?? (item.locatorRaw ? src.get(item.locatorRaw) : undefined);
        if (one) return { status: 'ok', finding: one, source: src };
      } catch {
        /* not one of its own */
      }
    }
    if (item.locator.kind === 'page') return { status: 'unknown-locator', reason: 'no-such-page', nearest: [] };
    const from = item.locator.from && src.get(item.locator.from.canonical);
    const to = item.locator.to && src.get(item.locator.to.canonical);
    const reason: ResolveReason = from && to ? 'backwards-range' : 'not-found';
    return { status: 'unknown-locator', reason, nearest: nearestLocators(src, item.locator.canonical) };
  }
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
  if (!item.locatorRaw) return { status: 'whole-source', reason: 'whole-source', nearest: [], source: src };
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
