import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS, type Migration } from './migrations';
import { writeTransaction } from './transaction';

export interface OpenOptions {
  /** Path of a better-sqlite3 native binary built for this runtime (Electron uses its own). */
  nativeBinding?: string;
  /** Migrations to apply; tests pass a prefix to build an older schema. */
  migrations?: Migration[];
}

/** How long a write waits for another connection's write to finish; an import group or a large delete takes well under this. */
export const BUSY_TIMEOUT_MS = 15_000;

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Opens (creating if needed) an archive file, sets pragmas and brings the schema up to date. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // A writer waits this long for the other connection's transaction (transaction.ts) before SQLITE_BUSY.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    migrate(db, path, options.migrations ?? MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The migrations an archive at schema `current` still needs, in order. */
export function dueMigrations(current: number, migrations: Migration[]): Migration[] {
  return migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
}

/** Whether running `due` on an archive at schema `current` backs it up first: an existing archive, and a migration that rewrites rows. */
export function backupDue(current: number, due: Migration[]): boolean {
  return current > 0 && due.some((m) => m.rewritesData);
}

function migrate(db: Db, path: string, migrations: Migration[]): void {
  const current = schemaVersion(db);
  const pending = dueMigrations(current, migrations);
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  if (current > newest) {
    throw new Error(
      `This archive was written by a newer Verbatim (schema ${current}; this version knows up to ${newest}). Update Verbatim to open it.`,
    );
  }
  if (pending.length === 0) return;
  if (path !== ':memory:' && backupDue(current, pending)) backup(db, path, current);
  for (const migration of pending) {
    if (migration.foreignKeysOff) db.pragma('foreign_keys = OFF');
    try {
      writeTransaction(db, () => {
        migration.up(db);
        if (migration.foreignKeysOff) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0)
            throw new Error(
              `Migration ${migration.version} would leave ${broken.length} rows pointing at nothing; the archive was left as it was.`,
            );
        }
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          new Date().toISOString(),
        );
      });
    } finally {
      if (migration.foreignKeysOff) db.pragma('foreign_keys = ON');
    }
  }
}

/**
 * Copies the archive beside itself before a migration that rewrites data. The copy is written
 * under a working name and renamed when whole: a copy cut short (the app quit or killed while
 * it was written) never stands under a backup's name.
 */
function backup(db: Db, path: string, version: number): string {
  db.pragma('wal_checkpoint(TRUNCATE)');
  let target = `${path}.schema-${version}.bak`;
  for (let n = 2; existsSync(target); n++) target = `${path}.schema-${version}.${n}.bak`;
  const partial = `${target}.partial`;
  copyFileSync(path, partial);
  renameSync(partial, target);
  return target;
}
