import { Worker } from 'node:worker_threads';
import type { SearchRequest, SearchResult, SuggestRequest, SuggestResult } from '../../preload/api';
import type { SearchWorkerReply, SearchWorkerRequest } from './worker-protocol';

type Pending = { resolve(value: SearchResult | SuggestResult): void; reject(error: Error): void };

/**
 * Runs searches in a worker thread (built from main/search/worker.ts). Requests
 * are answered in order; the renderer drops answers to queries it no longer shows.
 */
export class SearchWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  constructor(script: string, archivePath: string, nativeBinding?: string) {
    this.worker = new Worker(script, { workerData: { archivePath, nativeBinding } });
    this.worker.on('message', (reply: SearchWorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.error));
    });
    const fail = (error: Error): void => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`Search stopped: ${error.message}`));
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the search worker exited (code ${code})`)));
  }

  private ask(message: Omit<SearchWorkerRequest, 'id'>): Promise<SearchResult | SuggestResult> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  search(request: SearchRequest): Promise<SearchResult> {
    return this.ask({ kind: 'search', request }) as Promise<SearchResult>;
  }

  suggest(request: SuggestRequest): Promise<SuggestResult> {
    return this.ask({ kind: 'suggest', request }) as Promise<SuggestResult>;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
