/**
 * The query worker: answers searches, suggestions, comparisons and "similar
 * passages" on its own archive connection in a worker thread, so slow work over
 * a large archive never blocks the main process. It sees the import's writes
 * through SQLite (the search engine checks data_version before each query; the
 * similar-passages index rebuilds when the turns change).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Archive } from '../archive/archive';
import { Comparisons, SimilarPassages } from '../compare/service';
import type { QueryJob, QueryKinds, QueryMessage, QueryReply } from './protocol';

const port = parentPort;
if (!port) throw new Error('query-worker must run in a worker thread');

const job = workerData as QueryJob;
const archive = Archive.open(job.archivePath, job.nativeBinding ? { nativeBinding: job.nativeBinding } : {});
const cancelled = job.cancelled ? new Int32Array(job.cancelled) : null;
const similar = new SimilarPassages(archive);
const comparisons = new Comparisons(archive);

async function answer(message: QueryMessage): Promise<QueryKinds[keyof QueryKinds]['answer']> {
  switch (message.kind) {
    case 'search':
      return archive.search.search(message.request, { cancelled: () => cancelled !== null && Atomics.load(cancelled, 0) === message.id });
    case 'suggest':
      return archive.search.suggest(message.request);
    case 'compare':
      return comparisons.compare(message.request);
    case 'similar':
      return similar.find(message.request);
    case 'kwic':
      return archive.analysis.kwic(message.request);
    case 'trend':
      return archive.analysis.trend(message.request);
    case 'speakers':
      return archive.analysis.speakers(message.request);
    case 'collocates':
      return archive.analysis.collocates(message.request);
    case 'cite':
      return archive.analysis.cite(message.request);
  }
}

port.on('message', (message: QueryMessage) => {
  answer(message).then(
    (value) => port.postMessage({ id: message.id, ok: true, value } satisfies QueryReply),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies QueryReply),
  );
});
