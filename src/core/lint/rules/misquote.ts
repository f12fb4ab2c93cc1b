/**
 * misquote: quoted text in the same sentence as a citation that the cited
 * passage does not contain, after normalising case, whitespace, typographic
 * quotes, hyphenation and footnote markers. A faithful excerpt with ellipses
 * ("[…]", "...") and editorial brackets ("[k]ommunene", "[kommunen]") passes;
 * quotes under three words are ignored. A quote in the other written standard
 * (the report's Bokmål rendered in Nynorsk) is an info note, not a warning. The
 * message shows the closest passage; the fix puts that passage in the quote,
 * its first letter in the case the writer gave it (no capital mid-sentence).
 */
import { catalogue, translate } from '../../i18n.js';
import type { Finding } from '../../model.js';
import type { LintContext } from '../context.js';
import type { Report, RuleMeta, RuleModule } from '../rule.js';
import { ruleMeta } from './meta.js';
import { citedNear } from '../cited.js';
import { quotesIn } from '../quotes.js';
import { perBlock } from '../units.js';
import { findRun, splitEllipses, tokenize, type Token } from '../textnorm.js';
import { NynorskNormalizer } from '../../search/nynorsk.js';

export const meta: RuleMeta = ruleMeta('misquote')!;

const messages = catalogue('rule.misquote');

const MIN_WORDS = 3;
const MAX_QUOTE_WORDS = 400;
const MAX_PASSAGE_TOKENS = 20_000;
const FIX_THRESHOLD = 0.4;

interface Window {
  finding: Finding;
  score: number;
  start: number;
  end: number;
}

/** The window of `tokens` (length of the quote) sharing most words with the quote. */
function bestWindow(finding: Finding, tokens: Token[], quote: string[]): Window | undefined {
  if (!tokens.length) return undefined;
  const L = Math.min(quote.length, tokens.length);
  const need = new Map<string, number>();
  for (const w of quote) need.set(w, (need.get(w) ?? 0) + 1);
  const have = new Map<string, number>();
  let score = 0;
  const addTok = (w: string, d: 1 | -1) => {
    const h = have.get(w) ?? 0;
    const n = need.get(w) ?? 0;
    if (d === 1 && h < n) score++;
    if (d === -1 && h <= n && h > 0) score--;
    have.set(w, h + d);
  };
  for (let i = 0; i < L; i++) addTok(tokens[i].w, 1);
  let best = { score, i: 0 };
  for (let i = L; i < tokens.length; i++) {
    addTok(tokens[i].w, 1);
    addTok(tokens[i - L].w, -1);
    // Prefer windows that start with the quote's first word (ties).
    if (score > best.score || (score === best.score && tokens[i - L + 1].w === quote[0] && tokens[best.i].w !== quote[0])) best = { score, i: i - L + 1 };
  }
  // A quote that left words out: let the window grow while it gains quoted words.
  let len = L;
  let bestLen = L;
  let bestScore = best.score;
  const grow = new Map<string, number>();
  for (let k = best.i; k < best.i + L; k++) grow.set(tokens[k].w, (grow.get(tokens[k].w) ?? 0) + 1);
  let s = best.score;
  while (len < L + Math.ceil(L / 3) + 1 && best.i + len < tokens.length) {
    const w = tokens[best.i + len].w;
    const h = grow.get(w) ?? 0;
    if (h < (need.get(w) ?? 0)) s++;
    grow.set(w, h + 1);
    len++;
    if (s > bestScore) {
      bestScore = s;
      bestLen = len;
    }
  }
  return { finding, score: bestScore / quote.length, start: tokens[best.i].start, end: tokens[best.i + bestLen - 1].end };
}

/**
 * Editorial brackets: letters added inside a word ("[k]ommunene", "kommune[ne]")
 * lose their brackets; a bracketed insertion of its own ("[kommunen]", "[sic]")
 * is a gap, like an ellipsis. Citations ("[@…]") and "[…]" are left for others.
 */
export function unbracket(inner: string): string {
  return inner
    .replace(/\[([\p{L}]{1,3})\](?=[\p{L}])|(?<=[\p{L}])\[([\p{L}]{1,3})\]/gu, (_m, a?: string, b?: string) => a ?? b ?? '')
    .replace(/\[(?!\s*(?:…|\.\.\.)\s*\])(?!@)[^\]\n]{1,60}\]/gu, ' … ');
}

const NEGATIONS = new Set(['ikke', 'ikkje', 'ingen', 'inga', 'intet', 'aldri', 'ikkeje']);
const negations = (words: readonly string[]) => words.filter((w) => NEGATIONS.has(w)).length;
let normalizer: NynorskNormalizer | undefined;
/** Nynorsk words of the quote in the report's Bokmål (exact word table only). */
function toBokmal(words: string[]): { words: string[]; changed: number } {
  normalizer ??= new NynorskNormalizer();
  let changed = 0;
  const out = words.map((w) => {
    const b = normalizer!.normalize(w);
    if (b !== w) changed++;
    return b;
  });
  return { words: out, changed };
}

