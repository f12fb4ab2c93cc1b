/**
 * The core's SourceReader over `vscode.workspace.fs`, so the writer's sources
 * load the same way on the desktop, in a virtual workspace and on the web. The
 * core speaks posix paths; they are the path part of URIs of one scheme and
 * authority (the plan's).
 */
import * as vscode from 'vscode';
import type { SourceCache, SourceReader } from '../../core/sources/index.js';

export function workspaceReader(base: vscode.Uri): SourceReader {
  const at = (p: string) => base.with({ path: p, query: '', fragment: '' });
  return {
    async read(p) {
      try {
        const bytes: unknown = await vscode.workspace.fs.readFile(at(p));
        return bytes instanceof Uint8Array ? bytes : undefined;
      } catch {
        return undefined;
      }
    },
    async list(p) {
      try {
        const entries: unknown = await vscode.workspace.fs.readDirectory(at(p));
        return Array.isArray(entries) ? entries.map((e: [string, unknown]) => e[0]) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** Indexed sources by content hash in the extension's storage (data only: JSON). */
export function storageCache(storage: vscode.Uri | undefined): SourceCache | undefined {
  if (!storage) return undefined;
  const dir = vscode.Uri.joinPath(storage, 'sources');
  const file = (hash: string) => vscode.Uri.joinPath(dir, `${hash.replace(/[^\w-]/g, '')}.json`);
  return {
    async get(hash) {
      try {
        return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file(hash)));
      } catch {
        return undefined;
      }
    },
    async set(hash, value) {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(file(hash), new TextEncoder().encode(value));
    },
  };
}
