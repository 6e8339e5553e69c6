import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportProgress, ImportReport } from '../../preload/api';
import type { Archive } from '../archive/archive';
import { collectFiles, describeFsError } from './collect';
import { parseFile, type ParseFileOptions } from './detect';

/** Larger files are refused with a message rather than read into memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

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
    if (info.size > limit) {
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
  const outcome = parseFile(basename(path), bytes, options);
  if (outcome.kind === 'skipped') {
    report.skipped.push({ path, reason: outcome.reason });
    return;
  }
  if (outcome.kind === 'failed') {
    report.failed.push({ path, error: outcome.error });
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
