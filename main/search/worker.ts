/**
 * The search worker: answers search and suggestion requests on its own
 * archive connection in a worker thread, so a slow query over a large archive
 * never blocks the main process. It sees the import's writes through SQLite
 * (the engine checks data_version before each query).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Archive } from '../archive/archive';
import type { SearchJob, SearchWorkerReply, SearchWorkerRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('search-worker must run in a worker thread');

const job = workerData as SearchJob;
const archive = Archive.open(job.archivePath, job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});

port.on('message', (message: SearchWorkerRequest) => {
  let reply: SearchWorkerReply;
  try {
    const value = message.kind === 'search' ? archive.search.search(message.request) : archive.search.suggest(message.request);
    reply = { id: message.id, ok: true, value };
  } catch (error) {
    reply = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
