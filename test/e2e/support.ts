/**
 * Shared pieces of the end-to-end test files: the skip-or-fail decision, one session per file,
 * and the report's own text for a locator (through the built CLI, so expectations come from the
 * index, not from literals in the tests).
 */
import { test, before, after } from 'node:test';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, Session, e2eAvailability, type SessionOptions } from './harness.js';

export interface FindingJson {
  citation: string;
  locator: string;
  kind: string;
  section: string;
  sectionTitle: string;
  text: string;
}

/** A finding as `evidensplan show --json` prints it. */
export function finding(locator: string): FindingJson {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'evidensplan.mjs'), 'show', '--json', locator], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`evidensplan show --json "${locator}" failed: ${r.stderr}`);
  const v = JSON.parse(r.stdout);
  return Array.isArray(v) ? v[0] : v;
}

/** Whitespace collapsed, for comparing text the UI wraps. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The first `n` words of a text. */
export function firstWords(s: string, n: number): string {
  return squash(s).split(' ').slice(0, n).join(' ');
}

/**
 * Declares the file's end-to-end tests: `body(getSession)` declares tests that call
 * `getSession()` (started once, on first use, stopped after the file). With the tooling missing
 * the tests skip with the reason, or, under CI=true / EVIDENSPLAN_E2E=1, one test fails with it.
 */
export function e2eSuite(opts: SessionOptions, body: (session: () => Promise<Session>) => void): void {
  const avail = e2eAvailability();
  if (!avail.run) {
    if (avail.mustFail) {
      test(`${opts.suite}: end-to-end tooling is present (required under CI=true / EVIDENSPLAN_E2E=1)`, () => {
        throw new Error(avail.reason);
      });
      return;
    }
    console.log(`# SKIP ${opts.suite}: ${avail.reason}`);
    const skip = avail.reason ?? 'end-to-end tooling missing';
    body(() => Promise.reject(new Error(skip)));
    return;
  }
  // Started before the tests, with its own time limit: on a busy machine packaging, installing
  // and loading the workbench can take minutes, which must not eat into the first test's limit.
  let started: Promise<Session> | undefined;
  const get = () => (started ??= Session.start(opts));
  before(async () => {
    await get();
  }, { timeout: 600_000 });
  after(async () => {
    if (started) await (await started.catch(() => undefined))?.close();
  });
  body(get);
}

/** `test` that skips with the reason when the end-to-end tooling is missing (and may be skipped). */
export function e2eTest(name: string, fn: () => Promise<void>): void {
  const avail = e2eAvailability();
  if (!avail.run && !avail.mustFail) {
    test(name, { skip: avail.reason }, () => {});
    return;
  }
  if (!avail.run) return; // the failing availability test stands for the whole file
  test(name, { timeout: 240_000 }, fn);
}
