// A tiny reader of a ZIP file's central directory (enough to list a VSIX without unzip).
// Returns the entries' names and sizes; throws a clear Error on a file that is not a ZIP.

/** @param {Buffer} buf @returns {{name: string, size: number, compressedSize: number}[]} */
export function listZip(buf) {
  // End of central directory record: signature 0x06054b50, at most 65535+22 bytes from the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a ZIP file (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  let off = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (off + 46 > buf.length || buf.readUInt32LE(off) !== 0x02014b50) throw new Error('damaged ZIP central directory');
    const compressedSize = buf.readUInt32LE(off + 20);
    const size = buf.readUInt32LE(off + 24);
    const nameLen = buf.readUInt16LE(off + 28);
    const extraLen = buf.readUInt16LE(off + 30);
    const commentLen = buf.readUInt16LE(off + 32);
    const name = buf.toString('utf8', off + 46, off + 46 + nameLen);
    entries.push({ name, size, compressedSize });
    off += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
