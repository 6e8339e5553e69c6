import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * Migration 5: document ids are never used twice. Without AUTOINCREMENT SQLite gives a new
 * row max(id)+1, so deleting the newest document and importing another handed its id to
 * the newcomer, and undoing the delete could not bring it back. SQLite cannot add
 * AUTOINCREMENT to a table in place, so the documents table is rebuilt (SQLite's documented
 * procedure: new table, copy, drop, rename, with foreign keys off — open.ts does that
 * around a migration marked `foreignKeysOff`); its indexes and triggers are made again from
 * their stored SQL. The counter starts above every id the archive has used, deleted
 * documents in the trash included.
 */
export const ID_MIGRATION: Migration = {
  version: 5,
  name: 'document ids are never reused (documents rebuilt with AUTOINCREMENT)',
  rewritesData: true,
  foreignKeysOff: true,
  up(db: Database) {
    const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'").pluck().get() as string;
    const pattern = /^(\s*CREATE TABLE\s+)("?documents"?)(\s*\(\s*id\s+INTEGER\s+PRIMARY\s+KEY)(\s*,)/i;
    if (!pattern.test(table)) throw new Error('The documents table has an unexpected shape; it was left as it was.');
    const dependents = db
      .prepare(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'documents' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name",
      )
      .pluck()
      .all() as string[];
    const columns = (db.prepare("SELECT name FROM pragma_table_info('documents') ORDER BY cid").pluck().all() as string[])
      .map((name) => `"${name.replace(/"/g, '""')}"`)
      .join(', ');
    const used = db
      .prepare('SELECT max(coalesce((SELECT max(id) FROM documents), 0), coalesce((SELECT max(document_id) FROM trash), 0))')
      .pluck()
      .get() as number;

    db.exec(table.replace(pattern, '$1documents_rebuilt$3 AUTOINCREMENT$4'));
    db.exec(`INSERT INTO documents_rebuilt (${columns}) SELECT ${columns} FROM documents`);
    db.exec('DROP TABLE documents');
    db.exec('ALTER TABLE documents_rebuilt RENAME TO documents');
    for (const sql of dependents) db.exec(sql);
    db.prepare("DELETE FROM sqlite_sequence WHERE name = 'documents'").run();
    db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('documents', ?)").run(used);
  },
};
