import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { unzipSync } from 'fflate';
import type { ImportProgress, ImportReport } from '../../preload/api';
import type { Archive } from '../archive/archive';
import { collectFiles, describeFsError } from './collect';
import { isKnownExtension, parseFile, type ParseFileOptions } from './detect';

/** Larger files are refused with a message rather than read into memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A zip file is read whole (its entries are decompressed a batch at a time). */
export const MAX_ZIP_BYTES = 1024 * 1024 * 1024;

export interface ImportOptions extends ParseFileOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  maxFileBytes?: number;
}

export function emptyReport(): ImportReport {
  return { imported: 0, updated: 0, unchanged: 0, documents: [], failed: [], skipped: [], warnings: [], cancelled: false };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Imports files and folders into the archive, one transaction per document.
 * Every input file ends up in the report: its documents, or failed, or skipped.
 * Cancelling stops before the next file and keeps what was committed.
 */
export async function importPaths(archive: Archive, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  const report = emptyReport();
  const { files, missing } = await collectFiles(paths);
  report.failed.push(...missing);
  const started = Date.now();
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  const progress = (done: number, current: string | null): void => {
    if (!options.onProgress) return;
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    options.onProgress({
      filesDone: done,
      filesTotal: files.length,
      currentFile: current,
      documents: report.documents.length,
      rate,
      secondsLeft: rate > 0 ? (files.length - done) / rate : null,
    });
  };
  let done = 0;
  for (const path of files) {
    progress(done, path);
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    await importOne(archive, path, limit, options, report);
    done += 1;
    if (done % 8 === 0) await tick();
  }
  progress(done, null);
  return report;
}

async function importOne(archive: Archive, path: string, limit: number, options: ImportOptions, report: ImportReport): Promise<void> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    const isZip = extname(path).toLowerCase() === '.zip';
    if (info.size > (isZip ? MAX_ZIP_BYTES : limit)) {
      report.failed.push({
        path,
        error: `The file is ${megabytes(info.size)}; Verbatim reads transcript files up to ${megabytes(limit)}. Split it into smaller files.`,
      });
      return;
    }
    bytes = await readFile(path);
  } catch (error) {
    report.failed.push({ path, error: describeFsError(error) });
    return;
  }
  if (extname(path).toLowerCase() === '.zip') importZip(archive, path, bytes, limit, options, report);
  else importBytes(archive, path, bytes, options, report);
}

/** Parses one file's bytes and writes its documents, each in its own transaction. */
function importBytes(archive: Archive, path: string, bytes: Uint8Array, options: ImportOptions, report: ImportReport): void {
  const outcome = parseFile(basename(path), bytes, options);
  if (outcome.kind === 'skipped') {
    report.skipped.push({ path, reason: outcome.reason });
    return;
  }
  if (outcome.kind === 'failed') {
    report.failed.push(outcome.columns ? { path, error: outcome.error, columns: outcome.columns } : { path, error: outcome.error });
    return;
  }
  if (outcome.documents.length === 0) {
    report.skipped.push({ path, reason: 'no transcript was found in the file' });
    return;
  }
  const fileHash = createHash('sha256').update(bytes).digest('hex');
  for (const doc of outcome.documents) {
    try {
      const result = archive.write(doc, { path, size: bytes.length, fileHash, format: outcome.format });
      report[result.status] += 1;
      report.documents.push({ id: result.id, title: doc.title, path, status: result.status });
      for (const message of doc.warnings) report.warnings.push({ path, message: `${doc.title}: ${message}` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.failed.push({ path, error: `“${doc.title}” could not be saved: ${reason}` });
    }
  }
}

/** Uncompressed bytes decompressed at once when reading a zip file, to bound memory. */
const ZIP_BATCH_BYTES = 64 * 1024 * 1024;

interface ZipEntry {
  name: string;
  size: number;
}

/** Reads the list of a zip's entries without decompressing any. */
function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      entries.push({ name: file.name, size: file.originalSize });
      return false;
    },
  });
  return entries;
}

/** Imports every file inside a zip, as if it were a folder; entries are named "<zip path>/<entry>". */
function importZip(archive: Archive, path: string, bytes: Uint8Array, limit: number, options: ImportOptions, report: ImportReport): void {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch (error) {
    report.failed.push({ path, error: `The zip file could not be read (${error instanceof Error ? error.message : String(error)}); it may be damaged.` });
    return;
  }
  const wanted: ZipEntry[] = [];
  for (const entry of entries) {
    const inner = `${path}/${entry.name}`;
    const base = entry.name.split('/').pop() ?? '';
    if (entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/') || base.startsWith('.')) continue;
    if (entry.size > limit) {
      report.failed.push({ path: inner, error: `The file is ${megabytes(entry.size)}; Verbatim reads transcript files up to ${megabytes(limit)}.` });
    } else if (extname(base).toLowerCase() === '.zip') {
      report.skipped.push({ path: inner, reason: 'a zip inside a zip is not opened; unpack it first' });
    } else if (!isKnownExtension(base)) {
      report.skipped.push({ path: inner, reason: `not a transcript file type (${extname(base) || 'no extension'})` });
    } else {
      wanted.push(entry);
    }
  }
  wanted.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  for (let start = 0; start < wanted.length; ) {
    const batch = new Set<string>();
    let size = 0;
    while (start < wanted.length && (batch.size === 0 || size + wanted[start].size <= ZIP_BATCH_BYTES)) {
      batch.add(wanted[start].name);
      size += wanted[start].size;
      start += 1;
    }
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: (file) => batch.has(file.name) });
    } catch (error) {
      for (const name of batch) {
        report.failed.push({ path: `${path}/${name}`, error: `This entry of the zip file could not be decompressed (${error instanceof Error ? error.message : String(error)}).` });
      }
      continue;
    }
    for (const name of batch) importBytes(archive, `${path}/${name}`, files[name] ?? new Uint8Array(), options, report);
  }
}
