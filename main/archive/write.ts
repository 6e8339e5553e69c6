import { statement } from './statements';
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ImportStatus } from '../../shared/contract/api';
import type { ParsedDocument, SourceFormat } from '../import/types';
import { collapseWhitespace } from '../import/text-utils';
import { afterWrite } from './library-derived';
import { writeTransaction } from './transaction';

export interface SourceInfo {
  path: string;
  size: number;
  fileHash: string;
  format: SourceFormat;
}

export interface WriteResult {
  id: number;
  status: ImportStatus;
  /** What the importer should tell the user about this write (a kept copy, which text is shown). */
  notes?: string[];
}

const FORMAT_NAMES: Record<SourceFormat, string> = {
  'kremlin-html': 'saved Kremlin HTML page',
  'kremlin-text': 'copied Kremlin page text',
  'plain-text': 'plain-text transcript',
  html: 'HTML page',
  csv: 'CSV dataset',
  json: 'JSON dataset',
};

/** How much a format tells about a document; a poorer source never replaces a richer one's text. */
const RICHNESS: Record<SourceFormat, number> = {
  'kremlin-html': 3,
  'kremlin-text': 2,
  'plain-text': 1,
  html: 1,
  csv: 1,
  json: 1,
};

interface ExistingRow {
  id: number;
  url: string | null;
  content_hash: string;
  format: SourceFormat;
  time: string | null;
  place: string | null;
  summary: string | null;
  attribution: string | null;
  language: string | null;
  published_at: string | null;
  sections: string;
  related: string;
  captions: string;
}

export function titleKey(title: string): string {
  return collapseWhitespace(title).toLowerCase();
}

/** The hash that decides "same text": title and every turn, speaker and paragraphs. */
export function contentHash(doc: ParsedDocument): string {
  const hash = createHash('sha256');
  hash.update(collapseWhitespace(doc.title));
  for (const turn of doc.turns) {
    hash.update('\u0001');
    hash.update(turn.speaker ?? '');
    for (const paragraph of turn.paragraphs) {
      hash.update('\u0002');
      hash.update(paragraph);
    }
  }
  return hash.digest('hex');
}

function turnTexts(doc: ParsedDocument): { speaker: string | null; text: string }[] {
  return doc.turns
    .filter((turn) => turn.paragraphs.length > 0)
    .map((turn) => ({ speaker: turn.speaker, text: turn.paragraphs.join('\n\n') }));
}

/**
 * Finds the document a parsed one is the same as: the same URL, or, when the
 * incoming source has no URL (or the stored one has none), the same title, date
 * and time. Without a date the title says too little (many files are headed
 * "Press briefing"), so an undated document is only the same as the one an
 * earlier import of the same file gave.
 */
function findExisting(db: Database, doc: ParsedDocument, sourcePath: string): ExistingRow | undefined {
  const columns = 'id, url, content_hash, format, time, place, summary, attribution, language, published_at, sections, related, captions';
  if (doc.url) {
    const byUrl = statement(db, `SELECT ${columns} FROM documents WHERE url = ?`).get(doc.url) as ExistingRow | undefined;
    if (byUrl) return byUrl;
  }
  const urlClause = doc.url ? 'AND url IS NULL' : '';
  if (doc.date === null) {
    return statement(
      db,
      `SELECT ${columns} FROM documents WHERE title_key = ? AND date IS NULL AND time IS ? ${urlClause}
         AND id IN (SELECT document_id FROM source_files WHERE path = ?) ORDER BY id LIMIT 1`,
    ).get(titleKey(doc.title), doc.time, sourcePath) as ExistingRow | undefined;
  }
  // A date the user edited still matches the imported one it replaced (library-edit.ts).
  return statement(
    db,
    `SELECT ${columns} FROM documents WHERE title_key = ? AND time IS ? ${urlClause}
       AND (date IS ? OR id IN (SELECT document_id FROM document_edits WHERE date_edited = 1 AND original_date IS ?))
     ORDER BY id LIMIT 1`,
  ).get(titleKey(doc.title), doc.time, doc.date, doc.date) as ExistingRow | undefined;
}

function insertTurnsAndTags(db: Database, id: number, doc: ParsedDocument): number {
  const insertTurn = statement(db, 'INSERT INTO turns (document_id, idx, speaker, text) VALUES (?, ?, ?, ?)');
  const turns = turnTexts(doc);
  turns.forEach((turn, index) => insertTurn.run(id, index, turn.speaker, turn.text));
  mergeTags(db, id, doc);
  return turns.length;
}

