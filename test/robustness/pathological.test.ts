/**
 * Hostile and huge documents: every feature finishes, in time proportional to the
 * input (checked against a tenth-size input of the same shape in the same test,
 * never against a fixed number of milliseconds), and keeps its answers right.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePlan } from '../../src/core/plan/index.js';
import { generatePlan, LEARNING_POINTS } from '../../bench/gen.js';
import { assertScalesLinearly, ReadCounter } from '../support/scaling.js';
import { manySmallLists } from '../../bench/shapes.js';
import { analyzePlan as analyze } from '../../src/core/plan/index.js';
import { fixAll, type LintMessage } from '../../src/core/lint/index.js';
import { computeCoverage } from '../../src/core/coverage/compute.js';
import { loadIndex, lint, editorAt, type Index } from '../support/pipeline.js';

let index: Index;

const WORDS = (
  'kommunen skal ha en oppdatert beredskapsplan for pandemi og andre langvarige kriser med tydelig ' +
  'ansvar for kriseledelse smittevern personell informasjon til innbyggerne samarbeid med nabokommuner ' +
  'og statsforvalteren øvelser evaluering utstyr lager vaksinering testing sporing isolering karantene'
).split(' ');

/** Deterministic plain prose of `n` characters: sentences, paragraphs, a heading every 40 paragraphs. */
function prose(n: number, seed = 1): string {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8;
  const out: string[] = [];
  let len = 0;
  let para = 0;
  while (len < n) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const words = Array.from({ length: 8 + (next() % 12) }, () => WORDS[next() % WORDS.length]);
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      sentences.push(`${words.join(' ')}.`);
    }
    const block = (para++ % 40 === 0 ? `## Kapittel ${para}\n\n` : '') + sentences.join(' ');
    out.push(block);
    len += block.length + 2;
  }
  return out.join('\n\n').slice(0, n);
}
before(async () => {
  index = await loadIndex();
});

/** A few offsets spread over the text (start, middle, end, and a citation when there is one). */
function probes(text: string): number[] {
  const at = text.indexOf('@ks2021');
  return [0, text.length >> 1, text.length, ...(at >= 0 ? [at + 2] : [])];
}

/** What the editor and the CLI do with a document: analyse, lint, hover and complete, coverage. */
const work = (text: string): LintMessage[] => {
  const plan = analyze(text);
  const messages = lint(text, index, plan);
  for (const o of probes(text)) editorAt(plan, o, index);
  computeCoverage(plan, index.report);
  return messages;
};

test('10 MB of text: linear', () => {
  // Plain prose (the rules' work on dense citations is scaled by the tests below).
  const mb = prose(1 << 20);
  assertScalesLinearly('10 MB of text', mb, mb.repeat(10), work, { runs: 1, warm: false });
  // A realistic plan still finds every citation when it is repeated to 10 MB.
  const plan = generatePlan({ bytes: 1 << 20, seed: 11 });
  assert.equal(analyzePlan(plan.repeat(10)).citations.length, 10 * analyzePlan(plan).citations.length);
});

const linesOf = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 10 === 9 ? '' : i % 100 === 0 ? `Linje ${i}: Fylkesmannen sa at 45 prosent gjorde det [@ks2021, lp. 3.5.1].` : `Linje ${i} om beredskap og smittevern.`,
  ).join('\n');

test('100,000 lines: linear, and messages land on the right lines', () => {
  const small = linesOf(10_000);
  const large = linesOf(100_000);
  let messages: LintMessage[] = [];
  assertScalesLinearly('100,000 lines', small, large, (t) => void (messages = work(t)), { runs: 1, warm: false });
  const last = messages.filter((m) => m.ruleId === 'outdated-term').at(-1);
  assert.ok(last, 'the outdated term is flagged on the last lines too');
  assert.equal(last.line, 99_901, 'line numbers count every line');
});

