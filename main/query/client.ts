import { Worker } from 'node:worker_threads';
import type { QueryKind, QueryKinds, QueryReply } from './protocol';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/**
 * Sends read-only questions (search, suggest, compare, similar) to the query
 * worker thread (built from main/query/worker.ts). The renderer drops answers to
 * queries it no longer shows.
 */
export class QueryWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private next = 1;

  constructor(
    private readonly script: string,
    private readonly archivePath: string,
    private readonly nativeBinding?: string,
  ) {}

  /** The running worker, started again if it died (out of memory on a huge archive, a crash). */
  private current(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { archivePath: this.archivePath, nativeBinding: this.nativeBinding } });
    worker.on('message', (reply: QueryReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.error));
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(new Error(`The query stopped: ${error.message}. Try again.`));
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the query worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  ask<K extends QueryKind>(kind: K, request: QueryKinds[K]['request']): Promise<QueryKinds[K]['answer']> {
    const id = this.next++;
    const worker = this.current();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, kind, request });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
