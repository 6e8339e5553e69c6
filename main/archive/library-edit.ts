/** The library's writes: user edits kept across re-imports, delete with undo, annotations, collections, saved filters. */
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Annotation, Collection, DocumentEdit, LibraryFilter, NewAnnotation, SavedFilter } from '../../shared/contract/api';
import { refreshSpeakers } from './library-derived';
import { listAnnotations } from './library-read';
import { statement } from './statements';
import { writeTransaction } from './transaction';
import { calendarDateProblem } from '../../shared/dates';

const TAG_KINDS = [
  ['topics', 'topic'],
  ['persons', 'person'],
  ['geography', 'geography'],
] as const;

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Applies a user's edit to title, date, place and tags. The document's identity
 * (title_key, and the imported date) is left as it was, so a re-import of the same
 * source finds this document and library-derived.ts puts the edit back on top.
 */
export function editDocument(db: Database, id: number, edit: DocumentEdit): boolean {
  return writeTransaction(db, () => {
    const current = statement(db, 'SELECT title, date, place FROM documents WHERE id = ?').get(id) as
      { title: string; date: string | null; place: string | null } | undefined;
    if (!current) throw new Error(`There is no document ${id} in this archive (it may have been deleted).`);
    const now = new Date().toISOString();
    statement(
      db,
      `INSERT OR IGNORE INTO document_edits (document_id, original_title, original_date, original_place, edited_at) VALUES (?, ?, ?, ?, ?)`,
    ).run(id, current.title, current.date, current.place, now);
    for (const field of ['title', 'date', 'place'] as const) {
      const value = edit[field];
      if (value === undefined) continue;
      const text = value === null ? null : clean(value) || null;
      if (field === 'title' && !text) throw new Error('A document needs a title.');
      const notADate = field === 'date' && text !== null ? calendarDateProblem(text) : null;
      if (notADate) throw new Error(notADate);
      // Only the first edit of a field records the imported value it replaces.
      statement(
        db,
        `UPDATE document_edits SET ${field} = ?, original_${field} = CASE WHEN ${field}_edited THEN original_${field} ELSE ? END,
           ${field}_edited = 1, edited_at = ? WHERE document_id = ?`,
      ).run(text, current[field], now, id);
      statement(db, `UPDATE documents SET ${field} = ?, updated_at = ? WHERE id = ?`).run(text, now, id);
    }
    let personsChanged = false;
    for (const [key, kind] of TAG_KINDS) {
      const wanted = edit[key];
      if (!wanted) continue;
      const next = [...new Set(wanted.map(clean).filter(Boolean))];
      const have = statement(db, 'SELECT value FROM tags WHERE document_id = ? AND kind = ?').pluck().all(id, kind) as string[];
      const record = statement(
        db,
        `INSERT INTO tag_edits (document_id, kind, value, action) VALUES (?, ?, ?, ?)
         ON CONFLICT (document_id, kind, value) DO UPDATE SET action = excluded.action`,
      );
      for (const value of have.filter((v) => !next.includes(v))) {
        statement(db, 'DELETE FROM tags WHERE document_id = ? AND kind = ? AND value = ?').run(id, kind, value);
        record.run(id, kind, value, 'remove');
        personsChanged ||= kind === 'person';
      }
      for (const value of next.filter((v) => !have.includes(v))) {
        statement(db, 'INSERT INTO tags (document_id, kind, value, position) VALUES (?, ?, ?, ?)').run(id, kind, value, 1000);
        record.run(id, kind, value, 'add');
        personsChanged ||= kind === 'person';
      }
      next.forEach((value, position) =>
        statement(db, 'UPDATE tags SET position = ? WHERE document_id = ? AND kind = ? AND value = ?').run(position, id, kind, value),
      );
    }
    if (personsChanged) refreshSpeakers(db, id);
    return true;
  });
}

