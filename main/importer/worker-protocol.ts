import type { ImportProgress, ImportReport } from '../../shared/contract/api';
import type { ColumnMapping } from '../import/dataset';

/** What the main process asks the import worker to do. */
export interface ImportJob {
  archivePath: string;
  nativeBinding?: string;
  paths: string[];
  mapping?: ColumnMapping;
  /**
   * Files and zip entries an earlier worker of this same import already
   * reported, or stopped: not read again (the client starts a new worker after
   * stopping one that was stuck on a file).
   */
  alreadyReported?: string[];
}

/**
 * What the worker's report gained since its last message: the documents
 * written and committed, and the failures, skips and warnings.
 */
export interface ReportDelta {
  documents: ImportReport['documents'];
  failed: ImportReport['failed'];
  skipped: ImportReport['skipped'];
  warnings: ImportReport['warnings'];
}

/** What the main process may tell the worker. */
export type ClientMessage = { type: 'cancel' };

export type WorkerMessage =
  /** The archive is open and the import begins. */
  | { type: 'started' }
  /** The cancel request arrived: the worker stops before its next file. */
  | { type: 'cancelling' }
  /** A group of documents is being written (it may wait for another writer), then it is committed. */
  | { type: 'writing' }
  | { type: 'written' }
  /** Before each file (currentFile) and zip entry; `added` is what was reported and committed until now. */
  | { type: 'progress'; progress: ImportProgress; added: ReportDelta }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; message: string };
