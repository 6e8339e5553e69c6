import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { refreshAllSpeakers } from './library-derived';

/**
 * Migration 3: the library and reader's own tables. Self-contained: it only adds
 * tables and columns next to those of migration 1 and fills the derived speaker
 * figures from the turns already stored; it depends on nothing from migration 2.
 */
export const LIBRARY_MIGRATION: Migration = {
  version: 3,
  name: 'library: speaker figures, user edits, annotations, collections, saved filters, trash',
  rewritesData: false,
  up(db: Database) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN main_speakers TEXT;
      ALTER TABLE documents ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX documents_by_place ON documents(place);
      CREATE INDEX documents_by_title ON documents(title COLLATE NOCASE);

      CREATE TABLE document_speakers (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        person TEXT,
        role TEXT,
        speaker TEXT NOT NULL,
        turns INTEGER NOT NULL,
        words INTEGER NOT NULL,
        first_idx INTEGER NOT NULL,
        PRIMARY KEY (document_id, label)
      );
      CREATE INDEX document_speakers_by_speaker ON document_speakers(speaker, document_id);

      CREATE TABLE document_edits (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        title TEXT, date TEXT, place TEXT,
        title_edited INTEGER NOT NULL DEFAULT 0,
        date_edited INTEGER NOT NULL DEFAULT 0,
        place_edited INTEGER NOT NULL DEFAULT 0,
        original_title TEXT, original_date TEXT, original_place TEXT,
        edited_at TEXT NOT NULL
      );
      CREATE INDEX document_edits_by_original_date ON document_edits(original_date) WHERE date_edited = 1;

      CREATE TABLE tag_edits (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
        PRIMARY KEY (document_id, kind, value)
      );

      CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        turn_idx INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        quote TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX annotations_by_document ON annotations(document_id, turn_idx);

      CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
      );
      CREATE TABLE collection_documents (
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        added_at TEXT NOT NULL,
        PRIMARY KEY (collection_id, document_id)
      );
      CREATE INDEX collection_documents_by_document ON collection_documents(document_id);

      CREATE TABLE saved_filters (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        filter TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      -- Deleted documents, kept whole (every row that references them) so a delete can be undone.
      CREATE TABLE trash (
        id INTEGER PRIMARY KEY,
        batch TEXT NOT NULL,
        document_id INTEGER NOT NULL,
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      );
      CREATE INDEX trash_by_batch ON trash(batch);
    `);
    refreshAllSpeakers(db);
  },
};
