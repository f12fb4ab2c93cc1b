/**
 * Loading the built full-text index (`resources/index/ks2021.search.json`,
 * written by scripts/build-search.ts during `npm run build`). Node only.
 *
 * Both loaders cache per resources root; a missing, unreadable or stale index
 * is a clear Error that says to run `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceSearch } from '../core/search/index.js';
import { NOT_BUILT, RESOURCE_FILES } from '../core/index-files.js';
import { parseSearchIndex } from '../core/search/open.js';
import { BoundedCache } from '../core/util/cache.js';
import { loadReport, loadReportSync, resourcesRoot } from './resources.js';

export function searchIndexPath(root: string): string {
  return path.join(root, ...RESOURCE_FILES.searchIndex.split('/'));
}

/** By resources root (one in practice; a few in tests that build their own). */
const cache = new BoundedCache<string, EvidenceSearch>(4);

const open = parseSearchIndex;

/** The search index over the built report (cached per root). Rejects with a clear Error when it is missing or stale. */
export async function loadSearch(root?: string): Promise<EvidenceSearch> {
  const r = root ?? resourcesRoot();
  const hit = cache.get(r);
  if (hit) return hit;
  const file = searchIndexPath(r);
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch {
    throw new Error(`the search index ${file} is missing; ${NOT_BUILT}`);
  }
  const search = open(json, await loadReport(r), file);
  cache.set(r, search);
  return search;
}

/** As `loadSearch`, synchronously (for the CLI and benchmarks). */
export function loadSearchSync(root?: string): EvidenceSearch {
  const r = root ?? resourcesRoot();
  const hit = cache.get(r);
  if (hit) return hit;
  const file = searchIndexPath(r);
  if (!existsSync(file)) throw new Error(`the search index ${file} is missing; ${NOT_BUILT}`);
  const search = open(readFileSync(file, 'utf8'), loadReportSync(r), file);
  cache.set(r, search);
  return search;
}
