/**
 * The report together with the writer's sources of one plan, in the shape the
 * editor features take (EditorReport): everything about the report delegates
 * to it, and `sources` lets the citation code (core/editor/citations.ts)
 * resolve every key, the writer's included.
 */
import type { SourceIndex } from '../cite/source.js';
import type { EditorReport } from '../editor/types.js';
import type { Finding, Section } from '../model.js';

export class SourceSet implements EditorReport {
  readonly sources: ReadonlyMap<string, SourceIndex>;

  constructor(
    readonly report: EditorReport,
    extra: ReadonlyMap<string, SourceIndex>,
  ) {
    const all = new Map<string, SourceIndex>(extra);
    all.set(report.source.key, report);
    this.sources = all;
  }

  get source() {
    return this.report.source;
  }

  get findings(): readonly Finding[] {
    return this.report.findings;
  }

  get(locator: string): Finding | undefined {
    return this.report.get(locator);
  }

  nearest(locator: string, n?: number): string[] {
    return this.report.nearest(locator, n);
  }

  section(id: string): Section | undefined {
    return this.report.section?.(id);
  }

  sectionPath(id: string): Section[] {
    return this.report.sectionPath?.(id) ?? [];
  }
}

/** The report alone, or with the writer's sources when there are any. */
export function withSources(report: EditorReport, extra: ReadonlyMap<string, SourceIndex> | undefined): EditorReport {
  return extra?.size ? new SourceSet(report, extra) : report;
}