/** A passage's words (the report is data: kept per finding for the process). */
const passageTokens = new WeakMap<Finding, { words: string[]; tokens: Token[] }>();
function tokensOf(f: Finding): { words: string[]; tokens: Token[] } {
  let c = passageTokens.get(f);
  if (!c) {
    const tokens = tokenize(f.text.slice(0, MAX_PASSAGE_TOKENS * 8));
    c = { tokens, words: tokens.map((x) => x.w) };
    passageTokens.set(f, c);
  }
  return c;
}

/** `replacement` with its first letter in the case of `original`'s first letter. */
function keepFirstCase(original: string, replacement: string): string {
  const o = /\p{L}/u.exec(original)?.[0];
  const i = replacement.search(/\p{L}/u);
  if (!o || i < 0) return replacement;
  const r = replacement[i];
  const c = o === o.toLowerCase() ? r.toLowerCase() : r.toUpperCase();
  return replacement.slice(0, i) + c + replacement.slice(i + 1);
}

export function check(ctx: LintContext, report: Report): void {
  const t = (k: keyof typeof messages, p: Record<string, string> = {}) => translate(messages, k, ctx.uiLanguage, p);
  const minWords = typeof ctx.options.minWords === 'number' && ctx.options.minWords >= 1 ? ctx.options.minWords : MIN_WORDS;
  perBlock(ctx, meta.id, report, (unit, report) => {
    for (const q of quotesIn(ctx.plan, unit.start, unit.end)) {
      const inner = ctx.text.slice(q.innerStart, q.innerEnd);
      const fragments = splitEllipses(unbracket(inner)).map((f) => tokenize(f.text).map((x) => x.w)).filter((f) => f.length);
      const words = fragments.flat();
      if (words.length < minWords || words.length > MAX_QUOTE_WORDS) continue;
      const s1 = ctx.plan.sentenceAt(q.start);
      const s2 = ctx.plan.sentenceAt(q.end - 1);
      const from = Math.min(s1?.start ?? q.start, q.start);
      const to = Math.max(s2?.end ?? q.end, q.end);
      const cited = citedNear(ctx, q.start, q.end, from, to);
      if (!cited.length) continue;
      let found = false;
      let best: Window | undefined;
      for (const c of cited) {
        for (const p of c.passages) {
          const { words: hay, tokens } = tokensOf(p);
          let pos = 0;
          let ok = true;
          for (const frag of fragments) {
            pos = findRun(hay, frag, pos);
            if (pos < 0) {
              ok = false;
              break;
            }
          }
          if (ok) {
            found = true;
            break;
          }
          const w = bestWindow(p, tokens, words);
          if (w && (!best || w.score > best.score)) best = w;
        }
        if (found) break;
      }
      if (found) continue;
      const citation = cited[0].finding.citation;
      const closest = best ? best.finding.text.slice(best.start, best.end) : cited[0].finding.text.slice(0, 200);
      const close = ctx.text[q.end - 1];
      const canFix = best && best.score >= FIX_THRESHOLD && !closest.includes(close);
      // The report's words in the other written standard: a note, not a warning, unless the meaning turned (a negation differs).
      const nb = toBokmal(words);
      if (nb.changed > 0 && best) {
        const bw = toBokmal(fragments.flat()).words;
        const win = bestWindow(best.finding, tokensOf(best.finding).tokens, bw);
        const windowWords = win ? tokenize(best.finding.text.slice(win.start, win.end)).map((x) => x.w) : [];
        if (win && win.score >= 0.6 && negations(bw) === negations(windowWords)) {
          const passage = best.finding.text.slice(win.start, win.end);
          report({
            ruleId: meta.id,
            start: q.start,
            end: q.end,
            message: t('otherStandard', { citation: best.finding.citation, closest: passage.length > 300 ? `${passage.slice(0, 297)}…` : passage }),
            evidence: [...new Set(cited.map((c) => c.finding.citation))],
            severity: 'info',
            suggestions: passage.includes(close) ? undefined : [{ title: t('fix'), edits: [{ start: q.innerStart, end: q.innerEnd, text: keepFirstCase(inner, passage) }] }],
          });
          continue;
        }
      }
      report({
        ruleId: meta.id,
        start: q.start,
        end: q.end,
        message: t('misquote', { citation: best?.finding.citation ?? citation, closest: closest.length > 300 ? `${closest.slice(0, 297)}…` : closest }),
        evidence: [...new Set(cited.map((c) => c.finding.citation))],
        fix: canFix ? { title: t('fix'), edits: [{ start: q.innerStart, end: q.innerEnd, text: keepFirstCase(inner, closest) }] } : undefined,
      });
    }
  }, { skip: (u) => u.kind === 'rest' || !u.groups.length });
}

export default { meta, check } satisfies RuleModule;
