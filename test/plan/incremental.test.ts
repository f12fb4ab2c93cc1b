import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzePlan, type PlanModel } from '../../src/core/plan/analyze.js';
import { splitBlocks, splitBlocksAfterEdit } from '../../src/core/plan/blocks.js';
import { generatePlan } from '../../bench/gen.js';
import { deepNesting, documentOf, longTable, manySmallLists, robustnessInputs, UNCLOSED_ENDINGS } from '../../bench/shapes.js';

/** The reference: the text parsed whole, in one micromark run. */
const whole = (text: string) => analyzePlan(text, undefined, { blocks: false });

/** Everything a model carries, as plain data (the tree included). */
function plain(m: PlanModel) {
  return {
    tree: m.tree,
    degraded: m.degraded,
    frontmatter: { ...m.frontmatter, keyRange: Object.keys(m.frontmatter.data ?? {}).map((k) => m.frontmatter.keyRange(k)) },
    language: m.language,
    headings: m.headings,
    sections: m.sections,
    blocks: m.blocks,
    citations: m.citations,
    sentences: m.sentences,
    excluded: m.excluded,
  };
}

function mdFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...mdFiles(p));
    else if (p.endsWith('.md')) out.push(p);
  }
  return out;
}

const corpus: Array<[string, string]> = [
  ...mdFiles('examples').map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
  ...mdFiles('test/fixtures').map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
  ['generated nb', generatePlan({ bytes: 40_000, seed: 3 })],
  ['generated nn', generatePlan({ bytes: 40_000, seed: 4, language: 'nn' })],
];

/** Analyses `next` reusing `prev`, and checks the result against a fresh whole parse. */
function same(prev: PlanModel, next: string, label: string): PlanModel {
  const inc = analyzePlan(next, prev);
  assert.deepStrictEqual(plain(inc), plain(whole(next)), label);
  return inc;
}

test('the first analysis, parsed block by block, equals a whole parse (examples, fixtures, generated plans, hostile shapes)', () => {
  const shapes: Array<[string, string]> = [
    ['many small lists', manySmallLists(200)],
    ['many small plan lists', manySmallLists(40, true)],
    ['deep nesting', deepNesting(80)],
    ['long table', longTable(200)],
    ...robustnessInputs(),
    ...UNCLOSED_ENDINGS.map((ending): [string, string] => [`ending ${JSON.stringify(ending)}`, documentOf({ body: 'Tekst.\n\n', ending, bom: true })]),
  ];
  for (const [name, text] of [...corpus, ...shapes]) {
    assert.deepStrictEqual(plain(analyzePlan(text)), plain(whole(text)), name);
  }
});

test('many small lists are cut into small blocks (so parsing them stays linear), whatever the line ends', () => {
  for (const t of [manySmallLists(500).replace(/\n/g, '\r'), manySmallLists(500).replace(/\n/g, '\r\n')]) {
    assert.ok((splitBlocks(t)?.length ?? 0) >= 500, 'CR and CRLF texts are split too');
    assert.deepStrictEqual(plain(analyzePlan(t)), plain(whole(t)));
  }
  const text = manySmallLists(2000);
  const chunks = splitBlocks(text);
  assert.ok(chunks, 'the text is split');
  assert.ok(chunks.length >= 2000, `chunks: ${chunks.length}`);
  assert.ok(Math.max(...chunks.map((c) => c.end - c.start)) <= 16, 'no chunk holds more than one list and one paragraph');
});

test('re-analysis with the previous model equals a fresh analysis (examples, fixtures, generated plans)', () => {
  for (const [name, text] of corpus) {
    const base = analyzePlan(text);
    // Edits: one character inserted in the middle, a line deleted, a citation added, a heading added.
    const mid = text.length >> 1;
    const edits = [
      text.slice(0, mid) + 'x' + text.slice(mid),
      text.replace(/\n[^\n]*\n/, '\n'),
      text + '\n\nNy tekst [@ks2021, lp. 3.5.1].\n',
      '# Ny overskrift\n\n' + text,
      text.slice(0, mid) + '\n\n```\nkode\n\nTekst\n' + text.slice(mid),
    ];
    let prev = base;
    for (const [i, e] of edits.entries()) prev = same(prev, e, `${name} edit ${i}`);
  }
});

