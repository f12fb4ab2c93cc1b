/**
 * The inline disable comments, read and written here and nowhere else:
 *   <!-- evidensplan-disable RULE… -->            from here on (no RULE: all rules)
 *   <!-- evidensplan-enable RULE… -->             from here on again
 *   <!-- evidensplan-disable-next-line RULE… -->  only the next line
 * The lint engine reads them (`findDirectives`, `disabledAt`); the editor's
 * "disable this rule" actions (core/editor/disable.ts) write them
 * (`formatDirective`) and extend one already on a line (`directiveOnLine`).
 * Comments inside code are ignored: only HTML the Markdown parser sees counts.
 */
import type { PlanModel } from '../plan/analyze.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: all rules. */
  rules: string[];
  offset: number;
  /** The line the comment ends on (1-based). */
  line: number;
}

const PREFIX = 'evidensplan-';
/** A directive anywhere in an HTML node (the reader is lenient: rules separated by spaces or commas). */
const DIRECTIVE = /<!--\s*evidensplan-(disable-next-line|disable|enable)\b([^]*?)-->/g;
/** A line that holds one directive and nothing else (the writer's view: rules are ids separated by spaces). */
const DIRECTIVE_LINE = /^([ \t]*)<!--\s*evidensplan-(disable-next-line|disable|enable)((?:\s+[\w-]+)*)\s*-->[ \t]*$/;

/** The comment for `kind` and `rules` (no rules: all rules). */
export function formatDirective(kind: DirectiveKind, rules: readonly string[] = []): string {
  return `<!-- ${PREFIX}${kind}${rules.length ? ` ${rules.join(' ')}` : ''} -->`;
}

/** The directive a line holds on its own (with its indentation), or undefined. */
export function directiveOnLine(line: string): { kind: DirectiveKind; rules: string[]; indent: string } | undefined {
  const m = DIRECTIVE_LINE.exec(line);
  if (!m) return undefined;
  return { kind: m[2] as DirectiveKind, rules: m[3].trim().split(/\s+/).filter(Boolean), indent: m[1] };
}

/** Directives in an HTML node's text starting at `offset`. */
function directivesIn(chunk: string, offset: number, lineOf: (o: number) => number, out: Directive[]): void {
  if (!chunk.includes(PREFIX)) return;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(chunk); m; m = DIRECTIVE.exec(chunk)) {
    const rules = m[2].split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as DirectiveKind, rules, offset: offset + m.index, line: lineOf(offset + m.index + m[0].length) });
  }
}

export function findDirectives(plan: PlanModel): Directive[] {
  const out: Directive[] = [];
  const text = plan.text;
  // Cheap exit: most plans have none.
  if (!text.includes(PREFIX)) return out;
  const lineOf = (o: number) => plan.lineCol(o).line;
  for (const r of plan.html) directivesIn(text.slice(r.start, r.end), r.start, lineOf, out);
  return out.sort((a, b) => a.offset - b.offset);
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
