/**
 * A bibliography entry for the report, so a plan converts with
 * `pandoc --citeproc --bibliography FILE plan.md` unchanged: the citation key is
 * the source key (`ks2021`), the locators stay as the writer typed them.
 *
 * Built from the report's SourceMeta (resources/index), not from literals here.
 */
import { plugins, logger } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { SourceMeta } from '../model.js';
import type { CslEntry } from '../sources/types.js';

export type BibFormat = 'csl-json' | 'bibtex';

export const BIB_FORMATS: readonly BibFormat[] = ['csl-json', 'bibtex'];

export function isBibFormat(x: unknown): x is BibFormat {
  return x === 'csl-json' || x === 'bibtex';
}

/** The file name the editor command writes, per format. */
export function bibFileName(format: BibFormat): string {
  return format === 'bibtex' ? 'evidensplan.bib' : 'evidensplan.bib.json';
}

/** "KS (Kommunesektorens organisasjon)" → "KS". */
function shortOrg(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** ISO date "2021-09-17" → [2021, 9, 17] (as many parts as are given and valid). */
function dateParts(iso: string): number[] {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso.trim());
  if (!m) return [];
  return [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
}

/** Title and subtitle: the report's title may carry the subtitle after a dash. */
function titleParts(meta: SourceMeta): { title: string; subtitle?: string } {
  if (meta.subtitle) return { title: meta.title.trim(), subtitle: meta.subtitle.trim() };
  const m = /^(.*?)\s+[–-]\s+(.+)$/u.exec(meta.title.trim());
  return m ? { title: m[1], subtitle: m[2] } : { title: meta.title.trim() };
}

/** "KS (Kommunesektorens organisasjon), FoU-prosjekt" where the metadata has it, else the short name. */
function client(meta: SourceMeta): string {
  const full = (meta as SourceMeta & { commissionedByFull?: string }).commissionedByFull;
  return (typeof full === 'string' && full.trim()) || meta.commissionedBy.trim();
}

function capitalise(s: string): string {
  return s ? s[0].toLocaleUpperCase('nb') + s.slice(1) : s;
}

/** CSL-JSON item for one source (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  'title-short'?: string;
  author: { literal: string }[];
  publisher: string;
  'publisher-place': string;
  issued: { 'date-parts': number[][] };
  language: string;
  genre?: string;
  note?: string;
  URL?: string;
}

export function cslItem(meta: SourceMeta): CslItem {
  const { title, subtitle } = titleParts(meta);
  const parts = dateParts(meta.date);
  const item: CslItem = {
    id: meta.key,
    type: 'report',
    title: subtitle ? `${title}: ${capitalise(subtitle)}` : title,
    'title-short': subtitle ? title : undefined,
    author: [{ literal: meta.author.trim() }],
    publisher: shortOrg(meta.commissionedBy),
    'publisher-place': meta.place.trim(),
    issued: { 'date-parts': parts.length ? [parts] : [] },
    language: meta.language.trim() || 'nb',
    note: `Utarbeidet av ${meta.author.trim()} på oppdrag fra ${client(meta)}`,
  };
  if (meta.url) item.URL = meta.url;
  if (!item['title-short']) delete item['title-short'];
  return item;
}

/**
 * The writer's entries as pandoc should get them: internal fields dropped, a
 * key the built-in sources have left out (theirs wins), each key once.
 */
export function writerItems(entries: readonly CslEntry[], builtIn: readonly SourceMeta[] = []): CslEntry[] {
  const taken = new Set(builtIn.map((m) => m.key));
  const out: CslEntry[] = [];
  for (const e of entries) {
    if (!e || typeof e.id !== 'string' || taken.has(e.id)) continue;
    taken.add(e.id);
    const { _graph, 'citation-key': _ck, ...rest } = e as CslEntry & { _graph?: unknown };
    out.push(rest as CslEntry);
  }
  return out;
}

/** CSL-JSON for the given sources and the writer's entries, pretty-printed, with a final newline. */
export function toCslJson(sources: readonly SourceMeta[], entries: readonly CslEntry[] = []): string {
  return `${JSON.stringify([...sources.map(cslItem), ...writerItems(entries, sources)], null, 2)}\n`;
}

/** Escapes BibTeX/LaTeX special characters inside a braced field value. */
export function bibtexEscape(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`))
    .replace(/[%&$#_]/g, (c) => `\\${c}`)
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** A biblatex `@report` entry (pandoc reads `.bib` files as biblatex). */
export function bibtexEntry(meta: SourceMeta): string {
  const { title, subtitle } = titleParts(meta);
  const fields: [string, string][] = [
    // Double braces: a corporate author, not "AS, Deloitte".
    ['author', `{${bibtexEscape(meta.author)}}`],
    ['title', bibtexEscape(title)],
  ];
  if (subtitle) fields.push(['subtitle', bibtexEscape(capitalise(subtitle))]);
  fields.push(
    ['institution', bibtexEscape(shortOrg(meta.commissionedBy))],
    ['location', bibtexEscape(meta.place)],
    ['date', bibtexEscape(meta.date)],
    ['langid', meta.language.startsWith('nn') ? 'nynorsk' : 'norsk'],
    ['language', bibtexEscape(meta.language || 'nb')],
    ['note', bibtexEscape(`Utarbeidet av ${meta.author.trim()} på oppdrag fra ${client(meta)}`)],
  );
  if (meta.url) fields.push(['url', meta.url.replace(/[{}\s]/g, '')]);
  const key = meta.key.replace(/[^\w:.-]/g, '');
  return `@report{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** BibLaTeX for the writer's CSL entries (citation-js), keys kept as the writer wrote them. */
export function writerBibtex(entries: readonly CslEntry[], builtIn: readonly SourceMeta[] = []): string {
  const items = writerItems(entries, builtIn);
  if (!items.length) return '';
  const out: string[] = [];
  for (const e of items) {
    // One entry at a time: an entry citation-js cannot write is left out, not the whole list.
    try {
      const text = (plugins.output.format('biblatex', [{ ...e, 'citation-key': e.id }], {}) as string).replace(/\t/g, '  ').trim();
      // citation-js makes up a label for keys with "-" or ":"; pandoc cites by the writer's key.
      out.push(text.replace(/^(@\w+\{)[^,\n]*,/, `$1${e.id.replace(/[^\w:.-]/g, '')},`));
    } catch {
      /* left out */
    } finally {
      logger._log.length = 0;
    }
  }
  return out.length ? `${out.join('\n\n')}\n` : '';
}

export function toBibtex(sources: readonly SourceMeta[], entries: readonly CslEntry[] = []): string {
  const own = writerBibtex(entries, sources);
  return [...sources.map(bibtexEntry), ...(own ? [own] : [])].join('\n');
}

/** The bibliography for pandoc: the built-in sources' entries, then the writer's (bibliography, references, indexed sources). */
export function formatBibliography(sources: readonly SourceMeta[], format: BibFormat, entries: readonly CslEntry[] = []): string {
  return format === 'bibtex' ? toBibtex(sources, entries) : toCslJson(sources, entries);
}
