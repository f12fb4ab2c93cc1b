/** Bytes → text for the files a writer adds: UTF-8 only, size-capped, binary refused. */

/**
 * Larger files are refused. A report of 400 pages is about 1.5 MB of Markdown; indexing
 * costs roughly 5 µs a character (remark), so the limit keeps a first index under half a minute.
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export type Decoded = { text: string } | { problem: 'too-large'; bytes: number } | { problem: 'encoding'; byte: number; binary: boolean };

/** Decodes UTF-8 (a BOM is dropped). Never throws. */
export function decodeUtf8(bytes: Uint8Array, max = MAX_SOURCE_BYTES): Decoded {
  if (bytes.byteLength > max) return { problem: 'too-large', bytes: bytes.byteLength };
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) return { problem: 'encoding', byte: head.indexOf(0), binary: true };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { problem: 'encoding', byte: firstBadByte(bytes), binary: false };
  }
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstBadByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (!n || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return i;
}

