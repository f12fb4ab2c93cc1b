/**
 * unknown-locator: a citation of a known source whose locator resolves to
 * nothing, or that is malformed (`[@]`, `[@ks2021, lp. ]`, `[@ks2021 lp 3.5.1]`,
 * `[@ks2021]`). Fixes: the nearest valid locators by number and by the text
 * around the citation, each a suggestion; a missing comma is fixed outright.
 * A bare `[@ks2021]` is the whole report (valid, as in pandoc); pages
 * (`s. 42`) and ranges (`lp. 3.5.1–3.5.4`) are valid when they address findings.
 */
import { catalogue, translate } from '../../i18n.js';
import { resolveCitation } from '../../cite/resolve.js';
import { parseLocator, isLocatorError, formatCitation } from '../../corpus/locator.js';
import type { CitationItem } from '../../cite/types.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';
import { bestFindings, suggestionQuery } from '../rank.js';
import { perBlock, type Budget } from '../units.js';
import type { Fix } from '../types.js';

export const meta: RuleMeta = ruleMeta('unknown-locator')!;

const messages = catalogue('rule.unknown-locator');

type T = (k: keyof typeof messages, p?: Record<string, string>) => string;

/** Text-based suggestions cost a search each; past this many per document, only nearest-by-number. */
const MAX_TEXT_SEARCHES = 50;

/** Suggestions: nearest locators by number, then by the text around the citation. */
function locatorFixes(ctx: LintContext, searches: Budget, t: T, item: CitationItem, byNumber: string[], sentenceText: () => string, replaceStart: number, replaceEnd: number, prefix: string): Fix[] {
  const fixes: Fix[] = [];
  const seen = new Set<string>();
  for (const loc of byNumber.slice(0, 3)) {
    if (seen.has(loc)) continue;
    seen.add(loc);
    fixes.push({ title: t('fixUse', { locator: loc }), edits: [{ start: replaceStart, end: replaceEnd, text: prefix + loc }] });
  }
  const query = sentenceText();
  if (query.trim() && searches.take()) {
    for (const f of bestFindings(ctx, suggestionQuery(ctx, query), 2, seen)) {
      seen.add(f.locator);
      fixes.push({ title: t('fixUseText', { locator: f.locator }), edits: [{ start: replaceStart, end: replaceEnd, text: prefix + f.locator }] });
    }
  }
  void item;
  return fixes;
}

/** At most this many characters either side of a citation make its "by text" query. */
const AROUND = 300;

/**
 * The sentence around a citation, without the citation itself (the query for
 * "by text"), at most AROUND characters either side: a paragraph of 10,000
 * citations is one "sentence", and slicing all of it for each citation was
 * quadratic. Called only for citations that need suggestions.
 */
function textAround(ctx: LintContext, start: number, end: number): string {
  const s = ctx.plan.sentenceAt(start);
  if (!s) return '';
  const from = Math.max(s.start, start - AROUND);
  const to = Math.min(s.end, end + AROUND);
  return (ctx.plan.text.slice(from, start) + ' ' + ctx.plan.text.slice(end, to)).replace(/\[[^\]]*\]/g, ' ');
}