const nestedList = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- nivå ${i} om smittevern${i % 10 ? '' : ' [@ks2021, kap. 2.2]'}`).join('\n') + '\n';

test('a 1,000-deep nested list: proportional to its size, citations found at every depth', () => {
  const small = nestedList(100);
  const large = nestedList(1000);
  assertScalesLinearly('1,000-deep list', small, large, work, { runs: 1 });
  assert.equal(analyzePlan(large).citations.length, 100);
});

/** Every learning point's locator ("2.6.1" …), so every citation resolves. */
const LP = Object.entries(LEARNING_POINTS).flatMap(([s, n]) => Array.from({ length: n }, (_, k) => `${s}.${k + 1}`));
const citationParagraph = (n: number) => Array.from({ length: n }, (_, i) => `krav ${i} [@ks2021, lp. ${LP[i % LP.length]}]`).join(' ') + '.\n';

test('10,000 citations in one paragraph: linear, each one resolved', () => {
  const small = citationParagraph(1000);
  const large = citationParagraph(10_000);
  assertScalesLinearly('10,000 citations', small, large, work, { runs: 1 });
  const plan = analyzePlan(large);
  assert.equal(plan.citations.length, 10_000);
  // Hover works on the last one.
  const last = plan.citations.at(-1)!;
  const { hover } = editorAt(plan, last.start + 3, index);
  assert.ok(hover && hover.length > 0, 'hover on the 10,000th citation');
});

const oneLine = (n: number) => `${prose(n).replace(/\n/g, ' ')}`.replace(/(.{1000}?) /g, '$1 [@ks2021, kap. 2.2] ').slice(0, n);

test('a 1 MB line: linear', () => {
  assertScalesLinearly('1 MB line', oneLine(100_000), oneLine(1_000_000), work, { runs: 1 });
});

/** Deterministic junk: every UTF-16 code unit, lone surrogates, NULs, control characters. */
function junk(n: number, seed: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const r = x >>> 8;
    s += String.fromCharCode(r % 7 === 0 ? r % 0x10000 : r % 3 === 0 ? (r % 32) : 32 + (r % 96));
  }
  return s;
}

test('binary junk and lone surrogates: no throw, linear', () => {
  const small = junk(100_000, 7);
  const large = junk(1_000_000, 7);
  assertScalesLinearly('binary junk', small, large, work, { runs: 1, warm: false });
  // Invalid UTF-8 decoded the way the CLI and VS Code decode it (U+FFFD) also passes.
  const bytes = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 131 + 7) % 256));
  work(bytes.toString('utf8'));
});

test('a BOM before the front matter: the front matter still counts', () => {
  const plan = generatePlan({ bytes: 4000, seed: 2 });
  const withBom = '\uFEFF' + plan;
  const a = analyzePlan(plan);
  const b = analyzePlan(withBom);
  assert.ok(a.frontmatter.present && b.frontmatter.present, 'front matter found after a BOM');
  assert.deepEqual(b.frontmatter.data, a.frontmatter.data);
  assert.equal(b.frontmatter.kommune, a.frontmatter.kommune);
  const ma = lint(plan, index).map((m) => `${m.ruleId}:${m.line}:${m.column}`);
  const mb = lint(withBom, index).map((m) => `${m.ruleId}:${m.line}:${m.column}`);
  assert.deepEqual(mb, ma, 'same messages at the same lines and columns');
});

test('CRLF line ends: same messages, same lines and columns, fixes keep CRLF', () => {
  const lf = generatePlan({ bytes: 20_000, seed: 4 });
  const crlf = lf.replace(/\n/g, '\r\n');
  const a = lint(lf, index);
  const b = lint(crlf, index);
  assert.deepEqual(
    b.map((m) => `${m.ruleId}:${m.line}:${m.column}-${m.endLine}:${m.endColumn}`),
    a.map((m) => `${m.ruleId}:${m.line}:${m.column}-${m.endLine}:${m.endColumn}`),
  );
  for (const m of b) {
    for (const e of m.fix?.edits ?? []) {
      assert.ok(!/(^|[^\r])\n/.test(e.text), `${m.ruleId} fix inserts a bare LF into a CRLF file: ${JSON.stringify(e.text)}`);
      assert.ok(!(crlf[e.start - 1] === '\r' && crlf[e.start] === '\n'), `${m.ruleId} fix splits a CRLF`);
    }
  }
});

test('fix all: linear in the number of fixes (4,000 fixable lines vs 400, edit reads counted)', () => {
  const base = Array.from({ length: 100 }, (_, i) => `Linje ${i}: Fylkesmannen og rådmannen møtes [@ks2020, lp. 3.5.1].`).join('\n\n') + '\n';
  /** fixAll over the lint messages of `text`, its edits counting every read of their fields. */
  const counted = (text: string) => {
    const messages = lint(text, index);
    const counter = new ReadCounter();
    const wrapped = messages.map((m) => (m.fix ? { ...m, fix: { ...m.fix, edits: m.fix.edits.map((e) => counter.edit(e.start, e.end, e.text)) } } : m));
    const fixes = messages.filter((m) => m.fix).length;
    const result = fixAll(text, wrapped);
    assert.equal(result.text, fixAll(text, messages).text, 'counting changes nothing');
    return { reads: counter.reads, fixes, applied: result.applied };
  };
  const small = counted(base.repeat(4));
  const large = counted(base.repeat(40));
  assert.ok(small.fixes >= 400 && small.applied > 0, `the input has fixable messages (${small.fixes})`);
  const fixRatio = large.fixes / small.fixes;
  const readRatio = large.reads / small.reads;
  // Linear (or n log n) reads each edit a bounded number of times; comparing each fix with every fix taken before grows 10× faster.
  assert.ok(readRatio <= 3 * fixRatio, `edit reads grew ${readRatio.toFixed(1)}× for ${fixRatio.toFixed(1)}× the fixes (${small.reads} → ${large.reads})`);
  assert.ok(large.reads / large.fixes < 60, `${(large.reads / large.fixes).toFixed(1)} reads per fix`);
});

test('many small lists: linear, block by block (distinct lists, 400 vs 6,000)', () => {
  const small = manySmallLists(400, false, true);
  const large = manySmallLists(6000, false, true);
  assertScalesLinearly('many small lists', small, large, (t) => void analyze(t), { runs: 2 });
  const plan = analyzePlan(manySmallLists(50, true, true));
  assert.equal(plan.citations.length, 50, 'every list item\'s citation found');
});
