/**
 * Running the export (Node only): pandoc with --citeproc and the generated bibliography for
 * .docx and .html; for PDF, pandoc's HTML printed by headless Chromium/Chrome (the browser the
 * tests already use), else pandoc's own --pdf-engine weasyprint or wkhtmltopdf (both packaged by
 * Debian and supported by its pandoc 2.17). Shared by `evidensplan export` and the editor command.
 * Nothing reaches the network: pandoc's citeproc has the CSL locales built in, and Chromium runs
 * with background networking off on a local file.
 */
import type { CslEntry } from '../core/sources/index.js';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourceMeta } from '../core/model.js';
import type { UiLanguage } from '../core/i18n.js';
import {
  EXPORT_RESOURCES,
  defaultOutput,
  exportBibliography,
  exportText,
  headingIsTitle,
  pandocArgs,
  parsePandocVersion,
  planTitle,
  type ExportFormat,
  type PlanLang,
} from '../core/export/index.js';
import { findConfig, loadConfig } from './config.js';

/**
 * Chromium run by a program, not a person: no sandbox (containers), no GPU, no
 * shared-memory use, and no calls home (updates, sync, first-run pages). The
 * PDF export and the end-to-end tests start it the same way.
 */
export const QUIET_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ExportRequest {
  /** The plan (a Markdown file on disk). */
  planPath: string;
  format: ExportFormat;
  /** Output file; default: the plan's name with the format's extension, beside it. */
  output?: string;
  /** The sources the bibliography is built from (the report's metadata). */
  sources: readonly SourceMeta[];
  /** The writer's own bibliography entries (front matter, config, indexed sources). */
  entries?: readonly CslEntry[];
  /** The plan's language (citation locale and reference-list heading). */
  planLang: PlanLang;
  /** The package root that holds resources/export/ (the bundled reference.docx and print.css). */
  resourcesRoot: string;
  /**
   * An explicit reference.docx (CLI option or editor setting). When absent, `export.referenceDocx`
   * of the plan's `.evidensplan.jsonc` (relative to that file), else the bundled one.
   */
  referenceDocx?: string;
  /** pandoc to run (default: `pandoc` on the PATH, or EVIDENSPLAN_PANDOC). */
  pandoc?: string;
  /** Chromium/Chrome to print PDF with (default: EVIDENSPLAN_CHROMIUM, else the first found on the PATH). */
  chromium?: string;
  /** Message language. */
  lang?: UiLanguage;
  /** Stops the export (the editor's Cancel). */
  signal?: AbortSignal;
}

export type ExportResult =
  | { ok: true; output: string; referenceDocx?: string; engine?: string; warnings: string[] }
  | { ok: false; reason: 'no-pandoc' | 'no-pdf-engine' | 'no-reference-docx' | 'failed' | 'not-on-the-web'; message: string };

export interface Exporter {
  exportPlan(req: ExportRequest): Promise<ExportResult>;
}

/** An executable on the PATH, or undefined. */
export function onPath(name: string): string | undefined {
  if (name.includes('/')) return existsSync(name) ? name : undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

const CHROMIUMS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function findChromium(explicit?: string): string | undefined {
  const given = explicit || process.env.EVIDENSPLAN_CHROMIUM;
  if (given) return onPath(given);
  for (const name of CHROMIUMS) {
    const p = onPath(name);
    if (p) return p;
  }
  return undefined;
}

/** The reference.docx to use: explicit, else the plan's config, else the bundled one. */
export function chooseReferenceDocx(req: Pick<ExportRequest, 'planPath' | 'referenceDocx' | 'resourcesRoot'>): { file: string } | { missing: string } {
  if (req.referenceDocx) {
    const file = path.resolve(path.dirname(req.planPath), req.referenceDocx);
    return existsSync(file) ? { file } : { missing: file };
  }
  const cfgFile = findConfig(req.planPath);
  if (cfgFile) {
    // Read as lint reads it (never blocking on a pipe); a config with problems is reported by lint.
    const fromConfig = loadConfig(cfgFile).referenceDocx;
    if (fromConfig) {
      const file = path.resolve(path.dirname(cfgFile), fromConfig);
      return existsSync(file) ? { file } : { missing: file };
    }
  }
  return { file: path.join(req.resourcesRoot, ...EXPORT_RESOURCES.referenceDocx.split('/')) };
}

function run(cmd: string, args: string[], signal?: AbortSignal, timeoutMs = 180_000): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let stderr = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], signal, timeout: timeoutMs });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 20_000) stderr += d.toString('utf8');
    });
    child.on('error', (err) => resolve({ code: null, stderr: stderr + err.message }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function firstLines(s: string, n = 3): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, n)
    .join(' / ');
}

/**
 * pandoc's warnings, one per line without the "[WARNING] " tag: a citation it could not resolve
 * ("Citeproc: citation ks2020 not found"), an image it could not find. The document is still
 * written; the writer should see them.
 */
