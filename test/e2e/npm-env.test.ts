/**
 * `npm install && npm start` on a fresh machine: scripts/start.mjs runs scripts/e2e-setup.mjs, which
 * runs npm with Node 24 to install code-server. Under `npm run`, the outer npm (Node 20) exports its
 * settings as npm_config_* variables, and an inner npm takes them as its own: its user agent then
 * says node/v20, and code-server's install script, which reads the Node version from
 * `npm_config_user_agent`, refuses to install. This reproduces that chain with a real `npm run` and
 * a real inner npm on Node 24, with and without the scripts' environment scrubbing (toolEnv).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './harness.js';
// @ts-ignore -- plain .mjs helper shared with the set-up and start scripts
import { e2ePaths, toolEnv, codeServerEnv } from '../../scripts/e2e-paths.mjs';

const P = e2ePaths(ROOT) as { nodeBin: string };
const haveNode24 = existsSync(P.nodeBin);

/**
 * Runs `probe.mjs` through a real `npm run` (so npm's variables are set); the probe starts an inner
 * `npm run` on Node 24, as e2e-setup.mjs does for code-server, whose script prints the user agent
 * the inner npm hands to install scripts. Returns both user agents.
 */
function underNpmRun(scrub: boolean): { outer: string; inner: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-npm-env-'));
  try {
    const helper = pathToFileURL(path.join(ROOT, 'scripts', 'e2e-paths.mjs')).href;
    writeFileSync(
      path.join(dir, 'probe.mjs'),
      `import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { toolEnv } from ${JSON.stringify(helper)};
const base = ${scrub} ? toolEnv() : { ...process.env };
const env = { ...base, PATH: path.dirname(${JSON.stringify(P.nodeBin)}) + ':' + process.env.PATH };
const inner = spawnSync('npm', ['run', '--silent', 'ua'], { env, encoding: 'utf8', cwd: ${JSON.stringify(dir)} });
console.log(JSON.stringify({ outer: process.env.npm_config_user_agent ?? '', inner: inner.stdout.trim() }));
`,
    );
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts: { probe: 'node probe.mjs', ua: 'node -p process.env.npm_config_user_agent' } }));
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // the no-network guard is not needed by npm config
    const r = spawnSync('npm', ['run', '--silent', 'probe'], { cwd: dir, encoding: 'utf8', env, timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test(
  'under npm run, an npm started by the set-up scripts reports its own Node (24), not the outer one',
  { skip: haveNode24 ? false : `Node 24 is not set up in .e2e/ (npm run e2e:setup)`, timeout: 120_000 },
  () => {
    const outerMajor = process.versions.node.split('.')[0];
    // Without scrubbing, the bug: the inner npm on Node 24 claims the outer Node.
    const raw = underNpmRun(false);
    assert.match(raw.outer, new RegExp(`node/v${outerMajor}\\.`), `npm run sets npm_config_user_agent: ${raw.outer}`);
    assert.equal(raw.inner, raw.outer, 'without scrubbing the outer user agent leaks into the inner npm');
    // With toolEnv (what e2e-setup.mjs and start.mjs use), the inner npm reports Node 24.
    const clean = underNpmRun(true);
    assert.match(clean.inner, /node\/v24\./, `inner npm user agent: ${clean.inner}`);
  },
);

test('toolEnv drops what npm run exports but keeps how to reach the registry', () => {
  const env = toolEnv({
    PATH: '/bin',
    HOME: '/home/x',
    npm_config_user_agent: 'npm/10 node/v20.0.0 linux x64',
    npm_config_prefix: '/project',
    npm_config_local_prefix: '/project',
    npm_lifecycle_event: 'start',
    npm_package_name: 'evidensplan',
    npm_execpath: '/usr/lib/npm-cli.js',
    NODE: '/usr/bin/node',
    INIT_CWD: '/project',
    npm_config_registry: 'https://registry.example/',
    NPM_CONFIG_HTTPS_PROXY: 'http://proxy:3128',
  });
  assert.deepEqual(env, {
    PATH: '/bin',
    HOME: '/home/x',
    npm_config_registry: 'https://registry.example/',
    NPM_CONFIG_HTTPS_PROXY: 'http://proxy:3128',
  });
});

test('code-server runs with no extension gallery (no look-ups of open-vsx.org) and without our Node options', () => {
  const env = codeServerEnv('/home/skriver/.config-xdg', { PATH: '/bin', NODE_OPTIONS: '--import x', npm_config_user_agent: 'npm' });
  assert.deepEqual(JSON.parse(env.EXTENSIONS_GALLERY), {});
  assert.equal(env.NODE_OPTIONS, undefined);
  assert.equal(env.npm_config_user_agent, undefined);
  assert.equal(env.XDG_CONFIG_HOME, '/home/skriver/.config-xdg');
});
