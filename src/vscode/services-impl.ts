/**
 * The one Services instance: loads the report index and the search lazily (on
 * first use, never in `activate`: their code too, see ./lazy.ts), caches plan
 * models per document version and reads the UI language from the settings.
 */
import * as vscode from 'vscode';
import type { ReportIndex } from '../core/corpus/report-index.js';
import type { EvidenceSearch } from '../core/search/index.js';
import { isUiLanguage, type UiLanguage } from '../core/i18n.js';
import { analyzePlan, type PlanModel } from '../core/plan/analyze.js';
import { indexCore } from './lazy.js';
import type { Services, VersionedDocument } from './services.js';
import type { ResourceReader } from './services-resources.js';

/** Plan models per document: one entry per URI, replaced when the version changes. */
export class PlanCache {
  private entries = new Map<string, { version: number; plan: PlanModel }>();

  get(document: VersionedDocument): PlanModel {
    const key = document.uri.toString();
    const hit = this.entries.get(key);
    const text = document.getText();
    // Same version and same text (a closed and reopened document restarts its versions).
    if (hit && hit.version === document.version && hit.plan.text === text) return hit.plan;
    // The previous version's model lets unchanged blocks skip re-parsing (same result as a fresh analysis).
    const plan = analyzePlan(text, hit?.plan);
    this.entries.set(key, { version: document.version, plan });
    return plan;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

export class ExtensionServices implements Services, vscode.Disposable {
  private report?: Promise<ReportIndex>;
  private search?: Promise<EvidenceSearch>;
  readonly plans = new PlanCache();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly resources: ResourceReader,
    readonly host: 'node' | 'web',
  ) {
    this.disposables.push(
      vscode.workspace.onDidCloseTextDocument((d) => this.plans.delete(d.uri.toString())),
    );
  }

  getReport(): Promise<ReportIndex> {
    this.report ??= indexCore()
      .then((core) => core.openReportIndex(this.resources.read))
      .then(
        (r) => {
          this.reportIfLoaded = r;
          return r;
        },
        (err: unknown) => {
          this.report = undefined; // try again next time
          throw err;
        },
      );
    return this.report;
  }

  getSearch(): Promise<EvidenceSearch> {
    this.search ??= Promise.all([this.getReport(), indexCore()])
      .then(([index, core]) => core.openSearch(this.resources.read, index.report))
      .catch((err: unknown) => {
        this.search = undefined; // try again next time
        throw err;
      });
    return this.search;
  }

  /** The report if it has loaded already, without waiting (for synchronous callers like the preview). */
  reportIfLoaded?: ReportIndex;

  uiLanguage(): UiLanguage {
    const v = vscode.workspace.getConfiguration('evidensplan').get<string>('language');
    return isUiLanguage(v) ? v : 'nb';
  }

  planOf(document: VersionedDocument): PlanModel {
    return this.plans.get(document);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.plans.clear();
  }
}
