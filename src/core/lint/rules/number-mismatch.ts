/**
 * number-mismatch: a percentage ("75 %", "75 prosent", "75 pst."), fraction
 * ("halvparten", "to av tre", "én av fire") or count ("245 kommuner") in the
 * clause that carries a citation, that the cited passage, footnotes included,
 * does not state. Only numbers of a kind the passage states are checked: a
 * percentage or share when it states percentages or shares, a count of
 * municipalities when it counts municipalities — so a local figure ("Fjellvik
 * har 12 000 innbyggere") next to a citation is left alone. Years, dates and
 * locator numbers never count. The message lists what the passage does state.
 */
import { catalogue, translate } from '../../i18n.js';
import type { Finding, NumberFact } from '../../model.js';
import { perBlock } from '../units.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';
import { citedIn } from '../cited.js';
import { clauses, countKind, planNumbers, TOLERANCE, type PlanNumber } from '../plan-numbers.js';
import type { Fix } from '../types.js';

export const meta: RuleMeta = ruleMeta('number-mismatch')!;

const messages = catalogue('rule.number-mismatch');

interface Fact {
  value: number;
  unit: NumberFact['unit'];
  raw: string;
  /** For a count: what it counts (countKind). */
  kind: number;
}

function matches(n: PlanNumber, f: Fact): boolean {
  if (n.unit === 'percent') {
    if (f.unit === 'percent') return Math.abs(n.value - f.value) <= TOLERANCE.percent;
    if (f.unit === 'fraction') return Math.abs(n.value - 100 * f.value) <= TOLERANCE.fractionVsPercent;
    return false;
  }
  if (n.unit === 'fraction') {
    if (f.unit === 'fraction') return Math.abs(n.value - f.value) <= TOLERANCE.fraction;
    if (f.unit === 'percent') return Math.abs(100 * n.value - f.value) <= TOLERANCE.fractionVsPercent;
    return false;
  }
  return f.unit === 'count' && n.value === f.value;
}

/** Numbers each passage states (the report is data: kept per finding for the process). */
const passageFactCache = new WeakMap<Finding, Fact[]>();
function passageFacts(p: Finding): Fact[] {
  let all = passageFactCache.get(p);
  if (!all) {
    all = [...(p.numbers ?? []), ...planNumbers(p.text, 0, p.text.length)].map((f) => ({ value: f.value, unit: f.unit, raw: f.raw, kind: f.unit === 'count' ? countKind(f.raw) : -1 }));
    passageFactCache.set(p, all);
  }
  return all;
}

const fmt = (v: number) => String(Math.round(v * 10) / 10).replace('.', ',');

export function check(ctx: LintContext, report: Report): void {
  const t = (k: keyof typeof messages, p: Record<string, string> = {}) => translate(messages, k, ctx.uiLanguage, p);
  const factsOf = (cited: ReturnType<typeof citedIn>[number]['cited']): Fact[] => {
    const facts: Fact[] = [];
    const seen = new Set<string>();
    for (const c of cited) {
      for (const p of c.passages) {
        for (const f of passageFacts(p)) {
          const k = `${f.unit}:${f.value}:${f.kind}`;
          if (seen.has(k)) continue;
          seen.add(k);
          facts.push(f);
        }
      }
    }
    return facts;
  };
  perBlock(ctx, meta.id, report, (unit, report) => {
    for (const s of unit.sentences) {
      const groups = ctx.plan.citationsIn(s.start, s.end);
      if (!groups.length) continue;
      const parts = clauses(ctx.text, s.start, s.end);
      // Citations by the clause that carries them (one pass; numbers read once per clause).
      const byClause = new Map<number, ReturnType<typeof citedIn>>();
      let ci = 0;
      for (const entry of citedIn(ctx, s.start, s.end)) {
        if (!entry.cited.length) continue;
        while (ci < parts.length - 1 && parts[ci].end <= entry.group.start) ci++;
        const list = byClause.get(ci) ?? [];
        list.push(entry);
        byClause.set(ci, list);
      }
      for (const [idx, entries] of byClause) {
        // The clause that carries these citations; numbers elsewhere in the sentence are the writer's own.
        const clause = parts[idx] ?? { start: s.start, end: s.end };
        const nums = planNumbers(ctx.text, clause.start, clause.end, entries.map((e) => e.group));
        if (!nums.length) continue;
        const cited = entries.flatMap((e) => e.cited);
        const facts = factsOf(cited);
        const citation = [...new Set(cited.map((c) => c.finding.citation))].join(', ');
        for (const n of nums) {
          // Only numbers of a kind the passage states: shares against shares, counts against counts of the same thing.
          const kind = n.unit === 'count' ? countKind(n.raw) : -1;
          const sameKind = facts.filter((f) => (n.unit === 'count' ? f.unit === 'count' && f.kind === kind : f.unit !== 'count'));
          if (!sameKind.length) continue;
          if (sameKind.some((f) => matches(n, f))) continue;
          const stated = [...new Set(sameKind.map((f) => f.raw.trim()))].slice(0, 8);
          let fix: Fix | undefined;
          const candidates = [...new Set(sameKind.filter((f) => f.unit === n.unit).map((f) => f.value))];
          if (n.unit !== 'fraction' && candidates.length === 1) {
            const digits = /^\d+(?:[.,]\d+)?(?:[ \u00a0]\d{3})*/.exec(ctx.text.slice(n.start, n.end));
            if (digits) {
              const value = fmt(candidates[0]);
              fix = { title: t('fix', { value }), edits: [{ start: n.start, end: n.start + digits[0].length, text: value }] };
            }
          }
          report({
            ruleId: meta.id,
            start: n.start,
            end: n.end,
            message: t('mismatch', { number: n.raw.trim(), citation, stated: stated.join('; ') }),
            evidence: [...new Set(cited.map((c) => c.finding.citation))],
            fix,
          });
        }
      }
    }
  }, { skip: (u) => !u.groups.length });
}

export default { meta, check } satisfies RuleModule;
