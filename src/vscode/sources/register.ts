/**
 * Registers the writer's-sources features (one call from extension.ts):
 * the per-plan registry (loading through workspace.fs, caching indexed
 * sources in the extension's storage, diagnostics on source files), the
 * read-only source view and completion (Go to Definition goes through the
 * report's provider: ./providers.ts writerDefinition). `relint` lints the
 * open plans again when a source changes.
 */
import * as vscode from 'vscode';
import type { Services } from '../services.js';
import type { LazyLintConfigs } from '../configs.js';
import { MARKDOWN, errorText, log } from '../util.js';
import { COMPLETION_TRIGGERS } from '../completion.js';
import { storageCache } from './reader.js';
import { SOURCE_VIEW_SCHEME, WriterSourceRegistry, setRegistry } from './registry.js';
import { SourceViewProvider, WriterCompletionProvider } from './providers.js';

export function registerSourceFeatures(context: vscode.ExtensionContext, services: Services, configs: LazyLintConfigs, relint: () => void): void {
  try {
    const registry = new WriterSourceRegistry(services, configs, storageCache(context.globalStorageUri));
    setRegistry(registry);
    context.subscriptions.push(
      registry,
      { dispose: () => setRegistry(undefined) },
      registry.onDidChange(() => relint()),
      vscode.workspace.registerTextDocumentContentProvider(SOURCE_VIEW_SCHEME, new SourceViewProvider()),
      vscode.languages.registerCompletionItemProvider(MARKDOWN, new WriterCompletionProvider(services), ...COMPLETION_TRIGGERS),
    );
  } catch (err) {
    log().error(`sources: ${errorText(err)}`);
  }
}
