/**
 * Tidying the search index: an archive filled by many imports holds its index in many FTS5
 * segments; merging them in small steps leaves one segment per table and every answer as it was,
 * never waits for another writer's lock, and the query worker does it by itself when idle.
 */
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { indexSegments, tidyStep } from '../../main/archive/search/tidy';
import { importPaths } from '../../main/importer/importer';
import { QueryWorker } from '../../main/query/client';
import { bundleEntry } from './bundle';
import { FIXTURES, tempArchivePath } from './helpers';

const HTML = join(FIXTURES, 'kremlin_en_html');
const QUERIES = ['russia', '"foreign policy"', 'speaker:putin economy', 'econom* -gas', 'date:2019 children'];

/** The sample imported one file per import: one FTS5 segment (or more) per import, as after many small imports. */
async function fragmentedArchive(): Promise<string> {
  const path = tempArchivePath();
  const archive = Archive.open(path);
  try {
    for (const file of readdirSync(HTML).slice(0, 24)) await importPaths(archive, [join(HTML, file)]);
  } finally {
    archive.close();
  }
  return path;
}

function answers(archive: Archive): unknown[] {
  return QUERIES.map((query) => {
    archive.search.forget();
    const result = archive.search.search({ query, limit: 50 });
    return result.status === 'ok' ? { ...result, tookMs: 0 } : result;
  });
}

describe('tidying the search index', () => {
  it('merges the segments into one per table, and every answer stays the same', async () => {
    const path = await fragmentedArchive();
    const archive = Archive.open(path);
    try {
      const db = new Database(path, { readonly: true });
      try {
        expect(indexSegments(db)).toBeGreaterThan(1);
        const before = answers(archive);
        expect(archive.search.tidyAll()).toBe(true);
        expect(indexSegments(db)).toBe(1);
        expect(answers(archive)).toEqual(before);
      } finally {
        db.close();
      }
    } finally {
      archive.close();
    }
  });

  it('gives way to another writer instead of waiting for its lock', async () => {
    const path = await fragmentedArchive();
    const writer = new Database(path);
    const db = new Database(path);
    try {
      writer.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      expect(tidyStep(db)).toBe('busy');
      expect(performance.now() - started).toBeLessThan(1000);
      writer.exec('ROLLBACK');
      expect(tidyStep(db)).toBe('merged');
    } finally {
      writer.close();
      db.close();
    }
  });

  it('the query worker tidies the index while no question comes, and answers as before', async () => {
    const path = await fragmentedArchive();
    const worker = new QueryWorker(bundleEntry('main/query/worker.ts'), path);
    const db = new Database(path, { readonly: true });
    try {
      const before = await worker.ask('search', { query: 'russia', limit: 50 });
      expect(indexSegments(db)).toBeGreaterThan(1);
      const deadline = Date.now() + 20_000;
      while (indexSegments(db) > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(indexSegments(db)).toBe(1);
      const after = await worker.ask('search', { query: 'russia', limit: 50 });
      expect({ ...after, tookMs: 0 }).toEqual({ ...before, tookMs: 0 });
    } finally {
      db.close();
      await worker.close();
    }
  }, 30_000);
});
