/**
 * Shared by the corpus tests: the report parsed once from the bundled text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseReport } from '../../src/build/corpus/parse.js';
import type { Report } from '../../src/core/model.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const source = readFileSync(path.join(root, 'resources/report/ks2021.txt'), 'utf8');
export const meta = JSON.parse(readFileSync(path.join(root, 'resources/report/ks2021.meta.json'), 'utf8'));
export const layout = JSON.parse(readFileSync(path.join(root, 'resources/report/ks2021.layout.json'), 'utf8'));

export const subheadings: { line: number; text: string; section: string }[] = [];
let cached: Report | undefined;
export function report(): Report {
  cached ??= parseReport(source, meta, { subheading: (h) => subheadings.push(h) });
  return cached;
}

/** 0-based start offsets of every source line. */
export const lineStarts: number[] = (() => {
  const out = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') out.push(i + 1);
  return out;
})();

/** 1-based line of an offset. */
export function lineAt(offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function lineText(line: number): string {
  const s = lineStarts[line - 1];
  const e = line < lineStarts.length ? lineStarts[line] - 1 : source.length;
  return source.slice(s, e);
}

export function find(locator: string) {
  const f = report().findings.find((x) => x.locator === locator);
  if (!f) throw new Error(`no finding ${locator}`);
  return f;
}
