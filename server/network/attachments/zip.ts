// A small ZIP reader for checking office documents: lists the entries from the central directory and inflates
// the few it is asked for, with every size bounded (entries, declared and actual inflated sizes) against zip bombs.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Most entries read from the central directory. */
  maxEntries: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 5_000, maxEntryBytes: 8 * 1024 * 1024 };

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a ZIP archive, or a ZipError when it is not a readable one (ZIP64 and encryption included). */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes (after an optional comment).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('ZIP64 is not supported');
  if (count > limits.maxEntries) throw new ZipError('too many entries');
  if (dirOffset + dirSize > eocd) throw new ZipError('central directory out of bounds');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = dirOffset;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('bad central entry');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipError('bad entry name');
    if ((flags & 0x1) !== 0) throw new ZipError('encrypted entries are not supported');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry (stored or deflated), never more than `maxBytes` (ZipError past it). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipError('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('entry out of bounds');
  const data = bytes.subarray(start, end);
  if (entry.size > maxBytes) throw new ZipError('entry too large');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`compression method ${entry.method} is not supported`);
  try {
    // maxOutputLength stops a lying header: the inflater refuses to produce more than allowed.
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch {
    throw new ZipError('entry does not inflate within bounds');
  }
}
