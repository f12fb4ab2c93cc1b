/**
 * Find All References on a citation (or on a finding in the report document):
 * every citation of that finding across the workspace's Markdown files. Plans
 * open in an editor are read through `services.planOf` (one model per document
 * version, shared with every feature); the others through `WorkspacePlans`, which
 * keeps each file's model while its modification time and size stay the same, so
 * a second search re-reads only what changed.
 */
import * as vscode from 'vscode';
import { findReferences } from '../core/editor/references.js';
import { definitionAt } from '../core/editor/definition.js';
import type { EditorDocument } from '../core/editor/types.js';
import { analyzePlan, type PlanModel } from '../core/plan/analyze.js';
import type { Services } from './services.js';
import type { ReportDocumentProvider } from './reportDocument.js';
import { REPORT_SCHEME, errorText, isPlan, log } from './util.js';

const MAX_FILES = 5000;
const MAX_FILE_BYTES = 2_000_000;
/** Plan models kept for files not open in an editor (the least recently used go first). */
const MAX_CACHED_PLANS = 300;

interface CachedPlan {
  mtime: number;
  size: number;
  plan: PlanModel;
}

/**
 * Plan models of workspace Markdown files that are not open in an editor, one per URI, valid while
 * the file's mtime and size are unchanged (and dropped when a watcher sees it change or go),
 * bounded to the `max` most recently used.
 */
export class WorkspacePlans {
  private readonly entries = new Map<string, CachedPlan>();

  constructor(
    private readonly fs: Pick<vscode.FileSystem, 'stat' | 'readFile'> = vscode.workspace.fs,
    private readonly max = MAX_CACHED_PLANS,
    private readonly analyze: (text: string) => PlanModel = analyzePlan,
  ) {}

  /** The model of the file at `uri`, analysed only when it is new or changed; undefined when too big or unreadable. */
  async get(uri: vscode.Uri): Promise<PlanModel | undefined> {
    const key = uri.toString();
    let stat: vscode.FileStat;
    try {
      stat = await this.fs.stat(uri);
    } catch {
      this.entries.delete(key);
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      this.entries.delete(key);
      return undefined;
    }
    const hit = this.entries.get(key);
    if (hit && hit.mtime === stat.mtime && hit.size === stat.size) {
      // Most recently used goes last (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.plan;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await this.fs.readFile(uri));
    } catch {
      this.entries.delete(key);
      return undefined;
    }
    const plan = this.analyze(text);
    this.entries.delete(key);
    this.entries.set(key, { mtime: stat.mtime, size: stat.size, plan });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return plan;
  }

  /** Forgets one file (changed, deleted or opened in an editor). */
  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}

export class CitationReferenceProvider implements vscode.ReferenceProvider, vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly services: Services,
    private readonly reportDocument: ReportDocumentProvider,
    readonly plans = new WorkspacePlans(),
  ) {
    // The mtime check already catches a changed file; the watcher lets go of models sooner.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    const forget = (uri: vscode.Uri) => this.plans.forget(uri);
    this.disposables.push(watcher, watcher.onDidChange(forget), watcher.onDidDelete(forget));
  }

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    try {
      const report = await this.services.getReport();
      if (token.isCancellationRequested) return undefined;
      let locator: string | undefined;
      if (document.uri.scheme === REPORT_SCHEME) {
        locator = await this.reportDocument.locatorAtLine(position.line);
      } else if (isPlan(document)) {
        locator = definitionAt(this.services.planOf(document), document.offsetAt(position), report)?.finding.locator;
      }
      if (!locator || token.isCancellationRequested) return undefined;

      const open = new Map<string, vscode.TextDocument>();
      for (const d of vscode.workspace.textDocuments) if (isPlan(d)) open.set(d.uri.toString(), d);
      // The model each document was searched in: positions of files not open come from its line index.
      const models = new Map<string, PlanModel>();
      const services = this.services;
      const plans = this.plans;
      async function* documents(): AsyncGenerator<EditorDocument> {
        for (const d of open.values()) {
          const plan = services.planOf(d);
          models.set(d.uri.toString(), plan);
          yield { uri: d.uri.toString(), text: plan.text, version: d.version };
        }
        const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', MAX_FILES, token);
        for (const uri of files) {
          if (token.isCancellationRequested) return;
          const key = uri.toString();
          if (open.has(key)) continue;
          const plan = await plans.get(uri);
          if (!plan) continue;
          models.set(key, plan);
          yield { uri: key, text: plan.text };
        }
      }
      const refs = await findReferences(locator, documents(), report, (doc) => models.get(doc.uri)!, {
        isCancelled: () => token.isCancellationRequested,
      });
      if (token.isCancellationRequested) return undefined;
      const locations: vscode.Location[] = [];
      if (context.includeDeclaration) {
        locations.push(new vscode.Location(this.reportDocument.uri(), await this.reportDocument.rangeOf(locator)));
      }
      for (const r of refs) {
        const opened = open.get(r.uri);
        const uri = vscode.Uri.parse(r.uri);
        if (opened) {
          locations.push(new vscode.Location(uri, new vscode.Range(opened.positionAt(r.start), opened.positionAt(r.end))));
          continue;
        }
        const model = models.get(r.uri)!;
        const a = model.lineCol(r.start);
        const b = model.lineCol(r.end);
        locations.push(new vscode.Location(uri, new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1)));
      }
      return locations;
    } catch (err) {
      log().warn(`references: ${errorText(err)}`);
      return undefined;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.plans.clear();
  }
}
