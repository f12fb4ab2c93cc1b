/**
 * Finding and loading the bundled resources (Node only).
 *
 * `resourcesRoot` walks up from a start folder to the folder that holds
 * `resources/report/`. It works from `src/` under tsx, from `dist/cli.mjs`
 * (ESM) and from `dist/extension.cjs` (CJS; the extension passes its own path).
 *
 * The report index (`resources/index/ks2021.report.json`) is built by
 * `npm run build`; loading it checks its sha256 against the report text, so a
 * stale or missing index is a clear error, never a silent wrong answer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report, SourceMeta } from '../core/model.js';
import { ReportIndex } from '../core/corpus/report-index.js';

export const REPORT_KEY = 'ks2021';

/** The folder of this module (or of the bundle it was built into). */
function moduleDir(): string | undefined {
  if (typeof __dirname === 'string') return __dirname;
  // ESM: read our own location from a stack frame (import.meta is not available in the CJS bundle).
  const stack = new Error().stack ?? '';
  const m = /(file:\/\/[^\s):]+(?::[^\s):]+)?)/.exec(stack) ?? /\(?(\/[^\s():]+\.(?:m?js|cjs|ts|mts))/.exec(stack);
  if (!m) return undefined;
  let file = m[1];
  if (file.startsWith('file://')) {
    file = file.replace(/:\d+$/, '');
    try {
      file = fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  return path.dirname(file);
}

function hasResources(dir: string): boolean {
  return existsSync(path.join(dir, 'resources', 'report', `${REPORT_KEY}.txt`));
}

/** The folder that holds `resources/` (the package root). Throws a clear Error when none is found. */
export function resourcesRoot(start?: string): string {
  const starts = start ? [start] : [moduleDir(), process.cwd()].filter((x): x is string => !!x);
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
  return path.join(root, 'resources', 'report', `${REPORT_KEY}.txt`);
}
export function reportMetaPath(root: string): string {
  return path.join(root, 'resources', 'report', `${REPORT_KEY}.meta.json`);
}
export function reportIndexPath(root: string): string {
  return path.join(root, 'resources', 'index', `${REPORT_KEY}.report.json`);
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads the metadata file (without sha256, which the build computes). */
export function readMeta(root: string): Omit<SourceMeta, 'sha256'> {
  return JSON.parse(readFileSync(reportMetaPath(root), 'utf8')) as Omit<SourceMeta, 'sha256'>;
}

const NOT_BUILT = 'run `npm run build` to build it';

function checkReport(raw: string, textBuf: Buffer | undefined, root: string): Report {
  let report: Report;
  try {
    report = JSON.parse(raw) as Report;
  } catch {
    throw new Error(`the report index ${reportIndexPath(root)} is not valid JSON; ${NOT_BUILT}`);
  }
  if (!report || !Array.isArray(report.findings) || !Array.isArray(report.sections) || !report.source) {
    throw new Error(`the report index ${reportIndexPath(root)} has the wrong shape; ${NOT_BUILT}`);
  }
  if (textBuf && report.source.sha256 !== sha256(textBuf)) {
    throw new Error(`the report index is stale (the report text changed since it was built); ${NOT_BUILT}`);
  }
  return report;
}

const reports = new Map<string, Report>();
const indexes = new Map<string, ReportIndex>();

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
