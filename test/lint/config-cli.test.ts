/**
 * `evidensplan lint` with a bad `.evidensplan.jsonc`, as a user runs it (the built CLI):
 * each problem is printed as `file:line:col: message` at the key or value it is about,
 * even when the same text stands earlier in a comment; linting goes on; exit 2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/evidensplan.mjs');

function lint(args: string[], cwd: string, lang = '') {
  const r = spawnSync(process.execPath, [bin, 'lint', ...args], { cwd, encoding: 'utf8', env: { ...process.env, EVIDENSPLAN_LANG: lang }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(config: string | Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-cfgcli-'));
  mkdirSync(path.join(dir, 'planer'));
  writeFileSync(path.join(dir, 'planer/plan.md'), '# Plan\n\nEt kriseråd [@ks2012, lp. 3.5.1].\n');
  writeFileSync(path.join(dir, 'planer/.evidensplan.jsonc'), config);
  return dir;
}

/** The config lines on stderr: [line, column, message]. */
function located(err: string): [number, number, string][] {
  return [...err.matchAll(/^evidensplan: planer\/\.evidensplan\.jsonc:(\d+):(\d+): (.*)$/gm)].map((m) => [Number(m[1]), Number(m[2]), m[3]]);
}

test('a wrong value is printed at its line and column, not at the same words in a comment above', () => {
  const config = [
    '{',
    '  // Tidligere: "rules": { "unknown-source": "off" }, "language": "de"',
    '  "language": "de",',
    '  "rules": {',
    '    /* "no-such-rule" er fjernet */',
    '    "no-such-rule": "off",',
    '    "unknown-source": "av",',
    '  },',
    '}',
  ].join('\n');
  const dir = workspace(config);
  const r = lint(['planer/plan.md'], dir);
  assert.equal(r.code, 2, r.err);
  // The relative path the user gave: the config is named as found from it.
  const got = located(r.err.replaceAll(`${dir}/`, ''));
  assert.deepEqual(
    got.map(([l, c]) => [l, c]),
    [
      [3, 15],
      [6, 5],
      [7, 23],
    ],
    r.err,
  );
  assert.match(got[0][2], /^"language" må være "nb", "nn" eller "en", ikke "de" \(kontrollen fortsetter/);
  assert.match(got[1][2], /^ukjent regel "no-such-rule"/);
  assert.match(got[2][2], /^regel "unknown-source": ugyldig nivå "av"/);
  // Linting went on with the defaults for what is wrong: unknown-source is still an error.
  assert.match(r.out, /planer\/plan\.md:3:14 {2}error {2}unknown-source/);
});

test('broken JSONC: the place of the syntax error, in the language asked for', () => {
  const dir = workspace('{\n  // "rules": {\n  "rules": { "misquote": "warning" }\n  "language": "nn"\n}\n');
  const r = lint(['planer/plan.md'], dir, 'en');
  assert.equal(r.code, 2);
  const got = located(r.err.replaceAll(`${dir}/`, ''));
  assert.deepEqual(got, [[4, 3, 'invalid JSONC: comma expected (CommaExpected) (linting goes on with the defaults for what is wrong)']]);
});

test('binary junk, a huge file, nesting without end: one clear message each, never a crash', () => {
  const junk = Buffer.from([0x7b, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe]);
  const cases: [string | Buffer, RegExp][] = [
    [junk, /^2:5: filen er binær/],
    [`{ "plans": [${'"x",'.repeat(300_000)} "y"] }`, /^1:1: filen er for stor til å være en konfigurasjon \(1\.1 MB; grensen er 1\.0 MB\)/],
    [`{ "rules": ${'['.repeat(50_000)} }`, /^1:75: for mange nivåer inni hverandre/],
  ];
  for (const [config, expected] of cases) {
    const dir = workspace(config);
    const r = lint(['planer/plan.md'], dir);
    assert.equal(r.code, 2, r.err);
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 1, r.err);
    const m = /^evidensplan: .*\.evidensplan\.jsonc:(.*)$/.exec(lines[0]);
    assert.ok(m, r.err);
    assert.match(m[1], expected);
    assert.match(r.out, /unknown-source/, 'the plan was still linted');
  }
});
