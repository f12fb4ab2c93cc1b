/**
 * One rule for the CLI's message language in every command: --lang, else EVIDENSPLAN_LANG (or its
 * alias EVIDENSPLAN_LANGUAGE), else Bokmål. Before, lint read only the first, coverage only the
 * second, and lookup neither.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'bin', 'evidensplan.mjs');
const PLAN = path.join(ROOT, 'examples', 'pandemiplan.md');

function run(args: string[], env: Record<string, string | undefined>) {
  const clean = { ...process.env };
  delete clean.EVIDENSPLAN_LANG;
  delete clean.EVIDENSPLAN_LANGUAGE;
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...clean, ...env }, timeout: 120_000 });
}

for (const name of ['EVIDENSPLAN_LANG', 'EVIDENSPLAN_LANGUAGE']) {
  test(`${name}=en turns lookup, coverage and lint messages English`, () => {
    const lookup = run(['lookup', 'evakuering'], { [name]: 'en' });
    assert.equal(lookup.status, 0, lookup.stderr);
    assert.match(lookup.stdout, /^No match/m, lookup.stdout);
    const coverage = run(['coverage', PLAN], { [name]: 'en' });
    assert.equal(coverage.status, 0, coverage.stderr);
    assert.match(coverage.stdout, /learning points/i, coverage.stdout.slice(0, 400));
    const lint = run(['lint', path.join(ROOT, 'examples', 'henvisningsfeil.md')], { [name]: 'en' });
    assert.match(lint.stdout, /\b(problems?|errors?)\b.*\bin 1 file\b/, lint.stdout.slice(-300));
  });
}

test('without a setting the messages are Bokmål; --lang wins over the environment; a bad --lang is one line and exit 2', () => {
  const nb = run(['lookup', 'evakuering'], {});
  assert.match(nb.stdout, /^Ingen treff/m);
  const over = run(['lookup', '--lang', 'nb', 'evakuering'], { EVIDENSPLAN_LANG: 'en' });
  assert.match(over.stdout, /^Ingen treff/m, over.stdout);
  const bad = run(['coverage', '--lang', 'de', PLAN], {});
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
  assert.match(bad.stderr, /--lang must be nb, nn or en/);
});
