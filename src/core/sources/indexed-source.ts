/**
 * An indexed source (a document the writer added) as the citation, lint and
 * editor code sees a source: the report's own index over its findings, plus
 * page locators (`s. 4`) from its page marks, plus its full-text search built
 * on first use with the same analyzer as the report's.
 */
import { ReportIndex } from '../corpus/report-index.js';
import { formatCitation } from '../corpus/locator.js';
import type { Finding } from '../model.js';
import { EvidenceSearch } from '../search/index.js';
import type { SourceIndex } from '../cite/source.js';
import type { IndexedData, PageEntry } from './index-markdown.js';
import { formatEntry } from './format.js';
import type { CslEntry, Origin } from './types.js';

const PAGE = /^(?:s|side|p|page|pp)\.?\s*(\d+)$/iu;

export class IndexedSource extends ReportIndex implements SourceIndex {
  readonly kind = 'indexed' as const;
  private readonly pageMap = new Map<number, PageEntry>();
  private readonly pageFindings = new Map<number, Finding>();
  private searchIndex?: EvidenceSearch;

  constructor(
    readonly data: IndexedData,
    readonly entry: CslEntry,
    /** The source's text file (for Go to Definition and problems). */
    readonly origin: Origin,
  ) {
    super(data.report);
    for (const p of data.pages) this.pageMap.set(p.page, p);
  }

  describe(lang: 'nb' | 'nn' | 'en' = 'nb'): string {
    return formatEntry(this.entry, lang);
  }

  /** A finding by locator: the report's locator forms, and `s. N` for page N. */
  override get(locator: string): Finding | undefined {
    const m = PAGE.exec(locator.replace(/\s+/g, ' ').trim());
    if (m) return this.page(Number(m[1]));
    return super.get(locator);
  }

  override nearest(locator: string, n = 3): string[] {
    if (PAGE.test(locator.trim()) && this.pageMap.size) {
      const want = Number(PAGE.exec(locator.trim())![1]);
      return [...this.pageMap.keys()]
        .filter((p) => p !== want)
        .sort((a, b) => Math.abs(a - want) - Math.abs(b - want) || a - b)
        .slice(0, n)
        .map((p) => `s. ${p}`);
    }
    return super.nearest(locator, n);
  }

  /** Every page with a page mark, in order. */
  pages(): number[] {
    return [...this.pageMap.keys()];
  }

  /** The findings on page N as one finding (`s. N`), like the report's page locator. */
  page(n: number): Finding | undefined {
    const hit = this.pageFindings.get(n);
    if (hit) return hit;
    const entry = this.pageMap.get(n);
    if (!entry) return undefined;
    const parts = entry.locators.map((l) => super.get(l)).filter((f): f is Finding => !!f && f.kind !== 'section');
    if (!parts.length) return undefined;
    const locator = `s. ${n}`;
    const f: Finding = {
      locator,
      citation: formatCitation(this.source.key, locator),
      // The page's text, like one long paragraph (a section's text is only its title).
      kind: 'paragraph',
      section: parts[0].section,
      sectionTitle: parts[0].sectionTitle,
      text: parts.map((p) => p.text).join('\n\n'),
      spans: parts.flatMap((p) => p.spans),
      line: entry.line,
      footnotes: [...new Set(parts.flatMap((p) => p.footnotes))],
      numbers: parts.flatMap((p) => p.numbers),
      municipalities: [],
    };
    this.pageFindings.set(n, f);
    return f;
  }

  /** The full-text search over this source (built on first use). */
  search(): EvidenceSearch {
    this.searchIndex ??= EvidenceSearch.build(this.report);
    return this.searchIndex;
  }
}

/** A bibliography entry: a known key with no text, so its locators cannot be checked. */
export class BibSource implements SourceIndex {
  readonly kind = 'bibliography' as const;
  readonly opaque = true;
  readonly findings: readonly Finding[] = [];
  readonly source;

  constructor(
    readonly entry: CslEntry,
    readonly origin: Origin,
  ) {
    this.source = {
      key: entry.id,
      title: typeof entry.title === 'string' ? entry.title : entry.id,
      author: '',
      commissionedBy: '',
      place: '',
      date: '',
      language: 'nb',
      file: origin.file,
      sha256: '',
    };
  }

  describe(lang: 'nb' | 'nn' | 'en' = 'nb'): string {
    return formatEntry(this.entry, lang);
  }

  get(): Finding | undefined {
    return undefined;
  }

  nearest(): string[] {
    return [];
  }
}

export type WriterSource = IndexedSource | BibSource;

export function isWriterSource(s: unknown): s is WriterSource {
  return s instanceof IndexedSource || s instanceof BibSource;
}
