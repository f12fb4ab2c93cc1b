/**
 * Files that are not what they seem, through the built command line as a user
 * runs it (issue 14, defects 3, 5, 8 and 10): a FIFO never blocks (lint,
 * coverage, --config), a folder with no Markdown exits 2 with one line on
 * stderr, --fix keeps the byte-order mark, a fix that cannot be written is not
 * claimed, a newline in a file name does not break a line of text output.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync, existsSync } from 'node:fs';
import { spawnSync, execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintFiles } from '../../src/node/lint.js';
import { loadIndex, NOW } from '../support/pipeline.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'evidensplan.mjs');
const built = existsSync(path.join(root, 'dist', 'cli.mjs'));
const skip = built ? false : 'dist/cli.mjs is not built (npm test builds it first)';
const canFifo = process.platform !== 'win32';
let dir: string;

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-files-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in `dir`; a run that blocks is killed after 30 s (status null). */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: dir, timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function fifo(name: string): string {
  const p = path.join(dir, name);
  execFileSync('mkfifo', [p]);
  return p;
}

/** stderr's non-empty lines. */
const lines = (s: string) => s.split('\n').filter((l) => l.trim());

test('lint on a FIFO: exit 2 at once, one line saying it is a named pipe', { skip: skip || (!canFifo && 'no FIFOs here') }, () => {
  fifo('rør.md');
  const r = cli('lint', 'rør.md');
  assert.equal(r.signal, null, 'the run did not block');
  assert.equal(r.status, 2);
  assert.deepEqual(lines(r.stderr).length, 1, r.stderr);
  assert.match(r.stderr, /rør\.md: er et navngitt rør \(FIFO\), ikke en vanlig fil/);
});

test('lint on a folder holding a FIFO named *.md: the plans are linted, the FIFO is not opened', { skip: skip || (!canFifo && 'no FIFOs here') }, () => {
  const sub = path.join(dir, 'mappe');
  mkdirSync(sub);
  writeFileSync(path.join(sub, 'plan.md'), '# Plan\n\nTekst.\n');
  execFileSync('mkfifo', [path.join(sub, 'fifo.md')]);
  const r = cli('lint', '--format', 'json', 'mappe');
  assert.equal(r.signal, null, 'the run did not block');
  // The folder walk lists regular files only; were the FIFO listed, reading it would be refused by name.
  if (r.status === 2) assert.match(r.stderr, /fifo\.md: er et navngitt rør/);
  else assert.equal(r.status, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file), ['mappe/plan.md']);
});

test('coverage on a FIFO and lint --config FIFO: a clear line, no hang', { skip: skip || (!canFifo && 'no FIFOs here') }, () => {
  fifo('dekning.md');
  const c = cli('coverage', 'dekning.md');
  assert.equal(c.signal, null, 'coverage did not block');
  assert.equal(c.status, 2);
  assert.equal(lines(c.stderr).length, 1, c.stderr);
  assert.match(c.stderr, /dekning\.md is a named pipe \(FIFO\), not a regular file/);
  fifo('konfig.jsonc');
  writeFileSync(path.join(dir, 'x.md'), '# Plan\n\nTekst.\n');
  const l = cli('lint', '--config', 'konfig.jsonc', 'x.md');
  assert.equal(l.signal, null, 'lint --config FIFO did not block');
  assert.equal(l.status, 2);
  // In Bokmål, as lint's other messages (the config's problems are no longer English only).
  assert.match(l.stderr, /konfig\.jsonc:1:1: er et navngitt rør \(FIFO\), ikke en vanlig fil/);
});

test('lint on a folder with no Markdown: exit 2 with one line on stderr', { skip }, () => {
  mkdirSync(path.join(dir, 'tom'));
  writeFileSync(path.join(dir, 'tom', 'notat.txt'), 'tekst');
  const r = cli('lint', 'tom');
  assert.equal(r.status, 2);
  assert.equal(lines(r.stderr).length, 1, r.stderr);
  assert.match(r.stderr, /tom: mappen har ingen Markdown-filer/);
});

test('--fix keeps the UTF-8 byte-order mark and CRLF', { skip }, () => {
  const p = path.join(dir, 'bom.md');
  writeFileSync(p, '\uFEFF---\r\nplantype: pandemiplan\r\n---\r\n# Plan\r\n\r\nFylkesmannen skal varsles.\r\n');
  const r = cli('lint', '--fix', 'bom.md');
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const bytes = readFileSync(p);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is still there');
  const text = bytes.toString('utf8');
  assert.match(text, /Statsforvalteren skal varsles/, 'the fix was written');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'no bare LF was added');
  assert.ok(!text.slice(1).includes('\uFEFF'), 'one BOM, not two');
});

test('a newline and an escape character in a file name are escaped in text output', { skip }, () => {
  const name = 'to\nlinjer\u001b[31m.md';
  writeFileSync(path.join(dir, name), '---\nplantype: pandemiplan\n---\n# Plan\n\nFylkesmannen skal varsles.\n');
  const r = cli('lint', name);
  assert.equal(r.status, 0, r.stderr);
  const hit = r.stdout.split('\n').find((l) => l.includes('outdated-term'));
  assert.ok(hit, r.stdout);
  assert.ok(hit.startsWith('to\\nlinjer\\x1b[31m.md:6:1'), hit);
  assert.ok(!r.stdout.includes('\u001b'), 'no raw escape character');
});

test('--fix on a file that cannot be written claims no fix and says so', async () => {
  const index = await loadIndex();
  const p = path.join(dir, 'skrivebeskyttet.md');
  const before = '---\nplantype: pandemiplan\n---\n# Plan\n\nFylkesmannen skal varsles.\n';
  writeFileSync(p, before);
  const run = await lintFiles([p], {
    cwd: dir,
    fix: true,
    report: index.report,
    search: index.search,
    now: NOW,
    writeFile: () => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    },
  });
  assert.equal(run.results[0].fixed, 0, 'no fix claimed');
  assert.ok(run.results[0].messages.some((m) => m.ruleId === 'outdated-term'), 'the messages are those of the file as it stands');
  assert.deepEqual(run.ioErrors, ['skrivebeskyttet.md: kan ikke skrives (EACCES); ingen rettelser ble lagret']);
  assert.equal(readFileSync(p, 'utf8'), before);
});

test('usage errors exit 2 with one line on stderr (no help dump)', { skip }, () => {
  for (const args of [['lint'], ['frobnicate'], ['lint', '--bogus', 'x.md'], ['lint', '--format', 'xml', 'x.md'], ['lint', 'finnes-ikke.md']]) {
    const r = cli(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(lines(r.stderr).length, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^evidensplan: /);
  }
});
