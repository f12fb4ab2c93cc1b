/**
 * The desktop entry (`main` in package.json, bundled to dist/extension.cjs for Node): the shared
 * wiring plus what needs Node — export to Word/PDF through pandoc.
 */
import type * as vscode from 'vscode';
import { activateWith, type EvidensplanApi } from '../extension.js';
import { registerExport } from '../export.js';
import { nodeExporter } from '../../node/export.js';

export type { EvidensplanApi };

export function activate(context: vscode.ExtensionContext): EvidensplanApi {
  return activateWith(context, {
    kind: 'node',
    registerHostFeatures: (c, services) => registerExport(c, services, nodeExporter),
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
