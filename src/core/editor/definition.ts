/**
 * Go to Definition / Peek on a citation: the finding it resolves to. The VS
 * Code adapter turns the locator into a position in the report document
 * (report-document.ts knows each finding's line).
 */
import type { Finding } from '../model.js';
import type { EditorPlan, EditorReport, OffsetRange } from './types.js';
import { groupAt, itemAt, resolveItem } from './citations.js';

export interface DefinitionResult {
  finding: Finding;
  /** The range of the citation item in the plan (the origin of the link). */
  origin: OffsetRange;
}

/** The finding cited at `offset`; on a group's brackets, its first resolving item. Never throws. */
export function definitionAt(plan: EditorPlan, offset: number, report: EditorReport): DefinitionResult | undefined {
  try {
    const group = groupAt(plan, offset);
    if (!group) return undefined;
    const item = itemAt(group, offset);
    for (const it of item ? [item] : group.items) {
      const r = resolveItem(it, report);
      if (r.status === 'ok') return { finding: r.finding, origin: { start: it.start, end: it.end } };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
