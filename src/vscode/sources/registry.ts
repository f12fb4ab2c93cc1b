/**
 * The writer's sources per plan in the editor: loaded on first use through
 * workspace.fs (core/sources), cached per plan until a bibliography, a source
 * folder or a config changes, indexing problems shown as diagnostics on the
 * source files. Other features ask `writerSourcesFor(document)`.
 */
import * as vscode from 'vscode';
import type { LoadedSources, SourceCache } from '../../core/sources/index.js';
import type { LintMessage } from '../../core/lint/types.js';
import type { PlanModel } from '../../core/plan/analyze.js';
import type { UiLanguage } from '../../core/i18n.js';
import type { LazyLintConfigs } from '../configs.js';
import type { Services } from '../services.js';
import { sourcesCore, type SourcesCore } from '../lazy.js';
import { errorText, log } from '../util.js';
import { workspaceReader } from './reader.js';

const REPORT_KEY = 'ks2021';
/** The read-only view of a source (registered in ./providers.ts). */
export const SOURCE_VIEW_SCHEME = 'evidensplan-source';

interface Entry {
  /** What of the plan decides its sources: front matter values and the config's file. */
  key: string;
  loaded: Promise<LoadedSources>;
}

export class WriterSourceRegistry implements vscode.Disposable {
  readonly problems = vscode.languages.createDiagnosticCollection('evidensplan-sources');
  private readonly entries = new Map<string, Entry>();
  /** Source files with diagnostics, per plan, so a fixed problem disappears. */
  private readonly shown = new Map<string, Set<string>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when sources may have changed (a file changed): plans should be linted again. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly watched = new Set<string>();
  /** The last loaded sources per plan, for synchronous callers (related information of diagnostics). */
  readonly lastLoaded = new Map<string, LoadedSources>();

