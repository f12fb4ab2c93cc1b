/** Coverage as plain text that fits an 80-column terminal. */
import { translate, type UiLanguage } from '../i18n.js';
import { shortText } from '../snippets/learning-point.js';
import type { Coverage, CoverageGroup } from './compute.js';
import { coverageMessages as M } from './messages.js';

/** "Læringspunkter – kriseledelse og beredskap" → "Kriseledelse og beredskap". */
export function shortGroupTitle(title: string): string {
  const t = title
    .replace(/^\s*læringspunkt(?:er)?\s*(?:[-–—:]\s*)?/iu, '')
    .replace(/^for\s+/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return title.trim();
  return t[0].toLocaleUpperCase('nb') + t.slice(1);
}

export function percent(covered: number, total: number): number {
  return total ? Math.round((covered / total) * 100) : 0;
}

function bar(covered: number, total: number, width: number): string {
  const full = total ? Math.round((covered / total) * width) : 0;
  return '█'.repeat(full) + '░'.repeat(width - full);
}

function fit(s: string, width: number): string {
  if (s.length <= width) return s.padEnd(width);
  return `${s.slice(0, width - 1)}…`;
}

export function groupLabel(g: CoverageGroup): string {
  return `${g.section} ${shortGroupTitle(g.title)}`;
}

/** At most `width` columns per line (default 80). */
export function formatCoverageText(file: string, c: Coverage, lang: UiLanguage = 'nb', width = 80): string {
  const w = Math.max(60, width);
  const out: string[] = [];
  const n = c.covered.length;
  out.push(fit(file, w).trimEnd());
  out.push(translate(M, 'summary', lang, { covered: n, total: c.total, percent: percent(n, c.total) }));
  if (c.headingsOnly) out.push(translate(M, 'headingsOnly', lang));
  out.push('');
  const barWidth = 20;
  const labelWidth = w - 2 - 1 - barWidth - 1 - 5 - 1 - 5; // "  label bar  x/y  nnn %"
  for (const g of c.groups) {
    const counts = `${g.covered}/${g.total}`.padStart(5);
    const pct = `${percent(g.covered, g.total)} %`.padStart(5);
    out.push(`  ${fit(groupLabel(g), labelWidth)} ${bar(g.covered, g.total, barWidth)} ${counts} ${pct}`.trimEnd());
  }
  out.push('');
  if (!c.uncovered.length) {
    out.push(translate(M, 'allCovered', lang));
  } else {
    out.push(translate(M, 'uncoveredHeading', lang, { count: c.uncovered.length }));
    const locWidth = 11;
    for (const g of c.groups) {
      for (const it of g.items) {
        if (it.how) continue;
        const room = w - 2 - locWidth - 1;
        out.push(`  ${it.locator.padEnd(locWidth)} ${shortText(it.text, room)}`.trimEnd());
      }
    }
  }
  return `${out.join('\n')}\n`;
}
