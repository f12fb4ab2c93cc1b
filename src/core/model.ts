/**
 * The Report model: the shape every part of Evidensplan reads.
 *
 * Built once at build time from the report text by `core/corpus` and stored as
 * JSON in `resources/index/`; loaded (never re-parsed) at run time.
 * Plain data only: no classes, so it round-trips through JSON unchanged.
 */

/** The contract's finding kinds (../shared/design/CONTRACT.md). */
export type FindingKind =
  | 'learning-point'
  | 'key-experience'
  | 'section'
  | 'paragraph'
  | 'footnote'
  | 'example'
  | 'figure';

/** A half-open range [start, end) of UTF-16 offsets into the report's source text. */
export interface Span {
  start: number;
  end: number;
}

/** A percentage, fraction or count stated by the report, with the sentence that states it. */
export interface NumberFact {
  /** The numeric value as stated: 75 for "75 prosent", 0.5 for "halvparten", 1963 for "1963 respondenter". */
  value: number;
  /** The text as it stands in the finding, e.g. "75 prosent", "60 %", "1963". */
  raw: string;
  unit: 'percent' | 'fraction' | 'count';
  /** The clean sentence that states the number. */
  sentence: string;
}

export interface Finding {
  /** Canonical locator, unique in the report: "lp. 3.5.1", "kap. 3.4.3", "se. 10.2.2.1", "fn. 45", … */
  locator: string;
  /** Canonical citation: "[@ks2021, lp. 3.5.1]". */
  citation: string;
  kind: FindingKind;
  /** Id of the innermost section holding the finding ("3.5", "sammendrag", "vedlegg-1"). */
  section: string;
  /** Title of that section, clean ("Læringspunkt - smittevern, TISK og vaksinering"). */
  sectionTitle: string;
  /** The finding's full clean text: lines and page breaks joined, footnote markers and page furniture removed. */
  text: string;
  /** Source ranges the text was derived from, in reading order (fidelity tests re-derive `text` from them). */
  spans: Span[];
  /** 1-based line in the source where the finding starts. */
  line: number;
  /** Numbers of the footnotes this finding references (in the order referenced). */
  footnotes: number[];
  /** Numbers stated in the text (for `number-mismatch`). */
  numbers: NumberFact[];
  /** Municipalities (and bydeler/fylkeskommuner) the passage is about; non-empty for kind "example". */
  municipalities: string[];
  /**
   * First and last printed page of the report the finding stands on, recovered
   * from the text (src/build/corpus/pages.ts; approximate, can be a page or two off).
   */
  pages?: [number, number];
  /**
   * Other locators of the same text: a "Sentrale erfaringer" item the Norwegian
   * summary repeats word for word is also `se. sammendrag.K` (where the summary
   * words it differently, that is a finding of its own).
   */
  aliases?: string[];
  /** For key experiences repeated in the summary: the locators of the duplicate places (informational). */
  alsoAt?: Span[];
}

export interface Section {
  /** Stable id: the report's number ("3.4.3") or a slug for unnumbered parts ("forord", "sammendrag", "summary", "vedlegg-1"). */
  id: string;
  /** The report's own number, "" for unnumbered parts. */
  number: string;
  title: string;
  /** 1 = chapter/part, 2 = section, … */
  level: number;
  /** Id of the parent section, undefined for top-level parts. */
  parent?: string;
  /** Ids of child sections, in order. */
  children: string[];
  /** Locators of the findings directly in this section, in reading order (paragraphs, learning points, …). */
  findings: string[];
  /** 1-based source line of the heading. */
  line: number;
  /** The section's full range in the source. */
  span: Span;
}

export interface SourceMeta {
  /** Citation key: "ks2021". */
  key: string;
  title: string;
  subtitle?: string;
  author: string;
  commissionedBy: string;
  place: string;
  /** ISO date of publication: "2021-09-17". */
  date: string;
  language: string;
  /** File name of the text inside resources/report/. */
  file: string;
  /** sha256 of that file, so a stale index is detected. */
  sha256: string;
  url?: string;
}

export interface Report {
  source: SourceMeta;
  /** All sections in document order (a flattened tree; use `parent`/`children`). */
  sections: Section[];
  /** All findings in document order. */
  findings: Finding[];
}
