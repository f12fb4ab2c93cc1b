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
import type { ResourceReader } from './services-resources.js';

/** The parts of a VS Code TextDocument the plan cache reads (kept structural: no `vscode` import here). */
export interface VersionedDocument {
  readonly uri: { toString(): string };
  readonly version: number;
  getText(): string;
}

export interface Services {
  /** The report index, read from resources/index/ (through `resources`) on first use and cached. */
  getReport(): Promise<ReportIndex>;
  /** The full-text index over the report, loaded on first use and cached. */
  getSearch(): Promise<EvidenceSearch>;
  /** The UI language from the `evidensplan.language` setting (default "nb"). */
  uiLanguage(): UiLanguage;
  /**
   * The one way to read the extension's own files (resources/, docs/rules/, export templates):
   * through `vscode.workspace.fs` from the extension's URI, on the desktop and on the web.
   */
  readonly resources: ResourceReader;
  /** Which extension host runs the extension: Node (desktop, code-server's remote host) or a web worker. */
  readonly host: 'node' | 'web';
  /** The plan model of a document, computed once per document version and cached. */
  planOf(document: VersionedDocument): PlanModel;
}
