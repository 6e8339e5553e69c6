/**
 * The import worker: runs importPaths on its own archive connection in a
 * worker thread, so a batch of thousands of files never blocks the main
 * process. Messages: progress while it runs, then one 'done' or 'error'.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Archive } from '../archive/archive';
import { importPaths } from './importer';
import type { ImportJob, WorkerMessage } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');

const job = workerData as ImportJob;
const controller = new AbortController();
port.on('message', (message: { type: string }) => {
  if (message.type === 'cancel') controller.abort();
});

const post = (message: WorkerMessage): void => port.postMessage(message);

async function run(): Promise<void> {
  const archive = Archive.open(job.archivePath, job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});
  try {
    const report = await importPaths(archive, job.paths, {
      mapping: job.mapping,
      signal: controller.signal,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'done', report });
  } finally {
    archive.close();
  }
}

run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
