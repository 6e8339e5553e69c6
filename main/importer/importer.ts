import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ImportProgress, ImportReport } from '../../shared/contract/api';
import type { Archive } from '../archive/archive';
import { BUSY_TIMEOUT_MS } from '../archive/open';
import { isBusy } from '../archive/transaction';
import type { ParsedDocument, SourceFormat } from '../import/types';
import { collectFiles, describeFsError } from './collect';
import { parseFile, type ParseFileOptions } from '../import/detect';
import { capDocument } from '../import/document-bounds';
import { importZip, type ZipHooks } from './zip-import';

/** Larger files are refused with a message rather than read into memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A zip file is read whole (its entries are decompressed a batch at a time). */
export const MAX_ZIP_BYTES = 1024 * 1024 * 1024;

export interface ImportOptions extends ParseFileOptions {
  /**
   * Before each file and zip entry; `report` is the report so far: at those moments
   * everything it lists as written is committed.
   */
  onProgress?: (progress: ImportProgress, report: Readonly<ImportReport>) => void;
  signal?: AbortSignal;
  maxFileBytes?: number;
  /**
   * Files, zip files and zip entries an earlier, interrupted run of this same
   * import already reported (the worker client starts a new run after stopping
   * a stuck file): counted as done, not read again.
   */
  alreadyReported?: ReadonlySet<string>;
  /** Around each group's write: 'writing' before it takes the archive's lock (it may wait for it), 'written' after. */
  onWrite?: (phase: 'writing' | 'written') => void;
}

export function emptyReport(): ImportReport {
  return { imported: 0, updated: 0, unchanged: 0, documents: [], failed: [], skipped: [], warnings: [], cancelled: false };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Files are written in groups that commit together: at most this many… */
const GROUP_FILES = 64;
/** …or this long, so a cancel or another writer never waits more than about this. */
const GROUP_MILLISECONDS = 150;

/**
 * Imports files and folders into the archive. Every document is written in
 * its own savepoint, so a failure rolls back only that document; files are
 * committed in small groups (one SQLite transaction per group is what makes a
 * large import fast). An interrupted import keeps every committed group and
 * leaves the archive consistent. Every input file ends up in the report: its
 * documents, or failed, or skipped. Cancelling stops the folder walk, or
 * stops before the next file or zip entry.
 */
export async function importPaths(archive: Archive, paths: string[], options: ImportOptions = {}): Promise<ImportReport> {
  const report = emptyReport();
  const { files, missing, skipped, cancelled } = await collectFiles(paths, { signal: options.signal });
  report.failed = missing;
  report.skipped = skipped;
  report.cancelled = cancelled;
  const already = options.alreadyReported ?? new Set<string>();
  const zipBudget = { unpacked: 0 };
  const started = Date.now();
  const limit = options.maxFileBytes ?? MAX_FILE_BYTES;
  // A zip file counts as its entries once it is opened.
  let total = files.length;
  let zipEntriesDone = 0;
  const progress = (done: number, current: string | null): void => {
    if (!options.onProgress) return;
    const seconds = (Date.now() - started) / 1000;
    const finished = done + zipEntriesDone;
    const rate = seconds > 0 ? finished / seconds : 0;
    options.onProgress(
      {
        filesDone: finished,
        filesTotal: total,
        currentFile: current,
        documents: report.documents.length,
        rate,
        secondsLeft: rate > 0 ? (total - finished) / rate : null,
      },
      report,
    );
  };
  let done = 0;
  const pending: ParsedFile[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const group = pending.splice(0, pending.length);
    options.onWrite?.('writing');
    try {
      writeGroup(archive, group, report);
    } finally {
      options.onWrite?.('written');
    }
  };
  const sink = (file: ParsedFile): void => {
    pending.push(file);
    if (pending.length >= GROUP_FILES) flush();
  };
  while (done < files.length && !report.cancelled) {
    const groupStart = Date.now();
    for (let n = 0; n < GROUP_FILES && done < files.length && Date.now() - groupStart < GROUP_MILLISECONDS; n++) {
      progress(done, files[done]);
      if (options.signal?.aborted) {
        report.cancelled = true;
        break;
      }
      const path = files[done];
      if (already.has(path)) {
        done += 1;
        continue;
      }
      if (extname(path).toLowerCase() === '.zip') {
        // A zip is read entry by entry with progress, yielding between batches, so it can be cancelled.
        flush();
        await parseZipFile(path, limit, report, zipBudget, already, {
          opened: (entries) => {
            total += entries - 1;
          },
          entry: (name) => {
            progress(done, `${path}/${name}`);
            zipEntriesDone += 1;
            return !options.signal?.aborted;
          },
          parse: (inner, bytes) => parseBytes(inner, bytes, options, report, sink),
          between: async () => {
            flush();
            await tick();
          },
        });
        zipEntriesDone -= 1; // the zip itself is counted by `done`
        if (options.signal?.aborted) report.cancelled = true;
        done += 1;
        break;
      }
      readAndParse(path, limit, options, report, sink);
      done += 1;
    }
    // Parsing happens outside the transaction; the group's documents are written together.
    flush();
    // Let a cancel request (or anything else queued) in between groups.
    await tick();
    if (options.signal?.aborted && done < files.length) report.cancelled = true;
  }
  progress(done, null);
  return report;
}

/** A file read and parsed, waiting to be written. */
interface ParsedFile {
  path: string;
  size: number;
  fileHash: string;
  format: SourceFormat;
  documents: ParsedDocument[];
}

type Sink = (file: ParsedFile) => void;

function readAndParse(path: string, limit: number, options: ImportOptions, report: ImportReport, sink: Sink): void {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (info.size > limit) {
      report.failed.push({
        path,
        error: `The file is ${megabytes(info.size)}; Verbatim reads transcript files up to ${megabytes(limit)}. Split it into smaller files.`,
      });
      return;
    }
    bytes = readFileSync(path);
  } catch (error) {
    report.failed.push({ path, error: describeFsError(error) });
    return;
  }
  parseBytes(path, bytes, options, report, sink);
}

