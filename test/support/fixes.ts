/** Synthetic lint messages with fixes, for the fix-all tests. */
import type { LintMessage } from '../../src/core/lint/index.js';

/** A message whose fix replaces [start, end) with `text`. */
export function msg(start: number, end: number, text: string): LintMessage {
  return { ruleId: 'r', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 1, start, end, message: 'm', evidence: [], fix: { title: 't', edits: [{ start, end, text }] } };
}

/** `n` lines "ord N Fylkesmannen.", each with a fix replacing its "Fylkesmannen". */
export function fixable(n: number): { text: string; messages: LintMessage[] } {
  let text = '';
  const messages: LintMessage[] = [];
  for (let i = 0; i < n; i++) {
    const line = `ord ${i} Fylkesmannen.\n\n`;
    const at = text.length + line.indexOf('Fylkesmannen');
    messages.push(msg(at, at + 'Fylkesmannen'.length, 'Statsforvalteren'));
    text += line;
  }
  return { text, messages };
}
