/**
 * Linting files on disk (Node only): expands paths (files, folders → *.md
 * recursively, globs), reads each file as UTF-8 (binary or non-UTF-8 → one
 * clear message, and the run goes on), finds its config, lints, and optionally
 * writes fixes.
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { catalogue, type UiLanguage } from '../core/i18n.js';
import { translate, type Catalogue } from '../core/i18n.js';
import type { ReportIndex } from '../core/corpus/report-index.js';
import type { SearchLike } from '../core/lint/context.js';
import { lintText } from '../core/lint/engine.js';
import { fixAll } from '../core/lint/fix.js';
import type { ConfigError } from '../core/lint/config.js';
import type { LintMessage } from '../core/lint/types.js';
import { ConfigResolver } from './config.js';
import { describeKind, fileKind, readRegularFile, type FileKind } from './read-file.js';
import { analyzePlan } from '../core/plan/analyze.js';
import { fileSourceMessages, planSourceMessages } from '../core/sources/lint.js';
import { loadPlanSources } from './sources.js';

export const ENCODING_ID = 'encoding';

export interface FileResult {
  /** Path as given or found (relative to cwd when under it). */
  file: string;
  absolute: string;
  messages: LintMessage[];
  /** Number of fixes written (with `fix`). */
  fixed?: number;
}

export interface LintRun {
  results: FileResult[];
  /** Paths that could not be read or matched nothing (exit code 2). */
  ioErrors: string[];
  configErrors: ConfigError[];
}

export interface LintFilesOptions {
  cwd?: string;
  /** An explicit config file (else each file's nearest `.evidensplan.jsonc`). */
  config?: string;
  fix?: boolean;
  report: ReportIndex;
  search?: SearchLike;
  now?: Date;
  uiLanguage?: UiLanguage;
  /**
   * Called with each file's result, in file order, as soon as it is done; the
   * results are then not kept in `LintRun.results` (a long run holds none).
   */
  onResult?: (result: FileResult) => void;
  /** Writes a fixed file (default: writeFileSync as UTF-8); injectable so a test can make writing fail. */
  writeFile?: (file: string, text: string) => void;
}

const messages = catalogue('node.lint');

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** Files for the given paths: files as they are, folders → **\/*.md, globs expanded. */
export async function expandPaths(paths: string[], cwd: string, lang: UiLanguage = 'nb'): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  const t = (k: keyof typeof messages, p: Record<string, string>) => translate(messages, k, lang, p);
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) {
      files.push(abs);
    } else if (st?.isDirectory()) {
      const found = await glob(['**/*.md', '**/*.markdown'], { cwd: abs, absolute: true, ignore: IGNORE, dot: false });
      if (!found.length) errors.push(t('noMarkdown', { path: p }));
      files.push(...found.sort());
    } else if (st) {
      // A FIFO, socket or device: reading it could block for ever.
      errors.push(t('notRegular', { path: p, kind: describeKind(fileKind(st), lang) }));
    } else if (isDynamicPattern(p)) {
      const found = await glob([p], { cwd, absolute: true, ignore: IGNORE });
      if (!found.length) errors.push(t('noMatch', { path: p }));
      files.push(...found.sort());
    } else {
      errors.push(t('notFound', { path: p }));
    }
  }
  return { files: [...new Set(files)], errors };
}

type ReadResult =
  | { text: string; bom: boolean }
  | { problem: 'binary' | 'not-utf8'; byte?: number }
  | { error: string }
  | { notRegular: FileKind };

const UTF8_BOM = '\uFEFF';

/**
 * Reads a plan: UTF-8 text (a byte-order mark is taken off and reported in
 * `bom`, so a fix can put it back), or why not. Only regular files are read:
 * a FIFO or device is refused without blocking.
 */
export function readPlan(file: string): ReadResult {
  const read = readRegularFile(file);
  if (!('buf' in read)) return read;
  const buf = read.buf;
  const head = buf.subarray(0, 8000);
  if (head.includes(0)) return { problem: 'binary' };
  try {
    const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), bom };
  } catch {
    // Find the first bad byte for the message.
    let byte = 0;
    for (let lo = 0, hi = buf.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid));
        lo = mid + 1;
        byte = mid;
      } catch {
        hi = mid;
      }
    }
    return { problem: 'not-utf8', byte };
  }
}

