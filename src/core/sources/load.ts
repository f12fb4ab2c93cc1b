/**
 * Loads the writer's sources for a plan: the bibliography files and inline
 * `references:` of its front matter, the `bibliography` of its config, and
 * the indexed sources of the nearest `.evidensplan/sources/` folder. Reads
 * through a SourceReader; never throws: every problem is a SourceProblem and
 * the rest still loads.
 *
 * Precedence for a key declared more than once: an indexed source (it has
 * text) over inline `references:` over the plan's bibliography over the
 * config's (pandoc: inline references win). A key the built-in report has is
 * left to the report, silently (`evidensplan bib` writes it for pandoc).
 */
import { bibFormatOf, parseBibliography, parseReferences, type ParsedEntry } from './bibliography.js';
import { decodeUtf8, MAX_SOURCE_BYTES } from './decode.js';
import { metaOf } from './format.js';
import { indexMarkdown, type IndexedData } from './index-markdown.js';
import { BibSource, IndexedSource, type WriterSource } from './indexed-source.js';
import { ancestors, dirname, joinPath } from './paths.js';
import type { CslEntry, Origin, SourceCache, SourceProblem, SourceReader } from './types.js';
import { BoundedCache } from '../util/cache.js';

/** The folder, under a project folder, that holds one folder per indexed source. */
export const SOURCES_DIR = '.evidensplan/sources';
export const SOURCE_TEXT = 'source.md';
export const SOURCE_META = 'source.csl.json';
/** Bumped when the indexer's output changes, so cached indexes are rebuilt. */
export const INDEX_VERSION = 1;

export interface LoadRequest {
  /** The plan's path (posix): bibliography paths are relative to its folder; `.evidensplan/sources` is looked for above it. */
  planPath?: string;
  /** Without a plan: where to look for `.evidensplan/sources` (the working folder). */
  startDir?: string;
  /** The plan's front matter (`plan.frontmatter.data`). */
  frontmatter?: Record<string, unknown>;
  /** The config's `bibliography`, read relative to the config file's folder. */
  config?: { file: string; bibliography: readonly string[] };
  /** Keys the built-in sources have (the report's "ks2021"). */
  reserved?: readonly string[];
}

export interface LoadedSources {
  /** Every writer's source by key. */
  sources: Map<string, WriterSource>;
  problems: SourceProblem[];
  /** The `.evidensplan/sources` folder used, if one was found. */
  sourcesDir?: string;
  /** Files read (bibliographies and source files), for watching. */
  files: string[];
}

/** Indexed sources by content hash, the 64 most recently used (a writer's sources folder rarely holds more). */
const memo = new BoundedCache<string, IndexedData>(64);

function textOrProblem(bytes: Uint8Array, file: string, problems: SourceProblem[], planKey?: SourceProblem['planKey']): string | undefined {
  const d = decodeUtf8(bytes, MAX_SOURCE_BYTES);
  if ('text' in d) return d.text;
  const base = { severity: 'error' as const, file, line: 1, column: 1, ...(planKey ? { planKey } : {}) };
  if (d.problem === 'too-large') {
    problems.push({ ...base, code: 'too-large', params: { size: (d.bytes / 1048576).toFixed(1), max: String(MAX_SOURCE_BYTES / 1048576) } });
  } else {
    problems.push({ ...base, code: 'encoding', params: { byte: String(d.byte) } });
  }
  return undefined;
}

async function readSafe(reader: SourceReader, file: string): Promise<Uint8Array | undefined> {
  try {
    return await reader.read(file);
  } catch {
    return undefined;
  }
}

async function listSafe(reader: SourceReader, dir: string): Promise<string[] | undefined> {
  try {
    return await reader.list(dir);
  } catch {
    return undefined;
  }
}

/** A value of `bibliography:`: one path or a list of paths. */
function pathList(v: unknown): string[] | undefined {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.map((x: string) => x.trim()).filter(Boolean);
  return undefined;
}

