/**
 * The `.evidensplan.jsonc` look-up as the rest of the extension sees it: ./config.ts's LintConfigs,
 * created on first use with the config group (./lazy.ts), so activation loads neither the config
 * parser nor the rules it validates against. One instance serves the diagnostics, the status bar
 * and the writer's sources. Until a config has been asked for there is nothing
 * cached, so nothing to reset, and no watcher is needed yet.
 */
import * as vscode from 'vscode';
import type { FoundConfig, LintConfigs } from './config.js';
import type { Services } from './services.js';
import { configCore } from './lazy.js';

export class LazyLintConfigs implements vscode.Disposable {
  private loaded?: Promise<LintConfigs>;
  private current?: LintConfigs;
  private disposed = false;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a config file changes (after the first look-up; before it nothing is cached). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly services: Services) {}

  private load(): Promise<LintConfigs> {
    this.loaded ??= configCore().then(
      (core) => {
        const configs = new core.LintConfigs(this.services);
        if (this.disposed) configs.dispose();
        configs.onDidChange(() => this.changed.fire());
        this.current = configs;
        return configs;
      },
      (err: unknown) => {
        this.loaded = undefined;
        throw err;
      },
    );
    return this.loaded;
  }

  async configFor(document: vscode.TextDocument): Promise<FoundConfig> {
    return (await this.load()).configFor(document);
  }

  /** Where a new workspace config goes: the root of the document's workspace folder. */
  async workspaceConfigUri(document: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    return (await this.load()).workspaceConfigUri(document);
  }

  /** Forgets the cached configs (nothing to forget before the first look-up). */
  reset(): void {
    this.current?.reset();
  }

  /** Forgets every config and tells the listeners (diagnostics re-lint). */
  invalidate(): void {
    if (this.current) this.current.invalidate();
    else this.changed.fire();
  }

  dispose(): void {
    this.disposed = true;
    this.current?.dispose();
    this.changed.dispose();
  }
}
