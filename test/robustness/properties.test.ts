/**
 * Property tests (fast-check, fixed seeds, bounded runs) over random Markdown and
 * over example and fixture plans mutated at random:
 * - lint, hover, completion and coverage never throw, and give sane answers;
 * - every quick fix (each message's fix and suggestions, and the editor's
 *   "disable for this line" edit) changes only the text inside its edits;
 * - fix all, applied to its own result, changes nothing the second time.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzePlan } from '../../src/core/plan/index.js';
import { applyFix, fixAll, type Fix, type LintMessage } from '../../src/core/lint/index.js';
import { citationHover, completionContextAt, completionItems, evidenceHover, disableNextLineEdit } from '../../src/core/editor/index.js';
import { computeCoverage } from '../../src/core/coverage/compute.js';
import { loadIndex, lint, fixesOf, type Index } from '../support/pipeline.js';
import { seedTexts, randomMarkdown, mutatedMarkdown } from '../support/seeds.js';

let index: Index;
let seeds: string[];
before(async () => {
  index = await loadIndex();
  seeds = seedTexts();
});

const params = (seed: number, numRuns: number) => ({ seed, numRuns, endOnFailure: true });

function anyMarkdown(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 1, arbitrary: randomMarkdown }, { weight: 2, arbitrary: mutatedMarkdown(seeds) });
}

function assertSaneMessages(text: string, messages: LintMessage[]): void {
  for (const m of messages) {
    assert.notEqual(m.ruleId, 'internal-error', `a rule crashed: ${m.message}`);
    assert.ok(m.start >= 0 && m.start <= m.end && m.end <= text.length, `${m.ruleId}: range ${m.start}-${m.end} of ${text.length}`);
    assert.ok(m.line >= 1 && m.column >= 1 && (m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column)), `${m.ruleId}: ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
    assert.equal(typeof m.message, 'string');
    assert.ok(m.message.length > 0);
  }
}

test('lint, hover, completion and coverage never throw on random or mutated Markdown', () => {
  fc.assert(
    fc.property(anyMarkdown(), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), (text, where) => {
      const plan = analyzePlan(text);
      const messages = lint(text, index, plan);
      assertSaneMessages(text, messages);
      // Hover and completion anywhere.
      for (const w of where) {
        const offset = Math.floor(w * text.length);
        citationHover(plan, offset, index.report);
        evidenceHover(plan, offset, index.report, index.search, { uri: 'file:///plan.md' });
        const ctx = completionContextAt(text, offset);
        if (ctx) completionItems(ctx, plan, index.report, index.search, { limit: 20 });
      }
      // A citation that resolves always gets a hover (no error swallowed on the way).
      for (const g of plan.citations.slice(0, 5)) {
        const item = g.items[0];
        if (!item?.key || item.key !== 'ks2021' || !item.locator || !index.report.get(item.locatorRaw)) continue;
        const h = citationHover(plan, item.keyStart, index.report);
        assert.ok(h && h.markdown.length > 0, `no hover on ${text.slice(g.start, g.end)}`);
        assert.ok(h.start <= item.keyStart && item.keyStart <= h.end);
      }
      // Typing `[@` anywhere outside code offers findings.
      const at = Math.floor(where[0] * text.length);
      const typed = `${text.slice(0, at)} [@${text.slice(at)}`;
      const ctx = completionContextAt(typed, at + 3);
      if (ctx) {
        const items = completionItems(ctx, analyzePlan(typed), index.report, index.search, { limit: 20 });
        assert.ok(items.length > 0, 'completion offers findings after [@');
        for (const i of items) assert.ok(i.range.start <= at + 3 && i.range.end === at + 3);
      }
      const cov = computeCoverage(plan, index.report);
      assert.equal(cov.covered.length + cov.uncovered.length, cov.total);
    }),
    params(20261126, 150),
  );
});

/** What applying `fix` must give: each edit spliced in, nothing else touched. */
function expectedSplice(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function assertFixIsLocal(text: string, m: LintMessage, fix: Fix): void {
  const where = `${m.ruleId} fix «${fix.title}» on ${JSON.stringify(text.slice(m.start, m.end))}`;
  assert.ok(fix.edits.length > 0, `${where}: no edits`);
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const [i, e] of sorted.entries()) {
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${where}: edit ${e.start}-${e.end} outside the text (${text.length})`);
    if (i) assert.ok(sorted[i - 1].end <= e.start, `${where}: overlapping edits`);
    // An edit never cuts a surrogate pair or a CRLF in two.
    for (const p of [e.start, e.end]) {
      const a = text.charCodeAt(p - 1);
      const b = text.charCodeAt(p);
      assert.ok(!(a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff), `${where}: splits a surrogate pair at ${p}`);
      assert.ok(!(text[p - 1] === '\r' && text[p] === '\n'), `${where}: splits a CRLF at ${p}`);
    }
  }
  const fixed = applyFix(text, fix);
  assert.equal(fixed, expectedSplice(text, fix), `${where}: text outside the edits changed`);
  const lo = sorted[0].start;
  const hi = sorted[sorted.length - 1].end;
  assert.equal(fixed.slice(0, lo), text.slice(0, lo));
  assert.equal(fixed.slice(fixed.length - (text.length - hi)), text.slice(hi));
}

test('every quick fix changes only the text inside its edits', () => {
  let fixesSeen = 0;
  fc.assert(
    fc.property(anyMarkdown(), (text) => {
      const messages = lint(text, index);
      for (const m of messages) {
        for (const fix of fixesOf(m)) {
          fixesSeen++;
          assertFixIsLocal(text, m, fix);
        }
        // The editor's "disable this rule for the next line" quick fix.
        const edit = disableNextLineEdit(text, m.start, m.ruleId);
        assertFixIsLocal(text, m, { title: 'disable-next-line', edits: [edit] });
      }
    }),
    params(4242, 150),
  );
  assert.ok(fixesSeen > 50, `the inputs exercised fixes (${fixesSeen})`);
});

test('fix all applied to its own result changes nothing the second time', () => {
  let changedFirst = 0;
  fc.assert(
    fc.property(mutatedMarkdown(seeds, 3000), (text) => {
      const first = fixAll(text, lint(text, index));
      if (first.applied) changedFirst++;
      const second = lint(first.text, index);
      const again = fixAll(first.text, second);
      const rules = [...new Set(second.filter((m) => m.fix?.edits.some((e) => first.text.slice(e.start, e.end) !== e.text)).map((m) => m.ruleId))];
      assert.equal(again.applied, 0, `the second fix-all applied ${again.applied} more fix(es), from ${rules.join(', ')}`);
      assert.equal(again.text, first.text);
    }),
    params(777, 100),
  );
  assert.ok(changedFirst > 10, `the inputs had fixable messages (${changedFirst})`);
});
