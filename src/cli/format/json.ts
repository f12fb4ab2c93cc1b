/** `lint --format json`: exactly the contract's shape (extra keys only inside `fix`). */
import type { LintResult } from '../../core/lint/types.js';

export interface JsonMessage {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  evidence: string[];
  fix?: { title: string; edits: { start: number; end: number; text: string }[] };
}

export function toJson(results: readonly LintResult[]): { file: string; messages: JsonMessage[] }[] {
  return results.map((r) => ({
    file: r.file,
    messages: r.messages.map((m) => {
      const o: JsonMessage = {
        ruleId: m.ruleId,
        severity: m.severity,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        evidence: m.evidence ?? [],
      };
      if (m.fix) o.fix = { title: m.fix.title, edits: m.fix.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) };
      return o;
    }),
  }));
}

export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(toJson(results), null, 2) + '\n';
}

/**
 * The JSON output written one file at a time, byte for byte what formatJson
 * gives for all of them: `open()`, then `entry(r)` per file, then `close()`.
 */
export class JsonStream {
  private count = 0;
  constructor(private readonly write: (s: string) => void) {}
  entry(r: LintResult): void {
    const [o] = toJson([r]);
    this.write(`${this.count++ ? ',\n' : '[\n'}  ${JSON.stringify(o, null, 2).replace(/\n/g, '\n  ')}`);
  }
  close(): void {
    this.write(this.count ? '\n]\n' : '[]\n');
  }
}