export function pandocWarnings(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((l) => /^\[WARNING\]\s*(.+)$/.exec(l.trim())?.[1])
    .filter((l): l is string => !!l && !PANDOC_OWN_TERMS.test(l));
}

/**
 * pandoc's own interface terms ("Abstract", "Figure") have no Norwegian translation in older
 * pandoc (Debian's 2.17 says so on every export with lang nb-NO). They are not the plan's problem
 * and the citations and reference list are localised by the CSL locale, so they are not passed on.
 */
const PANDOC_OWN_TERMS = /^(?:Could not load translations for |The term \S+ has no translation defined)/;

export async function exportPlan(req: ExportRequest): Promise<ExportResult> {
  const lang = req.lang ?? 'nb';
  const pandoc = onPath(req.pandoc || process.env.EVIDENSPLAN_PANDOC || 'pandoc');
  if (!pandoc) return { ok: false, reason: 'no-pandoc', message: exportText('noPandoc', lang) };
  const v = spawnSync(pandoc, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const version = v.status === 0 ? parsePandocVersion(v.stdout.split('\n')[0] ?? '') : undefined;
  if (!version) return { ok: false, reason: 'no-pandoc', message: exportText('noPandoc', lang) };

  const output = path.resolve(req.output ?? defaultOutput(req.planPath, req.format));
  let chromium: string | undefined;
  let pdfEngine: string | undefined;
  if (req.format === 'pdf') {
    chromium = findChromium(req.chromium);
    if (!chromium) pdfEngine = ['weasyprint', 'wkhtmltopdf'].find((e) => onPath(e));
    if (!chromium && !pdfEngine) return { ok: false, reason: 'no-pdf-engine', message: exportText('noPdfEngine', lang) };
  }
  let referenceDocx: string | undefined;
  if (req.format === 'docx') {
    const ref = chooseReferenceDocx(req);
    if ('missing' in ref) return { ok: false, reason: 'no-reference-docx', message: exportText('noReferenceDocx', lang, { file: ref.missing }) };
    referenceDocx = ref.file;
  }

  const tmp = mkdtempSync(path.join(tmpdir(), 'evidensplan-export-'));
  try {
    const planText = readFileSync(req.planPath, 'utf8');
    const bibliography = path.join(tmp, 'evidensplan.bib.json');
    writeFileSync(bibliography, JSON.stringify(exportBibliography({ sources: req.sources, planText, entries: req.entries }), null, 2));
    const css = path.join(req.resourcesRoot, ...EXPORT_RESOURCES.printCss.split('/'));
    const html = req.format === 'pdf' ? path.join(tmp, 'plan.html') : output;
    const args = pandocArgs({
      format: req.format === 'pdf' && pdfEngine ? 'html' : req.format,
      input: path.resolve(req.planPath),
      output: req.format === 'docx' ? output : html,
      bibliography,
      lang: req.planLang,
      title: planTitle(planText) ?? path.basename(req.planPath).replace(/\.(md|markdown)$/i, ''),
      referenceDocx,
      css: existsSync(css) ? css : undefined,
      resourcePath: path.dirname(path.resolve(req.planPath)),
      pandocVersion: version,
      headingIsTitle: headingIsTitle(planText),
    });
    if (req.format === 'pdf' && pdfEngine) {
      // pandoc prints the HTML itself through the engine: the output is the PDF.
      args.splice(args.indexOf('--output'), 2, '--pdf-engine', pdfEngine, '--output', output);
    }
    const p = await run(pandoc, args, req.signal);
    if (p.code !== 0) return { ok: false, reason: 'failed', message: exportText('failed', lang, { reason: firstLines(p.stderr) || `pandoc exit ${p.code}` }) };
    if (req.format === 'pdf' && chromium) {
      const c = await run(
        chromium,
        [
          '--headless',
          ...QUIET_CHROMIUM_FLAGS,
          '--no-pdf-header-footer',
          '--print-to-pdf-no-header',
          `--user-data-dir=${path.join(tmp, 'chromium')}`,
          `--print-to-pdf=${output}`,
          pathToFileURL(html).href,
        ],
        req.signal,
      );
      if (c.code !== 0 || !existsSync(output)) {
        return { ok: false, reason: 'failed', message: exportText('failed', lang, { reason: firstLines(c.stderr) || `${path.basename(chromium)} exit ${c.code}` }) };
      }
    }
    if (!existsSync(output)) return { ok: false, reason: 'failed', message: exportText('failed', lang, { reason: `${output} was not written` }) };
    return {
      ok: true,
      output,
      referenceDocx,
      engine: req.format === 'pdf' ? (chromium ? path.basename(chromium) : pdfEngine) : undefined,
      warnings: pandocWarnings(p.stderr),
    };
  } catch (err) {
    return { ok: false, reason: 'failed', message: exportText('failed', lang, { reason: (err as Error).message }) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export const nodeExporter: Exporter = { exportPlan };
