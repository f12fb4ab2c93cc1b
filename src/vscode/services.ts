/**
 * What every provider of the extension receives (constructor injection, as in
 * vscode-markdown-languageservice): lazily loaded core data and the UI language.
 * The extension's wiring (extension.ts) creates one instance; nothing else loads
 * the index.
 *
 * This file holds the interface only; the implementation lives in
 * ./services-impl.ts (owned by the extension wiring).
 */
import type { ReportIndex } from '../core/corpus/report-index.js';
import type { EvidenceSearch } from '../core/search/index.js';
import type { UiLanguage } from '../core/i18n.js';
import type { PlanModel } from '../core/plan/analyze.js';

/** The parts of a VS Code TextDocument the plan cache reads (kept structural: no `vscode` import here). */
export interface VersionedDocument {
  readonly uri: { toString(): string };
  readonly version: number;
  getText(): string;
}

export interface Services {
  /** The report index, loaded from resources/index/ on first use and cached. */
  getReport(): Promise<ReportIndex>;
  /** The full-text index over the report, loaded on first use and cached. */
  getSearch(): Promise<EvidenceSearch>;
  /** The UI language from the `evidensplan.language` setting (default "nb"). */
  uiLanguage(): UiLanguage;
  /** Absolute path of the extension's root folder (holds resources/). */
  readonly extensionPath: string;
  /** The plan model of a document, computed once per document version and cached. */
  planOf(document: VersionedDocument): PlanModel;
}
