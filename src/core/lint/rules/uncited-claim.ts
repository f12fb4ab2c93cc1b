/**
 * uncited-claim: a sentence that claims survey or report evidence
 * ("undersøkelsen viser", "x % av kommunene", "fleirtalet av kommunane") with no
 * citation. Suggestions: the three best-matching findings, each inserted as a
 * citation at the end of the sentence, before the full stop.
 */
import claims from '../../../../resources/lint/claims.json' with { type: 'json' };
import { catalogue, translate } from '../../i18n.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';
import { bestFindings, suggestionQuery } from '../rank.js';
import { perBlock } from '../units.js';
import { planNumbers, TOLERANCE, type PlanNumber } from '../plan-numbers.js';
import type { Finding } from '../../model.js';

/** A share in percent (a fraction as percent), or undefined for counts. */
const share = (n: { unit: string; value: number }) => (n.unit === 'percent' ? n.value : n.unit === 'fraction' ? n.value * 100 : undefined);

/**
 * A suggestion must not state a different figure: when the claim gives a share
 * ("nær 60 % av kommunene"), a passage stating shares none of which is close
 * (its own text and footnotes) is left out; passages stating no shares stay.
 */
function agreesWithClaim(ctx: { report: { get(l: string): Finding | undefined } }, f: Finding, claimed: PlanNumber[]): boolean {
  const want = claimed.map(share).filter((x): x is number => x !== undefined);
  if (!want.length) return true;
  const stated = statedShares(ctx.report, f);
  if (!stated.length) return true;
  return want.some((w) => stated.some((v) => Math.abs(v - w) <= TOLERANCE.fractionVsPercent));
}

/** The shares a passage states (its own text and footnotes); the report is data, so kept per finding. */
const sharesOf = new WeakMap<Finding, number[]>();
function statedShares(report: { get(l: string): Finding | undefined }, f: Finding): number[] {
  let stated = sharesOf.get(f);
  if (stated) return stated;
  const facts = [...(f.numbers ?? []), ...planNumbers(f.text, 0, f.text.length)];
  for (const n of f.footnotes ?? []) {
    const fn = report.get(`fn. ${n}`);
    if (fn) facts.push(...(fn.numbers ?? []), ...planNumbers(fn.text, 0, fn.text.length));
  }
  stated = facts.map(share).filter((x): x is number => x !== undefined);
  sharesOf.set(f, stated);
  return stated;
}

export const meta: RuleMeta = ruleMeta('uncited-claim')!;

const messages = catalogue('rule.uncited-claim');

/** `\b` in the data means a Unicode word boundary (JavaScript's `\b` is ASCII-only: "på" would not end a word). */
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const PATTERNS = claims.patterns.map((p) => new RegExp(p.re.replace(/\\b/g, BOUNDARY), 'iu'));
/**
 * Any of the patterns, without their word boundaries (which only narrow a match): most sentences
 * claim nothing, and this one quick test, free of look-behinds, tells.
 */
const ANY = new RegExp(claims.patterns.map((p) => `(?:${p.re.replace(/\\b/g, '')})`).join('|'), 'iu');
const MAX_SENTENCE = 2000;
/** Suggestions cost a search each; past this many claims per document, the message comes without them. */
const MAX_SEARCHES = 100;

export function check(ctx: LintContext, report: Report): void {
  const t = (k: keyof typeof messages, p: Record<string, string> = {}) => translate(messages, k, ctx.uiLanguage, p);
  const maxSuggestions = typeof ctx.options.suggestions === 'number' && ctx.options.suggestions >= 0 ? Math.min(10, ctx.options.suggestions) : 3;
  // Headings are titles, not claims; a claim is a sentence of a paragraph or a table cell.
  perBlock(ctx, meta.id, report, (unit, report, searches) => {
    for (const s of unit.sentences) {
      if (ctx.plan.citationsIn(s.start, s.end).length) continue;
      const text = ctx.text.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE));
      const claim = claimIn(text);
      if (!claim) continue;
      // Insert before the closing full stop (and any closing quote marks before it).
      let at = s.end;
      while (at > s.start && /[.!?…]/.test(ctx.text[at - 1])) at--;
      const claimed = planNumbers(text, 0, text.length);
      const found = searches.take() ? bestFindings(ctx, suggestionQuery(ctx, text), maxSuggestions + 6).filter((f) => agreesWithClaim(ctx, f, claimed)).slice(0, maxSuggestions) : [];
      const suggestions = found.map((f) => ({ title: t('fix', { citation: f.citation }), edits: [{ start: at, end: at, text: ` ${f.citation}` }] }));
      const start = s.start + claim.index;
      report({
        start,
        end: start + claim[0].length,
        message: found.length ? t('uncited', { claim: claim[0], suggestion: found[0].citation }) : t('uncitedNone', { claim: claim[0] }),
        evidence: found.map((f) => f.citation),
        suggestions,
      });
    }
  }, { budget: MAX_SEARCHES, skip: (u) => u.kind === 'heading' || u.kind === 'rest' });
}

/** The first claim pattern that matches `text`. */
function claimIn(text: string): RegExpExecArray | null {
  if (!ANY.test(text)) return null;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

export default { meta, check } satisfies RuleModule;
