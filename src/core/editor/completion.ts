/**
 * Completion of citations: after `[@` (the whole citation is inserted) and after
 * `@ks2021, ` or a further `; @` inside brackets (the item is completed). Items
 * are the report's findings, ranked by the current paragraph and heading; typing
 * filters by the words of the finding's text (filterText), not only locators.
 */
import type { Finding, FindingKind } from '../model.js';
import type { UiLanguage } from '../i18n.js';
import type { EditorPlan, EditorReport, EditorSearch, OffsetRange } from './types.js';
import { MarkdownBuilder, shorten } from './markdown.js';
import { t } from './messages.js';
import { sectionPathLabel, sourceLine } from './hover.js';
import { lastIndexBefore, lineStartAt } from '../plan/lines.js';
import { frontMatterFence } from '../plan/frontmatter.js';
import { defaultBudget, type Budget } from './budget.js';
import { kindLabel } from '../kinds.js';

export interface CompletionContext {
  /** 'group': replace from `[` and insert the whole citation; 'item': replace from `@`. */
  mode: 'group' | 'item';
  /** Range the item replaces: from `[` or `@` to the cursor. */
  range: OffsetRange;
  /** Text typed after `@` (key, comma, locator or words). */
  typed: string;
  /** Typed words after the key and comma, for the search ("smittevern utstyr"). */
  query: string;
  /** Whether a `]` already follows the cursor (then none is inserted). */
  closed: boolean;
  /** The key as typed so far ("ks20", "" or a word that is not a key). */
  key: string;
}

const MAX_LOOKBACK = 300;

/** Detects a citation being typed at `offset`; undefined when the cursor is not in one. */
export function completionContextAt(text: string, offset: number): CompletionContext | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const lineStart = lineStartAt(text, offset);
  const from = Math.max(lineStart, offset - MAX_LOOKBACK);
  // The last `@` before the cursor on this line, with no bracket between it and the cursor.
  let at = -1;
  for (let i = offset - 1; i >= from; i--) {
    const c = text[i];
    if (c === ']' || c === '[') return undefined;
    if (c === '@') {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  const before = at > 0 ? text[at - 1] : '';
  // An email address or a word@word is not a citation.
  if (/[\p{L}\p{N}_.+%&/:\\]/u.test(before)) return undefined;
  // The `[` that opens the group, on this line.
  let open = -1;
  for (let i = at - 1; i >= from; i--) {
    const c = text[i];
    if (c === ']') break;
    if (c === '[') {
      open = i;
      break;
    }
  }
  if (open < 0 || (open > 0 && (text[open - 1] === '\\' || text[open - 1] === '!'))) return undefined;
  const between = text.slice(open + 1, at);
  const typed = text.slice(at + 1, offset);
  const mode = between === '' || between === '-' ? 'group' : 'item';
  const m = /^([^\s,;]*)\s*,?\s*(.*)$/su.exec(typed);
  const rest = (m?.[2] ?? '').trim();
  return {
    mode,
    range: { start: mode === 'group' ? open : at, end: offset },
    typed,
    query: rest,
    closed: text[offset] === ']',
    key: m?.[1] ?? '',
  };
}

export interface CompletionItemData {
  /** The canonical citation, e.g. "[@ks2021, lp. 3.5.1]". */
  label: string;
  /** Kind and section path. */
  detail: string;
  /** A short extract of the finding, shown next to the label. */
  description: string;
  /** Full finding as Markdown (escaped), built on demand (resolveCompletionItem): `completionDocumentation`. */
  /** What VS Code filters on: the inserted text followed by the finding's words. */
  filterText: string;
  insertText: string;
  /** Zero-padded rank: the most relevant first. */
  sortText: string;
  range: OffsetRange;
  locator: string;
  kind: FindingKind;
  /** The first (most relevant) item is preselected. */
  preselect?: boolean;
}

export interface CompletionOptions {
  lang?: UiLanguage;
  /** At most this many items. */
  limit?: number;
  /** Operations this call may spend (with the request's cancellation); it returns what it has when spent. */
  budget?: Budget;
}

/** Kinds a writer cites most, in the order they are offered when nothing else ranks them. */
const KIND_ORDER: FindingKind[] = ['learning-point', 'key-experience', 'section', 'example', 'figure', 'paragraph', 'footnote'];

/** Characters of finding words kept in filterText (VS Code's fuzzy filter reads the first 128). */
const FILTER_WORDS_CHARS = 100;

const STOP = new Set(
  'og i på av til for med som er det en et ei at de den har ble var fra om ikke kan seg sine sin eller også være vært blitt ved der så men hvor hva etter over under mot mellom flere mange noe noen alle andre the of and in to a'.split(' '),
);

/**
 * What VS Code filters on (it fuzzy-matches the text from the range start to the
 * cursor against the first 128 characters): the inserted text, then — for a
 * finding the search matched — the typed words, then the finding's own words.
 */
function filterTextFor(insert: string, words: string, typed: string): string {
  const head = insert.replace(/\]$/, '');
  const q = typed.replace(/\s+/g, ' ').trim().slice(0, 60);
  return `${head} ${q ? `${q} ` : ''}${words}`.slice(0, 128).trim();
}

