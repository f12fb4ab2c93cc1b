/**
 * Topic evidence read chunk by chunk (each chunk's units and vocabulary hits kept
 * with the chunk and reused by every version holding it) equals the evidence read
 * from a whole parse, on the example plans, generated plans and after edits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzePlan, type PlanModel } from '../../src/core/plan/analyze.js';
import { requiredElements, topicsAddressed } from '../../src/core/topics/index.js';
import { generatePlan } from '../../bench/gen.js';

const examples = ['overordnet-beredskapsplan.md', 'pandemiplan.md', 'smittevernplan-nynorsk.md'].map((f) =>
  readFileSync(join(import.meta.dirname, '../../examples', f), 'utf8'),
);

const evidence = (m: PlanModel) => ({ topics: topicsAddressed(m, m.language, { plantype: m.frontmatter.plantype }), section4: requiredElements(m, m.language) });
const whole = (text: string) => analyzePlan(text, undefined, { blocks: false });

test('topic evidence and § 4 elements read chunk by chunk equal the whole parse (examples, generated plans, a byte-order mark)', () => {
  for (const text of [...examples, generatePlan({ bytes: 40_000, seed: 3 }), `\uFEFF- ${examples[1]}`]) {
    assert.deepEqual(evidence(analyzePlan(text)), evidence(whole(text)));
  }
});

test('random edits: topic evidence of each version, from the previous one, equals the whole parse (fixed seed)', () => {
  const pieces = ['\n', '\n\n', '\n\nSmittevern og vaksinasjon ', 'evakuering ', 'varsle befolkningen ', '`kriseledelsen` ', 'Kriseledelse ', '# Smittevern\n', '- ', '`', '<!--', '-->', '[@ks2021, lp. 3.5.1]', 'beredskap ', '\r\n', 'x'];
  const base = examples[1];
  fc.assert(
    fc.property(
      fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), ins: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }) }), { minLength: 1, maxLength: 6 }),
      (edits) => {
        let text = base;
        let prev = analyzePlan(text);
        evidence(prev);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.ins.join('') + text.slice(at + e.del);
          prev = analyzePlan(text, prev);
          assert.deepEqual(evidence(prev), evidence(whole(text)), JSON.stringify(e));
        }
      },
    ),
    { seed: 99, numRuns: 60 },
  );
});
