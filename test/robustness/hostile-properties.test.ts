/**
 * Properties over generated documents of the shapes that broke things (issue
 * 14): blank first and last lines, unclosed fences, HTML blocks and comments,
 * CR-only and mixed line ends, a BOM, front matter closed by `...`.
 * - completion and hover return at every offset (driven in a worker with a
 *   per-call watchdog, so an endless loop fails the test instead of hanging it);
 * - `lint --fix` run twice (the CLI's own code, on a file) changes nothing the
 *   second time and keeps the byte-order mark and the line ends.
 * Sizes stay modest so CI stays fast.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { documentOf, PLAN_BODIES, UNCLOSED_ENDINGS, type DocumentShape, type LineEnd } from '../../bench/shapes.js';
import { runBounded, type BoundedCall } from '../support/bounded.js';
import { lintFiles } from '../../src/node/lint.js';
import { loadIndex, NOW, type Index } from '../support/pipeline.js';

const BODY_PIECES = [...PLAN_BODIES, '- a\n\np\n\n', '  - innrykket\n', '| a |\n| - |\n', '<div>\n', '```\nkode\n```\n', '[@', '@ks2021 [kap. 2.2]\n', '\n'];

/** Documents of the hostile shapes, small. */
export const hostileDocument: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    frontMatter: fc.constantFrom<DocumentShape['frontMatter']>(undefined, 'dashes', 'dots'),
    leadingBlankLines: fc.nat({ max: 3 }),
    trailingBlankLines: fc.nat({ max: 3 }),
    body: fc.array(fc.constantFrom(...BODY_PIECES), { maxLength: 4 }).map((xs) => xs.join('\n')),
    ending: fc.constantFrom('', ...UNCLOSED_ENDINGS),
    eol: fc.constantFrom<LineEnd>('lf', 'crlf', 'cr', 'mixed'),
  })
  .map((shape) => documentOf(shape));

let index: Index;
let dir: string;
before(async () => {
  index = await loadIndex();
  dir = mkdtempSync(path.join(tmpdir(), 'evidensplan-hostile-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('completion and hover return at every offset of hostile documents', async () => {
  const texts = fc.sample(hostileDocument, { seed: 14, numRuns: 40 });
  // The reproducer of the completion hang is always among them.
  texts.push('\nKommunen skal ha lager av smittevernutstyr [@');
  const calls: BoundedCall[] = [];
  texts.forEach((t, i) => {
    for (let offset = 0; offset <= t.length; offset++) for (const kind of ['completion', 'hover']) calls.push({ kind, text: i, offset });
  });
  const outcome = await runBounded(new URL('../support/providers.ts', import.meta.url), texts, calls);
  assert.equal(outcome.stuck, undefined, `a call did not return: ${outcome.stuck?.label}`);
  assert.deepEqual(outcome.threw.map((c) => `${c.kind}@${c.offset}: ${c.error.split('\n')[0]}`), []);
  assert.equal(outcome.done, calls.length);
});

/** The kinds of line break in a text. */
function breakKinds(text: string): Set<string> {
  return new Set(text.match(/\r\n|\r|\n/g) ?? []);
}

test('lint --fix twice: nothing the second time, BOM and line ends kept', async () => {
  let n = 0;
  let fixedSome = 0;
  await fc.assert(
    fc.asyncProperty(hostileDocument, async (text) => {
      const file = path.join(dir, `plan-${n++}.md`);
      writeFileSync(file, text);
      const opts = { cwd: dir, fix: true, report: index.report, search: index.search, now: NOW };
      const first = await lintFiles([file], opts);
      const afterFirst = readFileSync(file, 'utf8');
      if (first.results[0]?.fixed) fixedSome++;
      const second = await lintFiles([file], opts);
      assert.equal(second.results[0]?.fixed ?? 0, 0, `the second --fix applied ${second.results[0]?.fixed} more`);
      assert.equal(readFileSync(file, 'utf8'), afterFirst, 'the second run changed the file');
      // The BOM stays (readFileSync keeps it in the string).
      assert.equal(afterFirst.charCodeAt(0) === 0xfeff, text.charCodeAt(0) === 0xfeff, 'BOM kept (or not added)');
      // A file with one kind of line break keeps only that kind.
      const kinds = breakKinds(text);
      if (kinds.size === 1) assert.deepEqual([...breakKinds(afterFirst)], [...kinds], 'line ends kept');
    }),
    { seed: 1414, numRuns: 25, endOnFailure: true },
  );
  assert.ok(fixedSome > 5, `the documents had fixes to apply (${fixedSome})`);
});
