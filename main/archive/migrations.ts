import { LIBRARY_MIGRATION } from './library-migration';
import { SEARCH_MIGRATION } from './search/schema';
import { ID_MIGRATION } from './id-migration';
import { VERSIONS_MIGRATION } from './versions-migration';
import { PERSON_MIGRATION } from './person-migration';
import { ANALYSIS_MIGRATION } from './analysis-migration';
import { SPEAKER_LABELS_MIGRATION, SPEAKER_PLACES_MIGRATION } from './speaker-migrations';
import type { Migration } from './migration';

/**
 * Numbered schema migrations. Each runs once, inside a transaction, and is
 * recorded in schema_migrations. A migration never drops user data; when one
 * has to rewrite tables, openArchive backs the file up first.
 */
export type { Migration } from './migration';

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, sources, turns, tags, turn search index',
    rewritesData: false,
    up(db) {
      db.exec(`
        CREATE TABLE documents (
          id INTEGER PRIMARY KEY,
          title TEXT NOT NULL,
          title_key TEXT NOT NULL,
          date TEXT,
          time TEXT,
          place TEXT,
          summary TEXT,
          url TEXT UNIQUE,
          content_hash TEXT NOT NULL,
          format TEXT NOT NULL,
          language TEXT,
          attribution TEXT,
          published_at TEXT,
          sections TEXT NOT NULL DEFAULT '[]',
          related TEXT NOT NULL DEFAULT '[]',
          captions TEXT NOT NULL DEFAULT '[]',
          warnings TEXT NOT NULL DEFAULT '[]',
          turn_count INTEGER NOT NULL DEFAULT 0,
          imported_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX documents_by_date ON documents(date DESC, time DESC, id DESC);
        CREATE INDEX documents_by_identity ON documents(title_key, date, time);

        CREATE TABLE source_files (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          path TEXT NOT NULL,
          size INTEGER NOT NULL,
          file_hash TEXT NOT NULL,
          format TEXT NOT NULL,
          imported_at TEXT NOT NULL,
          UNIQUE (document_id, path, file_hash)
        );
        CREATE INDEX source_files_by_hash ON source_files(file_hash);

        CREATE TABLE turns (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          idx INTEGER NOT NULL,
          speaker TEXT,
          text TEXT NOT NULL,
          UNIQUE (document_id, idx)
        );

        CREATE TABLE tags (
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('topic', 'person', 'geography')),
          value TEXT NOT NULL,
          position INTEGER NOT NULL,
          PRIMARY KEY (document_id, kind, value)
        );
        CREATE INDEX tags_by_value ON tags(kind, value);

        CREATE TABLE document_versions (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          content_hash TEXT NOT NULL,
          turns TEXT NOT NULL,
          replaced_at TEXT NOT NULL
        );

        CREATE VIRTUAL TABLE turns_fts USING fts5(
          text, speaker,
          content='turns', content_rowid='id',
          tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER turns_ai AFTER INSERT ON turns BEGIN
          INSERT INTO turns_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
        END;
        CREATE TRIGGER turns_ad AFTER DELETE ON turns BEGIN
          INSERT INTO turns_fts(turns_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
        END;
        CREATE TRIGGER turns_au AFTER UPDATE ON turns BEGIN
          INSERT INTO turns_fts(turns_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
          INSERT INTO turns_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
        END;
      `);
    },
  },
  // Version 2: the search index (archive/search/schema.ts). Version 3 is self-contained: it reads nothing that version 2 adds.
  SEARCH_MIGRATION,
  LIBRARY_MIGRATION,
  {
    version: 4,
    name: 'drop the unstemmed turn index superseded by the search index',
    // Only a derived index goes, but the file is still backed up first.
    rewritesData: true,
    up(db) {
      db.exec(`
        DROP TRIGGER IF EXISTS turns_ai;
        DROP TRIGGER IF EXISTS turns_ad;
        DROP TRIGGER IF EXISTS turns_au;
        DROP TABLE IF EXISTS turns_fts;
      `);
    },
  },
  ID_MIGRATION,
  VERSIONS_MIGRATION,
  PERSON_MIGRATION,
  ANALYSIS_MIGRATION,
  SPEAKER_PLACES_MIGRATION,
  SPEAKER_LABELS_MIGRATION,
];
