import type { Database } from 'better-sqlite3';
import type { DocumentDetail, DocumentListItem } from '../../shared/contract/api';
import type { ParsedDocument } from '../import/types';
import { CompareReads } from './compare-read';
import { LibraryStore } from './library-store';
import { openDatabase, type OpenOptions } from './open';
import { countDocuments, getDocument, listDocuments } from './read';
import { writeDocument, type SourceInfo, type WriteResult } from './write';
import { writeTransaction } from './transaction';
import { SearchEngine } from './search/engine';
import { AnalysisEngine } from '../analysis/engine';
import { indexPending } from './search/indexer';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The archive: the only door to the database for the rest of the program. */
export class Archive {
  readonly path: string;
  private readonly db: Database;
  private searchEngine: SearchEngine | null = null;
  private analysisEngine: AnalysisEngine | null = null;

  private constructor(path: string, db: Database) {
    this.path = path;
    this.db = db;
  }

  static open(path: string, options: OpenOptions = {}): Archive {
    return new Archive(path, openDatabase(path, options));
  }

  /**
   * Runs `work` in one write transaction (transaction.ts). Writes inside it still get a savepoint
   * each (better-sqlite3 nests transactions as savepoints), so one document's
   * failure rolls back only that document.
   */
  batch<T>(work: () => T): T {
    return writeTransaction(this.db, work);
  }

  write(doc: ParsedDocument, source: SourceInfo): WriteResult {
    // The search index is kept in step in the same transaction (archive/search/schema.ts: triggers queue the document).
    const result = writeTransaction(this.db, () => {
      const written = writeDocument(this.db, doc, source);
      indexPending(this.db);
      return written;
    });
    this.searchEngine?.changed();
    return result;
  }

  /** Full-text search, facets and suggestions (archive/search/engine.ts). */
  get search(): SearchEngine {
    this.searchEngine ??= new SearchEngine(this.db);
    return this.searchEngine;
  }

  /** Concordance, trends, speakers, collocates and citations (main/analysis/engine.ts). */
  get analysis(): AnalysisEngine {
    this.analysisEngine ??= new AnalysisEngine(this.db, this.search);
    return this.analysisEngine;
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

  /** The library and reader's queries and edits (library-store.ts). */
  get library(): LibraryStore {
    return new LibraryStore(this.db);
  }

  /** Reads for comparing texts and finding similar passages (compare-read.ts). */
  get compare(): CompareReads {
    return new CompareReads(this.db);
  }

  /** Copies the whole archive, consistent even while it is in use, to `target` (SQLite's online backup). */
  async backup(target: string): Promise<void> {
    if (samePath(target, this.path)) throw new Error('Choose another file for the backup than the archive itself.');
    await this.db.backup(target);
  }

  /** "ok" when SQLite finds the file sound. */
  integrityCheck(): string {
    return (this.db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** True when two paths name the same file (relative paths, links, and case on macOS and Windows). */
function samePath(a: string, b: string): boolean {
  const real = (path: string): string => {
    const full = resolve(path);
    try {
      return realpathSync(full);
    } catch {
      // The target does not exist yet: its folder may still be a link to the archive's folder.
      try {
        return join(realpathSync(dirname(full)), basename(full));
      } catch {
        return full;
      }
    }
  };
  const fold = (path: string): string => (process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path);
  return fold(real(a)) === fold(real(b));
}
