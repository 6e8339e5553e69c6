import { documentsOf } from '../../main/import/types';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { parseKremlinText } from '../../main/import/kremlin-text';
import { importPaths } from '../../main/importer/importer';
import { FIXTURES, SEED, tempArchivePath } from './helpers';

const seedSource = { path: SEED, size: 1, fileHash: 'h', format: 'kremlin-text' as const };
const MILLER = join(FIXTURES, 'miller_center_txt', '1965-07-28-press-conference.txt');

describe('migration 5: document ids are never reused', () => {
  it('upgrades a schema-4 archive: rows, ids, links and search kept, backup taken, and a deleted id stays retired', async () => {
    const path = tempArchivePath();
    const old = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= 4) });
    const ids = documentsOf(parseKremlinText(readFileSync(SEED, 'utf8'))).map((doc) => old.write(doc, seedSource).id);
    const newest = Math.max(...ids);
    const kept = Math.min(...ids);
    const keptTurns = old.get(kept)?.turns;
    old.library.addAnnotation({ documentId: kept, turnIdx: 0, paragraph: 0, start: 0, end: 4, quote: 'text', note: 'kept note' });
    const collection = old.library.createCollection('Summits');
    old.library.addToCollection(collection.id, [kept]);
    // The newest document is in the trash when the archive is upgraded.
    const { batch } = old.library.delete([newest]);
    old.close();

    const archive = Archive.open(path);
    expect(archive.count()).toBe(1);
    expect(archive.get(kept)?.turns).toEqual(keptTurns);
    expect(archive.library.annotations(kept).map((a) => a.note)).toEqual(['kept note']);
    expect(archive.library.collections()).toMatchObject([{ name: 'Summits', count: 1 }]);
    expect(archive.search.search({ query: 'Kyrgyzstan' })).toMatchObject({ total: 1 });

    // A new document never takes the id of the one in the trash, so undo brings it back.
    const report = await importPaths(archive, [MILLER]);
    expect(report.imported).toBe(1);
    expect(report.documents[0].id).toBeGreaterThan(newest);
    expect(archive.library.undoDelete(batch)).toMatchObject({ count: 1, ids: [newest], notRestored: [] });
    expect(archive.count()).toBe(3);
    expect(archive.integrityCheck()).toBe('ok');
    archive.close();

    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'documents'").pluck().get()).toMatch(/AUTOINCREMENT/);
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE tbl_name = 'documents' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name",
      )
      .pluck()
      .all();
    expect(indexes).toEqual([
      'documents_by_date',
      'documents_by_identity',
      'documents_by_place',
      'documents_by_title',
      'search_documents_ad',
      'search_documents_ai',
      'search_documents_au',
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();

    const backups = readdirSync(dirname(path)).filter((name) => name.endsWith('.bak'));
    expect(backups).toEqual(['archive.sqlite.schema-4.bak']);
    const copy = new Database(join(dirname(path), backups[0]), { readonly: true });
    expect(schemaVersion(copy)).toBe(4);
    copy.close();
  });

  it('deleting the newest document, importing another, then undoing restores the deleted one', async () => {
    const archive = Archive.open(tempArchivePath());
    const ids = documentsOf(parseKremlinText(readFileSync(SEED, 'utf8'))).map((doc) => archive.write(doc, seedSource).id);
    const newest = Math.max(...ids);
    const { batch } = archive.library.delete([newest]);
    const report = await importPaths(archive, [MILLER]);
    expect(report.documents[0].id).not.toBe(newest);
    expect(archive.library.undoDelete(batch)).toMatchObject({ count: 1, ids: [newest], notRestored: [] });
    expect(archive.get(newest)?.title).toBe('CSTO summit');
    archive.close();
  });
});
