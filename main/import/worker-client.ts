import { Worker } from 'node:worker_threads';
import type { ImportReport } from '../../preload/api';
import type { ImportOptions } from './importer';
import type { ImportJob, WorkerMessage } from './worker-protocol';

export interface WorkerImportOptions extends Pick<ImportOptions, 'mapping' | 'onProgress' | 'signal'> {
  nativeBinding?: string;
}

/**
 * Runs an import in a worker thread (built from main/import/worker.ts) and
 * resolves with its report. Aborting the signal asks the worker to stop after
 * the file it is on; what it committed stays.
 */
export function importInWorker(
  workerScript: string,
  archivePath: string,
  paths: string[],
  options: WorkerImportOptions = {},
): Promise<ImportReport> {
  const job: ImportJob = { archivePath, paths, mapping: options.mapping, nativeBinding: options.nativeBinding };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript, { workerData: job });
    let settled = false;
    const cancel = (): void => worker.postMessage({ type: 'cancel' });
    options.signal?.addEventListener('abort', cancel, { once: true });
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', cancel);
      action();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.report));
      else finish(() => reject(new Error(`The import stopped: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(new Error(`The import stopped: ${error.message}`))));
    worker.on('exit', (code) => finish(() => reject(new Error(`The import worker exited unexpectedly (code ${code}).`))));
  });
}