function mergeTags(db: Database, id: number, doc: ParsedDocument): void {
  const insertTag = statement(
    db,
    `INSERT OR IGNORE INTO tags (document_id, kind, value, position)
     VALUES (?, ?, ?, (SELECT count(*) FROM tags WHERE document_id = ? AND kind = ?))`,
  );
  const groups: [string, string[]][] = [
    ['topic', doc.topics],
    ['person', doc.persons],
    ['geography', doc.geography],
  ];
  for (const [kind, values] of groups) {
    for (const value of values) {
      const clean = collapseWhitespace(value);
      if (clean) insertTag.run(id, kind, clean, id, kind);
    }
  }
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

/** The file the shown text came from: the latest source of the document's format. */
function previousSource(db: Database, id: number): string | null {
  const row = statement(
    db,
    'SELECT s.path FROM source_files s JOIN documents d ON d.id = s.document_id WHERE s.document_id = ? AND s.format = d.format ORDER BY s.id DESC LIMIT 1',
  ).get(id) as { path: string } | undefined;
  return row?.path ?? null;
}

function recordSource(db: Database, id: number, source: SourceInfo, now: string): void {
  statement(
    db,
    `INSERT OR IGNORE INTO source_files (document_id, path, size, file_hash, format, imported_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, source.path, source.size, source.fileHash, source.format, now);
}

/** Fills what the stored document lacks from the incoming source (URL, place, lead, tags…). */
function mergeMetadata(db: Database, existing: ExistingRow, doc: ParsedDocument, now: string): void {
  const pick = <T>(stored: T | null, incoming: T | null): T | null => stored ?? incoming;
  const pickList = (stored: string, incoming: unknown[]): string => (stored === '[]' && incoming.length ? json(incoming) : stored);
  statement(
    db,
    `UPDATE documents SET url = ?, time = ?, place = ?, summary = ?, attribution = ?, language = ?,
       published_at = ?, sections = ?, related = ?, captions = ?, updated_at = ? WHERE id = ?`,
  ).run(
    pick(existing.url, doc.url),
    pick(existing.time, doc.time),
    pick(existing.place, doc.place),
    pick(existing.summary, doc.summary),
    pick(existing.attribution, doc.attribution),
    pick(existing.language, doc.language),
    pick(existing.published_at, doc.publishedAt),
    pickList(existing.sections, doc.sections),
    pickList(existing.related, doc.related),
    pickList(existing.captions, doc.captions),
    now,
    existing.id,
  );
  mergeTags(db, existing.id, doc);
}

/** Keeps a poorer source's differing text as an 'other-copy' version; false when that text is already kept. */
function keepOtherCopy(db: Database, existing: ExistingRow, doc: ParsedDocument, hash: string, source: SourceInfo, now: string): boolean {
  const known = statement(db, 'SELECT 1 FROM document_versions WHERE document_id = ? AND content_hash = ?').get(existing.id, hash);
  if (known) return false;
  statement(
    db,
    "INSERT INTO document_versions (document_id, content_hash, turns, replaced_at, kind, source) VALUES (?, ?, ?, ?, 'other-copy', ?)",
  ).run(existing.id, hash, json(turnTexts(doc)), now, source.path);
  return true;
}

function replaceText(
  db: Database,
  existing: ExistingRow,
  doc: ParsedDocument,
  hash: string,
  format: SourceFormat,
  now: string,
  shownFrom: string | null,
): void {
  const previous = statement(db, 'SELECT speaker, text FROM turns WHERE document_id = ? ORDER BY idx').all(existing.id);
  statement(db, 'INSERT INTO document_versions (document_id, content_hash, turns, replaced_at, source) VALUES (?, ?, ?, ?, ?)').run(
    existing.id,
    existing.content_hash,
    json(previous),
    now,
    shownFrom,
  );
  statement(db, 'DELETE FROM turns WHERE document_id = ?').run(existing.id);
  const count = insertTurnsAndTags(db, existing.id, doc);
  statement(
    db,
    'UPDATE documents SET title = ?, title_key = ?, date = ?, content_hash = ?, format = ?, turn_count = ?, warnings = ? WHERE id = ?',
  ).run(collapseWhitespace(doc.title), titleKey(doc.title), doc.date, hash, format, count, json(doc.warnings), existing.id);
}

/** Writes one parsed document in its own transaction and says what happened to it. */
export function writeDocument(db: Database, doc: ParsedDocument, source: SourceInfo): WriteResult {
  return writeTransaction(db, (): WriteResult => {
    const now = new Date().toISOString();
    const hash = contentHash(doc);
    const existing = findExisting(db, doc, source.path);
    if (!existing) {
      const info = statement(
        db,
        `INSERT INTO documents (title, title_key, date, time, place, summary, url, content_hash, format, language,
           attribution, published_at, sections, related, captions, warnings, imported_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        collapseWhitespace(doc.title),
        titleKey(doc.title),
        doc.date,
        doc.time,
        doc.place,
        doc.summary,
        doc.url,
        hash,
        source.format,
        doc.language,
        doc.attribution,
        doc.publishedAt,
        json(doc.sections),
        json(doc.related),
        json(doc.captions),
        json(doc.warnings),
        now,
        now,
      );
      const id = Number(info.lastInsertRowid);
      const count = insertTurnsAndTags(db, id, doc);
      statement(db, 'UPDATE documents SET turn_count = ? WHERE id = ?').run(count, id);
      recordSource(db, id, source, now);
      afterWrite(db, id);
      return { id, status: 'imported' };
    }
    const shownFrom = previousSource(db, existing.id);
    mergeMetadata(db, existing, doc, now);
    recordSource(db, existing.id, source, now);
    const poorer = RICHNESS[source.format] < RICHNESS[existing.format];
    if (existing.content_hash === hash) {
      afterWrite(db, existing.id);
      return { id: existing.id, status: 'unchanged' };
    }
    if (poorer) {
      // The richer source's text stays shown; this copy's differing text is kept beside it, once.
      // A source that brings no text of its own (a dataset row of titles and dates) has nothing to keep.
      const kept = turnTexts(doc).length > 0 && keepOtherCopy(db, existing, doc, hash, source, now);
      afterWrite(db, existing.id);
      const note =
        `this copy's text differs from the ${FORMAT_NAMES[existing.format]} already in the archive, whose text is still shown; ` +
        `this copy is kept as a version of the document (Compare › version).`;
      return kept ? { id: existing.id, status: 'updated', notes: [note] } : { id: existing.id, status: 'unchanged' };
    }
    replaceText(db, existing, doc, hash, source.format, now, shownFrom);
    // The user's title, date, place and tag edits survive the new text (library-derived.ts).
    afterWrite(db, existing.id);
    return { id: existing.id, status: 'updated' };
  });
}
