/**
 * A bibliography file as pandoc reads it (`--bibliography`): CSL-JSON (`.json`),
 * CSL-YAML (`.yaml`, `.yml`) or BibTeX/BibLaTeX (`.bib`, `.bibtex`), and the
 * `references:` list of a plan's front matter. BibTeX goes through citation-js;
 * JSON through jsonc-parser (for the position of a syntax error); YAML through
 * `yaml`. Entries come out as CSL-JSON items with where they stand.
 */
import { logger, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { lineIndex, type LineIndex } from '../plan/lines.js';
import type { CslEntry, SourceProblem } from './types.js';

export type BibFileFormat = 'csl-json' | 'csl-yaml' | 'bibtex';

export interface ParsedEntry {
  entry: CslEntry;
  /** 1-based line of the entry in its file. */
  line: number;
}

export interface ParsedBibliography {
  entries: ParsedEntry[];
  problems: SourceProblem[];
}

/** The format pandoc would read a bibliography file as, by its extension; undefined for others. */
export function bibFormatOf(path: string): BibFileFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'json') return 'csl-json';
  if (ext === 'yaml' || ext === 'yml') return 'csl-yaml';
  if (ext === 'bib' || ext === 'bibtex') return 'bibtex';
  return undefined;
}

function problem(file: string, code: SourceProblem['code'], params: Record<string, string>, at = { line: 1, column: 1 }, severity: SourceProblem['severity'] = 'error'): SourceProblem {
  return { code, severity, file, line: at.line, column: at.column, params };
}

/**
 * Line of the entry with `id` in `text`, found by the id as the format writes it; 1 when not found.
 * `lines` is the text's line index, built once per file by the caller, so finding many entries stays linear.
 */
function lineOfId(text: string, lines: LineIndex, id: string, format: BibFileFormat, from = 0): { line: number; offset: number } {
  const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re =
    format === 'bibtex'
      ? new RegExp(`@\\w+\\s*[{(]\\s*${esc}\\s*,`, 'g')
      : format === 'csl-json'
        ? new RegExp(`"id"\\s*:\\s*"?${esc}"?`, 'g')
        : new RegExp(`\\bid\\s*:\\s*["']?${esc}\\b`, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { line: lines.lineCol(m.index).line, offset: m.index } : { line: 1, offset: -1 };
}

/** Items of a parsed CSL value: an array of objects, or an object with `references`/`items`. */
function cslItems(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    if (Array.isArray(o.references)) return o.references;
    if (Array.isArray(o.items)) return o.items;
    if (typeof o.id === 'string' || typeof o.id === 'number') return [o];
  }
  return undefined;
}

const DATE_FIELDS = ['issued', 'accessed', 'event-date', 'original-date', 'submitted'];

/**
 * A date as CSL-JSON writes it (`{"date-parts": [[2021, 4, 14]]}`), from the
 * forms CSL-YAML and pandoc also accept: 2021, "2021-04-14", a YAML date,
 * `[{year: 2021, month: 4}]`. Anything else is kept as a literal.
 */
export function cslDate(v: unknown): unknown {
  if (v instanceof Date) return { 'date-parts': [[v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()]] };
  if (typeof v === 'number' && Number.isInteger(v)) return { 'date-parts': [[v]] };
  if (typeof v === 'string') {
    const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(v.trim());
    return m ? { 'date-parts': [[m[1], m[2], m[3]].filter((x) => x !== undefined).map(Number)] } : { literal: v };
  }
  if (Array.isArray(v) && v.length && v.every((x) => x && typeof x === 'object' && 'year' in x)) {
    return { 'date-parts': v.map((x: Record<string, unknown>) => [x.year, x.month, x.day].filter((y) => y !== undefined).map(Number)) };
  }
  if (v && typeof v === 'object' && !Array.isArray(v) && 'year' in v) return cslDate([v]);
  return v;
}

