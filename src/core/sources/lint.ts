/**
 * Problems with the writer's sources as lint messages: those about a file the
 * plan's front matter names (`bibliography:`, `references:`) go on that key in
 * the plan; the others (a source folder, a config's bibliography) on their own
 * file. Engine-level id `sources`: not a rule, so it cannot be configured off,
 * like `front-matter` and `encoding`.
 */
import type { UiLanguage } from '../i18n.js';
import type { LintMessage } from '../lint/types.js';
import type { PlanModel } from '../plan/analyze.js';
import { problemMessage } from './messages.js';
import type { SourceProblem } from './types.js';

export const SOURCES_ID = 'sources';

/** Paths inside a problem's parameters (`path`, `other`, `base`) as the face shows them. */
function displayParams(params: Record<string, string>, display: (file: string) => string): Record<string, string> {
  const out = { ...params };
  for (const k of ['path', 'base']) if (out[k]) out[k] = display(out[k]);
  if (out.other && /:\d+$/.test(out.other)) {
    const i = out.other.lastIndexOf(':');
    out.other = `${display(out.other.slice(0, i))}${out.other.slice(i)}`;
  }
  return out;
}

/** Whether a problem belongs in the plan (at a front-matter key) rather than on its own file. */
export function isPlanProblem(p: SourceProblem): boolean {
  return p.planKey !== undefined;
}

/** Messages for the plan: one per problem with a `planKey`, at that key's line. */
export function planSourceMessages(problems: readonly SourceProblem[], plan: PlanModel, lang: UiLanguage = 'nb', display: (file: string) => string = (f) => f): LintMessage[] {
  const out: LintMessage[] = [];
  for (const p of problems) {
    if (!p.planKey) continue;
    const range = plan.frontmatter.keyRange(p.planKey) ?? { start: 0, end: 0 };
    const a = plan.lineCol(range.start);
    const b = plan.lineCol(range.end);
    const file = display(p.file);
    const where = p.file && p.code !== 'missing-file' && p.code !== 'bad-value' && p.line > 1 ? ` (${file}:${p.line}:${p.column})` : '';
    out.push({
      ruleId: SOURCES_ID,
      severity: p.severity,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      start: range.start,
      end: range.end,
      message: problemMessage({ ...p, file, params: displayParams(p.params, display) }, lang) + (p.code === 'bib-syntax' ? '' : where),
      evidence: [],
    });
  }
  return out;
}

/** Messages on the source files themselves, grouped by file (for `lint`, `sources check` and the editor). */
export function fileSourceMessages(problems: readonly SourceProblem[], lang: UiLanguage = 'nb', display: (file: string) => string = (f) => f): Map<string, LintMessage[]> {
  const out = new Map<string, LintMessage[]>();
  for (const p of problems) {
    if (p.planKey) continue;
    let list = out.get(p.file);
    if (!list) out.set(p.file, (list = []));
    list.push({
      ruleId: SOURCES_ID,
      severity: p.severity,
      line: p.line,
      column: p.column,
      endLine: p.line,
      endColumn: p.column,
      start: 0,
      end: 0,
      message: problemMessage({ ...p, file: display(p.file), params: displayParams(p.params, display) }, lang),
      evidence: [],
    });
  }
  for (const list of out.values()) list.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}
