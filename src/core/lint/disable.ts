/**
 * Inline comments that silence rules:
 *   <!-- evidensplan-disable RULE… -->            from here on (no RULE: all rules)
 *   <!-- evidensplan-enable RULE… -->             from here on again
 *   <!-- evidensplan-disable-next-line RULE… -->  only the next line
 * Comments inside code are ignored: only HTML the Markdown parser sees counts.
 */
import type { PlanModel } from '../plan/analyze.js';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty: all rules. */
  rules: string[];
  offset: number;
  /** The line the comment ends on (1-based). */
  line: number;
}

const RE = /<!--\s*evidensplan-(disable-next-line|disable|enable)\b([^]*?)-->/g;

export function findDirectives(plan: PlanModel): Directive[] {
  const out: Directive[] = [];
  const text = plan.text;
  const ranges = htmlRanges(plan);
  for (const r of ranges) {
    const chunk = text.slice(r.start, r.end);
    if (!chunk.includes('evidensplan-')) continue;
    RE.lastIndex = 0;
    for (let m = RE.exec(chunk); m; m = RE.exec(chunk)) {
      const rules = m[2].split(/[\s,]+/).filter(Boolean);
      const endOffset = r.start + m.index + m[0].length;
      out.push({ kind: m[1] as Directive['kind'], rules, offset: r.start + m.index, line: plan.lineCol(endOffset).line });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function htmlRanges(plan: PlanModel): { start: number; end: number }[] {
  if (!plan.tree) return plan.excluded;
  const out: { start: number; end: number }[] = [];
  const stack: unknown[] = [plan.tree];
  while (stack.length) {
    const n = stack.pop() as { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] };
    if (n.type === 'html' && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) {
      out.push({ start: n.position.start.offset, end: n.position.end.offset });
    }
    if (n.children) for (const c of n.children) stack.push(c);
  }
  return out;
}

/** A predicate: is `ruleId` silenced at `offset` (on `line`)? */
export function disabledAt(directives: Directive[]): (ruleId: string, offset: number, line: number) => boolean {
  if (!directives.length) return () => false;
  return (ruleId, offset, line) => {
    let off = false;
    for (const d of directives) {
      const applies = !d.rules.length || d.rules.includes(ruleId);
      if (!applies) continue;
      if (d.kind === 'disable-next-line') {
        if (d.line + 1 === line) return true;
        continue;
      }
      if (d.offset > offset) break;
      off = d.kind === 'disable';
    }
    return off;
  };
}
