/**
 * What the editor does with each new version of a plan, in one place, so the
 * benches (re-lint and completion on a keystroke) follow the core's API with a
 * one-line change here:
 * - `nextVersion(text, previous)`: the analysis of the new text, reusing the
 *   previous version's (today the plan model: `analyzePlan(text, previous)`);
 * - `lintVersion(version, env)`: lint of that version, reusing whatever the core
 *   keeps between versions (today `lintText(text, { plan })`).
 */
import { analyzePlan, type PlanModel } from '../src/core/plan/index.js';
import { lintText, type LintOptions } from '../src/core/lint/index.js';

/** The core's analysis of one version of a document. */
export type Version = PlanModel;

/** What lint needs besides the version: report, search, clock. */
export type LintEnv = Omit<LintOptions, 'plan'>;

export function nextVersion(text: string, previous?: Version): Version {
  return analyzePlan(text, previous);
}

export function lintVersion(version: Version, env: LintEnv): unknown[] {
  return lintText(version.text, { ...env, plan: version });
}

/**
 * `n` one-character edits spread over `text`, each applied to the result of the
 * one before (as typing does): an `x` typed before the first space at or after
 * each point. Yields the text after each edit and the offset just after the typed
 * character.
 */
export function* typing(text: string, n: number, char = 'x'): Generator<{ text: string; at: number }> {
  let t = text;
  for (let i = 0; i < n; i++) {
    const from = Math.floor(((i + 1) / (n + 1)) * t.length);
    const sp = t.indexOf(' ', from);
    const at = sp < 0 ? t.length : sp;
    t = `${t.slice(0, at)}${char}${t.slice(at)}`;
    yield { text: t, at: at + 1 };
  }
}
