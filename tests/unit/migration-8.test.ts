import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { FIXTURES, tempArchivePath } from './helpers';

describe('migration 8: turns by speaker label', () => {
  it('upgrades a schema-7 archive: the index is added, no row changes, no backup needed, speakers read from it', () => {
    const path = tempArchivePath();
    const old = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= 7) });
    for (const id of ['17976', '57692']) {
      const [doc] = documentsOf(parseKremlinText(readFileSync(join(FIXTURES, 'kremlin_en_txt', `${id}.txt`), 'utf8')));
      old.write(doc, { path: `/${id}.txt`, size: 1, fileHash: id, format: 'kremlin-text' });
    }
    old.close();
    const before = new Database(path);
    expect(schemaVersion(before)).toBe(7);
    const turns = before.prepare('SELECT id, document_id, idx, speaker, text FROM turns ORDER BY id').all();
    before.close();

    // Migration 8 alone: a later one may rewrite rows (and take a backup) for reasons of its own.
    const archive = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= 8) });
    const speakers = archive.analysis.speakers({ query: 'cooperation' });
    archive.close();
    expect(existsSync(`${path}.schema-7.bak`)).toBe(false);
    const after = new Database(path, { readonly: true });
    expect(schemaVersion(after)).toBeGreaterThanOrEqual(8);
    expect(after.prepare('SELECT id, document_id, idx, speaker, text FROM turns ORDER BY id').all()).toEqual(turns);
    const plan = after.prepare('EXPLAIN QUERY PLAN SELECT id, speaker FROM turns WHERE speaker IS NOT NULL').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX turns_by_speaker/);
    after.close();
    // Each matching turn's person came through the new index (a turn without a label has no person).
    expect(speakers.status === 'ok' && speakers.speakers.length).toBeGreaterThan(0);
  });
});
