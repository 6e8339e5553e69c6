import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Migration 6: a document's other texts say what they are. Besides the text a newer import
 * replaced ('replaced'), a document keeps the differing text of a copy from a poorer source
 * ('other-copy': copied page text of a page whose saved HTML is shown), with the file it
 * came from. Adds two columns; existing rows are replaced texts, as before.
 */
export const VERSIONS_MIGRATION: Migration = {
  version: 6,
  name: "document versions: kind ('replaced' or 'other-copy') and source file",
  rewritesData: false,
  up(db: Database) {
    db.exec(`
      ALTER TABLE document_versions ADD COLUMN kind TEXT NOT NULL DEFAULT 'replaced' CHECK (kind IN ('replaced', 'other-copy'));
      ALTER TABLE document_versions ADD COLUMN source TEXT;
      CREATE INDEX document_versions_by_document ON document_versions(document_id, content_hash);
    `);
  },
};
