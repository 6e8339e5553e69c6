/**
 * The query worker: answers searches, suggestions, comparisons, "similar passages" and the
 * research desk's questions (answers.ts) on its own archive connection in a worker thread, so
 * slow work over a large archive never blocks the main process. It sees the import's writes
 * through SQLite (the search engine checks data_version before each query; the
 * similar-passages index rebuilds when the turns change).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Archive } from '../archive/archive';
import { QueryAnswers } from './answers';
import type { QueryJob, QueryMessage, QueryReply } from './protocol';

const port = parentPort;
if (!port) throw new Error('query-worker must run in a worker thread');

const job = workerData as QueryJob;
const archive = Archive.open(job.archivePath, job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});
const cancelled = job.cancelled ? new Int32Array(job.cancelled) : null;
const answers = new QueryAnswers(archive);

port.on('message', (message: QueryMessage) => {
  const options = { cancelled: () => cancelled !== null && Atomics.load(cancelled, 0) === message.id };
  answers.answer(message.kind, message.request, options).then(
    (value) => port.postMessage({ id: message.id, ok: true, value } satisfies QueryReply),
    (error: unknown) =>
      port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies QueryReply),
  );
});
