import Database from 'better-sqlite3';
import { indexPending } from '../../main/archive/search/indexer';

export interface ArchiveHealth {
  integrity: string;
  searchIndex: string;
  turnsMatch: boolean;
  unindexed: number;
}

/**
 * What a careful user would check after a crash or a busy session: SQLite's integrity check,
 * the search index's own integrity check, every document's turn count against its stored
 * turns, and every document indexed once the pending ones are brought up to date.
 */
export function archiveHealth(path: string): ArchiveHealth {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 10000');
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    let searchIndex = 'ok';
    try {
      db.exec("INSERT INTO search_docs(search_docs, rank) VALUES ('integrity-check', 0)");
      db.exec("INSERT INTO search_turns(search_turns, rank) VALUES ('integrity-check', 0)");
    } catch (error) {
      searchIndex = (error as Error).message;
    }
    const mismatched = db
      .prepare('SELECT count(*) FROM documents d WHERE d.turn_count <> (SELECT count(*) FROM turns t WHERE t.document_id = d.id)')
      .pluck()
      .get() as number;
    indexPending(db);
    const unindexed = db
      .prepare('SELECT count(*) FROM documents WHERE id NOT IN (SELECT document_id FROM search_indexed)')
      .pluck()
      .get() as number;
    return { integrity, searchIndex, turnsMatch: mismatched === 0, unindexed };
  } finally {
    db.close();
  }
}
