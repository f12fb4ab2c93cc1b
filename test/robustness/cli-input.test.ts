/**
 * Bad files through the command line (the built bin/evidensplan.mjs, as a user runs
 * it): binary junk, invalid UTF-8, a BOM, CRLF, an empty file. Always a clear
 * answer and exit code, never a stack trace or a hang; a huge junk file costs no
 * more than its size.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generatePlan } from '../../bench/gen.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'evidensplan.mjs');
const built = existsSync(path.join(root, 'dist', 'cli.mjs'));
const skip = built ? false : 'dist/cli.mjs is not built (npm test builds it first)';
let dir: string;
type Result = { file: string; messages: { ruleId: string; line: number; column: number; message: string }[] };
/** One CLI run over every bad file (process start-up dominates, so they share one). */
let all: Map<string, Result[]>;
let allRun: Run;

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-robust-'));
  if (!built) return;
  const plan = generatePlan({ bytes: 8000, seed: 6 });
  const chars = Array.from({ length: 30_000 }, (_, i) => String.fromCodePoint([0x41 + (i % 26), 0xe6, 0x2028, 0x1f600, 0xfeff, 0x7f, 0x85, 0x300][i % 8]));
  const files: Record<string, string | Buffer> = {
    'junk.md': junk(200_000),
    'latin1.md': Buffer.from('# Plan for Møre\n\nFylkesmannen i Møre og Romsdal skal varsles.\n', 'latin1'),
    'noise.md': Buffer.from(junk(100_000, 9).map((b) => (b === 0 ? 1 : b))),
    'unicode.md': chars.join(''),
    'lf.md': plan,
    'bom-crlf.md': '\uFEFF' + plan.replace(/\n/g, '\r\n'),
    'empty.md': '',
    'blank.md': '\n\n   \r\n\t\n',
  };
  for (const [name, data] of Object.entries(files)) write(name, data);
  allRun = lint(...Object.keys(files));
  all = new Map();
  if (allRun.status === 0 || allRun.status === 1) {
    for (const r of JSON.parse(allRun.stdout) as Result[]) all.set(path.basename(r.file), [r]);
  }
});

/** The shared run's result for one file, after checking the run itself was clean. */
function resultOf(name: string): Result[] {
  assert.ok(allRun.status === 0 || allRun.status === 1, `exit ${allRun.status}, stderr: ${allRun.stderr.slice(0, 500)}`);
  assert.doesNotMatch(allRun.stderr, /\n\s+at .+:\d+:\d+/, 'a stack trace on stderr');
  assert.doesNotMatch(allRun.stderr + allRun.stdout, /internal error|internal-error/i, 'an internal error');
  const r = all.get(name);
  assert.ok(r, `a result for ${name}`);
  return r;
}
after(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * CPU time (ms) of the children this process has waited for, from /proc/self/stat
 * (cutime + cstime, clock ticks of 10 ms): what a run costs, whatever else the
 * machine is doing. Undefined where there is no /proc.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5); fields[0] here is field 3.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function lint(...files: string[]): Run {
  const t0 = performance.now();
  const c0 = childrenCpuMs();
  const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', ...files], {
    encoding: 'utf8',
    cwd: dir,
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const c1 = childrenCpuMs();
  // CPU time where the system tells it (load does not change it), else wall time.
  const ms = c0 !== undefined && c1 !== undefined ? c1 - c0 : performance.now() - t0;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms };
}

function write(name: string, data: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
}

/** No stack trace, no "internal error", and JSON on stdout with one entry for the file. */
function assertClean(r: Run, what: string): { messages: { ruleId: string; line: number; column: number; message: string }[] }[] {
  assert.ok(r.status === 0 || r.status === 1, `${what}: exit ${r.status}, stderr: ${r.stderr.slice(0, 500)}`);
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, `${what}: a stack trace on stderr`);
  assert.doesNotMatch(r.stderr + r.stdout, /internal error|internal-error/i, `${what}: an internal error`);
  const out = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
  assert.equal(out.length, 1, `${what}: one result`);
  return out;
}

/** Deterministic bytes 0–255. */
function junk(n: number, seed = 3): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

test('binary junk: one clear message, exit 1, no stack trace', { skip }, () => {
  const out = resultOf('junk.md');
  const [m] = out[0].messages;
  assert.ok(m, 'a message says why the file was not linted');
  assert.equal(out[0].messages.length, 1);
  assert.ok(m.message.length > 10);
});

test('invalid UTF-8 (a Latin-1 plan): one clear message naming the place', { skip }, () => {
  const out = resultOf('latin1.md');
  assert.equal(out[0].messages.length, 1);
  assert.match(out[0].messages[0].message, /\d/, 'the message says where (a byte offset)');
});

test('junk without NUL bytes (invalid UTF-8 everywhere) and valid UTF-8 noise: answered, never a crash', { skip }, () => {
  assert.equal(resultOf('noise.md')[0].messages.length, 1, 'invalid UTF-8 noise: one message');
  // Every code point class, valid UTF-8: linted as text, no encoding complaint.
  assert.ok(!resultOf('unicode.md')[0].messages.some((m) => m.ruleId === 'encoding'));
});

test('a huge junk file costs no more than its size (10 MB vs 1 MB, CPU time of the runs)', { skip }, () => {
  const small = write('junk-1mb.md', Buffer.from(junk(1 << 20, 5).map((b) => (b === 0 ? 1 : b))));
  const large = write('junk-10mb.md', Buffer.from(junk(10 << 20, 5).map((b) => (b === 0 ? 1 : b))));
  const a = Math.min(lint(small).ms, lint(small).ms);
  const r = lint(large);
  assertClean(r, '10 MB junk');
  assert.ok(a >= 50, `the 1 MB baseline is long enough to measure (${a} ms)`);
  assert.ok(r.ms <= 3 * 10 * a, `10 MB took ${r.ms.toFixed(0)} ms CPU, 1 MB ${a.toFixed(0)} ms CPU`);
});

test('a BOM and CRLF line ends: the same messages at the same lines and columns as LF without BOM', { skip }, () => {
  const a = resultOf('lf.md');
  const b = resultOf('bom-crlf.md');
  const key = (o: Result[]) => o[0].messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`);
  assert.ok(key(a).length > 0, 'the plan has messages to compare');
  assert.deepEqual(key(b), key(a));
});

test('an empty file and a file of whitespace: exit 0 or 1, valid output', { skip }, () => {
  assert.ok(Array.isArray(resultOf('empty.md')[0].messages));
  assert.ok(Array.isArray(resultOf('blank.md')[0].messages));
});
