import type { Database } from 'better-sqlite3';

/**
 * Runs `work` as one write transaction that takes the archive's write lock at its start
 * (BEGIN IMMEDIATE). The app writes from two connections at once (the import worker and
 * the window's edits); under WAL a deferred transaction that reads first cannot take the
 * lock later when the other connection has written meanwhile, and fails at once with
 * SQLITE_BUSY instead of waiting. An immediate one waits for the lock (busy_timeout), so
 * the two writers queue. Inside another transaction it is a savepoint, as before.
 */
export function writeTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work).immediate();
}

/** True for SQLite's "the archive is locked by another writer" errors. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
