/** Citations in a plan's Markdown (Pandoc syntax, ../shared/design/CONTRACT.md). */
import type { LocatorError, ParsedLocator } from '../corpus/locator.js';

/** Why a citation is malformed (it may still resolve). */
export type CitationProblemKind =
  /** `[@]`, `[se @ ]`: an `@` with no key after it. */
  | 'empty-key'
  /** `[@ks2021 lp 3.5.1]`: the locator is not separated from the key by a comma. */
  | 'missing-comma'
  /** `[@ks2021, lp. 3.5.1; se kap. 2]`: a part of a bracketed citation has no key. */
  | 'item-without-key';

export interface CitationProblem {
  kind: CitationProblemKind;
  /** Range of the offending text (UTF-16 offsets, half-open). */
  start: number;
  end: number;
}

export interface CitationItem {
  /** The item's range inside the group (prefix to locator/suffix). */
  start: number;
  end: number;
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The locator as typed, trimmed ("lp. 3.5.1", "lp 3.5.1", "lp." or ""). */
  locatorRaw: string;
  /** Range of `locatorRaw` (empty range at the insertion point when there is none). */
  locatorStart: number;
  locatorEnd: number;
  locator?: ParsedLocator;
  locatorError?: LocatorError;
  prefix?: string;
  suffix?: string;
  /** `@ks2021 [kap. 2.2]` */
  authorInText: boolean;
  /** `[-@ks2021, …]` */
  suppressAuthor?: boolean;
  /** A problem with this item (also listed on the group). */
  problem?: CitationProblem;
}

export interface CitationGroup {
  /** From `[` (or `@` for author-in-text) to after `]`. */
  start: number;
  end: number;
  items: CitationItem[];
  /** The first problem in the group, if any (malformed syntax). */
  problem?: CitationProblem;
  /** All problems, in order. */
  problems?: CitationProblem[];
}
