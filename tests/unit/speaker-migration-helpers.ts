/**
 * What the tests of the migrations that read speakers again share (migration-9/10.test.ts): an
 * archive written at the schema before the migration, whose speakers are then stored as the code
 * before it read them, and what must come through the migration unchanged.
 */
import Database from 'better-sqlite3';
import { Archive } from '../../main/archive/archive';
import { MIGRATIONS } from '../../main/archive/migrations';
import { schemaVersion } from '../../main/archive/open';
import { indexPending } from '../../main/archive/search/indexer';
import { emptyDocument, type ParsedDocument } from '../../main/import/types';
import { tempArchivePath } from './helpers';

/** A Kremlin meeting whose speakers each say one sentence. */
export function meeting(title: string, date: string, labels: string[], geography: string[] = []): ParsedDocument {
  return {
    ...emptyDocument(title),
    url: `http://en.kremlin.ru/events/president/news/${encodeURIComponent(title.toLowerCase().replace(/\W+/g, '-'))}`,
    date,
    geography,
    turns: labels.map((speaker) => ({ speaker, paragraphs: [`${speaker} spoke about trade and the budget.`] })),
  };
}

/**
 * An archive at schema `version` holding `docs`, with `storeAsBefore` run on it (the speakers as
 * the code before the next migration stored them) and the search index rebuilt from that. Returns
 * its path, the turns and the speaker rows of the document titled `kept`, to compare after.
 */
export function archiveBefore(
  version: number,
  docs: ParsedDocument[],
  storeAsBefore: (db: Database.Database) => void,
  kept: string,
): { path: string; turns: unknown[]; keptSpeakers: unknown[] } {
  const path = tempArchivePath();
  const old = Archive.open(path, { migrations: MIGRATIONS.filter((m) => m.version <= version) });
  docs.forEach((doc, i) => old.write(doc, { path: `/${i}.html`, size: 1, fileHash: String(i), format: 'kremlin-html' }));
  old.close();
  const db = new Database(path);
  if (schemaVersion(db) !== version) throw new Error(`expected schema ${version}, found ${schemaVersion(db)}`);
  storeAsBefore(db);
  db.exec('INSERT INTO search_pending (document_id) SELECT id FROM documents');
  indexPending(db);
  const state = afterwards(db, kept);
  db.close();
  return { path, ...state };
}

/** The turns, and the speaker rows of the document titled `kept`, as they are now. */
export function afterwards(db: Database.Database, kept: string): { turns: unknown[]; keptSpeakers: unknown[] } {
  return {
    turns: db.prepare('SELECT id, document_id, idx, speaker, text FROM turns ORDER BY id').all(),
    keptSpeakers: db.prepare('SELECT * FROM document_speakers WHERE document_id = (SELECT id FROM documents WHERE title = ?)').all(kept),
  };
}
