/**
 * Just enough of the `vscode` module to run the coverage view and the snippet
 * commands in Node: records what they show (status bar, view messages, tree
 * items, notifications) so tests can read it as a user would see it.
 */
import { lineIndex } from '../../src/core/plan/lines.js';

type Listener = (e: any) => unknown;

export class EventEmitter<T> {
  private listeners: Listener[] = [];
  event = (l: Listener) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e?: T) {
    for (const l of this.listeners) l(e);
  }
  dispose() {}
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}
export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}
export class Selection extends Range {
  get active() {
    return this.end;
  }
}
export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}
export class ThemeColor {
  constructor(readonly id: string) {}
}
export class MarkdownString {
  value = '';
  appendText(s: string) {
    this.value += s;
    return this;
  }
  appendMarkdown(s: string) {
    this.value += s;
    return this;
  }
  appendCodeblock(s: string) {
    this.value += `\n\`\`\`\n${s}\n\`\`\`\n`;
    return this;
  }
}
export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: unknown;
  contextValue?: string;
  iconPath?: ThemeIcon;
  command?: { command: string; title: string; arguments?: unknown[] };
  accessibilityInformation?: unknown;
  constructor(readonly label: string, readonly collapsibleState: number) {}
}
export class SnippetString {
  constructor(readonly value: string) {}
}

export interface FakeDocument {
  uri: { toString(): string; path: string; scheme: string };
  languageId: string;
  version: number;
  getText(range?: Range): string;
  lineCount: number;
  lineAt(n: number): { text: string; range: Range; isEmptyOrWhitespace: boolean };
  offsetAt(p: Position): number;
}

export function fakeDocument(text: string, name = 'plan.md', languageId = 'markdown'): FakeDocument {
  const idx = lineIndex(text);
  const lines = text.split('\n');
  return {
    uri: { toString: () => `file:///ws/${name}`, path: `/ws/${name}`, scheme: 'file' },
    languageId,
    version: 1,
    getText(range?: Range) {
      if (!range) return text;
      return text.slice(idx.offsetAt(range.start.line + 1, range.start.character + 1), idx.offsetAt(range.end.line + 1, range.end.character + 1));
    },
    lineCount: lines.length,
    lineAt(n: number) {
      const t = lines[n] ?? '';
      return { text: t, range: new Range(n, 0, n, t.length), isEmptyOrWhitespace: !t.trim() };
    },
    offsetAt(p: Position) {
      return idx.offsetAt(p.line + 1, p.character + 1);
    },
  };
}

export function fakeVscode() {
  const commands = new Map<string, (...a: any[]) => unknown>();
  const notifications: { kind: string; message: string }[] = [];
  const statusItems: any[] = [];
  const views: any[] = [];
  const on = {
    activeEditor: new EventEmitter<any>(),
    changeDoc: new EventEmitter<any>(),
    openDoc: new EventEmitter<any>(),
    closeDoc: new EventEmitter<any>(),
    saveDoc: new EventEmitter<any>(),
  };
  const window: any = {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    createTreeView(id: string, opts: { treeDataProvider: any }) {
      const shown = new EventEmitter<{ visible: boolean }>();
      const v = {
        id,
        provider: opts.treeDataProvider,
        message: undefined,
        description: undefined,
        badge: undefined,
        visible: true,
        onDidChangeVisibility: shown.event,
        /** What VS Code does when the user opens or collapses the view. */
        setVisible(visible: boolean) {
          this.visible = visible;
          shown.fire({ visible });
        },
        dispose() {},
      };
      views.push(v);
      return v;
    },
    createStatusBarItem(id: string) {
      const s = { id, text: '', tooltip: '', visible: false, show() { this.visible = true; }, hide() { this.visible = false; }, dispose() {} };
      statusItems.push(s);
      return s;
    },
    onDidChangeActiveTextEditor: on.activeEditor.event,
    showInformationMessage: (m: string) => void notifications.push({ kind: 'info', message: m }),
    showWarningMessage: (m: string) => void notifications.push({ kind: 'warning', message: m }),
    showErrorMessage: (m: string) => void notifications.push({ kind: 'error', message: m }),
    createQuickPick: () => ({}),
    showQuickPick: async () => undefined,
  };
  const vscode = {
    EventEmitter,
    Position,
    Range,
    Selection,
    ThemeIcon,
    ThemeColor,
    MarkdownString,
    TreeItem,
    SnippetString,
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
    ViewColumn: { Beside: -2 },
    CompletionItemKind: { Snippet: 14 },
    Uri: { parse: (s: string) => ({ toString: () => s, path: s, scheme: 'file' }), from: (x: any) => x },
    window,
    workspace: {
      onDidChangeTextDocument: on.changeDoc.event,
      onDidOpenTextDocument: on.openDoc.event,
      onDidCloseTextDocument: on.closeDoc.event,
      onDidSaveTextDocument: on.saveDoc.event,
      getConfiguration: () => ({ get: (_k: string, d: unknown) => d }),
      registerTextDocumentContentProvider: () => ({ dispose() {} }),
    },
    languages: { registerCompletionItemProvider: () => ({ dispose() {} }) },
    commands: {
      registerCommand(id: string, fn: (...a: any[]) => unknown) {
        commands.set(id, fn);
        return { dispose() {} };
      },
      executeCommand: async (id: string, ...args: unknown[]) => commands.get(id)?.(...args),
    },
  };
  /** Makes `doc` the active editor and tells the listeners. */
  function activate(doc: FakeDocument | undefined) {
    const editor = doc ? { document: doc, selection: new Selection(0, 0, 0, 0), viewColumn: 1 } : undefined;
    window.activeTextEditor = editor;
    window.visibleTextEditors = editor ? [editor] : [];
    on.activeEditor.fire(editor);
  }
  return { vscode, commands, notifications, statusItems, views, on, activate };
}
