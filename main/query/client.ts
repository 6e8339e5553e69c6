import { Worker } from 'node:worker_threads';
import type { QueryKind, QueryKinds, QueryReply } from './protocol';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/**
 * Sends read-only questions (search, suggest, compare, similar) to the query
 * worker thread (built from main/query/worker.ts). The renderer drops answers to
 * queries it no longer shows.
 */
export class QueryWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  constructor(script: string, archivePath: string, nativeBinding?: string) {
    this.worker = new Worker(script, { workerData: { archivePath, nativeBinding } });
    this.worker.on('message', (reply: QueryReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.error));
    });
    const fail = (error: Error): void => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`The query stopped: ${error.message}`));
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the query worker exited (code ${code})`)));
  }

  ask<K extends QueryKind>(kind: K, request: QueryKinds[K]['request']): Promise<QueryKinds[K]['answer']> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, kind, request });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
