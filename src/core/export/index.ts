/**
 * Export of a plan for the municipal council: Word (.docx), PDF or HTML through pandoc with
 * `--citeproc`, the generated bibliography, Norwegian citation and reference-list locale, and a
 * reference.docx (the municipality's own when configured, else the bundled accessible default).
 *
 * This file decides WHAT to run (arguments, metadata, messages) and is pure; running pandoc and the
 * PDF engine is in src/node/export.ts (Node only). The web extension has no pandoc and says so.
 */
import type { CslItem } from '../bib/index.js';
import { cslItem, writerItems } from '../bib/index.js';
import type { CslEntry } from '../sources/index.js';
import type { SourceMeta } from '../model.js';
import { catalogue, translate, type UiLanguage } from '../i18n.js';

export type ExportFormat = 'docx' | 'pdf' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html'];

export function isExportFormat(x: unknown): x is ExportFormat {
  return x === 'docx' || x === 'pdf' || x === 'html';
}

/** Package-relative paths of the export's bundled files. */
export const EXPORT_RESOURCES = Object.freeze({
  referenceDocx: 'resources/export/reference.docx',
  printCss: 'resources/export/print.css',
});

/** What a bibliography for an export is made from: the loaded sources (the report today). */
export interface BibliographyContext {
  /** The sources the index knows (the report's SourceMeta). */
  sources: readonly SourceMeta[];
  /** The plan's text, for sources the writer declares in it (extended by the sources feature). */
  planText?: string;
  /** The writer's own entries (bibliography, references, indexed sources), after the built-in ones. */
  entries?: readonly CslEntry[];
}

/**
 * The one function that returns the bibliography entries an export renders. Every export goes
 * through it, so a feature that adds sources (the writer's own references) extends it here.
 */
export function exportBibliography(ctx: BibliographyContext): (CslItem | CslEntry)[] {
  const seen = new Set<string>();
  const out: (CslItem | CslEntry)[] = [];
  for (const meta of ctx.sources) {
    if (seen.has(meta.key)) continue;
    seen.add(meta.key);
    out.push(cslItem(meta));
  }
  // The writer's keys as written; a key the built-in sources already have is not taken twice.
  out.push(...writerItems(ctx.entries ?? [], ctx.sources));
  return out;
}

/** The plan's language for the citation locale: Nynorsk plans get nn-NO, everything else nb-NO. */
export type PlanLang = 'nb' | 'nn';

/** pandoc/CSL metadata: the document language (also the citation locale) and the reference-list heading. */
export function exportMetadata(lang: PlanLang, title: string | undefined): Record<string, string> {
  const meta: Record<string, string> = {
    lang: lang === 'nn' ? 'nn-NO' : 'nb-NO',
    'reference-section-title': lang === 'nn' ? 'Referansar' : 'Referanser',
    'link-citations': 'true',
  };
  if (title) meta.pagetitle = title;
  return meta;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/;

/** The body's headings outside fenced code: level and text. */
function bodyHeadings(text: string): { level: number; text: string }[] {
  const out: { level: number; text: string }[] = [];
  let fence: string | undefined;
  for (const line of text.replace(FRONT_MATTER, '').split(/\r?\n/)) {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (!fence || f[0] === fence[0])) {
      fence = fence ? undefined : f;
      continue;
    }
    if (fence) continue;
    const m = /^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$/.exec(line);
    if (m) out.push({ level: m[1].length, text: m[2].trim() });
  }
  return out;
}

/** The first level-one heading's text (for the HTML/PDF title), or undefined. */
export function planTitle(text: string): string | undefined {
  return bodyHeadings(text).find((h) => h.level === 1)?.text;
}

/**
 * Whether the plan's one level-one heading, first of all, is its title: then the export makes it
 * the document's title (Word's Title style and document properties, HTML's title block) and the
 * `##` sections become Heading 1, as a Word document for the council is built. Not when the front
 * matter sets `title:` itself or there are several level-one headings.
 */
export function headingIsTitle(text: string): boolean {
  if (/^title\s*:/m.test(FRONT_MATTER.exec(text)?.[1] ?? '')) return false;
  const hs = bodyHeadings(text);
  return hs.length > 0 && hs[0].level === 1 && hs.filter((h) => h.level === 1).length === 1;
}

export interface PandocPlan {
  format: ExportFormat;
  /** The plan file (pandoc reads it; images resolve relative to its folder). */
  input: string;
  /** The file pandoc writes: the .docx, the .html, or for PDF the intermediate HTML. */
  output: string;
  /** The CSL-JSON bibliography file. */
  bibliography: string;
  lang: PlanLang;
  title?: string;
  /** For docx: the reference document (styles). */
  referenceDocx?: string;
  /** For html/pdf: the stylesheet (print.css). */
  css?: string;
  /** The folder images are looked up in (the plan's folder). */
  resourcePath: string;
  /** pandoc ≥ 2.19 spells "self-contained" --embed-resources --standalone. */
  pandocVersion: [number, number];
  /** The plan's single level-one heading becomes the document title (see headingIsTitle). */
  headingIsTitle?: boolean;
}

/** The pandoc argument list for one export (no shell: each element is one argument). */
export function pandocArgs(p: PandocPlan): string[] {
  const args = [p.input, '--from', 'markdown', '--citeproc', '--bibliography', p.bibliography, '--resource-path', p.resourcePath];
  for (const [k, v] of Object.entries(exportMetadata(p.lang, p.title))) args.push('--metadata', `${k}=${v}`);
  if (p.headingIsTitle) args.push('--shift-heading-level-by=-1');
  if (p.format === 'docx') {
    args.push('--to', 'docx');
    if (p.referenceDocx) args.push('--reference-doc', p.referenceDocx);
  } else {
    // HTML, also as the page the PDF is printed from: one self-contained file with its stylesheet.
    args.push('--to', 'html5');
    const [maj, min] = p.pandocVersion;
    if (maj > 2 || (maj === 2 && min >= 19)) args.push('--standalone', '--embed-resources');
    else args.push('--standalone', '--self-contained');
    if (p.css) args.push('--css', p.css);
  }
  args.push('--output', p.output);
  return args;
}

/** "pandoc 2.17.1.1" (first line of `pandoc --version`) → [2, 17]. */
export function parsePandocVersion(firstLine: string): [number, number] | undefined {
  const m = /pandoc(?:\.exe)?\s+(\d+)\.(\d+)/i.exec(firstLine);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** The default output file: the plan's name with the format's extension. */
export function defaultOutput(input: string, format: ExportFormat): string {
  return input.replace(/\.(md|markdown)$/i, '') + `.${format}`;
}

export const exportMessages = catalogue('export');

export function exportText(key: keyof typeof exportMessages, lang: UiLanguage = 'nb', params: Record<string, string> = {}): string {
  return translate(exportMessages, key, lang, params);
}

/** The `export.referenceDocx` value of a parsed `.evidensplan.jsonc` object, if it is a non-empty string. */
export function referenceDocxFromConfig(config: unknown): string | undefined {
  if (!config || typeof config !== 'object') return undefined;
  const exp = (config as Record<string, unknown>).export;
  if (!exp || typeof exp !== 'object') return undefined;
  const v = (exp as Record<string, unknown>).referenceDocx;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
