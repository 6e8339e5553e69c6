import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../main/cli/cli';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';

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

/** Runs the command line in process; what it printed to stdout and stderr, and its exit code. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A dated document of Putin and Merkel's turns (speaker label, text), one paragraph each. */
export function spokenDocument(title: string, date: string, turns: [string | null, string][]): ParsedDocument {
  return {
    ...emptyDocument(title),
    date,
    persons: ['Putin Vladimir', 'Merkel Angela'],
    turns: turns.map(([speaker, text]) => ({ speaker, paragraphs: [text] })),
  };
}
