/** Small helpers shared by the providers: positions, logging, document filters. */
import * as vscode from 'vscode';
import type { OffsetRange } from '../core/editor/types.js';

export const REPORT_SCHEME = 'evidensplan-report';
export const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function toRange(document: vscode.TextDocument, r: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(r.start), document.positionAt(r.end));
}

/** Plans are Markdown documents that are not our own read-only report. */
export function isPlan(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && document.uri.scheme !== REPORT_SCHEME;
}

/** Read-only views of other versions (diffs, history, chat blocks): no diagnostics there. */
const NOT_LINTED = new Set([REPORT_SCHEME, 'evidensplan-source', 'git', 'gitfs', 'output', 'vscode-scm', 'review', 'conflictResolution', 'vscode-chat-code-block', 'vscode-copilot-chat-code-block', 'comment']);

/** Plans that get diagnostics: Markdown in a real (local, untitled or virtual) file. */
export function isLintable(document: vscode.TextDocument): boolean {
  // A source the writer added (.evidensplan/sources/KEY/source.md) is evidence, not a plan: its own problems come from the indexer.
  return isPlan(document) && !NOT_LINTED.has(document.uri.scheme) && !document.uri.path.includes('/.evidensplan/sources/');
}

let channel: vscode.LogOutputChannel | undefined;

/** The extension's log (created on first use). Errors land here, never as exceptions in the host. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Evidensplan', { log: true });
  return channel;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
