/**
 * End-to-end harness: the packaged extension in a real VS Code (code-server from npm, Node 24,
 * both in .e2e/ from scripts/e2e-setup.mjs) driven through Debian's Chromium by playwright-core.
 *
 * One `Session` per test file: it packages the VSIX (scripts/package.mjs --no-build; or takes the one
 * named by EVIDENSPLAN_E2E_VSIX), installs it
 * with `code-server --install-extension` into a fresh extensions dir, starts code-server in its own
 * process group on a free loopback port, copies `examples/` into a temp workspace and opens it.
 * Every step can take a screenshot into test-results/e2e/<suite>/ (kept, also on failure).
 * `close()` always stops the server (the whole process group) and the browser.
 *
 * Missing tooling skips with a plain reason, except under CI=true or EVIDENSPLAN_E2E=1, where it
 * fails, so CI cannot skip silently. EVIDENSPLAN_E2E=0 skips on purpose (not honoured under CI).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
// @ts-ignore -- plain .mjs helper shared with the set-up and start scripts
import { e2ePaths, QUIET_SETTINGS, codeServerArgs, codeServerEnv } from '../../scripts/e2e-paths.mjs';
import { QUIET_CHROMIUM_FLAGS } from '../../src/node/export.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = path.join(ROOT, 'test-results', 'e2e');

interface Paths {
  base: string;
  nodeBin: string;
  codeServerEntry: string;
  chromium: string;
}
const P = e2ePaths(ROOT) as Paths;
/** The browser console of the current session's page (bounded). */
export const consoleLines: string[] = [];

// ---------------------------------------------------------------------------------------------
// Availability

export interface Availability {
  /** Run the suite. */
  run: boolean;
  /** Why it does not run (skip) or cannot run (fail). */
  reason?: string;
  /** Missing tooling under CI=true / EVIDENSPLAN_E2E=1: the suite must fail, not skip. */
  mustFail: boolean;
}

export function e2eAvailability(): Availability {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const forced = process.env.EVIDENSPLAN_E2E === '1';
  if (process.env.EVIDENSPLAN_E2E === '0' && !ci) {
    return { run: false, mustFail: false, reason: 'EVIDENSPLAN_E2E=0 turns the end-to-end tests off' };
  }
  const missing: string[] = [];
  if (!existsSync(P.nodeBin)) missing.push(`Node 24 (${path.relative(ROOT, P.nodeBin)})`);
  if (!existsSync(P.codeServerEntry)) missing.push(`code-server (${path.relative(ROOT, P.codeServerEntry)})`);
  if (!existsSync(P.chromium)) missing.push(`Chromium (${P.chromium})`);
  if (!missing.length) return { run: true, mustFail: false };
  const reason =
    `end-to-end tooling missing: ${missing.join(', ')}. ` +
    'Install it with: bash scripts/ci-system-deps.sh && node scripts/e2e-setup.mjs';
  return { run: false, mustFail: ci || forced, reason };
}

// ---------------------------------------------------------------------------------------------
// Small utilities

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes; returns the last value. */
export async function waitFor<T>(fn: () => Promise<T> | T, timeoutMs: number, stepMs = 150): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!last && Date.now() < end) {
    await sleep(stepMs);
    last = await fn();
  }
  return last;
}

