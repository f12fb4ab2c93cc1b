import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/evidensplan.mjs');

function lint(args: string[]) {
  return spawnSync(process.execPath, [bin, 'lint', ...args], { encoding: 'utf8', env: { ...process.env, EVIDENSPLAN_LANG: '' } });
}

test('lint --jobs 2 gives exactly the output of a serial run, in the same file order', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-jobs-'));
  try {
    const examples = ['overordnet-beredskapsplan.md', 'smittevernplan-nynorsk.md', 'pandemiplan.md'];
    for (let i = 0; i < 9; i++) copyFileSync(path.join(root, 'examples', examples[i % 3]), path.join(dir, `plan-${i}.md`));
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3, 0xff]));
    for (const format of ['json', 'text']) {
      const serial = lint(['--jobs', '1', '--format', format, dir]);
      const parallel = lint(['--jobs', '2', '--format', format, dir]);
      assert.equal(parallel.status, serial.status, parallel.stderr);
      assert.equal(parallel.stdout, serial.stdout);
      assert.ok(serial.stdout.includes('plan-6.md')); // a plan with findings appears in every format
    }
    const files = (JSON.parse(lint(['--jobs', '2', '--format', 'json', dir]).stdout) as { file: string }[]).map((r) => path.basename(r.file));
    assert.deepEqual(files, [...files].sort());
    assert.ok(files.includes('binary.md'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint --jobs refuses what is not a positive whole number or "auto"', () => {
  for (const bad of ['0', 'x', '-1', '1.5']) {
    const r = lint(['--jobs', bad, path.join(root, 'examples/pandemiplan.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs/);
  }
});
