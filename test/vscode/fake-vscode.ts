/**
 * A small stand-in for the `vscode` module, enough to load the bundled
 * extension (dist/extension.cjs) in Node and call its providers the way VS Code
 * does. Members the tests do not look at are absorbing stubs. The real editor
 * is driven by the end-to-end suite (test/e2e); this checks the wiring cheaply.
 */
import { readFile, stat } from 'node:fs/promises';
import { lineIndex } from '../../src/core/plan/lines.js';

type Fn = (...args: unknown[]) => unknown;

/** Anything: callable, every property is another stub, `dispose` works. */
export function absorbing(name = 'stub'): any {
  const fn = function () {
    return absorbing(`${name}()`);
  };
  return new Proxy(fn, {
    get(_t, prop) {
      if (prop === 'dispose') return () => {};
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === 'then') return undefined;
      return absorbing(`${name}.${String(prop)}`);
    },
    construct() {
      return absorbing(`new ${name}`);
    },
    set() {
      return true;
    },
  });
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
  translate(dl = 0, dc = 0) {
    return new Position(this.line + dl, this.character + dc);
  }
  isEqual(o: Position) {
    return o.line === this.line && o.character === this.character;
  }
}
export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    if (typeof a === 'number') {
      this.start = new Position(a, b as number);
      this.end = new Position(c!, d!);
    } else {
      this.start = a;
      this.end = b as Position;
    }
  }
}
export class Selection extends Range {}
export class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}
export class Uri {
  constructor(readonly scheme: string, readonly path: string, readonly query = '', readonly fragment = '') {}
  static from(c: { scheme: string; path?: string; query?: string; fragment?: string }) {
    return new Uri(c.scheme, c.path ?? '/', c.query, c.fragment);
  }
  static parse(s: string) {
    const m = /^([\w+.-]+):(.*)$/.exec(s);
    return m ? new Uri(m[1], m[2].replace(/^\/\//, '')) : new Uri('file', s);
  }
  static file(p: string) {
    return new Uri('file', p);
  }
  static joinPath(u: Uri, ...parts: string[]) {
    return new Uri(u.scheme, [u.path.replace(/\/$/, ''), ...parts].join('/'));
  }
  with(c: { path?: string }) {
    return new Uri(this.scheme, c.path ?? this.path);
  }
  get fsPath() {
    return this.path;
  }
  toString() {
    return `${this.scheme}:${this.path}`;
  }
}
export class MarkdownString {
  isTrusted?: unknown;
  supportHtml?: boolean;
  supportThemeIcons?: boolean;
  constructor(public value = '') {}
  appendMarkdown(s: string) {
    this.value += s;
    return this;
  }
  appendText(s: string) {
    this.value += s;
    return this;
  }
  appendCodeblock(code: string, language = '') {
    this.value += `\n\`\`\`${language}\n${code}\n\`\`\`\n`;
    return this;
  }
}
export class Hover {
  constructor(readonly contents: MarkdownString, readonly range?: Range) {}
}
export class CompletionItem {
  detail?: string;
  documentation?: MarkdownString;
  filterText?: string;
  insertText?: string;
  sortText?: string;
  range?: unknown;
  preselect?: boolean;
  constructor(readonly label: unknown, readonly kind?: number) {}
}
export class CompletionList {
  constructor(readonly items: CompletionItem[], readonly isIncomplete = false) {}
}
export class EventEmitter {
  private listeners: Fn[] = [];
  event = (l: Fn) => {
    this.listeners.push(l);
    return { dispose() {} };
  };
  fire(x?: unknown) {
    for (const l of this.listeners) l(x);
  }
  dispose() {}
}
export class CodeActionKind {
  static readonly Empty = new CodeActionKind('');
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly SourceFixAll = new CodeActionKind('source.fixAll');
  constructor(readonly value: string) {}
  append(s: string) {
    return new CodeActionKind(this.value ? `${this.value}.${s}` : s);
  }
  contains(o: CodeActionKind) {
    return o.value === this.value || o.value.startsWith(`${this.value}.`);
  }
}
export class Diagnostic {
  source?: string;
  code?: unknown;
  relatedInformation?: unknown[];
  constructor(readonly range: Range, readonly message: string, readonly severity?: number) {}
}

export class WorkspaceEdit {
  readonly edits: { uri: Uri; range: Range; text: string }[] = [];
  replace(uri: Uri, range: Range, text: string) {
    this.edits.push({ uri, range, text });
  }
  insert(uri: Uri, pos: Position, text: string) {
    this.edits.push({ uri, range: new Range(pos, pos), text });
  }
}
export class CodeAction {
  edit?: WorkspaceEdit;
  command?: { command: string; arguments?: unknown[] };
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  constructor(readonly title: string, readonly kind?: CodeActionKind) {}
}

/** A TextDocument over a string (positions through core/plan's line index). */
export function textDocument(text: string, uri = 'file:/ws/plan.md', version = 1) {
  const idx = lineIndex(text);
  return {
    uri: Uri.parse(uri),
    version,
    languageId: 'markdown',
    isClosed: false,
    getText: () => text,
    lineAt: (line: number) => ({ text: text.split('\n')[line] ?? '' }),
    offsetAt: (p: Position) => idx.offsetAt(p.line + 1, p.character + 1),
    positionAt: (o: number) => {
      const lc = idx.lineCol(o);
      return new Position(lc.line - 1, lc.column - 1);
    },
  };
}

export interface Registry {
  hover: unknown[];
  completion: { provider: unknown; triggers: string[] }[];
  definition: unknown[];
  references: unknown[];
  codeActions: unknown[];
  commands: Map<string, Fn>;
  contentProviders: Map<string, unknown>;
  settings: Record<string, unknown>;
  /** Paths read through workspace.fs.readFile, in order (the extension reads its resources so). */
  reads: string[];
  /** Diagnostics set per collection name, per URI string. */
  diagnostics: Map<string, Map<string, Diagnostic[]>>;
  /** Messages shown by window.show{Information,Warning,Error}Message. */
  shown: string[];
  /** What workspace.findFiles returns. */
  files: Uri[];
  /** Progress reports of window.withProgress, and the cancellation token it hands out. */
  progress: unknown[];
  token: { isCancellationRequested: boolean; onCancellationRequested: () => { dispose(): void } };
}

export function fakeVscode(): { vscode: Record<string, unknown>; registry: Registry } {
  const registry: Registry = {
    hover: [],
    completion: [],
    definition: [],
    references: [],
    codeActions: [],
    commands: new Map(),
    contentProviders: new Map(),
    settings: {},
    reads: [],
    diagnostics: new Map(),
    shown: [],
    files: [],
    progress: [],
    token: { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) },
  };
  const disposable = { dispose() {} };
  const event = () => disposable;
  const vscode: Record<string, unknown> = {
    Position,
    Range,
    Selection,
    Location,
    Uri,
    MarkdownString,
    Hover,
    CompletionItem,
    CompletionList,
    EventEmitter,
    CodeActionKind,
    CodeAction,
    WorkspaceEdit,
    Diagnostic,
    CompletionItemKind: { Reference: 17, Snippet: 14, Text: 0 },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    ViewColumn: { Active: -1, Beside: -2, One: 1 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    Disposable: class {
      constructor(private readonly f: () => void) {}
      dispose() {
        this.f();
      }
      static from() {
        return disposable;
      }
    },
    ThemeIcon: class {
      constructor(readonly id: string) {}
    },
    ThemeColor: class {
      constructor(readonly id: string) {}
    },
    SnippetString: class {
      constructor(readonly value = '') {}
    },
    TreeItem: class {
      constructor(readonly label: unknown) {}
    },
    languages: {
      registerHoverProvider: (_s: unknown, p: unknown) => (registry.hover.push(p), disposable),
      registerCompletionItemProvider: (_s: unknown, p: unknown, ...triggers: string[]) => (registry.completion.push({ provider: p, triggers }), disposable),
      registerDefinitionProvider: (_s: unknown, p: unknown) => (registry.definition.push(p), disposable),
      registerReferenceProvider: (_s: unknown, p: unknown) => (registry.references.push(p), disposable),
      registerCodeActionsProvider: (_s: unknown, p: unknown) => (registry.codeActions.push(p), disposable),
      createDiagnosticCollection: (name = '') => {
        const byUri = new Map<string, Diagnostic[]>();
        registry.diagnostics.set(name, byUri);
        return {
          set: (uri: Uri, d: Diagnostic[]) => void byUri.set(uri.toString(), d),
          delete: (uri: Uri) => void byUri.delete(uri.toString()),
          clear: () => byUri.clear(),
          dispose() {},
        };
      },
    },
    workspace: {
      registerTextDocumentContentProvider: (scheme: string, p: unknown) => (registry.contentProviders.set(scheme, p), disposable),
      onDidChangeConfiguration: event,
      onDidCloseTextDocument: event,
      onDidOpenTextDocument: event,
      onDidChangeTextDocument: event,
      onDidSaveTextDocument: event,
      createFileSystemWatcher: () => ({ onDidChange: event, onDidCreate: event, onDidDelete: event, dispose() {} }),
      getConfiguration: (section?: string) => ({
        get: (key: string, dflt?: unknown) => {
          const full = section ? `${section}.${key}` : key;
          return full in registry.settings ? registry.settings[full] : dflt;
        },
        inspect: (key: string) => {
          const full = section ? `${section}.${key}` : key;
          return { key: full, globalValue: registry.settings[full] };
        },
      }),
      textDocuments: [],
      findFiles: async () => [...registry.files],
      asRelativePath: (u: Uri | string) => (typeof u === 'string' ? u : u.path.replace(/^.*\//, '')),
      isTrusted: true,
      workspaceFolders: undefined,
      // Reads go to the disk (a file: URI's path) and are recorded; other members absorb.
      fs: {
        readFile: async (uri: Uri) => {
          registry.reads.push(uri.path);
          return new Uint8Array(await readFile(uri.fsPath));
        },
        stat: async (uri: Uri) => {
          const st = await stat(uri.fsPath);
          return { type: st.isDirectory() ? 2 : 1, size: st.size, ctime: st.ctimeMs, mtime: st.mtimeMs };
        },
      },
    },
    window: {
      createOutputChannel: () => ({ info() {}, warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m), debug() {}, trace() {}, appendLine() {}, show() {}, dispose() {} }),
      onDidChangeActiveTextEditor: event,
      activeTextEditor: undefined,
      visibleTextEditors: [],
      // A view the user has not opened (VS Code's state at start-up, views collapsed): not visible.
      createTreeView: () => {
        const stub = absorbing('treeView');
        const own: Record<string, unknown> = { visible: false, onDidChangeVisibility: event };
        return new Proxy(stub, { get: (t, p) => (typeof p === 'string' && p in own ? own[p] : t[p]), set: (_t, p, v) => ((own[p as string] = v), true) });
      },
      registerTreeDataProvider: () => disposable,
      createStatusBarItem: () => absorbing('statusBarItem'),
      withProgress: (_o: unknown, task: Fn) => task({ report: (x: unknown) => registry.progress.push(x) }, registry.token),
      showInformationMessage: async (m: string) => void registry.shown.push(m),
      showWarningMessage: async (m: string) => void registry.shown.push(m),
      showErrorMessage: async (m: string) => void registry.shown.push(m),
    },
    commands: {
      registerCommand: (id: string, f: Fn) => (registry.commands.set(id, f), disposable),
      executeCommand: async () => undefined,
    },
    env: { clipboard: { writeText: async () => {} }, language: 'en' },
    l10n: { t: (s: string) => s },
  };
  // Anything else: an absorbing stub.
  const withFallback = (obj: Record<string, unknown>, name: string): Record<string, unknown> =>
    new Proxy(obj, {
      get(t, p) {
        if (p in t) {
          const v = t[p as string];
          return v && typeof v === 'object' && !Array.isArray(v) && p !== 'settings' ? withFallback(v as Record<string, unknown>, `${name}.${String(p)}`) : v;
        }
        return typeof p === 'string' ? absorbing(`${name}.${p}`) : undefined;
      },
    });
  return { vscode: withFallback(vscode, 'vscode'), registry };
}

export const logged: string[] = [];
export const cancelled = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