async function loadBibFile(reader: SourceReader, file: string, base: string, problems: SourceProblem[], planKey?: SourceProblem['planKey']): Promise<ParsedEntry[]> {
  const at = { severity: 'error' as const, line: 1, column: 1, ...(planKey ? { planKey } : {}) };
  if (!bibFormatOf(file)) {
    problems.push({ ...at, code: 'bib-format', file, params: {} });
    return [];
  }
  const bytes = await readSafe(reader, file);
  if (!bytes) {
    problems.push({ ...at, code: 'missing-file', file, params: { base } });
    return [];
  }
  const text = textOrProblem(bytes, file, problems, planKey);
  if (text === undefined) return [];
  const parsed = parseBibliography(text, file);
  for (const p of parsed.problems) problems.push(planKey && p.severity === 'error' ? { ...p, planKey } : p);
  return parsed.entries;
}

/** Content hash for the cache: SHA-256 where Web Crypto is there, else FNV-1a (a cache key, not security). */
export async function contentHash(text: string): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: { digest(a: string, d: Uint8Array): Promise<ArrayBuffer> } } }).crypto?.subtle;
  if (subtle) {
    const buf = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 2246822519) >>> 0;
  }
  return `fnv-${h1.toString(16)}${h2.toString(16)}-${text.length}`;
}

/** One indexed source from its folder, or problems saying why not. */
export async function loadSourceFolder(reader: SourceReader, dir: string, key: string, cache?: SourceCache): Promise<{ source?: WriterSource; problems: SourceProblem[]; files: string[] }> {
  const problems: SourceProblem[] = [];
  const metaFile = joinPath(dir, SOURCE_META);
  const textFile = joinPath(dir, SOURCE_TEXT);
  const files = [metaFile, textFile];
  const metaBytes = await readSafe(reader, metaFile);
  const noMeta = (detail: string) => problems.push({ code: 'no-metadata', severity: 'error', file: metaBytes ? metaFile : dir, line: 1, column: 1, params: { key, detail } });
  if (!metaBytes) {
    noMeta('missing');
    return { problems, files };
  }
  const metaText = textOrProblem(metaBytes, metaFile, problems);
  if (metaText === undefined) return { problems, files };
  const parsed = parseBibliography(metaText, metaFile, 'csl-json');
  const entry: CslEntry | undefined = parsed.entries.find((e) => e.entry.id === key)?.entry ?? (parsed.entries.length === 1 ? { ...parsed.entries[0].entry, id: key } : undefined);
  if (!entry) {
    const syntax = parsed.problems.find((p) => p.code === 'bib-syntax');
    if (syntax) problems.push(syntax);
    else noMeta(parsed.entries.length ? 'other-id' : 'empty');
    return { problems, files };
  }
  const textBytes = await readSafe(reader, textFile);
  const origin: Origin = { file: textFile, line: 1 };
  if (!textBytes) {
    problems.push({ code: 'no-text', severity: 'warning', file: dir, line: 1, column: 1, params: { key } });
    return { source: new BibSource(entry, { file: metaFile, line: 1 }), problems, files };
  }
  const text = textOrProblem(textBytes, textFile, problems);
  if (text === undefined) return { source: new BibSource(entry, { file: metaFile, line: 1 }), problems, files };
  const hash = await contentHash(`${INDEX_VERSION}\0${key}\0${metaText}\0${text}`);
  let data = memo.get(hash);
  if (!data && cache) {
    try {
      const hit = await cache.get(hash);
      if (hit) data = JSON.parse(hit) as IndexedData;
    } catch {
      data = undefined;
    }
  }
  if (!data) {
    data = indexMarkdown(text, metaOf(entry, SOURCE_TEXT, hash), textFile);
    if (cache) {
      try {
        await cache.set(hash, JSON.stringify(data));
      } catch {
        /* a cache that cannot be written only costs time */
      }
    }
  }
  memo.set(hash, data);
  problems.push(...data.problems.map((p) => ({ ...p, file: textFile })));
  return { source: new IndexedSource(data, entry, origin), problems, files };
}

