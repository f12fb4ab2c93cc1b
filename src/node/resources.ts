/**
 * Finding and loading the bundled resources from disk (Node only: the CLI, the remark preset, the
 * build scripts and tests; the extension reads through `vscode.workspace.fs`, see
 * src/vscode/services-resources.ts). What the files are and how they are checked is shared with
 * the extension in src/core/index-files.ts.
 *
 * `resourcesRoot` walks up from this module's own location (`import.meta.url`: `src/node/` under
 * tsx, `dist/` in the bundled CLI) to the folder that holds `resources/report/`, then tries the
 * working directory.
 *
 * The report index (`resources/index/ks2021.report.json`) is built by `npm run build`; loading it
 * checks its sha256 against the report text, so a stale or missing index is a clear error, never a
 * silent wrong answer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report, SourceMeta } from '../core/model.js';
import { ReportIndex } from '../core/corpus/report-index.js';
import { NOT_BUILT, REPORT_KEY, RESOURCE_FILES, parseReportIndex } from '../core/index-files.js';
import { BoundedCache } from '../core/util/cache.js';

export { REPORT_KEY };

/** The folder of this module (or of the ES module bundle it was built into). */
function moduleDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

function hasResources(dir: string): boolean {
  return existsSync(path.join(dir, 'resources', 'report', `${REPORT_KEY}.txt`));
}

/** The folder that holds `resources/` (the package root). Throws a clear Error when none is found. */
export function resourcesRoot(start?: string): string {
  const starts = start ? [start] : [moduleDir(), process.cwd()];
  for (const s of starts) {
    let dir = path.resolve(s);
    for (;;) {
      if (hasResources(dir)) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error(`cannot find resources/report/${REPORT_KEY}.txt above ${starts.join(' or ')}`);
}

export function reportTextPath(root: string): string {
  return path.join(root, ...RESOURCE_FILES.reportText.split('/'));
}
export function reportMetaPath(root: string): string {
  return path.join(root, ...RESOURCE_FILES.reportMeta.split('/'));
}
export function reportIndexPath(root: string): string {
  return path.join(root, ...RESOURCE_FILES.reportIndex.split('/'));
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads the metadata file (without sha256, which the build computes). */
export function readMeta(root: string): Omit<SourceMeta, 'sha256'> {
  return JSON.parse(readFileSync(reportMetaPath(root), 'utf8')) as Omit<SourceMeta, 'sha256'>;
}

function checkReport(raw: string, textBuf: Buffer | undefined, root: string): Report {
  return parseReportIndex(raw, reportIndexPath(root), textBuf ? sha256(textBuf) : undefined);
}

/** By resources root (one in practice; a few in tests that build their own). */
const reports = new BoundedCache<string, Report>(4);
const indexes = new BoundedCache<string, ReportIndex>(4);

/** The built Report model, synchronously (cached per root). */
export function loadReportSync(root?: string): Report {
  const r = root ?? resourcesRoot();
  const cached = reports.get(r);
  if (cached) return cached;
  const file = reportIndexPath(r);
  if (!existsSync(file)) throw new Error(`the report index ${file} is missing; ${NOT_BUILT}`);
  const textFile = reportTextPath(r);
  const report = checkReport(readFileSync(file, 'utf8'), existsSync(textFile) ? readFileSync(textFile) : undefined, r);
  reports.set(r, report);
  return report;
}

/** The ReportIndex over the built model, synchronously (cached per root). */
export function loadReportIndexSync(root?: string): ReportIndex {
  const r = root ?? resourcesRoot();
  let idx = indexes.get(r);
  if (!idx) {
    idx = new ReportIndex(loadReportSync(r));
    indexes.set(r, idx);
  }
  return idx;
}

/** The built Report model (cached per root). Rejects with a clear Error when the index is missing or stale. */
export async function loadReport(root?: string): Promise<Report> {
  const r = root ?? resourcesRoot();
  const cached = reports.get(r);
  if (cached) return cached;
  const file = reportIndexPath(r);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    throw new Error(`the report index ${file} is missing; ${NOT_BUILT}`);
  }
  let textBuf: Buffer | undefined;
  try {
    textBuf = await readFile(reportTextPath(r));
  } catch {
    textBuf = undefined;
  }
  const report = checkReport(raw, textBuf, r);
  reports.set(r, report);
  return report;
}

/** The ReportIndex (cached per root). Rejects with a clear Error when the index is missing or stale. */
export async function loadReportIndex(root?: string): Promise<ReportIndex> {
  const r = root ?? resourcesRoot();
  const cached = indexes.get(r);
  if (cached) return cached;
  const idx = new ReportIndex(await loadReport(r));
  indexes.set(r, idx);
  return idx;
}
