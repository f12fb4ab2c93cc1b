/**
 * `.evidensplan.jsonc` for a document: found by walking up from the document's
 * folder (through vscode.workspace.fs, so virtual workspaces work too), parsed
 * by the same core as the CLI, cached until a config file changes.
 */
import * as vscode from 'vscode';
import { emptyConfig, parseConfig, type ResolvedConfig } from '../core/lint/config.js';
import { ruleIds } from '../core/lint/rules/index.js';
import type { Services } from './services.js';

export const CONFIG_NAME = '.evidensplan.jsonc';
const MAX_LEVELS = 40;

export interface FoundConfig {
  config: ResolvedConfig;
  /** The file the config came from, if one was found. */
  uri?: vscode.Uri;
}

function parent(uri: vscode.Uri): vscode.Uri | undefined {
  const p = uri.path.replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  if (i < 0 || p === '') return undefined;
  return uri.with({ path: i === 0 ? '/' : p.slice(0, i) });
}

export class LintConfigs implements vscode.Disposable {
  /** Per folder URI: the config file found for it (or none). */
  private byFolder = new Map<string, Promise<FoundConfig>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly services: Services) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_NAME}`);
    const reset = () => {
      this.byFolder.clear();
      this.changed.fire();
    };
    this.disposables.push(watcher, watcher.onDidChange(reset), watcher.onDidCreate(reset), watcher.onDidDelete(reset));
    // Saving the config in the editor is also a change (the watcher may not see virtual files).
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d.uri.path.endsWith(`/${CONFIG_NAME}`)) reset();
      }),
    );
  }

  /** Where a new workspace config goes: the root of the document's workspace folder. */
  workspaceConfigUri(document: vscode.TextDocument): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_NAME) : undefined;
  }

  async configFor(document: vscode.TextDocument): Promise<FoundConfig> {
    let start: vscode.Uri | undefined;
    if (document.uri.scheme === 'untitled') {
      start = vscode.workspace.workspaceFolders?.[0]?.uri;
    } else {
      start = parent(document.uri);
    }
    if (!start) return { config: emptyConfig() };
    const key = start.toString();
    let found = this.byFolder.get(key);
    if (!found) {
      found = this.walk(start);
      this.byFolder.set(key, found);
    }
    return found;
  }

  private async walk(start: vscode.Uri): Promise<FoundConfig> {
    let dir: vscode.Uri | undefined = start;
    for (let i = 0; dir && i < MAX_LEVELS; i++) {
      const candidate = vscode.Uri.joinPath(dir, CONFIG_NAME);
      try {
        const bytes = await vscode.workspace.fs.readFile(candidate);
        const text = new TextDecoder('utf-8').decode(bytes);
        const label = vscode.workspace.asRelativePath(candidate, true);
        return { config: parseConfig(text, label, ruleIds, this.services.uiLanguage()), uri: candidate };
      } catch {
        // not here: go up
      }
      if (dir.path === '/' || dir.path === '') break;
      dir = parent(dir);
    }
    return { config: emptyConfig() };
  }

  reset(): void {
    this.byFolder.clear();
  }

  /** Forget every config and tell the listeners (diagnostics re-lint). */
  invalidate(): void {
    this.byFolder.clear();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
