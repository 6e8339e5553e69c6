import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { refreshAllSpeakers } from './library-derived';
import { indexPending } from './search/indexer';

/**
 * Migration 7: one person model. Spellings of a person across documents share a variant key
 * (persons.ts); `persons` keeps the spelling shown for each key, `person_overrides` the user's
 * renames and merges by key, and document_speakers says which key each label resolved to.
 * Every document's speakers are resolved again (their shown names may change: Kirill
 * Kleimenov is now Kirill Kleymenov), and the documents with persons are indexed again for
 * search, so the file is backed up first.
 */
export const PERSON_MIGRATION: Migration = {
  version: 7,
  name: 'persons: variant keys, shown spellings and user overrides; speakers resolved again',
  rewritesData: true,
  up(db: Database) {
    db.exec(`
      CREATE TABLE persons (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        score INTEGER NOT NULL
      );
      CREATE TABLE person_overrides (
        variant TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        edited_at TEXT NOT NULL
      );
      ALTER TABLE document_speakers ADD COLUMN person_key TEXT;
      CREATE INDEX document_speakers_by_person_key ON document_speakers(person_key);
    `);
    refreshAllSpeakers(db);
    // A turn is now also found by its person's name in tag order: those documents are indexed again here, as the
    // migration that made the index did, so that no later import or search pays for the whole archive at once.
    db.exec(
      'INSERT OR IGNORE INTO search_pending (document_id) SELECT DISTINCT document_id FROM document_speakers WHERE person IS NOT NULL',
    );
    indexPending(db);
  },
};
