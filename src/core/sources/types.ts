/**
 * Sources the writer adds beside the built-in report (../shared contract,
 * "Other sources"): entries of a bibliography as pandoc reads it, and
 * documents indexed from `.evidensplan/sources/<key>/`.
 *
 * The core reads no files: a `SourceReader` (Node: fs; editor: workspace.fs)
 * hands it bytes, so the same code runs in the CLI, the desktop editor and on
 * the web.
 */

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), loosely typed. */
export interface CslEntry {
  id: string;
  type?: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts'?: (number | string)[][]; literal?: string; raw?: string };
  publisher?: string;
  'publisher-place'?: string;
  'container-title'?: string;
  'collection-title'?: string;
  number?: string | number;
  URL?: string;
  language?: string;
  [field: string]: unknown;
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** Where an entry or source came from, for messages and Go to Definition. */
export interface Origin {
  /** Path (posix separators) of the file, or of the plan for `references:`. */
  file: string;
  /** 1-based line of the entry in that file (1 when unknown). */
  line: number;
}

export type SourceProblemCode =
  /** A bibliography file or source folder that is named but not there. */
  | 'missing-file'
  /** A bibliography file whose syntax does not parse (detail says where). */
  | 'bib-syntax'
  /** A bibliography file with a name pandoc would not read (.json, .yaml, .yml, .bib, .bibtex). */
  | 'bib-format'
  /** A bibliography that parses but holds no entries. */
  | 'bib-empty'
  /** An entry without an id. */
  | 'bib-no-id'
  /** The same key twice (in one or in two bibliographies, or a bibliography and a source folder). */
  | 'duplicate-key'
  /** A source folder without `source.csl.json`, or one that is not valid. */
  | 'no-metadata'
  /** A source folder without `source.md`. */
  | 'no-text'
  /** A file larger than the limit. */
  | 'too-large'
  /** Not UTF-8 text (another encoding or binary). */
  | 'encoding'
  /** `bibliography`/`references` with a value of the wrong type. */
  | 'bad-value'
  /** Indexing: the same locator given twice. */
  | 'duplicate-locator'
  /** Indexing: a heading that needs a number to be cited. */
  | 'unnumbered-heading'
  /** Indexing: a footnote whose label is not a number. */
  | 'footnote-label';

export interface SourceProblem {
  code: SourceProblemCode;
  severity: 'error' | 'warning';
  /** The file the problem is in (posix path): a bibliography, a source's file, or the plan. */
  file: string;
  /** 1-based position in `file` (1, 1 when the file as a whole is concerned). */
  line: number;
  column: number;
  /** Parameters of the message (key, path, detail, locator, size, …). */
  params: Record<string, string>;
  /** Set when the problem belongs to the plan's front matter: the key whose value names the file. */
  planKey?: 'bibliography' | 'references';
}

/** Reads files for the loader. Paths use `/`; `undefined` means "no such file or folder". */
export interface SourceReader {
  read(path: string): Promise<Uint8Array | undefined>;
  /** Names of the entries of a folder, or undefined when there is no such folder. */
  list(path: string): Promise<string[] | undefined>;
}

/** A persistent cache of indexed sources by content hash (the extension's storage). Optional. */
export interface SourceCache {
  get(hash: string): Promise<string | undefined>;
  set(hash: string, value: string): Promise<void>;
}