/** Tables whose rows belong to a document (they reference documents.id), found from the schema. */
function dependentTables(db: Database): { table: string; column: string }[] {
  return statement(
    db,
    `SELECT m.name AS "table", f."from" AS "column" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'documents' ORDER BY m.name`,
  ).all() as { table: string; column: string }[];
}

interface Snapshot {
  document: Record<string, unknown>;
  rows: Record<string, Record<string, unknown>[]>;
}

const quoteName = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function insertRow(db: Database, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  statement(db, `INSERT INTO ${quoteName(table)} (${columns.map(quoteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...columns.map((c) => row[c]),
  );
}

/**
 * Puts one row of a deleted document back. A row whose own id was given to a new row since
 * (turns, sources, notes: their ids are not reserved) comes back under a new id; a row that
 * points at something deleted since (a collection) is left out, never the document.
 */
function restoreRow(db: Database, table: string, row: Record<string, unknown>): void {
  statement(db, 'SAVEPOINT restore_row').run();
  try {
    try {
      insertRow(db, table, row);
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY' || !('id' in row)) throw error;
      const { id: _taken, ...rest } = row;
      insertRow(db, table, rest);
    }
    statement(db, 'RELEASE restore_row').run();
  } catch {
    statement(db, 'ROLLBACK TO restore_row').run();
    statement(db, 'RELEASE restore_row').run();
  }
}

/** Deletes documents, keeping each whole in the trash so the batch can be undone. */
export function deleteDocuments(db: Database, ids: number[]): { batch: string; count: number } {
  return writeTransaction(db, () => {
    const batch = randomUUID();
    const now = new Date().toISOString();
    const tables = dependentTables(db);
    const keep = statement(db, 'INSERT INTO trash (batch, document_id, title, data, deleted_at) VALUES (?, ?, ?, ?, ?)');
    let count = 0;
    for (const id of ids) {
      const document = statement(db, 'SELECT * FROM documents WHERE id = ?').get(id) as Record<string, unknown> | undefined;
      if (!document) continue;
      const rows: Snapshot['rows'] = {};
      for (const { table, column } of tables) {
        rows[table] = statement(db, `SELECT * FROM ${quoteName(table)} WHERE ${quoteName(column)} = ?`).all(id) as Record<
          string,
          unknown
        >[];
      }
      keep.run(batch, id, String(document.title), JSON.stringify({ document, rows } satisfies Snapshot), now);
      statement(db, 'DELETE FROM documents WHERE id = ?').run(id);
      count++;
    }
    // Undo reaches back ten deletes.
    statement(db, `DELETE FROM trash WHERE batch NOT IN (SELECT batch FROM trash GROUP BY batch ORDER BY max(id) DESC LIMIT 10)`).run();
    return { batch, count };
  });
}

/**
 * Puts a deleted batch back with the same ids, annotations, edits and collection
 * memberships. A document that cannot come back (one with the same URL was
 * imported since) stays in the trash and is named in `notRestored`; a row that
 * points at something deleted since (a collection) is left out, never the document.
 */
export function undoDelete(db: Database, batch: string): { count: number; ids: number[]; notRestored: string[] } {
  return writeTransaction(db, () => {
    const kept = statement(db, 'SELECT id, document_id AS documentId, title, data FROM trash WHERE batch = ? ORDER BY id').all(batch) as {
      id: number;
      documentId: number;
      title: string;
      data: string;
    }[];
    if (kept.length === 0) throw new Error('There is nothing to undo: that delete is no longer in the trash.');
    const ids: number[] = [];
    const notRestored: string[] = [];
    const forget = statement(db, 'DELETE FROM trash WHERE id = ?');
    for (const entry of kept) {
      const snapshot = JSON.parse(entry.data) as Snapshot;
      // The same page imported again since (same URL, or same title, date and time): bringing this copy back would
      // make a duplicate, so it stays in the trash and is named. (Ids themselves are never reused: migration 5.)
      const doc = snapshot.document;
      const twin = statement(
        db,
        'SELECT 1 FROM documents WHERE id = ? OR (url IS NOT NULL AND url = ?) OR (title_key = ? AND date IS ? AND time IS ?)',
      ).get(entry.documentId, doc.url ?? null, doc.title_key ?? null, doc.date ?? null, doc.time ?? null);
      if (twin) {
        notRestored.push(entry.title);
        continue;
      }
      statement(db, 'SAVEPOINT restore_one').run();
      try {
        insertRow(db, 'documents', snapshot.document);
      } catch {
        statement(db, 'ROLLBACK TO restore_one').run();
        statement(db, 'RELEASE restore_one').run();
        notRestored.push(entry.title);
        continue;
      }
      for (const [table, rows] of Object.entries(snapshot.rows)) {
        for (const row of rows) restoreRow(db, table, row);
      }
      statement(db, 'RELEASE restore_one').run();
      forget.run(entry.id);
      ids.push(entry.documentId);
    }
    return { count: ids.length, ids, notRestored };
  });
}

export function addAnnotation(db: Database, a: NewAnnotation): Annotation {
  const now = new Date().toISOString();
  const info = statement(
    db,
    `INSERT INTO annotations (document_id, turn_idx, paragraph, start, end, quote, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.documentId, a.turnIdx, a.paragraph, a.start, a.end, a.quote, a.note, now, now);
  const id = Number(info.lastInsertRowid);
  return listAnnotations(db, a.documentId).find((x) => x.id === id) as Annotation;
}

export function updateAnnotation(db: Database, id: number, note: string): boolean {
  return statement(db, 'UPDATE annotations SET note = ?, updated_at = ? WHERE id = ?').run(note, new Date().toISOString(), id).changes > 0;
}

export function deleteAnnotation(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM annotations WHERE id = ?').run(id).changes > 0;
}

export function createCollection(db: Database, name: string): Collection {
  const clean_ = clean(name);
  const existing = statement(db, 'SELECT id FROM collections WHERE name = ?').get(clean_);
  if (existing) throw new Error(`There is already a collection named “${clean_}”.`);
  const info = statement(db, 'INSERT INTO collections (name, created_at) VALUES (?, ?)').run(clean_, new Date().toISOString());
  return { id: Number(info.lastInsertRowid), name: clean_, count: 0 };
}

export function addToCollection(db: Database, collectionId: number, ids: number[]): number {
  return writeTransaction(db, () => {
    if (!statement(db, 'SELECT 1 FROM collections WHERE id = ?').get(collectionId)) throw new Error('That collection no longer exists.');
    const insert = statement(
      db,
      `INSERT OR IGNORE INTO collection_documents (collection_id, document_id, added_at)
       SELECT ?, id, ? FROM documents WHERE id = ?`,
    );
    const now = new Date().toISOString();
    return ids.reduce((n, id) => n + insert.run(collectionId, now, id).changes, 0);
  });
}

export function removeFromCollection(db: Database, collectionId: number, ids: number[]): number {
  return writeTransaction(db, () => {
    const del = statement(db, 'DELETE FROM collection_documents WHERE collection_id = ? AND document_id = ?');
    return ids.reduce((n, id) => n + del.run(collectionId, id).changes, 0);
  });
}

export function deleteCollection(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM collections WHERE id = ?').run(id).changes > 0;
}

export function saveFilter(db: Database, name: string, filter: LibraryFilter): SavedFilter {
  const clean_ = clean(name);
  const info = statement(
    db,
    `INSERT INTO saved_filters (name, filter, created_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET filter = excluded.filter`,
  ).run(clean_, JSON.stringify(filter), new Date().toISOString());
  const row = statement(db, 'SELECT id FROM saved_filters WHERE name = ?').get(clean_) as { id: number } | undefined;
  return { id: row?.id ?? Number(info.lastInsertRowid), name: clean_, filter };
}

export function deleteSavedFilter(db: Database, id: number): boolean {
  return statement(db, 'DELETE FROM saved_filters WHERE id = ?').run(id).changes > 0;
}
