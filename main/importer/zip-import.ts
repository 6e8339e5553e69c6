/**
 * A zip file imported like a folder, within bounds: at most MAX_ZIP_ENTRIES
 * entries, no entry that would expand like a zip bomb, at most
 * MAX_ZIP_UNPACKED_BYTES unpacked from one zip and MAX_IMPORT_UNPACKED_BYTES
 * from all the zips of one import, and every entry unpacked no further than
 * its declared size and checked against it and its CRC (zip-reader.ts). Every
 * entry that is a file is listed in the report: its documents, or failed, or
 * skipped, under a display name that is never used as a file path. Like the
 * folder walk, hidden files and macOS resource forks (`__MACOSX/`) are left out.
 */
import { extname } from 'node:path';
import type { ImportReport } from '../../shared/contract/api';
import { isKnownExtension } from '../import/detect';
import { bytesText, readZipDirectory, unpackEntry, type ZipEntry } from './zip-reader';

/** Entries past this many are not read (one message for the rest). */
export const MAX_ZIP_ENTRIES = 200_000;
/** Bytes unpacked from one zip file, at most. */
export const MAX_ZIP_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** Bytes unpacked from all the zip files of one import, at most. */
export const MAX_IMPORT_UNPACKED_BYTES = 4 * 1024 * 1024 * 1024;
/** An entry that would expand more than this many times… */
export const ZIP_BOMB_RATIO = 200;
/** …to more than this is refused as a likely zip bomb (text compresses 3–10 times). */
export const ZIP_BOMB_MIN_BYTES = 10 * 1024 * 1024;

/** Bytes unpacked per batch of entries, between which progress, cancel and writes come… */
const BATCH_BYTES = 64 * 1024 * 1024;
/** …and entries per batch. */
const BATCH_ENTRIES = 32;

export interface ZipHooks {
  /** The number of entries that will be read. */
  opened(entries: number): void;
  /** Before each entry is read; false stops (cancel). */
  entry(name: string): boolean;
  /** Parses one entry's bytes into the report and the pending writes. */
  parse(path: string, bytes: Uint8Array): void;
  /** Between batches of entries: write what was parsed, let messages in. */
  between(): Promise<void>;
}

export interface ZipContext {
  report: ImportReport;
  /** The largest transcript file read. */
  limit: number;
  /** Bytes unpacked from zip files so far in this import (updated). */
  budget: { unpacked: number };
  /** Entry paths an earlier run of this import already reported: not read again. */
  alreadyReported?: ReadonlySet<string>;
  hooks: ZipHooks;
}

/**
 * An entry's name for the report: `/` between folders; no `.` or `..` steps,
 * leading slash, drive letter or control characters. Empty when nothing is left.
 */
export function entryDisplayName(raw: string): string {
  const steps = raw
    .replace(/\\/g, '/')
    .split('/')
    .filter((step) => step !== '' && step !== '.' && step !== '..')
    .map((step) => step.replace(/[\u0000-\u001f\u007f]/g, '?'));
  if (steps.length > 0 && /^[a-z]:$/i.test(steps[0])) steps.shift();
  return steps.join('/');
}

/** True when a name would leave the folder it is unpacked into (`..`, an absolute path, a drive). */
function climbsOut(raw: string): boolean {
  const name = raw.replace(/\\/g, '/');
  return name.startsWith('/') || /^[a-z]:/i.test(name) || name.split('/').includes('..');
}

interface Wanted {
  entry: ZipEntry;
  path: string;
}

/** Imports every file inside a zip, as if it were a folder; entries are named "<zip path>/<entry>". */
export async function importZip(path: string, bytes: Uint8Array, context: ZipContext): Promise<void> {
  const { report, limit, budget, hooks } = context;
  const directory = await readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  if (!directory.ok) {
    report.failed.push({ path, error: `The zip file could not be read (${directory.error}); it may be damaged.` });
    return;
  }
  if (directory.total > directory.entries.length) {
    report.failed.push({
      path,
      error: `The zip file holds ${directory.total.toLocaleString('en')} entries; Verbatim reads the first ${MAX_ZIP_ENTRIES.toLocaleString('en')}. Unpack it and import the folder in parts.`,
    });
  }
  const named = nameEntries(path, directory.entries, report);
  if (named.length === 0) {
    report.skipped.push({
      path,
      reason: directory.entries.length === 0 ? 'an empty zip file' : 'a zip file with no files to read (only folders or hidden files)',
    });
  }
  const wanted = named.filter((item) => accept(item, limit, report));
  wanted.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
  const reading = withinBudget(path, wanted, budget, report);
  hooks.opened(reading.length);
  let batchBytes = 0;
  let batchEntries = 0;
  for (const { entry, path: inner } of reading) {
    const name = inner.slice(path.length + 1);
    if (!hooks.entry(name)) return;
    if (context.alreadyReported?.has(inner)) continue;
    const unpacked = unpackEntry(bytes, entry);
    if (unpacked.ok) hooks.parse(inner, unpacked.bytes);
    else report.failed.push({ path: inner, error: unpacked.error });
    batchBytes += entry.size;
    batchEntries += 1;
    if (batchEntries >= BATCH_ENTRIES || batchBytes >= BATCH_BYTES) {
      batchBytes = 0;
      batchEntries = 0;
      await hooks.between();
    }
  }
  await hooks.between();
}