/** Checks items, keeps the ones with an id (as string), and notes problems. */
function collect(items: unknown[], file: string, text: string, format: BibFileFormat, out: ParsedBibliography): void {
  const seen = new Map<string, { line: number; offset: number }>();
  const lines = lineIndex(text);
  let cursor = 0;
  items.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      out.problems.push(problem(file, 'bib-no-id', { index: String(i + 1) }));
      return;
    }
    const item = raw as Record<string, unknown>;
    const id = typeof item.id === 'string' ? item.id.trim() : typeof item.id === 'number' ? String(item.id) : '';
    if (!id) {
      out.problems.push(problem(file, 'bib-no-id', { index: String(i + 1) }));
      return;
    }
    const before = seen.get(id);
    // Entries come in file order: look after the previous one first (linear over the file), then anywhere.
    let at = lineOfId(text, lines, id, format, before && before.offset >= 0 ? before.offset + 1 : cursor);
    if (at.offset < 0 && !before && cursor > 0) at = lineOfId(text, lines, id, format, 0);
    if (at.offset >= 0 && !before) cursor = at.offset + 1;
    if (before) {
      seen.set(id, at);
      out.problems.push(problem(file, 'duplicate-key', { key: id, other: `${file}:${before.line}` }, { line: at.line, column: 1 }, 'warning'));
      return;
    }
    seen.set(id, at);
    const entry = { ...(item as object), id } as CslEntry;
    for (const f of DATE_FIELDS) if (entry[f] !== undefined) entry[f] = cslDate(entry[f]);
    out.entries.push({ entry, line: at.line });
  });
}

function parseCslJson(text: string, file: string, out: ParsedBibliography): void {
  const errs: ParseError[] = [];
  const data = parseJsonc(text, errs, { allowTrailingComma: false, disallowComments: true });
  if (errs.length) {
    const e = errs[0];
    out.problems.push(problem(file, 'bib-syntax', { detail: printParseErrorCode(e.error) }, lineIndex(text).lineCol(e.offset)));
    return;
  }
  const items = cslItems(data);
  if (!items) {
    out.problems.push(problem(file, 'bib-syntax', { detail: 'expected an array of CSL-JSON items' }));
    return;
  }
  collect(items, file, text, 'csl-json', out);
}

function parseCslYaml(text: string, file: string, out: ParsedBibliography): void {
  let data: unknown;
  try {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length) {
      const e = doc.errors[0];
      const lp = e.linePos?.[0];
      const at = lp ? { line: lp.line, column: lp.col } : lineIndex(text).lineCol(e.pos[0]);
      out.problems.push(problem(file, 'bib-syntax', { detail: e.message.split('\n')[0] }, at));
      return;
    }
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    out.problems.push(problem(file, 'bib-syntax', { detail: String((err as Error)?.message ?? err).split('\n')[0] }));
    return;
  }
  const items = cslItems(data);
  if (!items) {
    out.problems.push(problem(file, 'bib-syntax', { detail: 'expected a list of references (CSL-YAML)' }));
    return;
  }
  collect(items, file, text, 'csl-yaml', out);
}

function parseBibtex(text: string, file: string, out: ParsedBibliography): void {
  let items: Record<string, unknown>[];
  try {
    items = plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false });
  } catch (err) {
    const msg = String((err as Error)?.message ?? err);
    const m = /at line (\d+) col (\d+)/.exec(msg);
    const at = m ? { line: Number(m[1]), column: Number(m[2]) } : { line: 1, column: 1 };
    out.problems.push(problem(file, 'bib-syntax', { detail: msg.split('\n')[0].replace(/\s*at line \d+ col \d+:?\s*$/, '') }, at));
    return;
  } finally {
    // citation-js keeps every log call in memory, even when silent.
    logger._log.length = 0;
  }
  collect(items.map(({ _graph, 'citation-key': _ck, ...rest }) => rest), file, text, 'bibtex', out);
}

/** Parses a bibliography file's text. Never throws; problems carry their line and column. */
export function parseBibliography(text: string, file: string, format = bibFormatOf(file)): ParsedBibliography {
  const out: ParsedBibliography = { entries: [], problems: [] };
  if (!format) {
    out.problems.push(problem(file, 'bib-format', { path: file }));
    return out;
  }
  if (format === 'csl-json') parseCslJson(text, file, out);
  else if (format === 'csl-yaml') parseCslYaml(text, file, out);
  else parseBibtex(text, file, out);
  if (!out.entries.length && !out.problems.length) out.problems.push(problem(file, 'bib-empty', { path: file }, undefined, 'warning'));
  return out;
}

/** Entries of an inline `references:` list (already parsed YAML from the front matter). */
export function parseReferences(value: unknown, file: string, line: number): ParsedBibliography {
  const out: ParsedBibliography = { entries: [], problems: [] };
  const items = cslItems(value);
  if (!items) {
    out.problems.push({ ...problem(file, 'bad-value', { key: 'references' }, { line, column: 1 }), planKey: 'references' });
    return out;
  }
  collect(items, file, '', 'csl-yaml', out);
  for (const e of out.entries) e.line = line;
  for (const p of out.problems) {
    p.line = line;
    p.planKey = 'references';
  }
  return out;
}
