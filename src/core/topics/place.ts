/** Where plan-level diagnostics go: the title line (the first heading, else the first line after the front matter). */
import { endOfDocumentEdits, endOfDocumentInsertion } from '../plan/append.js';

export interface TitlePlanLike {
  text: string;
  headings: ReadonlyArray<{ start: number; end: number; depth: number }>;
  frontmatter?: { present: boolean; end: number };
}

export function titleRange(plan: TitlePlanLike): { start: number; end: number } {
  const text = plan.text ?? '';
  const h1 = plan.headings.find((h) => h.depth === 1) ?? plan.headings[0];
  if (h1) {
    const nl = text.indexOf('\n', h1.start);
    return { start: h1.start, end: Math.min(h1.end, nl < 0 ? text.length : nl) };
  }
  let start = plan.frontmatter?.present ? plan.frontmatter.end : 0;
  // Skip blank lines after the front matter.
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  if (start >= text.length) start = 0;
  const nl = text.indexOf('\n', start);
  let end = nl < 0 ? text.length : nl;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

/**
 * An insertion at the end of the text, separated from it by one blank line,
 * after closing a code fence, comment or HTML block the text leaves open (see
 * plan/append.ts: the one end-of-document insertion point).
 */
export function appendEdit(text: string, block: string): { start: number; end: number; text: string } {
  return endOfDocumentInsertion(text, block);
}

/** appendEdit as separate edits: the closer of an open construct apart, so several sections added at once close it once. */
export function appendEdits(text: string, block: string): Array<{ start: number; end: number; text: string }> {
  return endOfDocumentEdits(text, block);
}
