#!/usr/bin/env node
// npm start (after npm run build): opens the extension on examples/.
//  - Desktop VS Code on the PATH (`code`, or VSCODE_EXECUTABLE): code --extensionDevelopmentPath=<repo> examples/
//  - Otherwise a local code-server on 127.0.0.1: sets it up if needed (scripts/e2e-setup.mjs), packages the
//    VSIX, installs it into .e2e/start/extensions, starts the server (port 8080 if free, else a free one),
//    prints the address and stays in the foreground until Ctrl+C, which stops the server cleanly.
// Options: --port N, --code-server (use code-server even when `code` is on the PATH).
// EVIDENSPLAN_START_DRY_RUN=1: does every step, checks the server answers, prints the address, then stops
// it and exits 0 instead of blocking (used by the tests).
import { existsSync, mkdirSync, writeFileSync, openSync, closeSync, readFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { e2ePaths, QUIET_SETTINGS, codeServerArgs, codeServerEnv, toolEnv } from './e2e-paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const args = process.argv.slice(2);
const dryRun = process.env.EVIDENSPLAN_START_DRY_RUN === '1';
const forceCodeServer = args.includes('--code-server') || process.env.EVIDENSPLAN_START_CODE_SERVER === '1';
const portArg = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : undefined;

function say(msg) {
  console.log(`start: ${msg}`);
}
function fail(msg) {
  console.error(`start: ${msg}`);
  process.exit(1);
}
if (portArg !== undefined && !(Number.isInteger(portArg) && portArg > 0 && portArg < 65536)) {
  fail(`--port needs a port number (1–65535), got ${JSON.stringify(args[args.indexOf('--port') + 1])}`);
}
if (!existsSync(path.join(root, 'dist', 'extension.cjs'))) fail('dist/extension.cjs is missing: run npm run build first (npm start does)');

/** An executable on the PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

// 1. Desktop VS Code.
const desktop = process.env.VSCODE_EXECUTABLE || onPath('code');
if (desktop && !forceCodeServer) {
  const cmd = [desktop, `--extensionDevelopmentPath=${root}`, examples];
  say(`opening VS Code: ${cmd.join(' ')}`);
  if (dryRun) process.exit(0);
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// 2. code-server.
say('no desktop VS Code (`code`) on the PATH: using a local code-server');
const P = e2ePaths(root);
if (!existsSync(P.nodeBin) || !existsSync(P.codeServerEntry)) {
  say('code-server is not set up yet: running scripts/e2e-setup.mjs (a few minutes, once)');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'e2e-setup.mjs')], { stdio: 'inherit', env: toolEnv() });
  if (r.status !== 0) fail('setting up code-server failed (see above)');
}

// EVIDENSPLAN_START_HOME: where the server's user data and extensions live (tests use a temp dir).
const home = process.env.EVIDENSPLAN_START_HOME ? path.resolve(process.env.EVIDENSPLAN_START_HOME) : path.join(P.base, 'start');
const userDataDir = path.join(home, 'user-data');
const extensionsDir = path.join(home, 'extensions');
const xdg = path.join(home, 'xdg');
for (const d of [path.join(userDataDir, 'User'), extensionsDir, xdg]) mkdirSync(d, { recursive: true });
const settingsFile = path.join(userDataDir, 'User', 'settings.json');
if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(QUIET_SETTINGS, null, 2) + '\n');

const env = codeServerEnv(xdg);

say('packaging the extension');
const vsix = path.join(home, 'evidensplan.vsix');
const pk = spawnSync(process.execPath, [path.join(root, 'scripts', 'package.mjs'), '--no-build', '--out', vsix], { encoding: 'utf8' });
if (pk.status !== 0) fail(`packaging failed:\n${pk.stdout}${pk.stderr}`);

say('installing it into code-server');
const inst = spawnSync(
  P.nodeBin,
  [P.codeServerEntry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
  { env, encoding: 'utf8', timeout: 180_000 },
);
if (inst.status !== 0) fail(`code-server --install-extension failed:\n${inst.stdout}${inst.stderr}`);

function portFree(port) {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}
function anyPort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}
let port = portArg ?? 8080;
if (!(await portFree(port))) {
  if (portArg !== undefined) fail(`port ${portArg} is in use`);
  port = await anyPort();
}

const log = path.join(home, 'code-server.log');
const fd = openSync(log, 'w');
const server = spawn(P.nodeBin, [P.codeServerEntry, ...codeServerArgs({ port, userDataDir, extensionsDir }), examples], {
  env,
  detached: true, // its own process group, stopped as a whole
  stdio: ['ignore', fd, fd],
});
closeSync(fd);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
  const end = Date.now() + 3000;
  const check = () => {
    try {
      process.kill(-server.pid, 0);
    } catch {
      process.exit(code);
    }
    if (Date.now() > end) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {}
      process.exit(code);
    }
    setTimeout(check, 100);
  };
  check();
}
process.on('SIGINT', () => {
  console.log('');
  say('stopping code-server');
  stop(0);
});
process.on('SIGTERM', () => stop(0));
server.on('exit', (code) => {
  if (stopping) return;
  console.error(`start: code-server stopped unexpectedly (exit ${code}); its log: ${log}`);
  try {
    console.error(readFileSync(log, 'utf8').split('\n').slice(-20).join('\n'));
  } catch {}
  process.exit(1);
});

const base = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 90_000;
let up = false;
while (!up && Date.now() < deadline) {
  try {
    up = (await fetch(`${base}/healthz`)).ok;
  } catch {}
  if (!up) await new Promise((r) => setTimeout(r, 250));
}
if (!up) {
  console.error(`start: code-server did not answer within 90 s; its log: ${log}`);
  stop(1);
} else {
  const url = `${base}/?folder=${encodeURIComponent(examples)}`;
  console.log('');
  console.log('  Evidensplan is running in code-server (VS Code in the browser):');
  console.log(`    ${url}`);
  console.log('  Open a plan in examples/ and hover a citation such as [@ks2021, lp. 3.5.1].');
  console.log('  Press Ctrl+C to stop.');
  console.log('');
  if (dryRun) {
    say('dry run (EVIDENSPLAN_START_DRY_RUN=1): the server answered; stopping it');
    stop(0);
  }
}