/** The nearest `.evidensplan/sources` folder at or above `dir`, with its entries. */
async function findSourcesDir(reader: SourceReader, dir: string): Promise<{ dir: string; names: string[] } | undefined> {
  for (const d of ancestors(dir)) {
    const candidate = joinPath(d, SOURCES_DIR);
    const names = await listSafe(reader, candidate);
    if (names) return { dir: candidate, names };
  }
  return undefined;
}

export async function loadSources(req: LoadRequest, reader: SourceReader, cache?: SourceCache): Promise<LoadedSources> {
  const out: LoadedSources = { sources: new Map(), problems: [], files: [] };
  const reserved = new Set(req.reserved ?? []);
  const planDir = req.planPath ? dirname(req.planPath) : req.startDir;
  /** Key → where it was first declared, for duplicate messages. */
  const declared = new Map<string, string>();

  const addEntries = (entries: ParsedEntry[], file: string) => {
    for (const { entry, line } of entries) {
      if (reserved.has(entry.id)) continue;
      const first = declared.get(entry.id);
      if (first !== undefined) {
        if (!out.sources.get(entry.id) || out.sources.get(entry.id)!.kind !== 'indexed') {
          out.problems.push({ code: 'duplicate-key', severity: 'warning', file, line, column: 1, params: { key: entry.id, other: first } });
        }
        continue;
      }
      declared.set(entry.id, `${file}:${line}`);
      out.sources.set(entry.id, new BibSource(entry, { file, line }));
    }
  };

  // 1. Indexed sources: they have text, so they win over any entry with their key.
  if (planDir) {
    const found = await findSourcesDir(reader, planDir);
    if (found) {
      out.sourcesDir = found.dir;
      for (const name of [...found.names].sort()) {
        if (name.startsWith('.') || reserved.has(name)) continue;
        const dir = joinPath(found.dir, name);
        // A folder holds files; a plain file here is not a source.
        if (!(await listSafe(reader, dir))) continue;
        const r = await loadSourceFolder(reader, dir, name, cache);
        out.problems.push(...r.problems);
        out.files.push(...r.files);
        if (r.source) {
          out.sources.set(name, r.source);
          declared.set(name, r.source.origin.file);
        }
      }
    }
  }

  // 2. Inline references (pandoc: they take precedence over bibliography files).
  const fm = req.frontmatter ?? {};
  const planFile = req.planPath ?? '';
  if (fm.references !== undefined && fm.references !== null) {
    const r = parseReferences(fm.references, planFile, 1);
    out.problems.push(...r.problems);
    addEntries(r.entries, planFile);
  }

  // 3. The plan's bibliography files.
  if (fm.bibliography !== undefined && fm.bibliography !== null) {
    const paths = pathList(fm.bibliography);
    if (!paths) {
      out.problems.push({ code: 'bad-value', severity: 'error', file: planFile, line: 1, column: 1, planKey: 'bibliography', params: { key: 'bibliography', expected: 'a path or a list of paths' } });
    } else {
      for (const p of paths) {
        const file = joinPath(planDir ?? '.', p);
        out.files.push(file);
        addEntries(await loadBibFile(reader, file, planDir ?? '.', out.problems, 'bibliography'), file);
      }
    }
  }

  // 4. The config's bibliography files.
  if (req.config) {
    const base = dirname(req.config.file);
    for (const p of req.config.bibliography) {
      const file = joinPath(base, p);
      out.files.push(file);
      const before = out.problems.length;
      addEntries(await loadBibFile(reader, file, base, out.problems), file);
      // A missing or unreadable file is the config's problem: point at the config.
      for (let i = before; i < out.problems.length; i++) {
        const q = out.problems[i];
        if (q.code === 'missing-file' || q.code === 'bib-format') out.problems[i] = { ...q, file: req.config.file, params: { ...q.params, path: file } };
      }
    }
  }
  return out;
}
