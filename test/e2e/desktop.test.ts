/**
 * The API-level suite in a desktop VS Code, through @vscode/test-electron pointed at an installed
 * VS Code (VSCODE_EXECUTABLE, or `code` on the PATH). It runs test/e2e/desktop/suite.cjs inside the
 * extension host. Where no desktop VS Code is installed (CI and these machines) it skips and says
 * why: @vscode/test-electron would download VS Code, and only the npm registry and Debian's
 * packages are reachable here. The browser suite (code-server) covers the same features there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.js';

/** The desktop VS Code to run, or undefined. For `code` on Linux, the Electron binary beside its bin/. */
function desktopVsCode(): string | undefined {
  const env = process.env.VSCODE_EXECUTABLE;
  if (env) return existsSync(env) ? env : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const cli = path.join(dir, process.platform === 'win32' ? 'code.cmd' : 'code');
    if (!existsSync(cli)) continue;
    const real = realpathSync(cli);
    // /usr/share/code/bin/code → /usr/share/code/code (the Electron binary test-electron wants).
    const electron = path.join(path.dirname(path.dirname(real)), process.platform === 'win32' ? 'Code.exe' : 'code');
    if (path.basename(path.dirname(real)) === 'bin' && existsSync(electron)) return electron;
  }
  return undefined;
}

const exe = desktopVsCode();
const reason =
  'no desktop VS Code here (VSCODE_EXECUTABLE is unset and no `code` is on the PATH); ' +
  '@vscode/test-electron would have to download one, which is not possible on this machine ' +
  '(only the npm registry and Debian packages are reachable). The code-server suite covers these features.';

if (!exe) console.log(`# SKIP desktop VS Code suite: ${reason}`);

test('API-level suite in a desktop VS Code (hover, completion, definition, diagnostics, quick fix)', { skip: exe ? false : reason, timeout: 300_000 }, async (t) => {
  assert.ok(existsSync(path.join(ROOT, 'dist', 'extension.cjs')), 'the extension is built');
  const { runTests } = await import('@vscode/test-electron');
  const tmp = mkdtempSync(path.join(tmpdir(), 'evidensplan-desktop-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const workspace = path.join(tmp, 'workspace');
  cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  const code = await runTests({
    vscodeExecutablePath: exe!,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test', 'e2e', 'desktop', 'suite.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(tmp, 'user-data'), '--skip-welcome', '--skip-release-notes'],
  });
  assert.equal(code, 0);
});
