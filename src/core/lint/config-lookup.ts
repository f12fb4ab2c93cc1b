/**
 * Which `.evidensplan.jsonc` applies to a file: the one look-up the CLI and the
 * editor share (the contract: "found by walking up from the linted file, shared
 * by the CLI and the editor").
 *
 * - An explicit config (`--config FILE`) wins; nothing is searched.
 * - Otherwise the search starts in the file's folder (or in the path itself when it
 *   is a folder) and goes up one folder at a time to the root of the file system;
 *   the first folder holding `.evidensplan.jsonc` decides. Anything at that name
 *   counts, so a folder or a pipe named so is reported instead of silently skipped.
 * - No config: the defaults.
 *
 * The file system is handed in (`ConfigFs`): Node's fs for the CLI, `workspace.fs`
 * for the editor (virtual workspaces and the web extension included). The CLI's
 * file system answers at once and the editor's with promises; the look-up is
 * written once, as a generator that yields each file-system answer it waits for,
 * and driven synchronously (`findConfigSync`, `loadConfigSync`) or asynchronously
 * (`findConfig`, `loadConfig`).
 */
import type { UiLanguage } from '../i18n.js';
import { decodeConfig, MAX_CONFIG_BYTES, unreadableConfig, type ResolvedConfig } from './config.js';

export const CONFIG_NAME = '.evidensplan.jsonc';

/** A guard against a file system whose parents never end (a virtual one); real trees are far shallower. */
export const MAX_CONFIG_LEVELS = 128;

export type ConfigFileKind = 'file' | 'directory' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'symlink' | 'other';

/** What the look-up needs from a file system. `P` is a path (Node) or a URI (the editor). */
export interface ConfigFs<P, Sync extends boolean = boolean> {
  /** The folder holding `p`, or undefined at the root. */
  parent(p: P): P | undefined;
  join(folder: P, name: string): P;
  /** What is at `p` (undefined: nothing, or it cannot be examined). */
  stat(p: P): Answer<{ kind: ConfigFileKind; size: number } | undefined, Sync>;
  /** The bytes of the regular file at `p`; a problem is thrown (an Error with a `code` such as ENOENT, or a message). */
  read(p: P): Answer<Uint8Array, Sync>;
  /** How `p` is named in messages. */
  label(p: P): string;
}

type Answer<T, Sync extends boolean> = Sync extends true ? T : T | Promise<T>;

export interface FindOptions<P> {
  /** An explicit config file: used as it is (`--config`). */
  explicit?: P;
  /** What `from` is when the caller knows (saves a look at it): a document is a file. */
  fromKind?: 'file' | 'directory';
}

export interface LoadOptions {
  /** Rule ids that exist (others are flagged). */
  knownRules?: ReadonlySet<string>;
  lang?: UiLanguage;
}

export interface FoundConfig<P> {
  config: ResolvedConfig;
  /** The config file, if one applies. */
  file?: P;
}

// A step waits for one file-system answer: `yield` hands the (maybe pending) answer to the driver.
type Steps<T> = Generator<unknown, T, unknown>;
function* wait<T>(answer: T | Promise<T>): Steps<T> {
  return (yield answer) as T;
}

function* findSteps<P>(fs: ConfigFs<P>, from: P, opts: FindOptions<P>): Steps<P | undefined> {
  if (opts.explicit !== undefined) return opts.explicit;
  let kind = opts.fromKind;
  if (!kind) {
    const st = yield* wait(safe(() => fs.stat(from)));
    kind = st?.kind === 'directory' ? 'directory' : 'file';
  }
  let folder: P | undefined = kind === 'directory' ? from : fs.parent(from);
  for (let level = 0; folder !== undefined && level < MAX_CONFIG_LEVELS; level++) {
    const candidate = fs.join(folder, CONFIG_NAME);
    if (yield* wait(safe(() => fs.stat(candidate)))) return candidate;
    folder = fs.parent(folder);
  }
  return undefined;
}

