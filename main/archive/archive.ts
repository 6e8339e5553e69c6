import type { Database } from 'better-sqlite3';
import type { DocumentDetail, DocumentListItem } from '../../preload/api';
import type { ParsedDocument } from '../import/types';
import { openDatabase, type OpenOptions } from './open';
import { countDocuments, getDocument, listDocuments } from './read';
import { writeDocument, type SourceInfo, type WriteResult } from './write';

/** The archive: the only door to the database for the rest of the program. */
export class Archive {
  readonly path: string;
  private readonly db: Database;

  private constructor(path: string, db: Database) {
    this.path = path;
    this.db = db;
  }

  static open(path: string, options: OpenOptions = {}): Archive {
    return new Archive(path, openDatabase(path, options));
  }

  write(doc: ParsedDocument, source: SourceInfo): WriteResult {
    return writeDocument(this.db, doc, source);
  }

  list(limit = 1000, offset = 0): DocumentListItem[] {
    return listDocuments(this.db, limit, offset);
  }

  count(): number {
    return countDocuments(this.db);
  }

  get(id: number): DocumentDetail | null {
    return getDocument(this.db, id);
  }

  /** "ok" when SQLite finds the file sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
