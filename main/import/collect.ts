import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface CollectedFiles {
  files: string[];
  missing: { path: string; error: string }[];
}

/** Expands the paths a user gave (files and folders, recursively) into a sorted list of files. */
export async function collectFiles(paths: string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: { path: string; error: string }[] = [];
  const seen = new Set<string>();
  async function visit(path: string, top: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      missing.push({ path, error: describeFsError(error) });
      return;
    }
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = await readdir(path);
      } catch (error) {
        missing.push({ path, error: describeFsError(error) });
        return;
      }
      names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      for (const name of names) {
        if (name.startsWith('.')) continue;
        await visit(join(path, name), false);
      }
    } else if (info.isFile() && !seen.has(path)) {
      seen.add(path);
      files.push(path);
    } else if (top && !info.isFile()) {
      missing.push({ path, error: 'Not a file or folder.' });
    }
  }
  for (const path of paths) await visit(path, true);
  return { files, missing };
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
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
