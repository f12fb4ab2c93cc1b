/**
 * The web entry (`browser` in package.json, bundled to dist/web/extension.cjs for a web worker:
 * vscode.dev, github.dev, code-server's web host). The shared wiring reads every resource through
 * `vscode.workspace.fs` from the extension's URI; lint, hover, completion, snippets and coverage
 * all work here. Export needs pandoc, a program on the user's machine: on the web its command says
 * so in one line. Worker threads (the CLI's parallel lint) are Node-only and not used here.
 */
import type * as vscode from 'vscode';
import { activateWith, type EvidensplanApi } from '../extension.js';
import { registerExport } from '../export.js';

export type { EvidensplanApi };

export function activate(context: vscode.ExtensionContext): EvidensplanApi {
  return activateWith(context, {
    kind: 'web',
    registerHostFeatures: (c, services) => registerExport(c, services, undefined),
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
