/** Opens the built search index over a report, with a clear error when it cannot be used. */
import type { Report } from '../model.js';
import { EvidenceSearch } from './index.js';

/** Parses the search index over an opened report. `where` names the file in errors. */
export function parseSearchIndex(raw: string, report: Report, where: string): EvidenceSearch {
  try {
    return EvidenceSearch.fromJSON(raw, report);
  } catch (err) {
    throw new Error(`the search index ${where} cannot be used: ${(err as Error).message}`);
  }
}
