/**
 * `.evidensplan.jsonc` for a document: the core look-up the CLI uses too
 * (src/core/lint/config-lookup.ts), over vscode.workspace.fs so virtual
 * workspaces and the web extension work; cached until a config file changes.
 * Its problems become diagnostics on the config file, on the key or value they are about.
 */
import * as vscode from 'vscode';
import { emptyConfig, type ConfigError, type ResolvedConfig } from '../core/lint/config.js';
import { CONFIG_NAME, lookupConfig, type ConfigFs } from '../core/lint/config-lookup.js';
import { ruleIds } from '../core/lint/rules/meta.js';
import type { Services } from './services.js';

export { CONFIG_NAME };

/** vscode.FileType's values (a bit set: a symbolic link to a file is File | SymbolicLink). */
const FILE_TYPE = { file: 1, directory: 2 } as const;

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

/** The workspace's file system for the look-up. */
export const workspaceConfigFs: ConfigFs<vscode.Uri> = {
  parent,
  join: (folder, name) => vscode.Uri.joinPath(folder, name),
  async stat(uri) {
    const st = await vscode.workspace.fs.stat(uri);
    const kind = st.type & FILE_TYPE.directory ? 'directory' : st.type & FILE_TYPE.file ? 'file' : 'other';
    return { kind, size: st.size };
  },
  read: async (uri) => vscode.workspace.fs.readFile(uri),
  label: (uri) => vscode.workspace.asRelativePath(uri, true),
};

/** A config problem as a diagnostic on the config file: over the key or value it is about. */
export function configDiagnostic(e: ConfigError): vscode.Diagnostic {
  const start = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.column - 1));
  const end = e.endLine !== undefined && e.endColumn !== undefined ? new vscode.Position(Math.max(0, e.endLine - 1), Math.max(0, e.endColumn - 1)) : undefined;
  const after = end && (end.line > start.line || (end.line === start.line && end.character > start.character));
  const range = new vscode.Range(start, after ? end : start.translate(0, 1));
  const d = new vscode.Diagnostic(range, e.message, vscode.DiagnosticSeverity.Error);
  d.source = 'evidensplan';
  return d;
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

  private async walk(folder: vscode.Uri): Promise<FoundConfig> {
    const found = await lookupConfig(workspaceConfigFs, folder, { fromKind: 'directory', knownRules: ruleIds, lang: this.services.uiLanguage() });
    return { config: found.config, uri: found.file };
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
