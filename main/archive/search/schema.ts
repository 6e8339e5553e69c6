/**
 * Migration 2: the search index. Self-contained: it adds its own tables and
 * triggers next to migration 1's and reads only documents, turns and tags.
 *
 * - search_docs: one row per document (rowid = documents.id) with the stems of its
 *   title, lead and whole text, for ranking documents (bm25, title and lead weighted up).
 * - search_turns: one row per turn (rowid = turns.id) with the stems of its text and the
 *   folded words of its speaker label and normalised person, for turn-level hits.
 * Both are contentless FTS5 tables (the text lives in documents/turns); JavaScript
 * computes the stems, since better-sqlite3 cannot register an FTS5 tokenizer.
 * - search_pending: documents whose index rows are stale. SQL triggers add to it on any
 *   insert or change of a document or its turns, whoever writes; indexPending() (called
 *   after every Archive.write, and before every search) brings them up to date.
 *   Deletes need no JavaScript: triggers remove the rows by rowid.
 * - search_indexed: which documents are indexed, and their speakers' persons (for facets).
 */
import type { Database } from 'better-sqlite3';
import type { Migration } from '../migration';
import { indexPending } from './indexer';

const TOKENIZE = "tokenize='unicode61 remove_diacritics 0'";

export const SEARCH_SCHEMA = `
  CREATE VIRTUAL TABLE search_docs USING fts5(title, lead, body, content='', contentless_delete=1, ${TOKENIZE});
  CREATE VIRTUAL TABLE search_turns USING fts5(speaker, body, content='', contentless_delete=1, ${TOKENIZE});
  CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_docs, 'row');

  CREATE TABLE search_indexed (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    speakers TEXT NOT NULL DEFAULT '[]'
  );
  CREATE TABLE search_pending (document_id INTEGER PRIMARY KEY);

  CREATE TRIGGER search_documents_ai AFTER INSERT ON documents BEGIN
    INSERT OR IGNORE INTO search_pending (document_id) VALUES (new.id);
  END;
  CREATE TRIGGER search_documents_au AFTER UPDATE OF title, summary ON documents
    WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary BEGIN
    INSERT OR IGNORE INTO search_pending (document_id) VALUES (new.id);
  END;
  CREATE TRIGGER search_documents_ad AFTER DELETE ON documents BEGIN
    DELETE FROM search_docs WHERE rowid = old.id;
    DELETE FROM search_pending WHERE document_id = old.id;
  END;
  CREATE TRIGGER search_turns_ai AFTER INSERT ON turns BEGIN
    INSERT OR IGNORE INTO search_pending (document_id) VALUES (new.document_id);
  END;
  CREATE TRIGGER search_turns_au AFTER UPDATE OF text, speaker, document_id ON turns
    WHEN old.text IS NOT new.text OR old.speaker IS NOT new.speaker OR old.document_id IS NOT new.document_id BEGIN
    DELETE FROM search_turns WHERE rowid = old.id;
    INSERT OR IGNORE INTO search_pending (document_id) VALUES (old.document_id);
    INSERT OR IGNORE INTO search_pending (document_id) VALUES (new.document_id);
  END;
  CREATE TRIGGER search_turns_ad AFTER DELETE ON turns BEGIN
    DELETE FROM search_turns WHERE rowid = old.id;
    INSERT OR IGNORE INTO search_pending (document_id) VALUES (old.document_id);
  END;
  CREATE TRIGGER search_tags_ai AFTER INSERT ON tags WHEN new.kind = 'person' BEGIN
    INSERT OR IGNORE INTO search_pending (document_id) VALUES (new.document_id);
  END;
`;

export const SEARCH_MIGRATION: Migration = {
  version: 2,
  name: 'search index: stemmed FTS5 tables for documents and turns, kept in step by triggers',
  // Adds tables and fills them from the stored text; no existing row is changed.
  rewritesData: false,
  up(db: Database) {
    db.exec(SEARCH_SCHEMA);
    db.exec('INSERT INTO search_pending (document_id) SELECT id FROM documents');
    indexPending(db);
  },
};
