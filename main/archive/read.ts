import type { Database } from 'better-sqlite3';
import type { DocumentDetail, DocumentListItem } from '../../shared/contract/api';

interface DocumentRow {
  id: number;
  title: string;
  date: string | null;
  time: string | null;
  place: string | null;
  summary: string | null;
  url: string | null;
  format: string;
  language: string | null;
  attribution: string | null;
  published_at: string | null;
  sections: string;
  related: string;
  captions: string;
  warnings: string;
  imported_at: string;
  updated_at: string;
}

/** Documents newest first (undated last), a page at a time. */
export function listDocuments(db: Database, limit: number, offset: number): DocumentListItem[] {
  return db
    .prepare(
      `SELECT id, title, date, time, place, turn_count AS turnCount FROM documents
       ORDER BY date IS NULL, date DESC, time IS NULL, time DESC, id DESC LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as DocumentListItem[];
}

export function countDocuments(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

function parseList<T>(text: string): T[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as T[]) : [];
}

export function getDocument(db: Database, id: number): DocumentDetail | null {
  const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  if (!row) return null;
  const tags = db.prepare('SELECT kind, value FROM tags WHERE document_id = ? ORDER BY kind, position').all(id) as {
    kind: string;
    value: string;
  }[];
  const ofKind = (kind: string): string[] => tags.filter((t) => t.kind === kind).map((t) => t.value);
  const turns = db.prepare('SELECT speaker, text FROM turns WHERE document_id = ? ORDER BY idx').all(id) as {
    speaker: string | null;
    text: string;
  }[];
  const sources = db
    .prepare('SELECT path, format, size, imported_at AS importedAt FROM source_files WHERE document_id = ? ORDER BY id')
    .all(id) as DocumentDetail['sources'];
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    time: row.time,
    place: row.place,
    summary: row.summary,
    url: row.url,
    topics: ofKind('topic'),
    persons: ofKind('person'),
    geography: ofKind('geography'),
    turns,
    related: parseList(row.related),
    captions: parseList(row.captions),
    sections: parseList(row.sections),
    publishedAt: row.published_at,
    attribution: row.attribution,
    language: row.language,
    format: row.format,
    warnings: parseList(row.warnings),
    sources,
    importedAt: row.imported_at,
    updatedAt: row.updated_at,
  };
}