test('a generated plan is cut into many blocks, so an edit re-parses little', () => {
  const text = generatePlan({ bytes: 40_000, seed: 3 });
  const chunks = splitBlocks(text);
  assert.ok(chunks && chunks.length > 20, `chunks: ${chunks?.length}`);
  assert.equal(chunks[0].start, 0);
  assert.equal(chunks[chunks.length - 1].end, text.length);
  for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end);
});

test('documents whose blocks depend on each other are parsed whole', () => {
  assert.equal(splitBlocks('Se [kilde].\n\nTekst\n\n[kilde]: https://example.org\n'), undefined);
  assert.equal(splitBlocks('Fotnote[^1].\n\nTekst\n\n[^1]: Forklaring.\n'), undefined);
  // Blank lines inside fenced code, comments and front matter are not cuts.
  const fenced = '```\na\n\nb\n```\n\nc\n';
  assert.deepEqual(splitBlocks(fenced)!.map((c) => fenced.slice(c.start, c.end)), ['```\na\n\nb\n```\n\n', 'c\n']);
  const comment = '<!-- a\n\nb -->\n\nc\n';
  assert.deepEqual(splitBlocks(comment)!.map((c) => comment.slice(c.start, c.end)), ['<!-- a\n\nb -->\n\n', 'c\n']);
  const fm = '---\na: 1\n\nb: 2\n---\n\nTekst\n';
  assert.deepEqual(splitBlocks(fm)!.map((c) => fm.slice(c.start, c.end)), ['---\na: 1\n\nb: 2\n---\n\n', 'Tekst\n']);
  // A list continued after a blank line stays one block.
  const list = '- a\n\n- b\n\n  fortsatt\n\nTekst\n';
  assert.deepEqual(splitBlocks(list)!.map((c) => list.slice(c.start, c.end)), ['- a\n\n- b\n\n  fortsatt\n\n', 'Tekst\n']);
});

test('random edits: the incremental model always equals the whole parse (fixed seed)', () => {
  const pieces = ['\n', '\n\n', '# ', '- ', '> ', '```', '~~~', '<!--', '-->', '<pre>', '</pre>', '[@ks2021, lp. 3.5.1]', '[x]: /u', '[^1]', '|a|b|\n|-|-|\n', '---\n', 'Tekst', 'æøå', '    ', '*', '_', '\t', '1. ', '\r\n', '\r', '\ufeff'];
  const base = generatePlan({ bytes: 6_000, seed: 9 });
  fc.assert(
    fc.property(
      fc.array(
        fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), ins: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }) }),
        { minLength: 1, maxLength: 6 },
      ),
      (edits) => {
        let text = base;
        let prev = analyzePlan(text);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins.join('') + text.slice(at + e.del);
          prev = same(prev, text, JSON.stringify(e));
        }
      },
    ),
    { seed: 4242, numRuns: 150 },
  );
});

test('random edits: the chunks cut from the previous version\'s are the chunks cut afresh (fixed seed)', () => {
  const pieces = ['\n', '\n\n', '\n\nTekst ', '# ', '- ', '```', '~~~', '<!--', '-->', '<pre>', '</pre>', '[x]: /u', '---\n', 'æ', '\r\n', '\r', '\ufeff', '<?', 'x'];
  const base = generatePlan({ bytes: 12_000, seed: 5 });
  fc.assert(
    fc.property(
      fc.array(
        fc.record({ at: fc.nat(), del: fc.nat({ max: 60 }), ins: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }) }),
        { minLength: 1, maxLength: 12 },
      ),
      (edits) => {
        let text = base;
        let prev = { text, chunks: splitBlocks(text) };
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins.join('') + text.slice(at + e.del);
          const fresh = splitBlocks(text);
          const cut = prev.chunks ? splitBlocksAfterEdit(text, { text: prev.text, chunks: prev.chunks }) : fresh;
          assert.deepEqual(cut, fresh, JSON.stringify(e));
          prev = { text, chunks: fresh };
        }
      },
    ),
    { seed: 777, numRuns: 300 },
  );
});

test('a byte-order mark inside the text: the incremental model equals the whole parse', () => {
  // Found by the random-edit property: a line holding only U+FEFF between blank lines.
  const before = readFileSync(join(import.meta.dirname, '../../examples/overordnet-beredskapsplan.md'), 'utf8');
  const at = before.indexOf('\n## Krisekommunikasjon');
  const after = `${before.slice(0, at)}\n\uFEFF\n${before.slice(at)}`;
  const incremental = analyzePlan(after, analyzePlan(before));
  assert.deepEqual(plain(incremental), plain(analyzePlan(after)));
});
