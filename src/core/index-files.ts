/**
 * The built index files and how to open them, independent of how they are read: the CLI reads
 * them from disk (src/node/resources.ts), the extension through `vscode.workspace.fs` from its own
 * URI (src/vscode/services-resources.ts), on the desktop and on the web alike.
 *
 * Paths are relative to the package root, with forward slashes (a URI path as much as a file path).
 * Checking the index against the report text uses Web Crypto (`crypto.subtle`, present in Node 20
 * and every browser), so a stale or missing index is a clear error, never a silent wrong answer.
 */
import type { Report } from './model.js';
import { ReportIndex } from './corpus/report-index.js';
import type { EvidenceSearch } from './search/index.js';

export const REPORT_KEY = 'ks2021';

/** Package-relative paths of the files read at run time. */
export const RESOURCE_FILES = Object.freeze({
  reportText: `resources/report/${REPORT_KEY}.txt`,
  reportMeta: `resources/report/${REPORT_KEY}.meta.json`,
  reportIndex: `resources/index/${REPORT_KEY}.report.json`,
  searchIndex: `resources/index/${REPORT_KEY}.search.json`,
});

export const NOT_BUILT = 'run `npm run build` to build it';

/** Reads one package-relative file; rejects when it is missing. */
export type ReadBytes = (relativePath: string) => Promise<Uint8Array>;

/** Hex sha256 of bytes or text, by Web Crypto. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCryptoLike } }).crypto?.subtle;
  if (!subtle) throw new Error('no Web Crypto (crypto.subtle) in this JavaScript host');
  const digest = await subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
interface SubtleCryptoLike {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
}

/**
 * Parses the report index and checks its shape; when `textSha256` is given (the hash of the
 * report text the index was built from), also that it is not stale. `where` names the file in errors.
 */
export function parseReportIndex(raw: string, where: string, textSha256?: string): Report {
  let report: Report;
  try {
    report = JSON.parse(raw) as Report;
  } catch {
    throw new Error(`the report index ${where} is not valid JSON; ${NOT_BUILT}`);
  }
  if (!report || !Array.isArray(report.findings) || !Array.isArray(report.sections) || !report.source) {
    throw new Error(`the report index ${where} has the wrong shape; ${NOT_BUILT}`);
  }
  if (textSha256 !== undefined && report.source.sha256 !== textSha256) {
    throw new Error(`the report index is stale (the report text changed since it was built); ${NOT_BUILT}`);
  }
  return report;
}

const decoder = new TextDecoder('utf-8');

async function readOrExplain(read: ReadBytes, rel: string, what: string): Promise<Uint8Array> {
  try {
    return await read(rel);
  } catch {
    throw new Error(`the ${what} ${rel} is missing; ${NOT_BUILT}`);
  }
}

/** The report model through a reader, checked against the report text when that is readable. */
export async function openReport(read: ReadBytes): Promise<Report> {
  const raw = decoder.decode(await readOrExplain(read, RESOURCE_FILES.reportIndex, 'report index'));
  let textSha: string | undefined;
  try {
    textSha = await sha256Hex(await read(RESOURCE_FILES.reportText));
  } catch {
    textSha = undefined; // no text shipped: the shape check still applies
  }
  return parseReportIndex(raw, RESOURCE_FILES.reportIndex, textSha);
}

export async function openReportIndex(read: ReadBytes): Promise<ReportIndex> {
  return new ReportIndex(await openReport(read));
}

/**
 * The search over an opened report. The search code (MiniSearch, the stemmers, the vocabulary
 * tables) is loaded here, on first use, so that opening the report alone does not evaluate it.
 */
export async function openSearch(read: ReadBytes, report: Report): Promise<EvidenceSearch> {
  const raw = decoder.decode(await readOrExplain(read, RESOURCE_FILES.searchIndex, 'search index'));
  const { parseSearchIndex } = await import('./search/open.js');
  return parseSearchIndex(raw, report, RESOURCE_FILES.searchIndex);
}
