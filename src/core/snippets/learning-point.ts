/**
 * Learning points (and key experiences) as text to insert into a plan: the
 * finding verbatim as a blockquote with its canonical citation, or a short
 * paraphrase placeholder with the citation. Bokmål and Nynorsk.
 */
import type { Finding } from '../model.js';
import { escapeSnippet } from './snippet-syntax.js';
import { kindLabel as labelOfKind } from '../kinds.js';

export type PlanLanguage = 'nb' | 'nn';
export type InsertMode = 'verbatim' | 'paraphrase';

/** Words shown to the plan's reader (plan language, not UI language). */
const PLAN_WORDS = {
  nb: {
    paraphrase: 'Skriv med egne ord hva dette betyr for kommunen vår',
  },
  nn: {
    paraphrase: 'Skriv med eigne ord kva dette tyder for kommunen vår',
  },
} as const;

export interface InsertText {
  /** Plain Markdown. */
  text: string;
  /** The same as a VS Code snippet (tabstops, literal text escaped). */
  snippet: string;
}

/** Splits a finding's text into paragraphs (blank-line separated), trimmed, none empty. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The text to insert for a finding. `verbatim`: a blockquote of the full text
 * (one quoted paragraph per paragraph) ending with the citation. `paraphrase`:
 * a placeholder line for the writer's own words, then the citation.
 */
export function learningPointInsert(finding: Finding, mode: InsertMode, lang: PlanLanguage = 'nb'): InsertText {
  const citation = finding.citation;
  if (mode === 'paraphrase') {
    const hint = PLAN_WORDS[lang].paraphrase;
    return {
      text: `[${hint}] ${citation}\n`,
      snippet: `\${1:${escapeSnippet(hint)}} ${escapeSnippet(citation)}\n$0`,
    };
  }
  const paras = paragraphs(finding.text);
  if (!paras.length) paras.push('');
  const lines: string[] = [];
  paras.forEach((p, i) => {
    if (i > 0) lines.push('>');
    lines.push(i === paras.length - 1 ? `> ${p} ${citation}`.replace(/^> {2}/, '> ') : `> ${p}`);
  });
  const text = `${lines.join('\n')}\n`;
  return { text, snippet: `${escapeSnippet(text)}\n$0` };
}

/** The short label of a finding kind in the plan language. */
export function kindLabel(finding: Finding, lang: PlanLanguage = 'nb'): string {
  return labelOfKind(finding.kind, lang, { capital: true });
}

/** The first sentence of a text (at most `max` characters, ending with "…" when cut). */
export function shortText(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.!?])(?:\s|$)/u.exec(flat);
  let s = m && m[1].length >= 20 ? m[1] : flat;
  if (s.length > max) {
    const cut = s.slice(0, max - 1);
    const sp = cut.lastIndexOf(' ');
    s = `${(sp > max / 2 ? cut.slice(0, sp) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
  }
  return s;
}

/** Folds case and diacritics-insensitive-ish for word matching (keeps æøå distinct from ae/o/a). */
function fold(s: string): string {
  return s.toLowerCase().normalize('NFC');
}

const WORD = /[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/gu;

/**
 * True when every word of `query` is a prefix of some word of the finding's
 * text, section title or locator (so "utstyr lager" finds lp. 3.5.1, "3.5"
 * finds the learning points of section 3.5).
 */
export function matchesWords(finding: Finding, query: string): boolean {
  const words = fold(query).match(WORD) ?? [];
  if (!words.length) return true;
  const hay = `${finding.text} ${finding.sectionTitle}`;
  const hayWords = fold(hay).match(WORD) ?? [];
  const locatorNumber = finding.locator.replace(/^\S+\s*/, '');
  return words.every((w) => {
    if (/^\d+(?:\.\d+)*\.?$/.test(w)) return locatorNumber === w.replace(/\.$/, '') || locatorNumber.startsWith(`${w.replace(/\.$/, '')}.`);
    return hayWords.some((h) => h.startsWith(w) || (w.length >= 5 && h.includes(w)));
  });
}

export interface LinePrefixMatch {
  /** 0-based column where the prefix starts (after indentation / list marker). */
  start: number;
  /** 0-based column just after the prefix. */
  prefixEnd: number;
  /** What the writer typed after the prefix, up to the cursor. */
  query: string;
}

/**
 * Whether the line (up to the cursor) starts with the snippet prefix (after
 * optional indentation, a list marker or a blockquote marker). Case-insensitive.
 */
export function matchLinePrefix(lineToCursor: string, prefix = 'lp:'): LinePrefixMatch | undefined {
  if (!prefix) return undefined;
  const lead = /^(\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?)/.exec(lineToCursor)?.[1] ?? '';
  const rest = lineToCursor.slice(lead.length);
  if (rest.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return undefined;
  return { start: lead.length, prefixEnd: lead.length + prefix.length, query: rest.slice(prefix.length) };
}

export interface SnippetCompletion {
  /** "lp. 3.5.1" */
  label: string;
  /** Short text (first sentence) for the list. */
  detail: string;
  /** Full text in Markdown with the citation, for the documentation pane. */
  documentation: string;
  /** What to insert (snippet syntax), replacing from the prefix to the cursor. */
  snippet: string;
  /** Plain-text form of `snippet`. */
  text: string;
  /** Keeps report order. */
  sortText: string;
  finding: Finding;
}

/**
 * Completion items for a line that starts with the prefix: every learning point
 * and key experience whose words match what follows the prefix, in report
 * order. Each expands to a paraphrase placeholder (or the verbatim quote).
 */
export function learningPointCompletions(
  lineToCursor: string,
  findings: readonly Finding[],
  opts: { prefix?: string; lang?: PlanLanguage; mode?: InsertMode; limit?: number } = {},
): { match: LinePrefixMatch; items: SnippetCompletion[] } | undefined {
  const match = matchLinePrefix(lineToCursor, opts.prefix ?? 'lp:');
  if (!match) return undefined;
  const lang = opts.lang ?? 'nb';
  const mode = opts.mode ?? 'paraphrase';
  const items: SnippetCompletion[] = [];
  let i = 0;
  for (const f of findings) {
    if (f.kind !== 'learning-point' && f.kind !== 'key-experience') continue;
    i += 1;
    if (!matchesWords(f, match.query)) continue;
    const ins = learningPointInsert(f, mode, lang);
    items.push({
      label: f.locator,
      detail: shortText(f.text, 90),
      documentation: `**${kindLabel(f, lang)} ${f.locator}** · ${f.sectionTitle}\n\n${f.text}\n\n\`${f.citation}\``,
      snippet: ins.snippet,
      text: ins.text,
      sortText: String(i).padStart(4, '0'),
      finding: f,
    });
    if (opts.limit && items.length >= opts.limit) break;
  }
  return { match, items };
}