export function check(ctx: LintContext, report: Report): void {
  const t: T = (k, p = {}) => translate(messages, k, ctx.uiLanguage, p);
  const known = ctx.report.source.key;
  perBlock(ctx, meta.id, report, (unit, report, searches) => {
    for (const group of unit.groups) {
      for (const p of group.problems ?? []) {
        if (p.kind !== 'item-without-key') continue;
        const raw = ctx.text.slice(p.start, p.end);
        const parsed = parseLocator(raw);
        const fix: Fix | undefined = isLocatorError(parsed) ? undefined : { title: t('fixKey', { known }), edits: [{ start: p.start, end: p.end, text: `@${known}, ${parsed.canonical}` }] };
        report({ ruleId: meta.id, start: p.start, end: p.end, message: t('itemWithoutKey', { raw, known }), fix });
      }
      for (const item of group.items) {
        const r = resolveCitation(item, ctx.sources);
        if (r.status === 'unknown-source') continue; // unknown-source's business
        const around = () => textAround(ctx, group.start, group.end); // only for the failing ones
        if (r.status === 'ok') {
          if (item.problem?.kind === 'missing-comma' && item.locator) {
            const fixed = formatCitation(item.key, item.locator.canonical);
            report({
              ruleId: meta.id,
              start: group.start,
              end: group.end,
              message: t('missingComma', { fixed }),
              evidence: [r.finding.citation],
              fix: { title: t('fixComma', { fixed }), edits: [{ start: item.keyEnd, end: item.locatorEnd, text: `, ${item.locator.canonical}` }] },
            });
          }
          continue;
        }
        const evidence = (nearest: string[]) => nearest.slice(0, 3).map((l) => formatCitation(item.key, l));
        switch (r.reason) {
          case 'empty-key': {
            const start = item.keyStart - 1;
            const fix: Fix = { title: t('fixKey', { known }), edits: [{ start: item.keyStart, end: item.keyStart, text: known }] };
            report({ ruleId: meta.id, start, end: Math.max(start + 1, item.end), message: t('emptyKey', { known }), fix });
            break;
          }
          case 'no-locator': {
            if (item.authorInText && group.end === item.keyEnd) break; // a bare "@ks2021" names the report as a whole
            const fixes = locatorFixes(ctx, searches, t, item, [], around, item.keyEnd, item.keyEnd, ', ');
            report({ ruleId: meta.id, start: group.start, end: group.end, message: t('noLocator', { key: item.key }), suggestions: fixes });
            break;
          }
          case 'empty':
          case 'bad-number':
          case 'unknown-label': {
            const raw = item.locatorRaw;
            const key = r.reason === 'empty' ? 'empty' : r.reason === 'bad-number' ? 'badNumber' : 'unknownLabel';
            const start = raw ? item.locatorStart : group.start;
            const end = raw ? item.locatorEnd : group.end;
            const fixes = locatorFixes(ctx, searches, t, item, raw ? r.nearest : [], around, item.locatorStart, item.locatorEnd, item.locatorStart === item.locatorEnd ? ' ' : '');
            report({ ruleId: meta.id, start, end, message: t(key, { raw, key: item.key }), evidence: evidence(r.nearest), suggestions: fixes });
            break;
          }
          case 'backwards-range': {
            const loc = item.locator!;
            const fixed = `${loc.canonical.split(' ')[0]} ${loc.to!.value}–${loc.from!.value}`;
            report({
              ruleId: meta.id,
              start: item.locatorStart,
              end: item.locatorEnd,
              message: t('backwardsRange', { locator: loc.canonical, fixed }),
              suggestions: [{ title: fixed, edits: [{ start: item.locatorStart, end: item.locatorEnd, text: fixed }] }],
            });
            break;
          }
          case 'no-such-page': {
            const pages = ctx.report.findings.flatMap((f) => f.pages ?? []);
            const first = pages.length ? Math.min(...pages) : 1;
            const last = pages.length ? Math.max(...pages) : 1;
            report({ ruleId: meta.id, start: item.locatorStart, end: item.locatorEnd, message: t('noSuchPage', { locator: item.locator?.value ?? item.locatorRaw, first: String(first), last: String(last) }) });
            break;
          }
          case 'not-found': {
            const locator = item.locator?.canonical ?? item.locatorRaw;
            if (item.locator?.kind === 'range' && r.nearest.length) {
              report({
                ruleId: meta.id,
                start: item.locatorStart,
                end: item.locatorEnd,
                message: t('rangeNotFound', { locator, nearest: r.nearest.slice(0, 3).join(', ') }),
                evidence: evidence(r.nearest),
              });
              break;
            }
            const fixes = locatorFixes(ctx, searches, t, item, r.nearest, around, item.locatorStart, item.locatorEnd, '');
            const nearest = r.nearest.slice(0, 3);
            report({
              ruleId: meta.id,
              start: item.locatorStart,
              end: item.locatorEnd,
              message: nearest.length ? t('notFound', { locator, nearest: nearest.join(', ') }) : t('notFoundNone', { locator }),
              evidence: evidence(nearest),
              suggestions: fixes,
            });
            break;
          }
          default:
            break;
        }
      }
    }
  }, { budget: MAX_TEXT_SEARCHES, skip: (u) => !u.groups.length });
}

export default { meta, check } satisfies RuleModule;
