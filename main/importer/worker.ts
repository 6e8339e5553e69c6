/**
 * The import worker: runs importPaths on its own archive connection in a
 * worker thread, so a batch of thousands of files never blocks the main
 * process. Messages (worker-protocol.ts): 'started', then progress before each
 * file with what the report gained, 'writing'/'written' around each group
 * write, 'cancelling' as soon as a cancel arrives, and one 'done' or 'error'.
 * The client (worker-client.ts) stops this worker when a file takes too long.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportReport } from '../../shared/contract/api';
import { Archive } from '../archive/archive';
import { importPaths } from './importer';
import type { ClientMessage, ImportJob, ReportDelta, WorkerMessage } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');

const job = workerData as ImportJob;
const controller = new AbortController();
const post = (message: WorkerMessage): void => port.postMessage(message);

port.on('message', (message: ClientMessage) => {
  if (message.type === 'cancel') {
    controller.abort();
    post({ type: 'cancelling' });
  }
});

/** What the report gained since the last call. */
function delta(report: Readonly<ImportReport>, sent: Record<keyof ReportDelta, number>): ReportDelta {
  const added: ReportDelta = {
    documents: report.documents.slice(sent.documents),
    failed: report.failed.slice(sent.failed),
    skipped: report.skipped.slice(sent.skipped),
    warnings: report.warnings.slice(sent.warnings),
  };
  for (const key of Object.keys(sent) as (keyof ReportDelta)[]) sent[key] = report[key].length;
  return added;
}

async function run(): Promise<void> {
  const archive = Archive.open(job.archivePath, job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});
  const sent = { documents: 0, failed: 0, skipped: 0, warnings: 0 };
  post({ type: 'started' });
  try {
    const report = await importPaths(archive, job.paths, {
      mapping: job.mapping,
      signal: controller.signal,
      alreadyReported: new Set(job.alreadyReported ?? []),
      // A wait for the archive's lock is not a stuck file: the client's watchdog pauses meanwhile.
      onWrite: (phase) => post({ type: phase }),
      onProgress: (progress, report) => post({ type: 'progress', progress, added: delta(report, sent) }),
    });
    post({ type: 'done', report });
  } finally {
    archive.close();
  }
}

run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
