/**
 * The desktop entry (`main` in package.json, bundled to dist/extension.cjs for Node): the shared
 * wiring plus what needs Node — export to Word/PDF through pandoc (loaded on the command's first run).
 */
import type * as vscode from 'vscode';
import { activateWith, type EvidensplanApi } from '../extension.js';
import { registerExport } from '../export.js';

export type { EvidensplanApi };

export function activate(context: vscode.ExtensionContext): EvidensplanApi {
  return activateWith(context, {
    kind: 'node',
    // The exporter (pandoc through Node) is loaded when the command first runs, not at activation.
    registerHostFeatures: (c, services) => registerExport(c, services, () => import('../../node/export.js').then((m) => m.nodeExporter)),
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
