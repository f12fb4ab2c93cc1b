/**
 * misquote: quoted text in the same sentence as a citation that the cited
 * passage does not contain, after normalising case, whitespace, typographic
 * quotes, hyphenation and footnote markers. A faithful excerpt with ellipses
 * ("[…]", "...") and editorial brackets ("[k]ommunene", "[kommunen]") passes;
 * quotes under three words are ignored. A quote in the other written standard
 * (the report's Bokmål rendered in Nynorsk) is an info note, not a warning. The
 * message names the cited finding and shows its closest passage (one sentence,
 * whole words, no dangling function word; "in footnote N" when found there; none
 * when too little is shared). The fix puts the report's words in the quote only
 * when they hold every quoted word in order (an excerpt with dropped words put
 * back), its first letter in the case the writer gave it.
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
/** Below this share of the quote's words, no passage is shown (a fragment would mislead). */
const SHOW_THRESHOLD = 0.4;
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 297)}…` : s);

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

/** Sentence boundaries of a passage: a stop, then space and a capital or an opening quote. */
const SENTENCE_END = /[.!?][»”")]?\s+(?=[\p{Lu}«“"])/gu;
const passageSentences = new WeakMap<Finding, Token[][]>();
function sentencesOf(f: Finding): Token[][] {
  let c = passageSentences.get(f);
  if (!c) {
    const { tokens } = tokensOf(f);
    const cuts = [...f.text.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + 1);
    c = [];
    let k = 0;
    for (const cut of [...cuts, Infinity]) {
      const s: Token[] = [];
      while (k < tokens.length && tokens[k].start < cut) s.push(tokens[k++]);
      if (s.length) c.push(s);
    }
    passageSentences.set(f, c);
  }
  return c;
}

/** Words that do not end or begin a passage worth showing ("… pandemien da", "… forankring skal"). */
const FUNCTION_WORDS = new Set(
  ('og i på av til for med som da at en et ei den det de dei skal må kan vil er var har om når men eller så der seg sin sitt sine ' +
    'ved fra frå under etter hvor kor hvordan korleis dette denne disse også både enn eit ein eget egen egne eige').split(' '),
);

/** Shared words of `ws` and the quote (each quoted word counts as often as it is quoted). */
function shared(ws: readonly string[], quote: readonly string[]): number {
  const need = new Map<string, number>();
  for (const w of quote) need.set(w, (need.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of ws) {
    const h = need.get(w) ?? 0;
    if (h > 0) {
      n++;
      need.set(w, h - 1);
    }
  }
  return n;
}

interface Closest {
  /** The passage the window is in (the finding or one of its footnotes). */
  passage: Finding;
  /** The window's tokens, on word boundaries, inside one sentence unless the quote spans sentences. */
  tokens: Token[];
  /** Shared words over the quote's length. */
  score: number;
}

/** The passage's window closest to the quote, snapped to words and one sentence, edges without dangling function words. */
function closestIn(p: Finding, quote: string[], acrossSentences: boolean): Closest | undefined {
  const groups = acrossSentences ? [tokensOf(p).tokens] : sentencesOf(p);
  let best: Closest | undefined;
  for (const g of groups) {
    const w = bestWindow(p, g, quote);
    if (!w) continue;
    let toks = g.filter((t) => t.start >= w.start && t.end <= w.end);
    while (toks.length > 1 && FUNCTION_WORDS.has(toks[0].w) && toks[0].w !== quote[0]) toks = toks.slice(1);
    while (toks.length > 1 && FUNCTION_WORDS.has(toks[toks.length - 1].w) && toks[toks.length - 1].w !== quote[quote.length - 1]) toks = toks.slice(0, -1);
    const score = shared(toks.map((t) => t.w), quote) / quote.length;
    if (!best || score > best.score) best = { passage: p, tokens: toks, score };
  }
  return best;
}

/** A footnote that is a reference list ("Departementet (2021). … Datert 17.03.2021"): no passage to quote. */
const isReference = (f: Finding) => f.kind === 'footnote' && /\(\d{4}[a-z]?\)|\bDatert\b|https?:\/\/|www\./u.test(f.text);

/**
 * The part of the window a fix may put in the quote: it must hold every quoted
 * word in order (a shortened compound, "personell" for "personellressurser",
 * counts), from the first quoted word to the last, with few words between that
 * the writer left out. Otherwise no fix: a fix never brings in words at the
 * edges the writer did not quote, nor drops one the writer wrote.
 */
const POSSESSIVES = new Set(['si', 'sin', 'sitt', 'sine']);
function excerptFor(tokens: Token[], quote: string[]): Token[] | undefined {
  // The same word, a compound the writer shortened ("personell"), or an ending the writer added ("utstyrsberedskapen").
  const hit = (t: string, q: string) => t === q || (q.length >= 5 && t.startsWith(q)) || (t.length >= 5 && q.startsWith(t) && q.length - t.length <= 3);
  let k = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length && k < quote.length; i++) {
    // The Nynorsk genitive "kommunane si" is the report's "kommunenes": the pronoun has no word of its own there.
    while (k > 0 && k < quote.length - 1 && POSSESSIVES.has(quote[k]) && first >= 0) k++;
    if (hit(tokens[i].w, quote[k])) {
      if (first < 0) first = i;
      last = i;
      k++;
    }
  }
  if (k < quote.length || first < 0) return undefined;
  const span = tokens.slice(first, last + 1);
  return span.length - quote.filter((w) => !POSSESSIVES.has(w)).length <= Math.max(2, Math.ceil(quote.length / 4)) ? span : undefined;
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
      let best: (Closest & { cited: Finding }) | undefined;
      const acrossSentences = /[.!?]\s+\p{Lu}/u.test(inner);
      for (const c of cited) {
        for (const p of c.passages) {
          const { words: hay } = tokensOf(p);
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
          if (p !== c.finding && isReference(p)) continue;
          const w = closestIn(p, words, acrossSentences);
          // The cited finding itself first; a footnote only when it is closer.
          if (w && (!best || w.score > best.score)) best = { ...w, cited: c.finding };
        }
        if (found) break;
      }
      if (found) continue;
      const shown = best && best.score >= SHOW_THRESHOLD && best.tokens.length ? best : undefined;
      const closest = shown ? shown.passage.text.slice(shown.tokens[0].start, shown.tokens[shown.tokens.length - 1].end) : '';
      // The citation as the writer gave it: the one finding it names, else the writer's own words (a page, a range, a section's parts).
      const one = new Set(cited.map((c) => c.finding.locator)).size === 1;
      const group = one ? undefined : (ctx.plan.citationsIn(q.end, to)[0] ?? ctx.plan.citationsIn(from, q.start).at(-1));
      const citation = one || !group ? (shown?.cited.citation ?? cited[0].finding.citation) : ctx.text.slice(group.start, group.end);
      const where = !shown
        ? undefined
        : shown.passage.kind === 'footnote' && shown.passage !== shown.cited
          ? t('footnote', { note: shown.passage.locator.replace(/^fn\.\s*/, '') })
          : shown.passage !== shown.cited
            ? shown.passage.locator // a finding of a cited section
            : one || !group
              ? undefined
              : shown.cited.locator;
      const close = ctx.text[q.end - 1];
      const excerpt = shown && shown.score >= FIX_THRESHOLD ? (excerptFor(shown.tokens, words) ?? excerptFor(shown.tokens, toBokmal(words).words)) : undefined;
      const fixText = excerpt ? shown!.passage.text.slice(excerpt[0].start, excerpt[excerpt.length - 1].end) : undefined;
      const canFix = fixText !== undefined && !fixText.includes(close);
      // The report's words in the other written standard: a note, not a warning, unless the meaning turned (a negation differs).
      const nb = toBokmal(words);
      if (nb.changed > 0 && best) {
        const bw = toBokmal(fragments.flat()).words;
        const win = closestIn(best.passage, bw, acrossSentences);
        const windowWords = win ? win.tokens.map((x) => x.w) : [];
        if (win && win.tokens.length && win.score >= 0.6 && negations(bw) === negations(windowWords)) {
          const passage = best.passage.text.slice(win.tokens[0].start, win.tokens[win.tokens.length - 1].end);
          // The suggestion, like the fix, only puts the report's words for the quoted ones: none added at the edges.
          const ex = excerptFor(win.tokens, bw);
          const suggested = ex ? best.passage.text.slice(ex[0].start, ex[ex.length - 1].end) : undefined;
          report({
            ruleId: meta.id,
            start: q.start,
            end: q.end,
            message: t('otherStandard', { citation, closest: clip(passage) }),
            evidence: [...new Set(cited.map((c) => c.finding.citation))],
            severity: 'info',
            suggestions: suggested === undefined || suggested.includes(close) ? undefined : [{ title: t('fix'), edits: [{ start: q.innerStart, end: q.innerEnd, text: keepFirstCase(inner, suggested) }] }],
          });
          continue;
        }
      }
      report({
        ruleId: meta.id,
        start: q.start,
        end: q.end,
        message: !shown
          ? t('misquoteNone', { citation })
          : where
            ? t('misquoteWhere', { citation, where, closest: clip(closest) })
            : t('misquote', { citation, closest: clip(closest) }),
        evidence: [...new Set(cited.map((c) => c.finding.citation))],
        fix: canFix ? { title: t('fix'), edits: [{ start: q.innerStart, end: q.innerEnd, text: keepFirstCase(inner, fixText!) }] } : undefined,
      });
    }
  }, { skip: (u) => u.kind === 'rest' || !u.groups.length });
}

export default { meta, check } satisfies RuleModule;