/** What an item shows that depends only on the finding and the language: computed once per finding. */
const perFindingCache = new WeakMap<Finding, Map<string, { detail: string; description: string; words: string }>>();

function perFinding(f: Finding, report: EditorReport, lang: UiLanguage): { detail: string; description: string; words: string } {
  let byLang = perFindingCache.get(f);
  if (!byLang) perFindingCache.set(f, (byLang = new Map()));
  let hit = byLang.get(lang);
  if (!hit) {
    hit = {
      detail: `${kindLabel(f.kind, lang, { capital: true })} · ${sectionPathLabel(report, f)}`,
      description: shorten(f.text, 80).text,
      words: filterWords(f.text),
    };
    byLang.set(lang, hit);
  }
  return hit;
}

function filterWords(text: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  let len = 0;
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    if (raw.length < 3 || STOP.has(raw) || seen.has(raw)) continue;
    seen.add(raw);
    if (len + raw.length + 1 > FILTER_WORDS_CHARS) break;
    out.push(raw);
    len += raw.length + 1;
  }
  return out.join(' ');
}

const HEADING_LINE = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const MAX_HEADING_SCAN = 200_000;

/**
 * The nearest ATX heading above `offset` (a backward scan over whole lines, at
 * most MAX_HEADING_SCAN characters; no parse needed). Each step moves strictly
 * backwards, so it ends on every input (a first line that is blank once made it
 * loop for ever: `lastIndexOf` with a negative position finds index 0 again).
 */
export function headingBefore(text: string, offset: number, budget: Budget = defaultBudget()): string {
  const o = Math.max(0, Math.min(text.length, offset));
  // The line holding the cursor is not "above" it: start at the line before.
  let end = lineStartAt(text, o) - 1;
  const stop = Math.max(0, o - MAX_HEADING_SCAN);
  while (end >= stop && budget.spend()) {
    const start = lineStartAt(text, end);
    const m = HEADING_LINE.exec(text.slice(start, end).replace(/\r$/, ''));
    if (m) return m[2];
    if (start === 0) break;
    end = start - 1;
  }
  return '';
}

/**
 * Whether `offset` is in code or front matter, without parsing the document
 * (completion runs on every keystroke; the full plan model is for diagnostics).
 */
export function insideCodeOrFrontMatter(text: string, offset: number, budget: Budget = defaultBudget()): boolean {
  // Front matter: between a first-line `---` and the next `---` or `...` line (the plan model's own rule).
  if (/^---[ \t]*(?:\r\n|\n|\r)/.test(text)) {
    const fm = frontMatterFence(text);
    if (!fm || offset <= fm.end) return true;
  }
  // Fenced code: an odd number of fence lines before the cursor.
  const fence = /^ {0,3}(`{3,}|~{3,})/gm;
  let open: string | undefined;
  const before = text.slice(0, offset);
  for (let m = fence.exec(before); m; m = fence.exec(before)) {
    // Out of budget: say "in code" (no completion) rather than block.
    if (!budget.spend()) return true;
    if (!open) open = m[1][0];
    else if (m[1][0] === open) open = undefined;
  }
  if (open) return true;
  // Inline code: an odd number of backticks on the line before the cursor.
  const lineStart = lineStartAt(text, offset);
  const ticks = (text.slice(lineStart, offset).match(/`/g) ?? []).length;
  return ticks % 2 === 1;
}

