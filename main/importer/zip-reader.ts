/**
 * Reads zip files from their bytes, trusting nothing they say: the central
 * directory is read by yauzl (ZIP64 included), every entry is unpacked
 * on its own with the output bounded by the size the directory declares, and
 * the unpacked bytes are checked against that size and the entry's CRC-32.
 * Names are decoded for display only: a name is never used as a file path.
 * Pure; errors are values.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import * as yauzl from 'yauzl';

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

const LOCAL = 0x04034b50;

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

/**
 * The entries of a zip's central directory, the first `maxEntries` of them;
 * `total` is how many the zip declares. The directory (ZIP64 included) is read by
 * yauzl; names are decoded here, for display only, so a name like `..\\x` is
 * listed rather than refused, and sizes are not trusted: unpackEntry checks them.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): Promise<ZipDirectory> {
  return new Promise((resolve) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: false }, (openError, zip) => {
      if (openError || !zip) {
        resolve({ ok: false, error: directoryProblem(openError) });
        return;
      }
      const entries: ZipEntry[] = [];
      let settled = false;
      const finish = (result: ZipDirectory): void => {
        if (settled) return;
        settled = true;
        zip.close();
        resolve(result);
      };
      zip.on('entry', (entry: yauzl.Entry) => {
        const rawName = decodeName(entry.fileName as unknown as Uint8Array);
        entries.push({
          index: entries.length,
          rawName,
          folder: /[/\\]$/.test(rawName),
          method: entry.compressionMethod,
          encrypted: (entry.generalPurposeBitFlag & 1) === 1,
          crc: entry.crc32,
          compressedSize: entry.compressedSize,
          size: entry.uncompressedSize,
          localHeaderOffset: entry.relativeOffsetOfLocalHeader,
        });
        if (entries.length >= maxEntries) finish({ ok: true, entries, total: zip.entryCount });
        else zip.readEntry();
      });
      zip.on('end', () => finish({ ok: true, entries, total: zip.entryCount }));
      zip.on('error', (error: Error) =>
        finish({ ok: false, error: `its directory is damaged at entry ${entries.length + 1} of ${zip.entryCount} (${error.message})` }),
      );
      zip.readEntry();
    });
  });
}

function directoryProblem(error: Error | null): string {
  const message = error?.message ?? 'unknown error';
  if (/end of central directory record signature not found/i.test(message))
    return 'it has no zip directory (it is not a zip file, or it is cut off)';
  return message;
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
  if (entry.encrypted)
    return {
      ok: false,
      error: 'This entry of the zip file is encrypted; Verbatim cannot read it. Unpack the zip with its password and import the folder.',
    };
  if (entry.method !== 0 && entry.method !== 8) {
    return {
      ok: false,
      error: `This entry of the zip file is compressed with a method Verbatim cannot read (method ${entry.method}). Unpack the zip and import the folder.`,
    };
  }
  const view = new View(bytes);
  const local = entry.localHeaderOffset;
  if (!view.fits(local, 30) || view.u32(local) !== LOCAL)
    return { ok: false, error: 'This entry of the zip file is damaged (its header is missing); it was not read.' };
  const start = local + 30 + view.u16(local + 26) + view.u16(local + 28);
  if (!view.fits(start, entry.compressedSize))
    return { ok: false, error: 'This entry of the zip file is cut off (it runs past the end of the file); it was not read.' };
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
      return {
        ok: false,
        error: `This entry of the zip file could not be unpacked (${error instanceof Error ? error.message : String(error)}); it is damaged.`,
      };
    }
  }
  if (data.length > entry.size) return { ok: false, error: moreThanDeclared(entry) };
  if (data.length < entry.size) {
    return {
      ok: false,
      error: `The zip's directory says this entry holds ${bytesText(entry.size)}, but it unpacks to ${bytesText(data.length)}: the zip is damaged. The entry was not imported.`,
    };
  }
  if (crc32(data) >>> 0 !== entry.crc >>> 0)
    return {
      ok: false,
      error: 'This entry of the zip file is damaged: its checksum (CRC-32) does not match its contents. It was not imported.',
    };
  return { ok: true, bytes: data };
}

function moreThanDeclared(entry: ZipEntry): string {
  return `The zip's directory says this entry holds ${bytesText(entry.size)}, but it unpacks to more: the zip is damaged or made to mislead. The entry was not imported.`;
}
