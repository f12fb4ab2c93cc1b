/**
 * What the citation and lint code needs from a loaded source (the report index).
 * `ReportIndex` (core/corpus/report-index.ts) satisfies this structurally; the
 * interface keeps cite/ and lint/ independent of the index's other methods.
 */
import type { Finding, Section, SourceMeta } from '../model.js';

export interface SourceIndex {
  readonly source: SourceMeta;
  readonly findings: readonly Finding[];
  /** A finding by any locator form `parseLocator` accepts; undefined when none. */
  get(locator: string): Finding | undefined;
  /** Every finding a page or range locator addresses (a single locator gives one); undefined when none. */
  getAll?(locator: string): Finding[] | undefined;
  /** The nearest valid canonical locators to `locator`, best first. */
  nearest(locator: string, n?: number): string[];
  section?(id: string): Section | undefined;
  /**
   * A known key whose locators cannot be checked: a bibliography entry without
   * text. Any locator resolves to "unchecked", never to unknown-locator.
   */
  readonly opaque?: boolean;
  /** One line naming the source (a formatted bibliography entry), for hovers and lists. */
  describe?(lang?: 'nb' | 'nn' | 'en'): string;
  /** Where the writer declared or stored the source (file, 1-based line), for Go to Definition. */
  readonly origin?: { file: string; line: number };
}
