/**
 * The archive under use: an import of over a thousand files in the import worker (its own
 * connection, as in the app) while the window's connection edits, deletes, undoes, annotates
 * and files documents into collections. Nothing may be lost and no user action may fail.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { Archive } from '../../main/archive/archive';
import { importInWorker } from '../../main/importer/worker-client';
import { bundleEntry } from './bundle';
import { tempDir } from './helpers';
import { manyTranscripts } from './generated-files';
import { archiveHealth } from './archive-health';

const FILES = 1_200;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('edits during an import', () => {
  it('loses no document and fails no edit, delete, undo, note or collection', async () => {
    const dir = tempDir();
    const files = join(dir, 'files');
    manyTranscripts(files, FILES);
    const archivePath = join(dir, 'archive.sqlite');
    const window = Archive.open(archivePath);
    const worker = bundleEntry('main/importer/worker.ts');

    let finished = false;
    const importing = importInWorker(worker, archivePath, [files]).finally(() => {
      finished = true;
    });

    const titles = new Map<number, string>();
    const failures: string[] = [];
    let actions = 0;
    const attempt = (what: string, action: () => void): void => {
      actions += 1;
      try {
        action();
      } catch (error) {
        failures.push(`${what}: ${(error as Error).message}`);
      }
    };
    const randomIds = (n: number): number[] =>
      window.library
        .query({}, { column: 'date', direction: 'desc' })
        .ids.sort(() => Math.random() - 0.5)
        .slice(0, n);

    let round = 0;
    while (!finished) {
      round += 1;
      const [id] = randomIds(1);
      if (id !== undefined) {
        const title = `Edited ${round}`;
        attempt(`edit ${id}`, () => {
          window.library.edit(id, { title });
          titles.set(id, title);
        });
        if (round % 7 === 0) {
          attempt(`note on ${id}`, () => {
            window.library.addAnnotation({
              documentId: id,
              turnIdx: 0,
              paragraph: 0,
              start: 0,
              end: 5,
              quote: 'quote',
              note: `note ${round}`,
            });
          });
        }
        if (round % 11 === 0) {
          attempt('collection', () => {
            const collection = window.library.createCollection(`Collection ${round}`);
            window.library.addToCollection(collection.id, randomIds(10));
          });
        }
        if (round % 5 === 0) {
          attempt('delete and undo', () => {
            const { batch, count } = window.library.delete(randomIds(30));
            const restored = window.library.undoDelete(batch);
            expect(restored.count).toBe(count);
            expect(restored.notRestored).toEqual([]);
          });
        }
      }
      await pause(2);
    }
    const report = await importing;

    expect(failures).toEqual([]);
    expect(actions).toBeGreaterThan(50);
    expect(report.failed).toEqual([]);
    expect(report.imported).toBe(FILES);
    expect(window.count()).toBe(FILES);
    for (const [id, title] of titles) expect(window.get(id)?.title).toBe(title);
    expect(archiveHealth(archivePath)).toEqual({ integrity: 'ok', searchIndex: 'ok', turnsMatch: true, unindexed: 0 });
    window.close();
  }, 180_000);

  it('an import waits while another connection holds the write lock, then saves every file', async () => {
    const dir = tempDir();
    const files = join(dir, 'files');
    manyTranscripts(files, 40);
    const archivePath = join(dir, 'archive.sqlite');
    const other = new Database(archivePath);
    Archive.open(archivePath).close();
    other.exec('BEGIN IMMEDIATE');
    const importing = importInWorker(bundleEntry('main/importer/worker.ts'), archivePath, [files]);
    await pause(2_000);
    other.exec('COMMIT');
    other.close();
    const report = await importing;
    expect(report.failed).toEqual([]);
    expect(report.imported).toBe(40);
  }, 60_000);
});
