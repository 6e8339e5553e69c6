/**
 * Reads zip files from their bytes, trusting nothing they say: the central
 * directory is read entry by entry (ZIP64 included), every entry is unpacked
 * on its own with the output bounded by the size the directory declares, and
 * the unpacked bytes are checked against that size and the entry's CRC-32.
 * Names are decoded for display only: a name is never used as a file path.
 * Pure; errors are values.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Position in the central directory (0-based). */
  index: number;
  /** The name as the zip stores it (may hold `..`, backslashes, a drive letter). */
  rawName: string;
  /** True for a folder entry (a name ending in a slash). */
  folder: boolean;
  /** Compression method: 0 stored, 8 deflate; others are not read. */
  method: number;
  encrypted: boolean;
  /** Bytes as stored in the zip. */
  compressedSize: number;
  /** Bytes once unpacked, as the directory declares them. */
  size: number;
  crc: number;
  localHeaderOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[]; total: number } | { ok: false; error: string };
export type EntryBytes = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

class View {
  private readonly data: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  fits(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.length;
  }
  u16(at: number): number {
    return this.data.getUint16(at, true);
  }
  u32(at: number): number {
    return this.data.getUint32(at, true);
  }
  u64(at: number): number {
    return Number(this.data.getBigUint64(at, true));
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decodeName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** Where the end-of-central-directory record starts, or -1. */
function findEnd(view: View): number {
  const last = view.bytes.length - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.u32(at) === EOCD) return at;
  }
  return -1;
}

/**
 * The entries of a zip's central directory, the first `maxEntries` of them;
 * `total` is how many the zip declares.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new View(bytes);
  const end = view.fits(0, 22) ? findEnd(view) : -1;
  if (end < 0) return { ok: false, error: 'it has no zip directory (it is not a zip file, or it is cut off)' };
  let total = view.u16(end + 10);
  let offset = view.u32(end + 16);
  if ((total === 0xffff || offset === MAX32) && view.fits(end - 20, 20) && view.u32(end - 20) === ZIP64_LOCATOR) {
    const at = view.u64(end - 12);
    if (!view.fits(at, 56) || view.u32(at) !== ZIP64_EOCD) return { ok: false, error: 'its ZIP64 directory is damaged' };
    total = view.u64(at + 32);
    offset = view.u64(at + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < total && index < maxEntries; index++) {
    if (!view.fits(at, 46) || view.u32(at) !== CENTRAL) return { ok: false, error: `its directory is damaged at entry ${index + 1} of ${total}` };
    const flags = view.u16(at + 8);
    const nameLength = view.u16(at + 28);
    const extraLength = view.u16(at + 30);
    const commentLength = view.u16(at + 32);
    if (!view.fits(at + 46, nameLength + extraLength)) return { ok: false, error: `its directory is cut off at entry ${index + 1} of ${total}` };
    const rawName = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      index,
      rawName,
      folder: /[/\\]$/.test(rawName),
      method: view.u16(at + 10),
      encrypted: (flags & 1) === 1,
      crc: view.u32(at + 16),
      compressedSize: view.u32(at + 20),
      size: view.u32(at + 24),
      localHeaderOffset: view.u32(at + 42),
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, total };
}

/** Sizes and offset too large for 32 bits are in the ZIP64 extra field, in this order, when marked 0xffffffff. */
function readZip64Extra(view: View, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.u16(at);
    const size = view.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | null => {
        if (field + 8 > at + 4 + size) return null;
        const value = view.u64(field);
        field += 8;
        return value;
      };
      if (entry.size === MAX32) entry.size = next() ?? entry.size;
      if (entry.compressedSize === MAX32) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next() ?? entry.localHeaderOffset;
      return;
    }
    at += 4 + size;
  }
}

/** A size for a message: bytes, KB or MB. */
export function bytesText(n: number): string {
  if (n < 10 * 1024) return `${n.toLocaleString('en')} B`;
  if (n < 10 * 1024 * 1024) return `${Math.round(n / 1024).toLocaleString('en')} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

/**
 * Unpacks one entry. The output may not grow past the declared size (so a
 * zip that lies about it costs no more than it declared), and must match it
 * and the declared CRC-32 exactly.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry): EntryBytes {
  if (entry.encrypted) return { ok: false, error: 'This entry of the zip file is encrypted; Verbatim cannot read it. Unpack the zip with its password and import the folder.' };
  if (entry.method !== 0 && entry.method !== 8) {
    return { ok: false, error: `This entry of the zip file is compressed with a method Verbatim cannot read (method ${entry.method}). Unpack the zip and import the folder.` };
  }
  const view = new View(bytes);
  const local = entry.localHeaderOffset;
  if (!view.fits(local, 30) || view.u32(local) !== LOCAL) return { ok: false, error: 'This entry of the zip file is damaged (its header is missing); it was not read.' };
  const start = local + 30 + view.u16(local + 26) + view.u16(local + 28);
  if (!view.fits(start, entry.compressedSize)) return { ok: false, error: 'This entry of the zip file is cut off (it runs past the end of the file); it was not read.' };
  const stored = bytes.subarray(start, start + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = stored;
  } else {
    try {
      // One byte more than declared, so an entry that holds more is caught without unpacking all of it.
      data = inflateRawSync(stored, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, error: moreThanDeclared(entry) };
      return { ok: false, error: `This entry of the zip file could not be unpacked (${error instanceof Error ? error.message : String(error)}); it is damaged.` };
    }
  }
  if (data.length > entry.size) return { ok: false, error: moreThanDeclared(entry) };
  if (data.length < entry.size) {
    return { ok: false, error: `The zip's directory says this entry holds ${bytesText(entry.size)}, but it unpacks to ${bytesText(data.length)}: the zip is damaged. The entry was not imported.` };
  }
  if (crc32(data) >>> 0 !== entry.crc >>> 0) return { ok: false, error: 'This entry of the zip file is damaged: its checksum (CRC-32) does not match its contents. It was not imported.' };
  return { ok: true, bytes: data };
}

function moreThanDeclared(entry: ZipEntry): string {
  return `The zip's directory says this entry holds ${bytesText(entry.size)}, but it unpacks to more: the zip is damaged or made to mislead. The entry was not imported.`;
}
