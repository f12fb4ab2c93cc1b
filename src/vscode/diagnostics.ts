/**
 * Lint diagnostics as you type: C's `lintText` over the cached plan model, on
 * open and debounced (~300 ms) on change, one result per document version. The
 * lint engine is loaded on the first lint (./lazy.ts), not at activation.
 * Each diagnostic's code links to its rule page; evidence citations are
 * related information pointing into the report document.
 */
import * as vscode from 'vscode';
import { analyzePlan } from '../core/plan/analyze.js';
import type { LintMessage, Severity } from '../core/lint/types.js';
import type { Services } from './services.js';
import type { LazyLintConfigs } from './configs.js';
import type { ConfigError } from '../core/lint/config.js';
import { configCore, lintCore, type ConfigCore, type LintCore } from './lazy.js';
import type { ReportDocumentProvider } from './reportDocument.js';
import { t } from '../core/editor/messages.js';
import { isUiLanguage, type UiLanguage } from '../core/i18n.js';
import { errorText, isLintable, log } from './util.js';
import { writerEvidenceLocation, writerPlanMessages, writerSourcesFor } from './sources/registry.js';

export const DEBOUNCE_MS = 300;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

interface LintResultEntry {
  version: number;
  messages: LintMessage[];
}

export class LintDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('evidensplan');
  private readonly configCollection = vscode.languages.createDiagnosticCollection('evidensplan-config');
  private readonly results = new Map<string, LintResultEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly docsTargets = new Map<string, vscode.Uri | undefined>();
  /** The lint group, once the first lint has loaded it. */
  private core?: LintCore;

  constructor(
    private readonly services: Services,
    private readonly configs: LazyLintConfigs,
    private readonly reportDocument: ReportDocumentProvider,
  ) {}

  /** Starts listening; lints the Markdown documents already open (off the activation path). */
  start(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document, DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      this.configs.onDidChange(() => this.relintAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('evidensplan')) {
          this.configs.reset();
          this.relintAll();
        }
      }),
    );
    setTimeout(() => this.relintAll(), 0);
  }

  relintAll(): void {
    this.results.clear();
    this.configCollection.clear();
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isLintable(document)) return;
    const key = document.uri.toString();
    const prev = this.timers.get(key);
    if (prev) clearTimeout(prev);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lint(document);
      }, delay),
    );
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  /** The lint messages of a document's current version, if linted. */
  messagesFor(document: vscode.TextDocument): LintMessage[] | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r.messages : undefined;
  }

  /** Lints now (also used by code actions when the cache is stale). */
  async lint(document: vscode.TextDocument): Promise<LintMessage[] | undefined> {
    if (!isLintable(document) || document.isClosed) return undefined;
    const key = document.uri.toString();
    const version = document.version;
    const cached = this.results.get(key);
    if (cached && cached.version === version) return cached.messages;
    try {
      const messages = await this.messagesForText(document, () => this.services.planOf(document).text, () => document.isClosed || document.version !== version, () => this.services.planOf(document));
      if (!messages) return undefined;
      this.results.set(key, { version, messages });
      this.collection.set(document.uri, await this.toDiagnostics(document, messages));
      return messages;
    } catch (err) {
      log().error(t('lintFailed', this.services.uiLanguage(), { reason: errorText(err) }));
      return undefined;
    }
  }

  /**
   * The lint messages of a text at `target.uri` with that file's config (shared by the live
   * diagnostics and "lint every plan in the workspace"). `stale()` → undefined (the document moved on).
   */
  async messagesForText(
    target: Pick<vscode.TextDocument, 'uri'>,
    text: () => string,
    stale: () => boolean = () => false,
    plan?: () => ReturnType<Services['planOf']>,
  ): Promise<LintMessage[] | undefined> {
    // The index first (mostly reading files), then the lint and config code (evaluated on the
    // first lint, a stretch of synchronous work): a hover asked meanwhile answers from the report
    // as soon as it has loaded, before the first lint has run.
    const [report, search] = await Promise.all([this.services.getReport(), this.services.getSearch().catch(() => undefined)]);
    if (stale()) return undefined;
    const [core, config, found] = await Promise.all([lintCore(), configCore(), this.configs.configFor(target as vscode.TextDocument)]);
    this.core = core;
    if (stale()) return undefined;
    this.showConfigErrors(config, found.uri, found.config.errors);
    const model = plan?.() ?? analyzePlan(text());
    // The writer's own sources (bibliography, references, .evidensplan/sources): known keys, checked quotes.
    // Only the document's URI is read (the plan model is given), so a file not open in an editor works too.
    const writer = await writerSourcesFor(target as vscode.TextDocument, model);
    if (stale()) return undefined;
    const lintMessages = core.lintText(model.text, {
      filePath: target.uri.scheme === 'file' ? target.uri.fsPath : target.uri.path,
      config: found.config,
      report,
      sources: writer?.sources,
      search,
      uiLanguage: this.messageLanguage(target),
      plan: model,
      now: new Date(),
    });
    const sourceMessages = writerPlanMessages(writer, model, this.messageLanguage(target) ?? found.config.language ?? 'nb');
    return sourceMessages.length ? [...sourceMessages, ...lintMessages].sort((a, b) => a.start - b.start || a.end - b.end) : lintMessages;
  }

  /**
   * The language of lint messages: the `evidensplan.language` setting when the
   * user set it; otherwise undefined, so the config's "language" applies as in
   * the CLI (and Bokmål when neither says).
   */
  private messageLanguage(document: Pick<vscode.TextDocument, 'uri'>): UiLanguage | undefined {
    const i = vscode.workspace.getConfiguration('evidensplan', document.uri).inspect<string>('language');
    const set = i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
    return isUiLanguage(set) ? set : undefined;
  }

  private showConfigErrors(config: ConfigCore, uri: vscode.Uri | undefined, errors: ConfigError[]): void {
    if (!uri) return;
    this.configCollection.set(uri, errors.map(config.configDiagnostic));
  }

  /** Rule page: the copy shipped with the extension (docs/rules/ is in the VSIX), by its URI. */
  private docsTarget(ruleId: string): vscode.Uri | undefined {
    if (this.docsTargets.has(ruleId)) return this.docsTargets.get(ruleId);
    const rule = this.core?.ruleById(ruleId);
    const target = rule ? this.services.resources.uri(rule.meta.docs) : undefined;
    this.docsTargets.set(ruleId, target);
    return target;
  }

  /** Lint messages as VS Code diagnostics (positions through `document.positionAt`). */
  async toDiagnostics(document: Pick<vscode.TextDocument, 'positionAt' | 'uri'>, messages: LintMessage[]): Promise<vscode.Diagnostic[]> {
    this.core ??= await lintCore();
    const out: vscode.Diagnostic[] = [];
    const reportUri = this.reportDocument.uri();
    for (const m of messages) {
      const range = new vscode.Range(document.positionAt(m.start), document.positionAt(Math.max(m.start, m.end)));
      const d = new vscode.Diagnostic(range, m.message, SEVERITY[m.severity] ?? vscode.DiagnosticSeverity.Warning);
      d.source = 'evidensplan';
      const target = this.docsTarget(m.ruleId);
      d.code = target ? { value: m.ruleId, target } : m.ruleId;
      if (m.evidence.length) {
        const related: vscode.DiagnosticRelatedInformation[] = [];
        for (const citation of m.evidence.slice(0, 5)) {
          // Evidence from one of the writer's indexed sources points into that source.
          const own = writerEvidenceLocation(document as vscode.TextDocument, citation);
          if (own) {
            related.push(new vscode.DiagnosticRelatedInformation(own, citation));
            continue;
          }
          const locator = /,\s*([^\]]+)\]$/.exec(citation)?.[1] ?? '';
          try {
            related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(reportUri, await this.reportDocument.rangeOf(locator)), citation));
          } catch {
            /* the report document could not be rendered: leave it out */
          }
        }
        if (related.length) d.relatedInformation = related;
      }
      out.push(d);
    }
    return out;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
    this.configCollection.dispose();
  }
}
