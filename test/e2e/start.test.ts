/**
 * `npm start` (scripts/start.mjs, after the build): desktop VS Code when `code` is on the PATH,
 * otherwise a local code-server with the freshly packaged VSIX, whose address it prints.
 * EVIDENSPLAN_START_DRY_RUN=1 makes it do everything, check the server answers, and stop it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, e2eAvailability } from './harness.js';

const START = path.join(ROOT, 'scripts', 'start.mjs');

function start(env: NodeJS.ProcessEnv, args: string[] = []) {
  return spawnSync(process.execPath, [START, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, EVIDENSPLAN_START_DRY_RUN: '1', ...env },
  });
}

test('with `code` on the PATH, npm start opens the examples in desktop VS Code with the extension under development', (t) => {
  assert.ok(existsSync(path.join(ROOT, 'dist', 'extension.cjs')), 'the extension is built');
  const bin = mkdtempSync(path.join(tmpdir(), 'evidensplan-fake-code-'));
  t.after(() => rmSync(bin, { recursive: true, force: true }));
  const fake = path.join(bin, 'code');
  writeFileSync(fake, '#!/bin/sh\nexit 0\n');
  chmodSync(fake, 0o755);
  const r = start({ PATH: `${bin}${path.delimiter}${process.env.PATH}`, VSCODE_EXECUTABLE: '' });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(
    r.stdout.includes(`${fake} --extensionDevelopmentPath=${ROOT} ${path.join(ROOT, 'examples')}`),
    `prints the command it runs:\n${r.stdout}`,
  );
});

test('npm start refuses a port that is not a number, plainly', () => {
  const r = start({}, ['--port', 'åtti']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /--port needs a port number/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

const avail = e2eAvailability();
test(
  'without desktop VS Code, npm start serves the examples from a local code-server and prints the address',
  { skip: avail.run || avail.mustFail ? false : avail.reason, timeout: 300_000 },
  async (t) => {
    if (!avail.run) throw new Error(avail.reason);
    const home = mkdtempSync(path.join(tmpdir(), 'evidensplan-start-'));
    t.after(() => rmSync(home, { recursive: true, force: true }));
    const r = start({ EVIDENSPLAN_START_HOME: home }, ['--code-server']);
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    const m = /http:\/\/127\.0\.0\.1:(\d+)\/\?folder=(\S+)/.exec(r.stdout);
    assert.ok(m, `prints the address:\n${r.stdout}`);
    assert.equal(decodeURIComponent(m[2]), path.join(ROOT, 'examples'));
    assert.ok(existsSync(path.join(home, 'evidensplan.vsix')), 'it packaged the extension');
    // The extension is installed in its extensions dir, and the server is stopped again.
    assert.ok(
      spawnSync('ls', [path.join(home, 'extensions')], { encoding: 'utf8' }).stdout.includes('evidensplan.evidensplan-'),
      'the VSIX is installed',
    );
    const stopped = await fetch(`http://127.0.0.1:${m[1]}/healthz`).then(
      () => false,
      () => true,
    );
    assert.ok(stopped, 'the dry run stops the server');
  },
);
