/**
 * Missing end-to-end tooling: a plain SKIP with the reason on a contributor's machine, but a
 * FAILURE under CI=true or EVIDENSPLAN_E2E=1, so CI can never pass by skipping the real-VS-Code
 * suite. Runs an e2e test file in a child process with the tooling pointed at an empty folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.js';

function runEditorSuite(env: NodeJS.ProcessEnv) {
  const empty = mkdtempSync(path.join(tmpdir(), 'evidensplan-no-tooling-'));
  const base = { ...process.env };
  delete base.NODE_TEST_CONTEXT; // else the child reports to this runner instead of printing
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/e2e/editor.test.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...base,
        CI: '',
        EVIDENSPLAN_E2E: '',
        EVIDENSPLAN_E2E_DIR: empty,
        EVIDENSPLAN_CHROMIUM: path.join(empty, 'chromium'),
        ...env,
      },
    });
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}

test('without code-server and Chromium the e2e tests skip and say why', () => {
  const r = runEditorSuite({});
  const out = r.stdout + r.stderr;
  assert.equal(r.status, 0, out);
  assert.match(out, /end-to-end tooling missing: Node 24 .*code-server .*Chromium/);
  assert.match(out, /scripts\/e2e-setup\.mjs/, 'the reason says how to install it');
  assert.match(out, /skipped [1-9]/);
  assert.match(out, /pass 0/);
});

test('under CI=true missing tooling fails the suite instead of skipping it', () => {
  const r = runEditorSuite({ CI: 'true' });
  const out = r.stdout + r.stderr;
  assert.notEqual(r.status, 0, out);
  assert.match(out, /end-to-end tooling missing/);
  assert.match(out, /fail 1/);
});

test('EVIDENSPLAN_E2E=1 makes missing tooling a failure too', () => {
  const r = runEditorSuite({ EVIDENSPLAN_E2E: '1' });
  assert.notEqual(r.status, 0, r.stdout);
  assert.match(r.stdout + r.stderr, /fail 1/);
});
