import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const SEED = join(FIXTURES, 'seed', '000_0d3bfd9f4775dded.txt');

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop() as string, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-test-'));
  dirs.push(dir);
  return dir;
}

export function tempArchivePath(): string {
  return join(tempDir(), 'archive.sqlite');
}
