/**
 * "Disable this rule" from the light bulb, as in cSpell: for the next line or
 * the whole file (an inline comment, the contract's syntax) or the workspace
 * (`.evidensplan.jsonc`, edited with jsonc-parser so comments survive). The
 * comment syntax itself is core/lint/disable.ts's, which the engine reads.
 */
import { applyEdits, modify, parseTree, findNodeAtLocation, type ParseError } from 'jsonc-parser';
import type { TextEdit } from '../lint/types.js';
import { lineBoundsAt } from '../plan/lines.js';
import { detectEol } from '../lint/eol.js';
import { directiveOnLine, formatDirective } from '../lint/disable.js';

function lineBounds(text: string, offset: number): { start: number; end: number } {
  return lineBoundsAt(text, offset);
}

/** CRLF if the text has any (mixed files lean to CRLF, as before), else its first line break (LF or a lone CR). */
function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : detectEol(text);
}

/**
 * Inserts `<!-- evidensplan-disable-next-line RULE -->` above the line holding
 * `offset` (with its indentation), or adds RULE to such a comment already there.
 */
export function disableNextLineEdit(text: string, offset: number, ruleId: string): TextEdit {
  const line = lineBounds(text, offset);
  if (line.start > 0) {
    const prev = lineBounds(text, line.start - 1);
    const d = directiveOnLine(text.slice(prev.start, prev.end));
    if (d?.kind === 'disable-next-line') {
      // No rules means all rules: nothing to add.
      if (!d.rules.length || d.rules.includes(ruleId)) return { start: prev.end, end: prev.end, text: '' };
      return { start: prev.start, end: prev.end, text: d.indent + formatDirective('disable-next-line', [...d.rules, ruleId]) };
    }
  }
  // Keep list-item and quote structure: indent like the line, after a list marker's width.
  const lineText = text.slice(line.start, line.end);
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return { start: line.start, end: line.start, text: `${indent}${formatDirective('disable-next-line', [ruleId])}${eol(text)}` };
}

/**
 * Inserts `<!-- evidensplan-disable RULE -->` at the top of the document, after
 * the front matter (which ends at `frontMatterEnd`, 0 when there is none), or
 * adds RULE to such a comment already there.
 */
export function disableFileEdit(text: string, ruleId: string, frontMatterEnd = 0): TextEdit {
  const nl = eol(text);
  let at = Math.max(0, Math.min(text.length, frontMatterEnd));
  if (at === 0 && text.charCodeAt(0) === 0xfeff) at = 1;
  // Move to the start of the next line if the front matter ends mid-line.
  if (at > 0 && at < text.length && text[at - 1] !== '\n') {
    const next = text.indexOf('\n', at);
    at = next < 0 ? text.length : next + 1;
  }
  // Skip blank lines after the front matter.
  let p = at;
  while (p < text.length) {
    const l = lineBounds(text, p);
    if (text.slice(l.start, l.end).trim() !== '') break;
    p = l.end + (text[l.end] === '\r' && text[l.end + 1] === '\n' ? 2 : 1);
  }
  if (p < text.length) {
    const l = lineBounds(text, p);
    const d = directiveOnLine(text.slice(l.start, l.end));
    // At the top of the file: a comment in column 1.
    if (d?.kind === 'disable' && !d.indent) {
      if (!d.rules.length || d.rules.includes(ruleId)) return { start: l.end, end: l.end, text: '' };
      return { start: l.start, end: l.end, text: formatDirective('disable', [...d.rules, ruleId]) };
    }
  }
  const needsLeadingNl = at > 0 && at === text.length && text[at - 1] !== '\n';
  return { start: at, end: at, text: `${needsLeadingNl ? nl : ''}${formatDirective('disable', [ruleId])}${nl}` };
}

export interface ConfigEditResult {
  /** The new file content. */
  text: string;
  /** Whether the rule was already off. */
  unchanged: boolean;
  /** Set when the existing file does not parse; then nothing is changed. */
  error?: string;
}

const NEW_CONFIG = `// Evidensplan configuration: rule severities (off | info | warning | error) and options.
// See docs/rules/<rule>.md for each rule.
{
  "rules": {}
}
`;

/**
 * Turns `ruleId` off in a `.evidensplan.jsonc` text (empty or missing: a new
 * file), keeping comments and formatting. A rule configured with options as
 * `[severity, options]` or `{ "severity": …, … }` keeps its options.
 */
export function disableRuleInConfig(configText: string | undefined, ruleId: string): ConfigEditResult {
  const source = configText && configText.trim() ? configText : NEW_CONFIG;
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length || root.type !== 'object') {
    return { text: configText ?? '', unchanged: true, error: 'parse' };
  }
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: source.includes('\r\n') ? '\r\n' : '\n' };
  const current = findNodeAtLocation(root, ['rules', ruleId]);
  let path: (string | number)[] = ['rules', ruleId];
  if (current?.type === 'array' && current.children?.length) path = ['rules', ruleId, 0];
  else if (current?.type === 'object') path = ['rules', ruleId, 'severity'];
  const existing = findNodeAtLocation(root, path);
  if (existing?.value === 'off') return { text: source, unchanged: true };
  const rulesNode = findNodeAtLocation(root, ['rules']);
  if (rulesNode && rulesNode.type !== 'object') {
    return { text: configText ?? '', unchanged: true, error: 'rules' };
  }
  const edits = modify(source, path, 'off', { formattingOptions });
  return { text: applyEdits(source, edits), unchanged: false };
}