/** Reads a zip file (bounded by MAX_ZIP_BYTES) and imports its entries (zip-import.ts). */
async function parseZipFile(
  path: string,
  limit: number,
  report: ImportReport,
  budget: { unpacked: number },
  alreadyReported: ReadonlySet<string>,
  hooks: ZipHooks,
): Promise<void> {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (info.size > MAX_ZIP_BYTES) {
      report.failed.push({
        path,
        error: `The zip file is ${megabytes(info.size)}; Verbatim reads zip files up to ${megabytes(MAX_ZIP_BYTES)}. Unpack it and import the folder.`,
      });
      return;
    }
    bytes = readFileSync(path);
  } catch (error) {
    report.failed.push({ path, error: describeFsError(error) });
    return;
  }
  await importZip(path, bytes, { report, limit, budget, alreadyReported, hooks });
}

/** Parses one file's bytes; what is not a document goes into the report as skipped or failed. */
function parseBytes(path: string, bytes: Uint8Array, options: ImportOptions, report: ImportReport, sink: Sink): void {
  const outcome = parseFile(basename(path), bytes, options);
  if (outcome.kind === 'skipped') {
    report.skipped.push({ path, reason: outcome.reason });
  } else if (outcome.kind === 'failed') {
    report.failed.push(
      outcome.columns ? { path, error: outcome.error, columns: outcome.columns, samples: outcome.samples } : { path, error: outcome.error },
    );
  } else if (outcome.documents.length === 0) {
    report.skipped.push({ path, reason: 'no transcript text was found in the file' });
  } else {
    // The file's own warnings (broken quoting, a guessed encoding …) are reported once with its path;
    // those a document also carries reach the report with that document, as writeFile lists them.
    const onDocuments = new Set(outcome.documents.flatMap((doc) => doc.warnings));
    for (const message of new Set(outcome.warnings)) if (!onDocuments.has(message)) report.warnings.push({ path, message });
    for (const doc of outcome.documents) capDocument(doc);
    const fileHash = createHash('sha256').update(bytes).digest('hex');
    sink({ path, size: bytes.length, fileHash, format: outcome.format, documents: outcome.documents });
  }
}

/** How many times a group waits the archive's busy timeout for another writer before giving up on it. */
const BUSY_ATTEMPTS = 4;

/**
 * Writes a group of parsed files in one transaction. Another connection writing (the
 * window's edits) makes it wait, never drop: the transaction takes the write lock at its
 * start and waits for it; only an archive that stays locked for about a minute (another
 * program holding it) fails the group's files, each with a message saying so.
 */
function writeGroup(archive: Archive, group: ParsedFile[], report: ImportReport): void {
  for (let attempt = 1; ; attempt++) {
    try {
      archive.batch(() => {
        for (const file of group) writeFile(archive, file, report);
      });
      return;
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (attempt < BUSY_ATTEMPTS) continue;
      const seconds = Math.round((BUSY_ATTEMPTS * BUSY_TIMEOUT_MS) / 1000);
      for (const file of group) {
        report.failed.push({
          path: file.path,
          error: `The archive stayed locked by another program for ${seconds} s, so this file was not saved. Close the other program and import it again.`,
        });
      }
      return;
    }
  }
}

/** Writes a parsed file's documents, each in its own savepoint: a failure rolls back only that document. */
function writeFile(archive: Archive, file: ParsedFile, report: ImportReport): void {
  const { path } = file;
  for (const doc of file.documents) {
    try {
      const result = archive.write(doc, { path, size: file.size, fileHash: file.fileHash, format: file.format });
      report[result.status] += 1;
      report.documents.push({ id: result.id, title: doc.title, path, status: result.status });
      for (const message of [...doc.warnings, ...(result.notes ?? [])]) report.warnings.push({ path, message: `${doc.title}: ${message}` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.failed.push({ path, error: `“${doc.title}” could not be saved: ${reason}` });
    }
  }
}
