import type { ImportProgress, ImportReport } from '../../preload/api';
import type { ColumnMapping } from './dataset';

/** What the main process asks the import worker to do. */
export interface ImportJob {
  archivePath: string;
  nativeBinding?: string;
  paths: string[];
  mapping?: ColumnMapping;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; message: string };
