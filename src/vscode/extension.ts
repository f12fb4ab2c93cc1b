/**
 * The extension's entry point: registration only. Nothing is loaded here; the
 * report index and the search load on first use (Services), so activation on
 * `onLanguage:markdown` adds nothing noticeable to VS Code's start.
 */
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { ExtensionServices } from './services-impl.js';
import { EvidenceHoverProvider } from './hover.js';
import { CitationCompletionProvider, COMPLETION_TRIGGERS } from './completion.js';
import { CitationDefinitionProvider } from './definition.js';
import { CitationReferenceProvider } from './references.js';
import { ReportDocumentProvider } from './reportDocument.js';
import { LintDiagnostics } from './diagnostics.js';
import { LintCodeActionProvider } from './codeActions.js';
import { LintConfigs } from './config.js';
import { GlossaryTerms } from './terms.js';
import { registerCommands } from './commands.js';
import { extendMarkdownIt } from './preview.js';
import { MARKDOWN, REPORT_SCHEME, disposeLog, errorText, log } from './util.js';
import { registerSnippetFeatures } from './snippets/register.js';
import { registerCoverageFeatures } from './coverage/register.js';
import { registerPlanStatus } from './planStatus.js';

export interface EvidensplanApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export function activate(context: vscode.ExtensionContext): EvidensplanApi {
  const services = new ExtensionServices(context.extensionPath);
  const reportDocument = new ReportDocumentProvider(services);
  const configs = new LintConfigs(services);
  const terms = new GlossaryTerms(services);
  const diagnostics = new LintDiagnostics(services, configs, reportDocument, context.extensionUri);
  const reportSelector: vscode.DocumentSelector = { scheme: REPORT_SCHEME };

  context.subscriptions.push(
    services,
    reportDocument,
    configs,
    diagnostics,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reportDocument),
    vscode.languages.registerHoverProvider([MARKDOWN, reportSelector] as vscode.DocumentFilter[], new EvidenceHoverProvider(services, terms, reportDocument)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new CitationCompletionProvider(services), ...COMPLETION_TRIGGERS),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new CitationDefinitionProvider(services, reportDocument)),
    vscode.languages.registerReferenceProvider([MARKDOWN, reportSelector] as vscode.DocumentFilter[], new CitationReferenceProvider(services, reportDocument)),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new LintCodeActionProvider(services, diagnostics), LintCodeActionProvider.metadata),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('evidensplan.language')) reportDocument.languageChanged();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => terms.forget(d.uri.toString())),
    { dispose: disposeLog },
  );
  registerCommands(context, services, reportDocument, configs);
  diagnostics.start();

  for (const [name, register] of [
    ['snippets', registerSnippetFeatures],
    ['coverage', registerCoverageFeatures],
    ['planStatus', registerPlanStatus],
  ] as const) {
    try {
      register(context, services);
    } catch (err) {
      log().error(`${name}: ${errorText(err)}`);
    }
  }

  return {
    extendMarkdownIt(md: MarkdownIt): MarkdownIt {
      try {
        return extendMarkdownIt(md, services);
      } catch (err) {
        log().error(`preview: ${errorText(err)}`);
        return md;
      }
    },
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
