/**
 * Sections added at the end of a plan land outside whatever the plan leaves
 * open (issue 14, defect 2): a code fence, an HTML comment or block, `<pre>`…
 * The section fix (or suggestion), applied once, makes its message go away;
 * applied again, it adds nothing.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, fixAll, type LintMessage } from '../../src/core/lint/index.js';
import { analyzePlan } from '../../src/core/plan/index.js';
import { closerAtEnd, endOfDocumentInsertion } from '../../src/core/plan/append.js';
import { loadIndex, lint, fixesOf, type Index } from '../support/pipeline.js';
import { documentOf, UNCLOSED_ENDINGS, withLineEnds, type LineEnd } from '../../bench/shapes.js';

let index: Index;
before(async () => {
  index = await loadIndex();
});

const SECTION_RULES = new Set(['missing-required-section', 'missing-topic']);

/** The section messages of `text` and their fixes (preferred or suggested). */
function sectionFixes(text: string): LintMessage[] {
  return lint(text, index).filter((m) => SECTION_RULES.has(m.ruleId) && fixesOf(m).length);
}

test('closerAtEnd names what is left open at the end, and nothing when all is closed', () => {
  assert.equal(closerAtEnd('```\n'), '```');
  assert.equal(closerAtEnd('Tekst.\n\n````\n```\nkode\n'), '````');
  assert.equal(closerAtEnd('~~~ js\nkode'), '~~~');
  assert.equal(closerAtEnd('Tekst.\n\n<!-- ikke lukket\n'), '-->');
  assert.equal(closerAtEnd('<pre>\nx\n'), '</pre>');
  assert.equal(closerAtEnd('<?php echo 1;\n'), '?>');
  assert.equal(closerAtEnd('<![CDATA[ x\n'), ']]>');
  assert.equal(closerAtEnd('<!DOCTYPE html\n'), '>');
  assert.equal(closerAtEnd('```\nkode\n```\n'), undefined);
  assert.equal(closerAtEnd('<!-- lukket -->\n'), undefined);
  assert.equal(closerAtEnd('<div>\nblokk\n'), undefined, 'a <div> block ends at a blank line');
  assert.equal(closerAtEnd('- punkt\n\n  ```\n  kode\n'), undefined, 'a fence in a list item ends with the item');
  assert.equal(closerAtEnd('\uFEFF```\r\nkode\r\n'), '```');
});

test('a block appended after an open construct is seen by the next parse, in every line-end style', () => {
  for (const ending of UNCLOSED_ENDINGS) {
    for (const eol of ['lf', 'crlf', 'cr'] as LineEnd[]) {
      const text = documentOf({ body: 'Tekst.\n\n', ending, eol, bom: eol === 'crlf' });
      const e = endOfDocumentInsertion(text, '## Ny seksjon\n\nInnhold.\n');
      const after = text + withLineEnds(e.text, eol);
      const headings = analyzePlan(after).headings.map((h) => h.text);
      assert.ok(headings.includes('Ny seksjon'), `${JSON.stringify(ending)} (${eol}): headings ${JSON.stringify(headings)}`);
      assert.ok(after.startsWith(text), 'nothing before the end changes');
    }
  }
});

test('the reproducers: a plan ending in an unclosed fence or comment gets each section once', () => {
  for (const text of ['```\n', 'Tekst.\n\n<!-- ikke lukket\n', '---\nplantype: overordnet-beredskapsplan\n---\n\n# Plan\n\n<pre>\n']) {
    const first = sectionFixes(text);
    assert.ok(first.length > 0, `${JSON.stringify(text)} has section messages`);
    // Every section fix (or suggestion) applied in one fix-all, as `lint --fix` does.
    const fixed = fixAll(text, first.map((m) => ({ ...m, fix: fixesOf(m)[0] }))).text;
    const again = sectionFixes(fixed);
    assert.deepEqual(
      again.map((m) => m.message),
      [],
      `${JSON.stringify(text)}: after adding the sections, the sections are still missing`,
    );
    // `lint --fix` run twice: nothing the second time.
    const once = fixAll(text, lint(text, index));
    const twice = fixAll(once.text, lint(once.text, index));
    assert.equal(twice.applied, 0, `${JSON.stringify(text)}: the second fix-all applied ${twice.applied}`);
    // A section's heading appears once.
    for (const m of first) {
      const heading = /^#+ .+$/m.exec(fixesOf(m)[0].edits[0].text)?.[0];
      if (heading) assert.equal(fixed.split(heading).length - 1, 1, `${heading} once`);
    }
  }
});

test('section suggestions applied one at a time from the light bulb (re-linted in between) each make their message go away', () => {
  for (const text of ['---\nplantype: overordnet-beredskapsplan\n---\n\n# Plan\n\n```\nkode\n', 'Tekst.\r\n\r\n<!-- ikke lukket\r\n']) {
    let current = text;
    for (let round = 0; round < 30; round++) {
      const [m] = sectionFixes(current);
      if (!m) break;
      const fixed = applyFix(current, fixesOf(m)[0]);
      const still = lint(fixed, index).filter((x) => x.ruleId === m.ruleId && x.message === m.message);
      assert.equal(still.length, 0, `${m.ruleId}: «${m.message.slice(0, 60)}» remains after its fix`);
      current = fixed;
    }
    assert.equal(sectionFixes(current).length, 0, 'every section added');
    if (text.includes('\r\n')) assert.ok(!/(^|[^\r])\n/.test(current), 'CRLF kept');
  }
});

test('a text too big or too deep to parse again is read line by line for what is open at its end', () => {
  const deep = Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- nivå ${i}`).join('\n') + '\n';
  assert.equal(closerAtEnd(deep), undefined);
  assert.equal(closerAtEnd(`${deep}\n\`\`\`\nkode\n`), '```');
  assert.equal(closerAtEnd(`${deep}\n<!-- åpen\n`), '-->');
  const big = 'Tekst om beredskap.\n'.repeat(6000);
  assert.equal(closerAtEnd(`${big}~~~~\n`), '~~~~');
  assert.equal(closerAtEnd(`${big}~~~~\nx\n~~~~\n`), undefined);
});
