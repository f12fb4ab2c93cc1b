/**
 * Reading a file the user named, without ever blocking: only regular files are
 * read. A FIFO, socket or device is opened non-blocking (opening a FIFO for
 * reading would otherwise wait for a writer for ever), checked with fstat on
 * the same descriptor (no race between the check and the read), and refused
 * with what it is.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { catalogue, translate, type UiLanguage } from '../core/i18n.js';

export type FileKind = 'file' | 'directory' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'symlink' | 'other';

export function fileKind(st: Stats): FileKind {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character-device';
  if (st.isBlockDevice()) return 'block-device';
  if (st.isSymbolicLink()) return 'symlink';
  return 'other';
}

const KIND_NAMES = catalogue('node.file-kind');

/** "et navngitt rør (FIFO)": what the path is, for a message. */
export function describeKind(kind: FileKind, lang: UiLanguage = 'nb'): string {
  return translate(KIND_NAMES, kind, lang);
}

export type RegularRead = { buf: Buffer } | { error: string } | { notRegular: FileKind };

/** The bytes of a regular file; for anything else, what it is; for an I/O problem, its code (ENOENT, EACCES…). Never blocks. */
export function readRegularFile(file: string): RegularRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
  try {
    const kind = fileKind(fstatSync(fd));
    if (kind !== 'file') return { notRegular: kind };
    return { buf: readFileSync(fd) };
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
  } finally {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
  }
}
