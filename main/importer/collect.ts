import { readdir, stat, lstat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { join } from 'node:path';

/** More files than this in one import are not collected (the rest are reported once). */
export const MAX_COLLECTED_FILES = 200_000;
/** More folders than this in one import are not walked (the rest are reported once). */
export const MAX_COLLECTED_FOLDERS = 50_000;

export interface CollectedFiles {
  files: string[];
  missing: { path: string; error: string }[];
  /** Links that lead back to something already read, and things that are not files. */
  skipped: { path: string; reason: string }[];
  /** The walk was cancelled before it finished; `files` holds what was found until then. */
  cancelled: boolean;
}

export interface CollectOptions {
  signal?: AbortSignal;
  maxFiles?: number;
  maxFolders?: number;
}

export const LINK_LOOP_REASON = 'a link back to a folder already being read; skipped';

/**
 * Expands the paths a user gave (files and folders, recursively) into a list of
 * files, folders in name order. Each real folder is read once and each real
 * file counted once (by device and inode), so links that loop back (`ln -s . s`)
 * or lead to the same place twice are reported once as skipped instead of
 * walked again. Stops, saying so, after maxFiles files or maxFolders folders,
 * and between any two entries when the signal is aborted.
 */
export async function collectFiles(paths: string[], options: CollectOptions = {}): Promise<CollectedFiles> {
  const maxFiles = options.maxFiles ?? MAX_COLLECTED_FILES;
  const maxFolders = options.maxFolders ?? MAX_COLLECTED_FOLDERS;
  const out: CollectedFiles = { files: [], missing: [], skipped: [], cancelled: false };
  /** Real file -> the path it was first collected under. */
  const fileAt = new Map<string, string>();
  /** Real folders on the way from a given path down to the folder being read. */
  const reading = new Set<string>();
  /** Real folders read to the end. */
  const read = new Set<string>();
  let folders = 0;
  let full = false;

  const stop = (): boolean => {
    if (!out.cancelled && options.signal?.aborted) out.cancelled = true;
    return out.cancelled || full;
  };

  async function visit(path: string, top: boolean, viaLink: boolean): Promise<void> {
    if (stop()) return;
    let info: BigIntStats;
    try {
      info = await stat(path, { bigint: true });
    } catch (error) {
      out.missing.push({ path, error: describeFsError(error) });
      return;
    }
    const key = `${info.dev}:${info.ino}`;
    if (info.isDirectory()) {
      if (reading.has(key)) {
        out.skipped.push({ path, reason: LINK_LOOP_REASON });
        return;
      }
      if (read.has(key)) {
        if (viaLink) out.skipped.push({ path, reason: 'a link to a folder already read; its files are imported once' });
        return;
      }
      if (folders >= maxFolders) {
        full = true;
        out.missing.push({
          path,
          error: `Not read: this import already holds ${maxFolders.toLocaleString('en')} folders, the most Verbatim walks at once. This folder and the ones after it were not read; import them separately.`,
        });
        return;
      }
      folders += 1;
      reading.add(key);
      await readFolder(path);
      reading.delete(key);
      read.add(key);
    } else if (info.isFile()) {
      const first = fileAt.get(key);
      if (first !== undefined) {
        if (first !== path) out.skipped.push({ path, reason: `the same file as ${first} (reached through a link); imported once` });
        return;
      }
      if (out.files.length >= maxFiles) {
        full = true;
        out.missing.push({
          path,
          error: `Not read: this import already holds ${maxFiles.toLocaleString('en')} files, the most Verbatim imports at once. This file and the ones after it were not read; import the rest separately.`,
        });
        return;
      }
      fileAt.set(key, path);
      out.files.push(path);
    } else if (top) {
      out.missing.push({ path, error: 'Not a file or folder.' });
    } else {
      out.skipped.push({ path, reason: 'not a regular file (a device, pipe or socket)' });
    }
  }

  async function readFolder(path: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      out.missing.push({ path, error: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      await visit(join(path, entry.name), false, entry.isSymbolicLink());
      if (stop()) return;
    }
  }

  for (const path of paths) {
    const link = await lstat(path).then(
      (info) => info.isSymbolicLink(),
      () => false,
    );
    await visit(path, true, link);
    if (stop()) break;
  }
  return out;
}

/** A message a person can act on for a file system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'The file is not there (it was moved or deleted).';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: Verbatim may not read this file. Check its permissions.';
    case 'EISDIR':
      return 'This is a folder, not a file.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open; try the import again.';
    case 'EIO':
      return 'The disk reported a read error for this file.';
    case 'ELOOP':
      return 'A link that leads to itself (a loop of links); nothing to read.';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