const t0 = Date.now();
/** Progress lines on stderr when EVIDENSPLAN_E2E_DEBUG=1. */
export function debug(msg: string): void {
  if (process.env.EVIDENSPLAN_E2E_DEBUG === '1') process.stderr.write(`e2e [${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[åÅ]/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** The user settings every session starts from: quiet (no AI, tips, telemetry), quick hovers. */
export const USER_SETTINGS: Record<string, unknown> = {
  ...QUIET_SETTINGS,
  'editor.hover.delay': 100,
  'editor.hover.sticky': true,
  'editor.minimap.enabled': false,
  'editor.quickSuggestionsDelay': 50,
  'editor.acceptSuggestionOnEnter': 'on',
  'editor.wordWrap': 'on',
  'files.autoSave': 'off',
  'workbench.editor.enablePreview': false,
};

// ---------------------------------------------------------------------------------------------
// Packaging

/**
 * Packages the built extension into `dir` (scripts/package.mjs --no-build: `npm test` has built
 * dist/ already; builds first only when dist/extension.cjs is missing) and returns the VSIX path.
 */
export function packageVsix(dir: string): string {
  const given = process.env.EVIDENSPLAN_E2E_VSIX;
  if (given) {
    if (!existsSync(given)) throw new Error(`EVIDENSPLAN_E2E_VSIX=${given} does not exist`);
    return path.resolve(given);
  }
  const out = path.join(dir, 'evidensplan.vsix');
  const args = ['scripts/package.mjs', '--out', out];
  if (existsSync(path.join(ROOT, 'dist', 'extension.cjs'))) args.push('--no-build');
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0 || !existsSync(out)) {
    throw new Error(`packaging the extension failed (exit ${r.status}):\n${(r.stdout ?? '') + (r.stderr ?? '')}`.slice(0, 4000));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The session

export interface SessionOptions {
  /** Name of the suite: screenshots go to test-results/e2e/<suite>/. */
  suite: string;
  /** Folder copied as the workspace (default: examples/). */
  workspaceFrom?: string;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
}

export interface CompletionItem {
  label: string;
  ariaLabel: string;
}

export class Session {
  private shot = 0;
  private closed = false;
  readonly shotsDir: string;

  private constructor(
    readonly tmp: string,
    readonly workspace: string,
    readonly baseUrl: string,
    private readonly server: ChildProcess,
    private readonly browser: Browser,
    readonly page: Page,
    readonly serverLog: string,
    suite: string,
  ) {
    this.shotsDir = path.join(RESULTS_DIR, slug(suite));
  }

  /** Starts code-server with the packaged extension and opens the workspace in Chromium. */
  static async start(opts: SessionOptions): Promise<Session> {
    const tmp = mkdtempSync(path.join(tmpdir(), 'evidensplan-e2e-'));
    const userData = path.join(tmp, 'user-data');
    const extDir = path.join(tmp, 'extensions');
    const xdg = path.join(tmp, 'xdg');
    const workspace = path.join(tmp, 'workspace');
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    mkdirSync(extDir, { recursive: true });
    mkdirSync(xdg, { recursive: true });
    writeFileSync(
      path.join(userData, 'User', 'settings.json'),
      JSON.stringify({ ...USER_SETTINGS, ...(opts.settings ?? {}) }, null, 2),
    );
    cpSync(opts.workspaceFrom ?? path.join(ROOT, 'examples'), workspace, { recursive: true });

    // No npm_* variables, no extension gallery; our no-network guard (NODE_OPTIONS) is for our
    // code, not for code-server.
    const env: NodeJS.ProcessEnv = codeServerEnv(xdg);

    try {
      const vsix = packageVsix(tmp);
      debug(`packaged ${vsix}`);
      const inst = spawnSync(
        P.nodeBin,
        [P.codeServerEntry, '--user-data-dir', userData, '--extensions-dir', extDir, '--install-extension', vsix],
        { env, encoding: 'utf8', timeout: 120_000 },
      );
      if (inst.status !== 0) {
        throw new Error(`code-server --install-extension failed (exit ${inst.status}): ${(inst.stdout ?? '') + (inst.stderr ?? '')}`);
      }
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
      throw err;
    }
    debug('installed the VSIX');
    const port = await freePort();
    const serverLog = path.join(tmp, 'code-server.log');
    const fd = openSync(serverLog, 'a');
    const server = spawn(
      P.nodeBin,
      [
        P.codeServerEntry,
        ...codeServerArgs({ port, userDataDir: userData, extensionsDir: extDir }),
        workspace,
      ],
      { env, detached: true /* own process group (setsid) */, stdio: ['ignore', fd, fd] },
    );
    closeSync(fd);
    trackServer(server);
    const baseUrl = `http://127.0.0.1:${port}`;

    let browser: Browser | undefined;
    try {
      const healthy = await waitFor(async () => {
        if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}:\n${tail(serverLog)}`);
        try {
          const res = await fetch(`${baseUrl}/healthz`);
          return res.ok;
        } catch {
          return false;
        }
      }, 60_000, 250);
      if (!healthy) throw new Error(`code-server did not answer /healthz within 60 s:\n${tail(serverLog)}`);
      debug(`code-server answers on ${baseUrl}`);

      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: P.chromium,
        headless: true,
        args: [...QUIET_CHROMIUM_FLAGS, '--lang=nb-NO'],
      });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
      const page = await context.newPage();
      // The browser's console: where a web worker extension host logs (activation errors included).
      page.on('console', (m) => {
        if (consoleLines.length < 2000) consoleLines.push(`[${m.type()}] ${m.text()}`);
      });
      const s = new Session(tmp, workspace, baseUrl, server, browser, page, serverLog, opts.suite);
      rmSync(s.shotsDir, { recursive: true, force: true });
      mkdirSync(s.shotsDir, { recursive: true });
      page.setDefaultTimeout(30_000);
      debug('browser up');
      await page.goto(`${baseUrl}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
      debug(`workbench loaded`);
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
      debug(`explorer shows the workspace`);
      await s.dismissNotifications();
      return s;
    } catch (err) {
      await browser?.close().catch(() => {});
      stopServer(server);
      const e = err instanceof Error ? err : new Error(String(err));
      e.message += `\n(code-server log, last lines:)\n${tail(serverLog, 15)}`;
      rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
      throw e;
    }
  }

  // --- evidence -------------------------------------------------------------------------------

  /** Saves a numbered screenshot of the whole window for this step. */
  async screenshot(step: string): Promise<string> {
    this.shot += 1;
    const file = path.join(this.shotsDir, `${String(this.shot).padStart(2, '0')}-${slug(step)}.png`);
    try {
      await this.page.screenshot({ path: file });
    } catch {
      /* a screenshot must never hide the real failure */
    }
    return file;
  }

  /** Runs `fn` as a named step: screenshot after it, and on failure a "FAILED" screenshot and the server log tail. */
  async step<T>(name: string, fn: () => Promise<T>): Promise<T> {
    try {
      const v = await fn();
      await this.screenshot(name);
      return v;
    } catch (err) {
      const file = await this.screenshot(`FAILED ${name}`);
      const e = err instanceof Error ? err : new Error(String(err));
      e.message += `\n(screenshot: ${path.relative(ROOT, file)}; server log: ${this.serverLog})`;
      throw e;
    }
  }

  // --- workbench ------------------------------------------------------------------------------

  /**
   * The texts of the elements matching `selector` (aria-label first when `prefer` is 'aria'),
   * whitespace collapsed. Evaluated from a string: tsx's helpers must not leak into the page.
   */
  async texts(selector: string, prefer: 'aria' | 'text' | 'both'): Promise<string[]> {
    const pick =
      prefer === 'aria'
        ? "(e.getAttribute('aria-label') || e.textContent || '')"
        : prefer === 'both'
          ? "((e.getAttribute('aria-label') || '') + ' | ' + (e.textContent || ''))"
          : "(e.textContent || '')";
    return this.page.evaluate(
      `Array.from(document.querySelectorAll(${JSON.stringify(selector)})).map((e) => ${pick}.replace(/\\s+/g, ' ').trim()).filter(Boolean)`,
    );
  }

  async dismissNotifications(): Promise<void> {
    const clear = this.page.locator('.notifications-toasts .codicon-notifications-clear-all, .notification-toast .codicon-close');
    for (let i = 0; i < 5 && (await clear.count()) > 0; i++) {
      await clear.first().click({ timeout: 1000 }).catch(() => {});
    }
  }

  /** Opens a workspace file by clicking it in the Explorer; waits for its editor. */
  async openFile(rel: string): Promise<void> {
    const name = path.basename(rel);
    // The row's aria-label gains decorations ("…, 9+ problems") once the file has problems: match its start.
    const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
    const alreadyOpen = await this.page.locator(`.tab[data-resource-name="${name}"]`).count();
    if (alreadyOpen) {
      await this.page.locator(`.tab[data-resource-name="${name}"]`).first().click();
    } else {
      await row.waitFor({ state: 'visible', timeout: 30_000 }).catch(() => {});
    }
    if (alreadyOpen) {
      /* switched to its tab */
    } else if ((await row.count()) === 0) {
      // Not visible in the tree (nested or collapsed): Quick Open instead.
      await this.quickOpen(rel);
    } else {
      await row.click();
    }
    // Generous limits: on a busy machine the workbench can take many seconds to answer at all.
    const tab = this.page.locator(`.tab.active[data-resource-name="${name}"]`).first();
    const opened = await waitFor(() => tab.isVisible().catch(() => false), 60_000, 250);
    if (!opened) throw new Error(`${rel} did not open in an editor tab within 60 s`);
    await this.page.waitForSelector('.part.editor .monaco-editor .view-lines', { timeout: 60_000 });
    await this.focusEditor();
    if (rel.endsWith('.md')) {
      // The extension activates on Markdown: wait until VS Code has given the file its language.
      const md = await waitFor(async () => (await this.statusBarTexts()).includes('Markdown'), 60_000, 300);
      if (!md) throw new Error(`${rel} did not get the Markdown language mode (status bar: ${(await this.statusBarTexts()).join(' | ')})`);
    }
  }

  async quickOpen(rel: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 30_000 });
    await this.page.keyboard.type(rel, { delay: 10 });
    await sleep(400);
    await this.page.keyboard.press('Enter');
  }

  async focusEditor(): Promise<void> {
    // The visible editor: an inactive tab keeps a hidden one, whose click would wait out the timeout.
    await this.page
      .locator('.part.editor .monaco-editor .view-lines >> visible=true')
      .first()
      .click({ position: { x: 5, y: 5 }, timeout: 5_000 })
      .catch(() => {});
    await this.page.keyboard.press('Escape');
  }

  /** Runs a command from the Command Palette by its title (what a user types). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await this.page.keyboard.press('Enter');
  }

  /** Texts of the visible notification toasts (waits for one matching `expect`, when given). */
  async notifications(expect?: RegExp, timeoutMs = 20_000): Promise<string[]> {
    const read = () => this.texts('.notifications-toasts .notification-list-item-message', 'text');
    const got = await waitFor(async () => {
      const r = await read();
      return r.length && (!expect || r.some((x) => expect.test(x))) ? r : undefined;
    }, timeoutMs, 200);
    return got ?? (await read());
  }

  /** The code-server log so far (the server's own output). */
  serverLogText(): string {
    try {
      return readFileSync(this.serverLog, 'utf8');
    } catch {
      return '';
    }
  }

  /** Labels of the rows of the open QuickPick. */
  async quickPickItems(): Promise<string[]> {
    return this.texts('.quick-input-widget .monaco-list-row', 'aria');
  }

  /** Texts of the status bar's items. */
  async statusBarTexts(): Promise<string[]> {
    return this.texts('.part.statusbar .statusbar-item', 'text');
  }

  /** The name of the active editor tab. */
  async activeTab(): Promise<string> {
    const tab = this.page.locator('.tabs-container .tab.active').first();
    return ((await tab.getAttribute('aria-label')) ?? (await tab.textContent()) ?? '').trim();
  }

  // --- editor ---------------------------------------------------------------------------------

  /** Reads a workspace file from disk (after `save()`). */
  readWorkspaceFile(rel: string): string {
    return readFileSync(path.join(this.workspace, rel), 'utf8');
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await sleep(400);
  }

  /** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G), which also reveals it. */
  async gotoLineColumn(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(`:${line}:${column}`);
    await sleep(150);
    await this.page.keyboard.press('Enter');
    await sleep(250);
  }

  /**
   * Finds `text` in the open file (as saved on disk at `rel`, or in `source`) and moves the cursor
   * to its start plus `offset` characters. Returns the 1-based line and column.
   */
  async gotoText(rel: string, text: string, offset = 0, occurrence = 1): Promise<{ line: number; column: number }> {
    const src = this.readWorkspaceFile(rel);
    let at = -1;
    for (let i = 0; i < occurrence; i++) {
      at = src.indexOf(text, at + 1);
      if (at < 0) throw new Error(`"${text}" (occurrence ${occurrence}) is not in ${rel}`);
    }
    at += offset;
    const before = src.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    await this.gotoLineColumn(line, column);
    return { line, column };
  }

  /**
   * The on-screen box of the first visible occurrence of `text` in the editor (in rendered lines),
   * or undefined when it is not rendered. Monaco splits a line into token spans and renders spaces
   * as no-break spaces, so this walks the text nodes of each line.
   */
  async boxOf(text: string, occurrence = 1): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
    return this.page.evaluate(`(${BOX_OF_JS})(${JSON.stringify(text)}, ${occurrence})`);
  }

  /**
   * Hovers the mouse over `text` (its middle, or `at` characters in) and waits for a hover widget.
   * The first hover can come before the extension has activated, so it moves away and retries,
   * a bounded number of times, until the hover's text satisfies `expect` (when given).
   */
  async hoverOn(text: string, opts: { expect?: RegExp; attempts?: number; rel?: string } = {}): Promise<string> {
    const attempts = opts.attempts ?? 6;
    let last = '';
    for (let i = 0; i < attempts; i++) {
      let box = await this.boxOf(text);
      if (!box && opts.rel) {
        await this.gotoText(opts.rel, text);
        box = await this.boxOf(text);
      }
      if (!box) throw new Error(`"${text}" is not visible in the editor`);
      await this.page.mouse.move(box.x + 2, box.y + box.height + 120);
      await this.page.mouse.move(0, 0);
      await sleep(150);
      await this.page.mouse.move(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2, { steps: 4 });
      const got = await waitFor(async () => {
        const t = await this.readHover();
        return t && (!opts.expect || opts.expect.test(t)) ? t : '';
      }, 2500 + i * 1000);
      last = (await this.readHover()) || last;
      if (got) return got;
    }
    throw new Error(`no hover${opts.expect ? ` matching ${opts.expect}` : ''} over "${text}" after ${attempts} attempts; last hover: ${JSON.stringify(last.slice(0, 300))}`);
  }

  /** The text of the visible hover widget ('' when none). */
  async readHover(): Promise<string> {
    return this.page.evaluate(`(${READ_HOVER_JS})()`);
  }

  /** Links (command links included) in the visible hover: their texts. */
  async hoverLinks(): Promise<string[]> {
    return this.page.evaluate(`Array.from(document.querySelectorAll('.monaco-hover a')).map((a) => (a.textContent || '').trim()).filter(Boolean)`);
  }

  /** Opens the suggest widget (Ctrl+Space unless it is already open) and returns its rows. */
  async triggerCompletion(opts: { expect?: RegExp; attempts?: number } = {}): Promise<CompletionItem[]> {
    const attempts = opts.attempts ?? 4;
    for (let i = 0; i < attempts; i++) {
      if (i > 0 || !(await this.suggestVisible())) {
        if (await this.suggestVisible()) await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+Space');
      }
      const items = await waitFor(async () => {
        const rows = await this.completionItems();
        return rows.length && (!opts.expect || rows.some((r) => opts.expect!.test(r.ariaLabel) || opts.expect!.test(r.label))) ? rows : undefined;
      }, 3000 + i * 1500);
      if (items) return items;
    }
    throw new Error(`no completion${opts.expect ? ` matching ${opts.expect}` : ''} after ${attempts} attempts; rows: ${JSON.stringify((await this.completionItems()).slice(0, 5))}`);
  }

  async suggestVisible(): Promise<boolean> {
    return this.page.locator('.editor-widget.suggest-widget.visible').count().then((n) => n > 0);
  }

  async completionItems(): Promise<CompletionItem[]> {
    return this.page.evaluate(
      `Array.from(document.querySelectorAll('.editor-widget.suggest-widget.visible .monaco-list-row')).map((r) => ({
        label: ((r.querySelector('.label-name') || {}).textContent || '').trim(),
        ariaLabel: (r.getAttribute('aria-label') || '').trim(),
      }))`,
    );
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and returns its rows: "aria-label | visible text". */
  async problems(opts: { expect?: RegExp; timeoutMs?: number } = {}): Promise<string[]> {
    if ((await this.page.locator('.markers-panel').count()) === 0 || !(await this.page.locator('.markers-panel').first().isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await this.page.waitForSelector('.markers-panel', { timeout: 30_000 });
    }
    // aria-label has the message and position; the row's text adds the source and code (rule id).
    const read = () => this.texts('.markers-panel .monaco-list-row', 'both');
    const rows = await waitFor(async () => {
      const r = await read();
      return r.length && (!opts.expect || r.some((x) => opts.expect!.test(x))) ? r : undefined;
    }, opts.timeoutMs ?? 20_000, 300);
    return rows ?? (await read());
  }

  /**
   * Opens the quick-fix menu (Ctrl+.) at the cursor and returns its entries (titles).
   */
  async quickFixes(expect?: RegExp, attempts = 4): Promise<string[]> {
    const read = () => this.texts('.action-widget .monaco-list-row.action, .context-view .monaco-list-row', 'aria');
    for (let i = 0; i < attempts; i++) {
      await this.page.keyboard.press('Control+.');
      const items = await waitFor(async () => {
        const r = await read();
        return r.length && (!expect || r.some((x) => expect.test(x))) ? r : undefined;
      }, 3000 + i * 1000);
      if (items) return items;
      await this.page.keyboard.press('Escape');
      await sleep(500);
    }
    throw new Error(`no quick fix${expect ? ` matching ${expect}` : ''} after ${attempts} attempts; got ${JSON.stringify(await read())}`);
  }

  /** Chooses the open quick-fix menu's entry whose title matches `title`. */
  async chooseQuickFix(title: RegExp): Promise<void> {
    const row = this.page
      .locator('.action-widget .monaco-list-row.action, .context-view .monaco-list-row')
      .filter({ hasText: title })
      .first();
    await row.click();
    await sleep(300);
  }

  /** The visible lines of the active editor, top to bottom. */
  async visibleLines(): Promise<string[]> {
    return this.page.evaluate(`(${VISIBLE_LINES_JS})()`);
  }

  /** Stops the browser and the server's whole process group. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.browser.close().catch(() => {});
    stopServer(this.server);
    rmSync(this.tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

// ---------------------------------------------------------------------------------------------
// Page-side functions, as plain JavaScript source: tsx would otherwise wrap functions passed to
// page.evaluate with helpers (__name) that do not exist in the page.

/** (text, occurrence) → the bounding box of that occurrence in the rendered editor lines. */
const BOX_OF_JS = `function (text, occurrence) {
  const editors = Array.from(document.querySelectorAll('.part.editor .monaco-editor'));
  const ed = editors.find((e) => e.offsetParent !== null) || editors[0];
  if (!ed) return undefined;
  const lines = Array.from(ed.querySelectorAll('.view-lines .view-line'));
  lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  let seen = 0;
  for (const line of lines) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let full = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ node: n, start: full.length }); full += n.nodeValue; }
    const norm = full.replace(/\u00a0/g, ' ');
    let idx = norm.indexOf(text);
    while (idx >= 0) {
      seen += 1;
      if (seen === occurrence) {
        const pos = function (o) {
          for (let k = nodes.length - 1; k >= 0; k--) if (o >= nodes[k].start) return { node: nodes[k].node, off: o - nodes[k].start };
          return { node: nodes[0].node, off: 0 };
        };
        const a = pos(idx), b = pos(idx + text.length);
        const range = document.createRange();
        range.setStart(a.node, Math.min(a.off, a.node.nodeValue.length));
        range.setEnd(b.node, Math.min(b.off, b.node.nodeValue.length));
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      idx = norm.indexOf(text, idx + 1);
    }
  }
  return undefined;
}`;

/** () → the text of the visible hover widgets, '' when none. */
const READ_HOVER_JS = `function () {
  const hovers = Array.from(document.querySelectorAll('.monaco-hover'));
  const visible = hovers.filter((h) => !h.classList.contains('hidden') && h.offsetParent !== null && h.getBoundingClientRect().height > 0);
  return visible.map((h) => (h.innerText || h.textContent || '').trim()).filter(Boolean).join('\\n---\\n');
}`;

/** () → the rendered lines of the active editor, top to bottom. */
const VISIBLE_LINES_JS = `function () {
  const editors = Array.from(document.querySelectorAll('.part.editor .monaco-editor'));
  const ed = editors.find((e) => e.offsetParent !== null) || editors[0];
  if (!ed) return [];
  const lines = Array.from(ed.querySelectorAll('.view-lines .view-line'));
  lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  return lines.map((l) => (l.textContent || '').replace(/\u00a0/g, ' '));
}`;

function tail(file: string, n = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Server lifetime: every started server is stopped, also when the test process ends abruptly.

const servers = new Set<ChildProcess>();
let exitHookInstalled = false;

function trackServer(server: ChildProcess): void {
  servers.add(server);
  server.once('exit', () => servers.delete(server));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const s of servers) killGroup(s, 'SIGKILL');
    });
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      process.once(sig, () => {
        for (const s of servers) killGroup(s, 'SIGKILL');
        process.exit(130);
      });
    }
  }
}

function killGroup(server: ChildProcess, signal: NodeJS.Signals): void {
  if (server.pid === undefined) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    /* already gone */
  }
}

/** SIGTERM to the process group, then SIGKILL if anything is left after a moment. */
export function stopServer(server: ChildProcess): void {
  if (server.pid === undefined) return;
  killGroup(server, 'SIGTERM');
  const end = Date.now() + 3000;
  while (Date.now() < end) {
    try {
      process.kill(-server.pid, 0);
    } catch {
      servers.delete(server);
      return; // the group is gone
    }
    spawnSync('sleep', ['0.1']);
  }
  killGroup(server, 'SIGKILL');
  servers.delete(server);
}
