/**
 * The extension's wiring, shared by both entry points: registration only. Nothing is loaded here;
 * the report index and the search load on first use (Services), the lint engine on the first lint,
 * the config parser, the writer's sources and the bibliography formatter on theirs (./lazy.ts:
 * their code is not even evaluated before), so activation on `onLanguage:markdown` adds nothing
 * noticeable to VS Code's start and a hover or a completion answers before the first lint has run.
 *
 * Entry points (package.json): `main` = src/vscode/node/main.ts (desktop VS Code, code-server's
 * Node host) and `browser` = src/vscode/web/extension.ts (vscode.dev, github.dev, a web worker
 * host). They differ only in the `ExtensionHost` they pass: what needs Node (running pandoc for
 * the export) is given by the Node entry and absent on the web. The web bundle is built with
 * platform "browser" and fails to build if anything here pulls in a Node module.
 */
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { ExtensionServices } from './services-impl.js';
import { ExtensionResources } from './services-resources.js';
import { EvidenceHoverProvider } from './hover.js';
import { CitationCompletionProvider, COMPLETION_TRIGGERS } from './completion.js';
import { CitationDefinitionProvider } from './definition.js';
import { CitationReferenceProvider } from './references.js';
import { ReportDocumentProvider } from './reportDocument.js';
import { LintDiagnostics } from './diagnostics.js';
import { LintCodeActionProvider } from './codeActions.js';
import { LazyLintConfigs } from './configs.js';
import { registerCommands } from './commands.js';
import { extendMarkdownIt } from './preview.js';
import { MARKDOWN, REPORT_SCHEME, disposeLog, errorText, log } from './util.js';
import { registerSnippetFeatures } from './snippets/register.js';
import { registerCoverageFeatures } from './coverage/register.js';
import { registerHostInfo } from './hostInfo.js';
import { registerLintWorkspace } from './lintWorkspace.js';
import { registerPlanStatus } from './planStatus.js';
import { register as registerSearch } from './search/register.js';
import type { Services } from './services.js';
import { registerSourceFeatures } from './sources/register.js';

export interface EvidensplanApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/** What the entry point's extension host can do beyond the shared features. */
export interface ExtensionHost {
  kind: 'node' | 'web';
  /** Registers the features that need this host (Node: export through pandoc; web: their "not here" notes). */
  registerHostFeatures(context: vscode.ExtensionContext, services: Services): void;
}

export function activateWith(context: vscode.ExtensionContext, host: ExtensionHost): EvidensplanApi {
  const services = new ExtensionServices(new ExtensionResources(context.extensionUri), host.kind);
  const reportDocument = new ReportDocumentProvider(services);
  const configs = new LazyLintConfigs(services);
  const diagnostics = new LintDiagnostics(services, configs, reportDocument);
  const reportSelector: vscode.DocumentSelector = { scheme: REPORT_SCHEME };
  const references = new CitationReferenceProvider(services, reportDocument);

  context.subscriptions.push(
    services,
    reportDocument,
    configs,
    diagnostics,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reportDocument),
    vscode.languages.registerHoverProvider([MARKDOWN, reportSelector] as vscode.DocumentFilter[], new EvidenceHoverProvider(services, reportDocument)),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new CitationCompletionProvider(services), ...COMPLETION_TRIGGERS),
    vscode.languages.registerDefinitionProvider(MARKDOWN, new CitationDefinitionProvider(services, reportDocument)),
    references,
    vscode.languages.registerReferenceProvider([MARKDOWN, reportSelector] as vscode.DocumentFilter[], references),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new LintCodeActionProvider(services, diagnostics), LintCodeActionProvider.metadata),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('evidensplan.language')) reportDocument.languageChanged();
    }),
    { dispose: disposeLog },
  );
  registerCommands(context, services, reportDocument, configs);
  registerSourceFeatures(context, services, configs, () => diagnostics.relintAll());
  diagnostics.start();

  // Feature registrations: one line each, `[name, (context, services) => void]`. A failing one is
  // logged and the others still register.
  const registrations: [string, (context: vscode.ExtensionContext, services: Services) => void][] = [
    ['snippets', registerSnippetFeatures],
    ['coverage', registerCoverageFeatures],
    ['search', registerSearch],
    ['plan status', (c, s) => registerPlanStatus(c, s, configs)],
    ['host info', registerHostInfo],
    ['lint workspace', (c, s) => registerLintWorkspace(c, s, diagnostics)],
    ['host features', (c, s) => host.registerHostFeatures(c, s)],
  ];
  for (const [name, register] of registrations) {
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