/** Gives each file entry a display path, unique within the zip; warns when a name was made safe. */
function nameEntries(path: string, entries: ZipEntry[], report: ImportReport): Wanted[] {
  const used = new Set<string>();
  const out: Wanted[] = [];
  for (const entry of entries) {
    if (entry.folder) continue;
    let name = entryDisplayName(entry.rawName) || `entry ${entry.index + 1}`;
    if (used.has(name)) {
      // Two entries may end up with one name ("a.txt" and "../a.txt"): the later one is told apart, keeping its extension.
      const extension = extname(name);
      name = `${name.slice(0, name.length - extension.length)} (entry ${entry.index + 1})${extension}`;
    }
    used.add(name);
    const base = name.split('/').pop() ?? '';
    if (name.startsWith('__MACOSX/') || base.startsWith('.')) continue;
    const inner = `${path}/${name}`;
    if (climbsOut(entry.rawName)) {
      report.warnings.push({
        path: inner,
        message: `The zip names this entry “${entry.rawName}”, a path outside the zip; it is listed as “${name}” and never written anywhere.`,
      });
    }
    out.push({ entry, path: inner });
  }
  return out;
}

/** False (with the reason in the report) for an entry that is not read: too large, not a transcript type, a likely zip bomb. */
function accept({ entry, path }: Wanted, limit: number, report: ImportReport): boolean {
  const base = path.split('/').pop() ?? '';
  const extension = extname(base).toLowerCase();
  if (extension === '.zip') {
    report.skipped.push({ path, reason: 'a zip inside a zip is not opened; unpack it first' });
  } else if (!isKnownExtension(base)) {
    report.skipped.push({ path, reason: `not a transcript file type (${extension || 'no extension'})` });
  } else if (entry.size > limit) {
    report.failed.push({ path, error: `The file is ${bytesText(entry.size)}; Verbatim reads transcript files up to ${bytesText(limit)}.` });
  } else if (entry.size > ZIP_BOMB_MIN_BYTES && entry.size > ZIP_BOMB_RATIO * Math.max(entry.compressedSize, 1)) {
    const ratio = Math.round(entry.size / Math.max(entry.compressedSize, 1));
    report.failed.push({
      path,
      error: `This entry would unpack from ${bytesText(entry.compressedSize)} to ${bytesText(entry.size)} (${ratio.toLocaleString('en')} times larger): Verbatim refuses entries that expand more than ${ZIP_BOMB_RATIO} times past ${bytesText(ZIP_BOMB_MIN_BYTES)} as a likely zip bomb. Unpack it yourself if you trust it.`,
    });
  } else {
    return true;
  }
  return false;
}

/** The entries that fit the zip's and the import's unpacking budgets (in name order); the rest fail with the reason. */
function withinBudget(path: string, wanted: Wanted[], budget: { unpacked: number }, report: ImportReport): Wanted[] {
  const reading: Wanted[] = [];
  let unpacked = 0;
  for (const item of wanted) {
    const size = item.entry.size;
    if (unpacked + size > MAX_ZIP_UNPACKED_BYTES) {
      report.failed.push({
        path: item.path,
        error: `Not read: the entries before it unpack to ${bytesText(unpacked)}, and Verbatim unpacks at most ${bytesText(MAX_ZIP_UNPACKED_BYTES)} from one zip file. Unpack ${path} and import the folder.`,
      });
    } else if (budget.unpacked + size > MAX_IMPORT_UNPACKED_BYTES) {
      report.failed.push({
        path: item.path,
        error: `Not read: Verbatim unpacks at most ${bytesText(MAX_IMPORT_UNPACKED_BYTES)} from the zip files of one import, and this import has reached that. Import this zip file on its own.`,
      });
    } else {
      unpacked += size;
      budget.unpacked += size;
      reading.push(item);
    }
  }
  return reading;
}
