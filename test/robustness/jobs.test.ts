/**
 * `--jobs` has a ceiling (issue 14, defect 6): never more workers than cores,
 * files or memory allow, each with a heap limit, and results are streamed in
 * file order rather than held.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { jobsFor, lintFilesParallel, workerHeapFor, WORKER_HEAP_MB, WORKER_HEAP_MAX_MB } from '../../src/node/lint-parallel.js';
import type { FileResult } from '../../src/node/lint.js';
import { loadIndex, NOW } from '../support/pipeline.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'evidensplan.mjs');
const built = existsSync(path.join(root, 'dist', 'cli.mjs'));
let dir: string;

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-jobs-'));
  const examples = ['overordnet-beredskapsplan.md', 'smittevernplan-nynorsk.md', 'pandemiplan.md'];
  for (let i = 0; i < 12; i++) copyFileSync(path.join(root, 'examples', examples[i % 3]), path.join(dir, `plan-${String(i).padStart(2, '0')}.md`));
  writeFileSync(path.join(dir, 'tom.md'), '');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('jobsFor caps the workers at the cores and the files', () => {
  const cores = availableParallelism();
  assert.equal(jobsFor(1000, 5000), Math.min(cores, jobsFor(cores, 5000)));
  assert.ok(jobsFor(1000, 5000) <= cores);
  assert.equal(jobsFor(1000, 1), 1);
  assert.equal(jobsFor(3, 2), Math.min(2, cores));
  assert.equal(jobsFor(0, 10), 1);
});

test('each worker gets its share of half the memory as its heap limit, within the floor and the ceiling', () => {
  const half = totalmem() / 2 ** 20 / 2;
  for (const jobs of [1, 2, 4, 8, 64, 1000]) {
    const mb = workerHeapFor(jobs);
    assert.ok(mb >= WORKER_HEAP_MB && mb <= WORKER_HEAP_MAX_MB, `${jobs} workers: ${mb} MB`);
    // Above the floor, the workers together stay within half the memory.
    if (mb > WORKER_HEAP_MB) assert.ok(mb * jobs <= half + jobs, `${jobs} × ${mb} MB > ${half} MB`);
    assert.ok(workerHeapFor(jobs * 2) <= mb, 'more workers never get more each');
  }
});

test('lint --jobs 1000: the same output as a serial run', { skip: built ? false : 'dist/cli.mjs is not built' }, () => {
  const run = (jobs: string) => spawnSync(process.execPath, [bin, 'lint', '--jobs', jobs, '--format', 'json', dir], { encoding: 'utf8', timeout: 120_000 });
  const serial = run('1');
  const many = run('1000');
  assert.equal(many.status, serial.status, many.stderr);
  assert.equal(many.stderr, serial.stderr);
  assert.equal(many.stdout, serial.stdout);
});

test('results are streamed in file order while the run goes on, and not held', async () => {
  const index = await loadIndex();
  const seen: FileResult[] = [];
  const run = await lintFilesParallel([dir], {
    jobs: 2,
    cwd: dir,
    now: NOW,
    load: async () => ({ report: index.report, search: index.search }),
    onResult: (r) => seen.push(r),
    workerEntry: new URL('../support/lint-worker.mjs', import.meta.url),
  });
  assert.deepEqual(run.results, [], 'nothing held');
  const names = seen.map((r) => r.file);
  assert.equal(names.length, 13);
  assert.deepEqual(names, [...names].sort(), 'in file order');
  assert.ok(seen.some((r) => r.messages.length > 0));
});

test('each worker has a heap limit: one too small to load the index ends the run with an error, never a hang', async () => {
  const index = await loadIndex();
  await assert.rejects(
    lintFilesParallel([dir], {
      jobs: 2,
      cwd: dir,
      now: NOW,
      load: async () => ({ report: index.report, search: index.search }),
      workerHeapMb: 4,
      workerEntry: new URL('../support/lint-worker.mjs', import.meta.url),
    }),
    (err: Error & { code?: string }) => err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory/i.test(err.message),
  );
});

test('a worker that dies mid-run costs only the file it was linting: the one queued behind it and the rest are linted by a fresh worker', async () => {
  const own = mkdtempSync(path.join(tmpdir(), 'evidensplan-jobs-dies-'));
  try {
    for (let i = 0; i < 8; i++) copyFileSync(path.join(root, 'examples', 'henvisningsfeil.md'), path.join(own, `plan-${i}.md`));
    // First in file order: the first worker ready is handed it and plan-0.md behind it at once.
    copyFileSync(path.join(root, 'examples', 'henvisningsfeil.md'), path.join(own, 'plan-0-dies-here.md'));
    const index = await loadIndex();
    const seen: FileResult[] = [];
    const run = await lintFilesParallel([own], {
      jobs: 2,
      cwd: own,
      now: NOW,
      load: async () => ({ report: index.report, search: index.search }),
      onResult: (r) => seen.push(r),
      workerEntry: new URL('../support/lint-worker-dies.mjs', import.meta.url),
    });
    const names = seen.map((r) => r.file);
    assert.deepEqual(names, ['plan-0.md', 'plan-1.md', 'plan-2.md', 'plan-3.md', 'plan-4.md', 'plan-5.md', 'plan-6.md', 'plan-7.md'], 'every other file linted, in order');
    assert.ok(seen.every((r) => r.messages.some((m) => m.severity === 'error')), 'each linted for real');
    assert.equal(run.ioErrors.length, 1, run.ioErrors.join('\n'));
    assert.match(run.ioErrors[0], /^plan-0-dies-here\.md: lint worker stopped/);
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});
