/**
 * Keeping the search index in one piece. FTS5 writes every transaction's new rows as a segment
 * and merges segments only now and then, so an archive filled by many imports holds its index in
 * ten to twenty segments, and every lookup asks each of them: at 50,000 documents a page of
 * results costs a third to a half more, and looking up listed turns several times more, than over
 * one merged segment. Merging is plain work on the index (the documents and results do not change),
 * done in small steps — FTS5's 'merge' command, a bounded number of pages each, in its own short
 * write transaction — so that it can run while the app is idle and give way to any search or write.
 */
import type { Database } from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from '../open';
import { isBusy } from '../transaction';
import { statement } from '../statements';

const TABLES = ['search_docs', 'search_turns'] as const;
/**
 * Leaf pages one step writes. At 50,000 documents, 30 pages take 7 ms (median), 24 ms (p95),
 * at most about 100 ms: a question waits at most that long. 100 pages took 20 / 45 / 390 ms,
 * for the same 10.5 s in all.
 */
const STEP_PAGES = 30;

const segmentsOf = (db: Database, table: (typeof TABLES)[number]): number =>
  statement(db, `SELECT count(DISTINCT segid) FROM ${table}_idx`).pluck().get() as number;

/** How many segments the index's tables hold (the larger of the two). */
export function indexSegments(db: Database): number {
  return Math.max(...TABLES.map((t) => segmentsOf(db, t)));
}

export type TidyStep = 'merged' | 'tidy' | 'busy';

/**
 * One step of merging: 'merged' when it did work (call again), 'tidy' when each table is one
 * segment, 'busy' when another connection holds the write lock (try later; it never waits for it).
 */
export function tidyStep(db: Database): TidyStep {
  const table = TABLES.find((t) => segmentsOf(db, t) > 1);
  if (!table) return 'tidy';
  db.pragma('busy_timeout = 0');
  try {
    const changes = statement(db, 'SELECT total_changes()').pluck();
    const before = changes.get() as number;
    statement(db, `INSERT INTO ${table}(${table}, rank) VALUES ('merge', ?)`).run(-STEP_PAGES);
    const after = changes.get() as number;
    // The command's own row counts as one change: more means pages were merged.
    return after - before > 1 ? 'merged' : 'tidy';
  } catch (error) {
    if (isBusy(error)) return 'busy';
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

/** Merges the whole index now (the command line after an import, the benchmark); false if another writer held the lock. */
export function tidyAll(db: Database): boolean {
  let step: TidyStep = 'merged';
  // Each step merges at least one page; the bound only guards against an index that never settles.
  for (let n = 0; step === 'merged' && n < 1_000_000; n++) step = tidyStep(db);
  return step === 'tidy';
}
