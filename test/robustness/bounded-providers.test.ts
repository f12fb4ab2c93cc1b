/**
 * No call can block the extension host: every editor provider is driven over
 * the robustness shapes (bench/shapes.ts: blank first lines, unclosed fences,
 * HTML and comments, CR-only and mixed line ends, a BOM, `...` front matter,
 * many short lists, deep nesting, long tables) at several offsets each, in a
 * worker with a per-call bound; a call that does not return fails the test
 * naming the provider, the input and the offset.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runBounded, type BoundedCall } from '../support/bounded.js';
import { PROVIDERS } from '../support/providers.js';
import { robustnessInputs } from '../../bench/shapes.js';

const module = new URL('../support/providers.ts', import.meta.url);

/** Offsets worth probing: the ends, the first line break, just after each `[@`, and a few spread over the text. */
function offsets(text: string): number[] {
  const out = new Set<number>([0, 1, text.length, Math.max(0, text.length - 1), text.length >> 1]);
  const nl = text.search(/[\r\n]/);
  if (nl >= 0) out.add(nl).add(nl + 1);
  for (let i = text.indexOf('[@'); i >= 0 && out.size < 12; i = text.indexOf('[@', i + 1)) out.add(i + 2);
  return [...out].filter((o) => o >= 0 && o <= text.length).sort((a, b) => a - b);
}

test('every provider returns at every probed offset of every robustness input', async () => {
  const inputs = robustnessInputs();
  const texts = inputs.map(([, t]) => t);
  const calls: BoundedCall[] = [];
  texts.forEach((t, i) => {
    for (const offset of offsets(t)) for (const kind of PROVIDERS) calls.push({ kind, text: i, offset });
  });
  const outcome = await runBounded(module, texts, calls);
  assert.equal(outcome.stuck, undefined, `a provider call did not return: ${outcome.stuck?.label} (input "${inputs[outcome.stuck?.text ?? 0][0]}")`);
  assert.deepEqual(outcome.threw.map((c) => `${c.kind}@${c.offset} of "${inputs[c.text][0]}": ${c.error.split('\n')[0]}`), []);
  assert.equal(outcome.done, calls.length);
});

test('the bound catches a call that never returns (the completion hang of a blank first line)', async () => {
  // The reproducer of issue 14's first defect, through the completion provider.
  const text = '\nKommunen skal ha lager av smittevernutstyr [@';
  const outcome = await runBounded(module, [text], [{ kind: 'completion', text: 0, offset: text.length }]);
  assert.equal(outcome.stuck, undefined, 'completion after a blank first line returns');
  assert.equal(outcome.done, 1);
});