function* loadSteps<P>(fs: ConfigFs<P>, file: P, opts: LoadOptions): Steps<ResolvedConfig> {
  const label = fs.label(file);
  const lang = opts.lang ?? 'nb';
  const st = yield* wait(safe(() => fs.stat(file)));
  if (!st) return unreadableConfig(label, { notFound: true }, lang);
  if (st.kind !== 'file' && st.kind !== 'symlink') return unreadableConfig(label, { notRegular: st.kind }, lang);
  if (st.size > MAX_CONFIG_BYTES) return unreadableConfig(label, { tooLarge: st.size }, lang);
  let bytes: Uint8Array;
  try {
    bytes = yield* wait(fs.read(file));
  } catch (err) {
    const e = err as { code?: unknown; notRegular?: unknown; message?: unknown };
    if (typeof e?.notRegular === 'string') return unreadableConfig(label, { notRegular: e.notRegular }, lang);
    if (e?.code === 'ENOENT' || e?.code === 'FileNotFound') return unreadableConfig(label, { notFound: true }, lang);
    return unreadableConfig(label, { error: typeof e?.code === 'string' ? e.code : String(e?.message ?? err) }, lang);
  }
  return decodeConfig(bytes, label, opts.knownRules, opts.lang ?? 'nb');
}

function* lookupSteps<P>(fs: ConfigFs<P>, from: P, opts: FindOptions<P> & LoadOptions): Steps<FoundConfig<P>> {
  const file = yield* findSteps(fs, from, opts);
  if (file === undefined) return { config: { rules: {}, errors: [] } };
  return { config: yield* loadSteps(fs, file, opts), file };
}

/** A file-system answer that may fail: failing means "nothing there" (as `existsSync` says). */
function safe<T>(f: () => T | Promise<T>): T | undefined | Promise<T | undefined> {
  try {
    const v = f();
    return isPromise(v) ? v.catch(() => undefined) : v;
  } catch {
    return undefined;
  }
}

function isPromise<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof (v as { then?: unknown })?.then === 'function';
}

function runSync<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) {
    if (isPromise(r.value)) throw new Error('config look-up: a synchronous file system answered with a promise');
    r = steps.next(r.value);
  }
  return r.value;
}

async function runAsync<T>(steps: Steps<T>): Promise<T> {
  let r = steps.next();
  while (!r.done) {
    let answer: unknown;
    try {
      answer = await r.value;
    } catch (err) {
      r = steps.throw(err);
      continue;
    }
    r = steps.next(answer);
  }
  return r.value;
}

// Errors thrown by a synchronous read reach the generator's try/catch directly (the call happens inside it).

/** The config file that applies to `from` (a file or folder), or undefined. */
export function findConfigSync<P>(fs: ConfigFs<P, true>, from: P, opts: FindOptions<P> = {}): P | undefined {
  return runSync(findSteps(fs, from, opts));
}

export function findConfig<P>(fs: ConfigFs<P>, from: P, opts: FindOptions<P> = {}): Promise<P | undefined> {
  return runAsync(findSteps(fs, from, opts));
}

/** Reads and parses one config file. Never throws: problems are in `errors`, located in the file. */
export function loadConfigSync<P>(fs: ConfigFs<P, true>, file: P, opts: LoadOptions = {}): ResolvedConfig {
  return runSync(loadSteps(fs, file, opts));
}

export function loadConfig<P>(fs: ConfigFs<P>, file: P, opts: LoadOptions = {}): Promise<ResolvedConfig> {
  return runAsync(loadSteps(fs, file, opts));
}

/** The config that applies to `from`, read and parsed (the defaults when none does). */
export function lookupConfigSync<P>(fs: ConfigFs<P, true>, from: P, opts: FindOptions<P> & LoadOptions = {}): FoundConfig<P> {
  return runSync(lookupSteps(fs, from, opts));
}

export function lookupConfig<P>(fs: ConfigFs<P>, from: P, opts: FindOptions<P> & LoadOptions = {}): Promise<FoundConfig<P>> {
  return runAsync(lookupSteps(fs, from, opts));
}
