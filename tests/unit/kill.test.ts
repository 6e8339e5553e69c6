/**
 * Crash safety: an import killed with SIGKILL at a random moment leaves a sound archive
 * (SQLite and search index integrity, turn counts), and importing the same files again
 * completes it. A few trials run in the suite; VERBATIM_KILL_TRIALS=N runs more.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { importPaths } from '../../main/importer/importer';
import { archiveHealth } from './archive-health';
import { bundleEntry } from './bundle';
import { manyTranscripts } from './generated-files';
import { tempDir } from './helpers';

const TRIALS = Number(process.env.VERBATIM_KILL_TRIALS ?? 3);
const FILES = 400;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function documentCount(path: string): number {
  if (!existsSync(path)) return 0;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 1000');
    return db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'documents'").pluck().get() === 1
      ? (db.prepare('SELECT count(*) FROM documents').pluck().get() as number)
      : 0;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

describe('an import killed with SIGKILL', () => {
  it(`leaves a sound archive that a second import completes (${TRIALS} trials)`, async () => {
    const cli = bundleEntry('main/cli/cli.ts');
    const dir = tempDir();
    const files = join(dir, 'files');
    manyTranscripts(files, FILES);
    for (let trial = 0; trial < TRIALS; trial++) {
      const archivePath = join(dir, `archive-${trial}.sqlite`);
      const child = spawn(process.execPath, [cli, 'import', files, '--archive', archivePath], { stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      // Kill it somewhere between its first committed group and the end.
      const target = 20 + Math.floor(Math.random() * (FILES - 120));
      const started = Date.now();
      while (documentCount(archivePath) < target && child.exitCode === null && Date.now() - started < 60_000) await pause(5);
      child.kill('SIGKILL');
      await exited;
      const committed = documentCount(archivePath);
      expect(committed, `trial ${trial}: the kill came after the import finished`).toBeLessThan(FILES);

      expect(archiveHealth(archivePath)).toEqual({ integrity: 'ok', searchIndex: 'ok', turnsMatch: true, unindexed: 0 });
      const archive = Archive.open(archivePath);
      const report = await importPaths(archive, [files]);
      expect(report.failed).toEqual([]);
      expect(report.imported).toBe(FILES - committed);
      expect(report.unchanged).toBe(committed);
      expect(archive.count()).toBe(FILES);
      archive.close();
      expect(archiveHealth(archivePath)).toEqual({ integrity: 'ok', searchIndex: 'ok', turnsMatch: true, unindexed: 0 });
    }
  }, 300_000);
});
