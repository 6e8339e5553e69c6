import type { Database } from 'better-sqlite3';

/** One numbered schema migration (the list and the runner are in migrations.ts). */
export interface Migration {
  version: number;
  name: string;
  /** True when the migration rewrites existing rows (a backup is taken before it runs). */
  rewritesData: boolean;
  /**
   * True when the migration rebuilds a table that others reference: foreign keys are off
   * while it runs (they cannot be switched inside a transaction) and checked before it commits.
   */
  foreignKeysOff?: boolean;
  up(db: Database): void;
}
