/**
 * Finding the citation under the cursor and saying what it points to, or why it
 * points to nothing. Shared by hover, definition and references.
 */
import type { CitationGroup, CitationItem } from '../cite/types.js';
import { resolveCitation, type Resolution } from '../cite/resolve.js';
import type { SourceIndex } from '../cite/source.js';
import type { UiLanguage } from '../i18n.js';
import type { EditorPlan, EditorReport } from './types.js';
import { t } from './messages.js';
import { rangeAt } from '../plan/ranges.js';

/** The group whose range holds `offset` (end inclusive, so the cursor just after `]` counts). */
export function groupAt(plan: EditorPlan, offset: number): CitationGroup | undefined {
  const groups = plan.citations;
  // Groups are in document order and do not overlap; the caret just after `]` is still on the group.
  return rangeAt(groups, offset, 'inclusive');
}

/** The item under `offset`, or undefined when the cursor is on the group's brackets or separators. */
export function itemAt(group: CitationGroup, offset: number): CitationItem | undefined {
  return group.items.find((it) => offset >= it.start && offset <= it.end);
}

/** Every source a citation may name: the report, and the writer's when `report` carries them (core/sources SourceSet). */
export function sourcesOf(report: SourceIndex): ReadonlyMap<string, SourceIndex> {
  return (report as { sources?: ReadonlyMap<string, SourceIndex> }).sources ?? new Map([[report.source.key, report]]);
}

export function resolveItem(item: CitationItem, report: EditorReport): Resolution {
  try {
    return resolveCitation(item, sourcesOf(report));
  } catch {
    return { status: 'malformed', reason: 'empty', nearest: [] };
  }
}

/** The canonical locator a citation item resolves to, if any. */
export function resolvedLocator(item: CitationItem, report: EditorReport): string | undefined {
  const r = resolveItem(item, report);
  return r.status === 'ok' ? r.finding.locator : undefined;
}

/** Why an item does not resolve, in the UI language (one sentence), plus nearest valid alternatives. */
export function explainUnresolved(
  item: CitationItem,
  resolution: Exclude<Resolution, { status: 'ok' }>,
  report: EditorReport,
  lang: UiLanguage,
): { message: string; nearest: string[] } {
  const key = item.key || report.source.key;
  const locator = item.locatorRaw.replace(/\s+/g, ' ').trim();
  const problem = explainProblem(item, report, lang);
  if (problem) return { message: problem, nearest: resolution.nearest };
  switch (resolution.reason) {
    case 'empty-key':
      return { message: t('emptyKey', lang), nearest: [] };
    case 'unknown-key':
      return {
        message: t('unknownSource', lang, { key: item.key, known: `@${report.source.key}` }),
        nearest: resolution.nearest,
      };
    case 'no-locator':
    case 'empty':
      return { message: t('noLocator', lang, { key }), nearest: resolution.nearest };
    case 'bad-number':
      return { message: t('badNumber', lang, { locator }), nearest: resolution.nearest };
    case 'unknown-label':
      return { message: t('unknownLabel', lang, { locator }), nearest: resolution.nearest };
    case 'not-found':
    default:
      return {
        message: t('unknownLocator', lang, { locator: item.locator?.canonical ?? locator }),
        nearest: resolution.nearest,
      };
  }
}

/** A syntax problem of an item that may still resolve (`[@ks2021 lp 3.5.1]`), explained; undefined when none. */
export function explainProblem(item: CitationItem, report: EditorReport, lang: UiLanguage): string | undefined {
  if (item.problem?.kind !== 'missing-comma') return undefined;
  const key = item.key || report.source.key;
  const canonical = item.locator?.canonical ?? item.locatorRaw.replace(/\s+/g, ' ').trim();
  return t('missingComma', lang, { key, locator: canonical || 'lp. 3.5.1' });
}