/** The path as shown: relative to `cwd` when under it, else absolute. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

export async function lintFiles(paths: string[], opts: LintFilesOptions): Promise<LintRun> {
  const cwd = opts.cwd ?? process.cwd();
  const lang = opts.uiLanguage ?? 'nb';
  const t = (k: keyof typeof messages, p: Record<string, string> = {}) => translate(messages, k, lang, p);
  const { files, errors } = await expandPaths(paths, cwd, lang);
  const resolver = new ConfigResolver(opts.config, lang);
  const run: LintRun = { results: [], ioErrors: errors, configErrors: [] };
  const sourceResults = new Map<string, FileResult>();
  const emit = (r: FileResult) => (opts.onResult ? opts.onResult(r) : run.results.push(r));
  for (const abs of files) {
    const file = displayPath(abs, cwd);
    const config = resolver.forFile(abs);
    const ui = opts.uiLanguage ?? config.language ?? 'nb';
    const read = readPlan(abs);
    if ('error' in read) {
      run.ioErrors.push(t('unreadable', { path: file, detail: read.error }));
      continue;
    }
    if ('notRegular' in read) {
      run.ioErrors.push(t('notRegular', { path: file, kind: describeKind(read.notRegular, lang) }));
      continue;
    }
    if ('problem' in read) {
      const message = read.problem === 'binary' ? translate(messages, 'binary', ui) : translate(messages, 'notUtf8', ui, { byte: String(read.byte ?? 0) });
      emit({
        file,
        absolute: abs,
        messages: [{ ruleId: ENCODING_ID, severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0, message, evidence: [] }],
      });
      continue;
    }
    let text = read.text;
    // The writer's sources (front matter, config, .evidensplan/sources): problems with them go on the
    // plan's front matter key or on their own file, and the plan is still checked.
    const plan = analyzePlan(text);
    const loaded = await loadPlanSources(abs, plan, config);
    for (const [f, list] of fileSourceMessages(loaded.problems, ui, (x) => displayPath(path.resolve(x), cwd))) {
      const key = path.resolve(f);
      if (!sourceResults.has(key)) sourceResults.set(key, { file: displayPath(key, cwd), absolute: key, messages: list });
    }
    // No language chosen (--lang, config): the engine writes messages in the plan's own written standard.
    const lintOpts = { filePath: abs, config, report: opts.report, sources: loaded.sources, search: opts.search, now: opts.now, uiLanguage: opts.uiLanguage ?? config.language };
    const lintWith = (t: string, p = analyzePlan(t)) => {
      const out = lintText(t, { ...lintOpts, plan: p });
      const sourceMsgs = planSourceMessages(loaded.problems, p, ui, (x) => displayPath(path.resolve(x), cwd));
      return sourceMsgs.length ? [...sourceMsgs, ...out].sort((a, b) => a.start - b.start || a.end - b.end) : out;
    };
    const original = lintWith(text, plan);
    let msgs = original;
    let fixed = 0;
    if (opts.fix) {
      for (let pass = 0; pass < 3; pass++) {
        const r = fixAll(text, msgs);
        if (!r.applied) break;
        text = r.text;
        fixed += r.applied;
        msgs = lintWith(text);
      }
      if (fixed) {
        try {
          // The decoder took the byte-order mark off; the file keeps it.
          (opts.writeFile ?? ((f: string, s: string) => writeFileSync(f, s, 'utf8')))(abs, read.bom ? UTF8_BOM + text : text);
        } catch (err) {
          // Nothing was saved: say so, and report the file as it is on disk.
          run.ioErrors.push(t('unwritable', { path: file, detail: (err as NodeJS.ErrnoException).code ?? String(err) }));
          fixed = 0;
          msgs = original;
        }
      }
    }
    emit({ file, absolute: abs, messages: msgs, ...(opts.fix ? { fixed } : {}) });
  }
  // Problems in the sources themselves, once per file, after the plans (unless a linted file is one).
  for (const r of sourceResults.values()) if (!files.includes(r.absolute)) emit(r);
  if (opts.config) resolver.forFile(cwd);
  for (const c of resolver.all()) run.configErrors.push(...c.errors);
  return run;
}
