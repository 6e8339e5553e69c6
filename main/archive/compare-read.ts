/** Reads for the comparison (main/compare/): previous versions, single turns, every paragraph. */
import type { Database } from 'better-sqlite3';
import type { VersionInfo } from '../../shared/contract/api';

export type { VersionInfo };

export interface StoredVersion {
  id: number;
  documentId: number;
  replacedAt: string;
  turns: { speaker: string | null; text: string }[];
}

export interface TurnRow {
  documentId: number;
  idx: number;
  speaker: string | null;
  text: string;
}

export function listVersions(db: Database, documentId: number): VersionInfo[] {
  return db
    .prepare(
      `SELECT id, replaced_at AS replacedAt, kind, source FROM document_versions WHERE document_id = ?
       ORDER BY kind = 'other-copy', replaced_at DESC, id DESC`,
    )
    .all(documentId) as VersionInfo[];
}

export function getVersion(db: Database, versionId: number): StoredVersion | null {
  const row = db
    .prepare('SELECT id, document_id AS documentId, replaced_at AS replacedAt, turns FROM document_versions WHERE id = ?')
    .get(versionId) as { id: number; documentId: number; replacedAt: string; turns: string } | undefined;
  if (!row) return null;
  const parsed: unknown = JSON.parse(row.turns);
  const turns = Array.isArray(parsed)
    ? parsed
        .filter((t): t is { speaker?: unknown; text?: unknown } => typeof t === 'object' && t !== null)
        .map((t) => ({ speaker: typeof t.speaker === 'string' ? t.speaker : null, text: typeof t.text === 'string' ? t.text : '' }))
    : [];
  return { id: row.id, documentId: row.documentId, replacedAt: row.replacedAt, turns };
}

export function getTurn(db: Database, documentId: number, idx: number): { speaker: string | null; text: string } | null {
  return (
    (db.prepare('SELECT speaker, text FROM turns WHERE document_id = ? AND idx = ?').get(documentId, idx) as
      { speaker: string | null; text: string } | undefined) ?? null
  );
}

/** Changes whenever a turn is added, replaced or deleted (turn ids are never reused while larger ones exist). */
export function turnsStamp(db: Database): string {
  const row = db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS m FROM turns').get() as { n: number; m: number };
  const docs = db.prepare("SELECT count(*) AS n, coalesce(max(updated_at), '') AS u FROM documents").get() as { n: number; u: string };
  return `${row.n}:${row.m}:${docs.n}:${docs.u}`;
}

export function documentHeads(db: Database): { id: number; title: string; date: string | null }[] {
  return db.prepare('SELECT id, title, date FROM documents').all() as { id: number; title: string; date: string | null }[];
}

/** Turns after (documentId, idx) in archive order, a batch at a time (no statement stays open between batches). */
export function turnsAfter(db: Database, documentId: number, idx: number, limit: number): TurnRow[] {
  return db
    .prepare(
      `SELECT document_id AS documentId, idx, speaker, text FROM turns
       WHERE document_id > ? OR (document_id = ? AND idx > ?) ORDER BY document_id, idx LIMIT ?`,
    )
    .all(documentId, documentId, idx, limit) as TurnRow[];
}

/**
 * How many documents of the search index hold each stem (its fts5vocab table), and how many
 * documents it has: the archive's own word frequencies, for weighing words in a comparison.
 * Empty when the archive has no search index.
 */
export function stemDocFrequencies(db: Database): { documents: number; freq: Map<string, number> } {
  try {
    const documents = db.prepare('SELECT count(*) FROM search_indexed').pluck().get() as number;
    const rows = db.prepare('SELECT term, doc FROM search_vocab').raw().all() as [string, number][];
    return { documents, freq: new Map(rows) };
  } catch {
    return { documents: 0, freq: new Map() };
  }
}

/**
 * The same, a part at a time: the documents, and the `limit` stems after `after` in order with
 * their counts (a part of 1,000 stems takes up to about 40 ms at 50,000 documents, the whole 0.6–3 s).
 */
export function stemDocFrequenciesAfter(db: Database, after: string, limit: number): { documents: number; rows: [string, number][] } {
  try {
    const documents = db.prepare('SELECT count(*) FROM search_indexed').pluck().get() as number;
    const rows = db.prepare('SELECT term, doc FROM search_vocab WHERE term > ? ORDER BY term LIMIT ?').raw().all(after, limit) as [
      string,
      number,
    ][];
    return { documents, rows };
  } catch {
    return { documents: 0, rows: [] };
  }
}

/** The comparison's reads, bound to one connection (Archive.compare). */
export class CompareReads {
  constructor(private readonly db: Database) {}
  versions(documentId: number): VersionInfo[] {
    return listVersions(this.db, documentId);
  }
  version(versionId: number): StoredVersion | null {
    return getVersion(this.db, versionId);
  }
  turn(documentId: number, idx: number): { speaker: string | null; text: string } | null {
    return getTurn(this.db, documentId, idx);
  }
  stamp(): string {
    return turnsStamp(this.db);
  }
  heads(): { id: number; title: string; date: string | null }[] {
    return documentHeads(this.db);
  }
  turnsAfter(documentId: number, idx: number, limit: number): TurnRow[] {
    return turnsAfter(this.db, documentId, idx, limit);
  }
  stemDocFrequencies(): { documents: number; freq: Map<string, number> } {
    return stemDocFrequencies(this.db);
  }
  stemDocFrequenciesAfter(after: string, limit: number): { documents: number; rows: [string, number][] } {
    return stemDocFrequenciesAfter(this.db, after, limit);
  }
}
