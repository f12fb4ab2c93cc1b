/**
 * The extension's one resource reader: every file the extension reads from its own package
 * (the index, the search data, the report text, rule pages, export templates) is read here,
 * through `vscode.workspace.fs` from the extension's URI. That works the same in the desktop
 * extension host (a file: URI) and in a web worker host (vscode.dev, github.dev, code-server's
 * web host), where there is no file system and no Node.
 */
import * as vscode from 'vscode';
import type { ReadBytes } from '../core/index-files.js';

export interface ResourceReader {
  /** The URI of a package-relative path ("resources/index/ks2021.report.json"). */
  uri(relativePath: string): vscode.Uri;
  /** The bytes of a package-relative file; rejects when it is missing. */
  read: ReadBytes;
  /** The text (UTF-8) of a package-relative file. */
  readText(relativePath: string): Promise<string>;
  /** Whether a package-relative file exists. */
  exists(relativePath: string): Promise<boolean>;
}

export class ExtensionResources implements ResourceReader {
  constructor(
    private readonly root: vscode.Uri,
    private readonly fs: Pick<vscode.FileSystem, 'readFile' | 'stat'> = vscode.workspace.fs,
  ) {}

  uri(relativePath: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...relativePath.split('/'));
  }

  read = (relativePath: string): Promise<Uint8Array> => Promise.resolve(this.fs.readFile(this.uri(relativePath)));

  async readText(relativePath: string): Promise<string> {
    return new TextDecoder('utf-8').decode(await this.read(relativePath));
  }

  async exists(relativePath: string): Promise<boolean> {
    try {
      await this.fs.stat(this.uri(relativePath));
      return true;
    } catch {
      return false;
    }
  }
}