/** The paragraph around `offset` and the heading above it: what ranks the findings. */
export function surroundingContext(plan: Pick<EditorPlan, 'text'>, offset: number, budget: Budget = defaultBudget()): string {
  const text = plan.text;
  const br = lastIndexBefore(text, '\n\n', offset);
  const paraStart = br < 0 ? 0 : br + 2;
  let paraEnd = text.indexOf('\n\n', offset);
  if (paraEnd < 0) paraEnd = text.length;
  const paragraph = text.slice(paraStart, Math.min(paraEnd, paraStart + 4000));
  const heading = headingBefore(text, paraStart, budget);
  // Citations themselves are noise for the search.
  return `${heading}\n${paragraph}`.replace(/\[[^\]\n]*@[^\]\n]*\]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The item's documentation: the full finding as escaped Markdown (computed when the item is focused). */
export function completionDocumentation(f: Finding, report: EditorReport, lang: UiLanguage = 'nb'): string {
  const md = new MarkdownBuilder();
  md.bold(f.citation).text(' · ').text(kindLabel(f.kind, lang, { capital: true })).paragraph();
  md.italic(sectionPathLabel(report, f)).paragraph();
  md.text(f.text).paragraph();
  md.text(`${t('source', lang)}: ${sourceLine(report, lang)}`);
  return md.toString();
}

/**
 * Completion items for a detected context: findings ranked by the typed words
 * and the surrounding paragraph and heading. Never throws.
 */
export function completionItems(
  ctx: CompletionContext,
  plan: Pick<EditorPlan, 'text'>,
  report: EditorReport,
  search: EditorSearch | undefined,
  options: CompletionOptions = {},
): CompletionItemData[] {
  const lang = options.lang ?? 'nb';
  const limit = options.limit ?? 200;
  const budget = options.budget ?? defaultBudget();
  const ranked: Finding[] = [];
  const seen = new Set<string>();
  /** Findings the search matched to the typed words (stems, compounds): they keep matching as the writer types. */
  const matched = new Set<string>();
  const add = (f: Finding | undefined) => {
    if (f && !seen.has(f.locator) && ranked.length < limit) {
      seen.add(f.locator);
      ranked.push(f);
    }
  };
  // `[@smittevern`: a word where the key goes is a query, not a key.
  const key = report.source.key.toLowerCase();
  const query = ctx.key && !key.startsWith(ctx.key.toLowerCase()) ? `${ctx.key} ${ctx.query}`.trim() : ctx.query;
  ctx = { ...ctx, query };
  try {
    // A locator being typed ("lp. 3.5", "kap 2") goes first.
    if (/^(kap|lp|se|fn|fig)\b/i.test(ctx.query)) {
      const exact = report.get(ctx.query);
      add(exact);
      const canon = ctx.query.toLowerCase().replace(/^(\p{L}+)\.?\s*/u, '$1. ');
      for (const f of report.findings) {
        if (!budget.spend()) break;
        if (f.locator.startsWith(canon)) add(f);
      }
    }
    const context = surroundingContext(plan, ctx.range.start, budget);
    if (search && budget.spend(1000)) {
      // An empty query lets the context alone rank (core/search's contract).
      const query = ctx.query && !/^(kap|lp|se|fn|fig)\b/i.test(ctx.query) ? ctx.query : '';
      if (query || context) {
        for (const hit of safeSearch(search, query, { limit, context, prefix: true })) {
          add(hit.finding);
          if (query) matched.add(hit.finding.locator);
        }
      }
    }
    for (const kind of KIND_ORDER) {
      if (ranked.length >= limit || !budget.spend(report.findings.length)) break;
      for (const f of report.findings) if (f.kind === kind) add(f);
    }
  } catch {
    // fall through with what we have
  }
  const pad = String(ranked.length).length;
  return ranked.map((f, i) => {
    const insert = ctx.mode === 'group' ? (ctx.closed ? f.citation.slice(0, -1) : f.citation) : f.citation.slice(1, -1);
    const fixed = perFinding(f, report, lang);
    return {
      label: f.citation,
      detail: fixed.detail,
      description: fixed.description,
      filterText: filterTextFor(insert, fixed.words, matched.has(f.locator) ? ctx.query : ''),
      insertText: insert,
      sortText: String(i).padStart(pad, '0'),
      range: ctx.range,
      locator: f.locator,
      kind: f.kind,
      preselect: i === 0 || undefined,
    };
  });
}

function safeSearch(search: EditorSearch, query: string, opts: Parameters<EditorSearch['search']>[1]) {
  try {
    return search.search(query.slice(0, 2000), opts);
  } catch {
    return [];
  }
}
