/**
 * The editor-independent language service's view of documents, the report and
 * the search (as in vscode-markdown-languageservice): plain data in, plain data
 * out, positions as UTF-16 offsets. The VS Code adapters in src/vscode convert.
 */
import type { Finding, FindingKind, Section } from '../model.js';
import type { SourceIndex } from '../cite/source.js';
import type { CitationGroup } from '../cite/types.js';
import type { PlanModel } from '../plan/analyze.js';

/** A document in the (possibly in-memory) workspace. */
export interface EditorDocument {
  /** Any stable identifier: a URI string in the editor, a path in tests. */
  readonly uri: string;
  readonly text: string;
  readonly version?: number;
}

/** A half-open range of UTF-16 offsets into a document. */
export interface OffsetRange {
  start: number;
  end: number;
}

export interface Heading extends OffsetRange {
  depth: number;
  /** The heading's text without the #s. */
  text: string;
}

/** What the editor features need from a parsed plan (core/plan's PlanModel provides it). */
export interface EditorPlan {
  readonly text: string;
  /** Citation groups in prose, in document order (not in code, link targets or front matter). */
  readonly citations: readonly CitationGroup[];
  readonly headings: readonly Heading[];
  /** Prose blocks (paragraphs, headings, table cells) in document order: no code, HTML or front matter. */
  readonly blocks: readonly (OffsetRange & { kind: 'paragraph' | 'heading' | 'cell' })[];
  /** The plan's language ("nb" or "nn": front matter `språk`, else detected). */
  readonly language: string;
  /** A fact derived from this version of the plan, computed once (term matches, …): PlanModel.derived. */
  derived<T>(key: string, compute: (plan: PlanModel) => T): T;
}

/** What the editor features need from the report index (core/corpus ReportIndex provides it). */
export interface EditorReport extends SourceIndex {
  /** Root-to-leaf sections holding section `id`. */
  sectionPath?(id: string): Section[];
}

export interface SearchHit {
  finding: Finding;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  kinds?: FindingKind[];
  /** Surrounding text (paragraph, heading) that ranks hits without being required to match. */
  context?: string;
  prefix?: boolean;
}

/** What the editor features need from the full-text search (core/search EvidenceSearch provides it). */
export interface EditorSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
}
