/**
 * Upgrading an archive written by an earlier Verbatim before the window opens. The migrations
 * (migrations.ts) run when the archive is opened; at 50,000 documents one that reads every
 * speaker again takes seconds, so the app asks first whether any is due (pendingUpgrade) and,
 * when one is, runs them in a worker thread (upgrade-worker.ts) while it shows that it is
 * upgrading, instead of showing nothing until they are done.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { MIGRATIONS, type Migration } from './migrations';
import { backupDue, dueMigrations, schemaVersion } from './open';

export interface PendingUpgrade {
  /** The archive's schema now, and after the upgrade. */
  from: number;
  to: number;
  /** True when a migration due rewrites rows: the archive is copied beside itself first. */
  backup: boolean;
}

/**
 * The upgrade opening `path` would run, or null when there is none: no file yet (a new archive
 * is made in an instant), an archive already up to date, or one that cannot be read here (its
 * own opening then says why).
 */
export function pendingUpgrade(path: string, options: { nativeBinding?: string; migrations?: Migration[] } = {}): PendingUpgrade | null {
  if (path === ':memory:' || !existsSync(path)) return null;
  const migrations = options.migrations ?? MIGRATIONS;
  let current: number;
  try {
    const db = new Database(path, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    try {
      const known = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
      current = known ? schemaVersion(db) : 0;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
  const due = dueMigrations(current, migrations);
  if (current === 0 || due.length === 0) return null;
  return { from: current, to: due[due.length - 1].version, backup: backupDue(current, due) };
}

/** What the upgrade worker is given. */
export interface UpgradeJob {
  archivePath: string;
  nativeBinding?: string;
}

/** What the upgrade worker posts when it is done. */
export type UpgradeMessage = { ok: true } | { ok: false; error: string };

/**
 * Opens the archive in a worker thread (built from upgrade-worker.ts), which runs the migrations
 * due, and resolves when they are done; rejects with the reason the archive could not be opened
 * (the message the window's own opening would have given).
 */
export function upgradeInWorker(workerScript: string, archivePath: string, nativeBinding?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const job: UpgradeJob = { archivePath, nativeBinding };
    const worker = new Worker(workerScript, { workerData: job });
    let answered = false;
    worker.once('message', (message: UpgradeMessage) => {
      answered = true;
      if (message.ok) resolve();
      else reject(new Error(message.error));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`The upgrade stopped before it was done (exit code ${code}); the archive was left as it was.`));
    });
  });
}