  constructor(
    private readonly services: Services,
    private readonly configs: LazyLintConfigs,
    private readonly cache: SourceCache | undefined,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{.evidensplan/sources/**,*.bib,*.bibtex,*.json,*.yaml,*.yml,.evidensplan.jsonc}');
    // Only files a plan's sources were read from (or could be: a new source folder, a config).
    const changed = (uri: vscode.Uri) => {
      if (this.watched.has(uri.path) || uri.path.includes('/.evidensplan/sources/') || uri.path.endsWith('/.evidensplan.jsonc')) this.reset();
    };
    this.disposables.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed), this.problems, this.emitter);
    // An edit to a source file in the editor counts once it is saved (the loader reads the disk).
    this.disposables.push(vscode.workspace.onDidSaveTextDocument((d) => d.uri.path.includes('/.evidensplan/sources/') && this.reset()));
  }

  reset(): void {
    this.entries.clear();
    this.configs.reset();
    this.emitter.fire();
  }

  /** The plan's sources (loaded once per front matter and config). Never rejects. */
  async forDocument(document: vscode.TextDocument, plan: PlanModel = this.services.planOf(document)): Promise<LoadedSources> {
    const uri = document.uri;
    const fm = plan.frontmatter.data;
    const found = await this.configs.configFor(document).catch(() => undefined);
    const key = JSON.stringify([fm.bibliography ?? null, fm.references ?? null, found?.uri?.toString() ?? '', found?.config.bibliography ?? []]);
    const id = uri.toString();
    const hit = this.entries.get(id);
    if (hit && hit.key === key) return hit.loaded;
    const loaded = sourcesCore().then((core) => {
      loadedCore = core;
      return core.loadSources(
      {
        planPath: uri.scheme === 'untitled' ? undefined : uri.path,
        startDir: uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri.path : undefined,
        frontmatter: fm,
        config: found?.uri && found.config.bibliography?.length ? { file: found.uri.path, bibliography: found.config.bibliography } : undefined,
        reserved: [REPORT_KEY],
      },
      workspaceReader(uri.scheme === 'untitled' ? (vscode.workspace.workspaceFolders?.[0]?.uri ?? uri) : uri),
      this.cache,
      );
    }).then(
      (l) => {
        for (const f of l.files) this.watched.add(f);
        this.lastLoaded.set(id, l);
        this.showProblems(id, uri, l);
        return l;
      },
      (err: unknown) => {
        log().warn(`sources: ${errorText(err)}`);
        return { sources: new Map(), problems: [], files: [] } as LoadedSources;
      },
    );
    this.entries.set(id, { key, loaded });
    return loaded;
  }

  /** Messages about the plan's own front matter (a bibliography that does not parse, a missing file). */
  planMessages(loaded: LoadedSources, plan: PlanModel, lang: UiLanguage): LintMessage[] {
    if (!loadedCore) return [];
    return loadedCore.planSourceMessages(loaded.problems, plan, lang, (f) => vscode.workspace.asRelativePath(vscode.Uri.file(f), false));
  }

  private showProblems(planId: string, planUri: vscode.Uri, loaded: LoadedSources): void {
    const lang = this.services.uiLanguage();
    if (!loadedCore) return;
    const byFile = loadedCore.fileSourceMessages(loaded.problems, lang, (f) => vscode.workspace.asRelativePath(planUri.with({ path: f }), false));
    const before = this.shown.get(planId) ?? new Set<string>();
    const now = new Set<string>();
    for (const [file, msgs] of byFile) {
      const uri = planUri.with({ path: file, query: '', fragment: '' });
      now.add(uri.toString());
      this.problems.set(
        uri,
        msgs.map((m) => {
          const pos = new vscode.Position(Math.max(0, m.line - 1), Math.max(0, m.column - 1));
          const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), m.message, m.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
          d.source = 'evidensplan';
          d.code = 'sources';
          return d;
        }),
      );
    }
    for (const old of before) if (!now.has(old)) this.problems.delete(vscode.Uri.parse(old));
    this.shown.set(planId, now);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.entries.clear();
  }
}

let current: WriterSourceRegistry | undefined;
/** The sources group once loaded (./lazy.ts): a plan's sources are only there after it has loaded. */
let loadedCore: SourcesCore | undefined;

export function setRegistry(r: WriterSourceRegistry | undefined): void {
  current = r;
}

/**
 * The hook other features use: the plan's sources, or undefined when the
 * source features are not registered. Never rejects.
 */
export async function writerSourcesFor(document: vscode.TextDocument, plan?: PlanModel): Promise<LoadedSources | undefined> {
  try {
    return await current?.forDocument(document, plan);
  } catch {
    return undefined;
  }
}

/**
 * Where a canonical citation of one of the writer's indexed sources points
 * (`[@vintermorke2025, lp. 4.1]`): the line in the read-only source view.
 * Undefined for the report's citations and for bibliography entries.
 */
export function writerEvidenceLocation(document: vscode.TextDocument, citation: string): vscode.Location | undefined {
  const m = /^\[@([^,\]]+),\s*([^\]]+)\]$/.exec(citation);
  const src = m ? current?.lastLoaded.get(document.uri.toString())?.sources.get(m[1]) : undefined;
  if (!m || !loadedCore || !(src instanceof loadedCore.IndexedSource)) return undefined;
  const f = src.get(m[2]);
  if (!f) return undefined;
  const file = document.uri.with({ path: src.origin.file, query: '', fragment: '' });
  const pos = new vscode.Position(Math.max(0, f.line - 1), 0);
  return new vscode.Location(vscode.Uri.from({ scheme: SOURCE_VIEW_SCHEME, path: `/${src.source.key}/source.md`, query: file.toString() }), new vscode.Range(pos, pos));
}

/** The plan's front-matter source messages, for the diagnostics (empty when none). */
export function writerPlanMessages(loaded: LoadedSources | undefined, plan: PlanModel, lang: UiLanguage): LintMessage[] {
  return loaded && current ? current.planMessages(loaded, plan, lang) : [];
}
